package io.github.linkcheck.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

class CompareReportTest {

    private static final ModeComparison.Result RESULT = new ModeComparison.Result(
            List.of(
                    run(Mode.THREADS, 1, 2_400, OptionalLong.of(300L << 20)),
                    run(Mode.ASYNC, 1, 1_300, OptionalLong.of(120L << 20)),
                    run(Mode.ASYNC, 2, 1_250, OptionalLong.empty()),
                    run(Mode.THREADS, 2, 2_200, OptionalLong.of(290L << 20))),
            List.of(new ModeComparison.Flaky("https://user:s3cret@a.test/flaky", verdicts())));

    @Test
    void printsAnAlignedTableTheFastestModeAndTheFlakyLinks() {
        List<String> lines = new CompareReport(RESULT, 1_000, 64).consoleLines();

        assertEquals("linkcheck: 1000 links in each mode, concurrency 64:", lines.get(0));
        assertEquals(
                "  mode     round  wall time  URLs/s     p50     p95     max  peak threads  allocated  peak heap   OK"
                        + "  broken  other",
                lines.get(1));
        assertEquals(
                "  threads      1      2.4 s     417  101 ms  140 ms  900 ms            70   300.0 MB    40.0 MB  990"
                        + "       9      1",
                lines.get(2));
        assertTrue(lines.get(4).contains("n/a"), lines.get(4));
        assertEquals(lines.get(1).length(), lines.get(2).length(), "columns line up");
        assertEquals("linkcheck: fastest: async (lowest median wall time)", lines.get(6));
        assertEquals("linkcheck: flaky: https://****@a.test/flaky: broken in threads #1, ok in async #1", lines.get(7));
    }

    @Test
    void aFlakyLinkIsShownNeutralisedInTheConsoleAndAsTextInMarkdown() {
        ModeComparison.Result hostile = new ModeComparison.Result(
                RESULT.runs(), List.of(new ModeComparison.Flaky("https://a.test/x\r::warning::y<b>|*", verdicts())));
        CompareReport report = new CompareReport(hostile, 1_000, 64);

        assertEquals(
                "linkcheck: flaky: https://a.test/x\\r::warning::y<b>|*: broken in threads #1, ok in async #1",
                report.consoleLines().get(7));
        assertTrue(
                report.toMarkdown().contains("- flaky: https://a.test/x\\\\r::warning::y&lt;b&gt;\\|\\*: broken in"),
                report.toMarkdown());
    }

    @Test
    void writesTheSameTableAsMarkdownAndJson(@TempDir Path folder) throws Exception {
        CompareReport report = new CompareReport(RESULT, 1_000, 64);
        report.writeMarkdown(folder.resolve("compare.md"));
        report.writeJson(folder.resolve("compare.json"));

        String markdown = Files.readString(folder.resolve("compare.md"));
        assertTrue(
                markdown.startsWith("### linkcheck: modes compared\n\n1000 links in each mode, concurrency 64. "
                        + "Fastest: **async** (lowest median wall time).\n\n| mode | round | wall time |"),
                markdown);
        assertTrue(markdown.contains("\n| async | 1 | 1.3 s | 769 | "), markdown);
        assertTrue(
                markdown.contains(
                        "- flaky: https://\\*\\*\\*\\*@&#8203;a.test/flaky: broken in threads #&#8203;1, ok in async #&#8203;1"),
                markdown);

        JsonNode json =
                new ObjectMapper().readTree(folder.resolve("compare.json").toFile());
        assertEquals("async", json.get("fastest").asText());
        assertEquals(4, json.get("runs").size());
        assertEquals(2400, json.at("/runs/0/wallTimeMs").asLong());
        assertEquals(300L << 20, json.at("/runs/0/allocatedBytes").asLong());
        assertFalse(json.at("/runs/2").has("allocatedBytes"));
        assertEquals(990, json.at("/runs/0/verdicts/ok").asInt());
        assertEquals("broken", json.at("/flaky/0/verdicts/threads #1").asText());
        assertFalse(Files.readString(folder.resolve("compare.json")).contains("s3cret"));
    }

    private static ModeComparison.Run run(Mode mode, int round, long wallMillis, OptionalLong allocated) {
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0L);
        }
        counts.put(Verdict.OK, 990L);
        counts.put(Verdict.BROKEN, 9L);
        counts.put(Verdict.SKIPPED, 1L);
        return new ModeComparison.Run(
                mode,
                round,
                Duration.ofMillis(wallMillis),
                1_000_000.0 / wallMillis,
                Duration.ofMillis(101),
                Duration.ofMillis(140),
                Duration.ofMillis(900),
                70,
                allocated,
                40L << 20,
                counts);
    }

    private static Map<String, Verdict> verdicts() {
        Map<String, Verdict> byRun = new LinkedHashMap<>();
        byRun.put("threads #1", Verdict.BROKEN);
        byRun.put("async #1", Verdict.OK);
        return byRun;
    }
}
