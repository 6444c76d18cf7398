package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.SentRequest;
import io.github.linkcheck.core.Verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

class HostFiguresTest {

    @Test
    void percentilesAreByNearestRank() {
        List<Duration> four = millis(10, 20, 30, 40);
        assertEquals(Duration.ofMillis(20), HostFigures.percentile(four, 50));
        assertEquals(Duration.ofMillis(40), HostFigures.percentile(four, 95));
        assertEquals(Duration.ofMillis(7), HostFigures.percentile(millis(7), 50));
        assertEquals(Duration.ofMillis(7), HostFigures.percentile(millis(7), 95));
        List<Duration> twenty =
                IntStream.rangeClosed(1, 20).mapToObj(Duration::ofMillis).toList();
        assertEquals(Duration.ofMillis(10), HostFigures.percentile(twenty, 50));
        assertEquals(Duration.ofMillis(19), HostFigures.percentile(twenty, 95));
        List<Duration> twentyOne =
                IntStream.rangeClosed(1, 21).mapToObj(Duration::ofMillis).toList();
        assertEquals(Duration.ofMillis(11), HostFigures.percentile(twentyOne, 50));
        assertEquals(Duration.ofMillis(20), HostFigures.percentile(twentyOne, 95));
    }

    @Test
    void countsEveryRequestPerHostOnceWithItsFailuresThrottlingAndRetries() {
        SentRequest shared = new SentRequest("a.test", 200, Duration.ofMillis(30), false);
        List<CheckResult> results = List.of(
                // 429, then a retry got past it: both requests count.
                result("https://a.test/1", Verdict.OK, sent("a.test", 429, 10, false), sent("a.test", 200, 20, true)),
                // A redirect from a.test to b.test that ends broken there: the failure is b.test's.
                result(
                        "https://a.test/2",
                        Verdict.BROKEN,
                        sent("a.test", 301, 40, false),
                        sent("b.test", 404, 50, false)),
                result(
                        "https://b.test/3",
                        Verdict.BROKEN,
                        sent("b.test", 503, 60, false),
                        sent("b.test", 503, 70, true)),
                // One check shared by two places (or modules): its request counts once.
                result("https://a.test/4", Verdict.OK, shared),
                result("https://a.test/4", Verdict.OK, shared),
                // From the cache: no request.
                new CheckResult(
                        target("https://c.test/"),
                        Verdict.OK,
                        new Outcome.Status(200, "OK"),
                        Duration.ZERO,
                        null,
                        null,
                        1,
                        Instant.EPOCH));

        List<HostFigures.Host> hosts = HostFigures.of(results).hosts();

        assertEquals(
                List.of(
                        new HostFigures.Host("a.test", 4, 0, 1, 0, 1, Duration.ofMillis(20), Duration.ofMillis(40)),
                        new HostFigures.Host("b.test", 3, 2, 0, 2, 1, Duration.ofMillis(60), Duration.ofMillis(70))),
                hosts);
    }

    @Test
    void slowestAreByP95ThenMedianAndMostFailingLeaveOutHostsWithoutFailures() {
        HostFigures figures = HostFigures.of(List.of(
                result("https://fast.test/", Verdict.OK, sent("fast.test", 200, 5, false)),
                result("https://slow.test/", Verdict.BROKEN, sent("slow.test", 500, 900, false)),
                result(
                        "https://mid.test/",
                        Verdict.OK,
                        sent("mid.test", 200, 100, false),
                        sent("mid.test", 200, 300, false)),
                result(
                        "https://tail.test/",
                        Verdict.OK,
                        sent("tail.test", 200, 50, false),
                        sent("tail.test", 200, 300, false))));

        assertEquals(
                List.of("slow.test", "mid.test", "tail.test", "fast.test"),
                figures.slowest(5).stream().map(HostFigures.Host::host).toList());
        assertEquals(
                List.of("slow.test"),
                figures.mostFailing(5).stream().map(HostFigures.Host::host).toList());
        assertEquals(2, figures.slowest(2).size());
    }

    @Test
    void linkcheckJsonHasTheHosts(@TempDir Path folder) throws Exception {
        CheckReport report = new CheckReport(
                CheckSettings.builder().build(),
                List.of(
                        result(
                                "https://a.test/1",
                                Verdict.BROKEN,
                                sent("a.test", 429, 10, false),
                                sent("a.test", 429, 30, true)),
                        result("https://b.test/2", Verdict.OK, sent("b.test", 200, 5, false))),
                Duration.ofSeconds(1));
        Path file = folder.resolve("linkcheck.json");

        new JsonReport(report, new FailurePolicy(true, true, false), Instant.EPOCH).write(file);

        JsonNode hosts = new ObjectMapper().readTree(file.toFile()).get("hosts");
        assertEquals(2, hosts.size());
        JsonNode a = hosts.get(0);
        assertEquals("a.test", a.get("host").asText());
        assertEquals(2, a.get("requests").asInt());
        assertEquals(1, a.get("failures").asInt());
        assertEquals(2, a.get("status429").asInt());
        assertEquals(0, a.get("status503").asInt());
        assertEquals(1, a.get("retries").asInt());
        assertEquals(10, a.get("medianMs").asLong());
        assertEquals(30, a.get("p95Ms").asLong());
        assertEquals("b.test", hosts.get(1).get("host").asText());
    }

    @Test
    void summaryTablesNameAtMostFiveHostsEscaped() {
        List<CheckResult> results = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            results.add(
                    result("https://h" + i + ".test/", Verdict.BROKEN, sent("h" + i + ".test", 404, i * 100, false)));
        }
        results.add(result("https://x.test/", Verdict.BROKEN, sent("evil|`host\r\n##[warning]x", 500, 5_000, false)));
        String markdown = new MarkdownSummary(
                        new CheckReport(CheckSettings.builder().build(), results, Duration.ofSeconds(1)),
                        new FailurePolicy(true, true, false))
                .toMarkdown();

        String slowest =
                markdown.substring(markdown.indexOf("#### Slowest hosts"), markdown.indexOf("#### Most failing"));
        assertEquals(5, slowest.lines().filter(line -> line.startsWith("| `")).count(), slowest);
        assertTrue(slowest.contains("| `evil\\|'host\\r\\n##\\[warning]x` | 5.0 s | 5.0 s | 1 |"), slowest);
        assertTrue(slowest.contains("| `h7.test` | 700 ms | 700 ms | 1 |"), slowest);
        assertFalse(slowest.contains("h2.test"), "only the slowest five: " + slowest);
        String failing = markdown.substring(markdown.indexOf("#### Most failing"));
        assertEquals(5, failing.lines().filter(line -> line.startsWith("| `")).count(), failing);
        assertFalse(markdown.contains("\r"), "a host name cannot break a line");
    }

    @Test
    void noHostTablesWithoutRequests() {
        String markdown = new MarkdownSummary(
                        new CheckReport(
                                CheckSettings.builder().build(),
                                List.of(new CheckResult(
                                        target("https://c.test/"),
                                        Verdict.OK,
                                        new Outcome.Status(200, "OK"),
                                        Duration.ZERO,
                                        null,
                                        null,
                                        1,
                                        Instant.EPOCH)),
                                Duration.ofSeconds(1)),
                        new FailurePolicy(true, true, false))
                .toMarkdown();

        assertFalse(markdown.contains("hosts"), markdown);
    }

    @Test
    void theConsoleNamesTheSlowestHostsAfterALongRunOnly() {
        HostFigures figures = HostFigures.of(List.of(
                result(
                        "https://a.test/",
                        Verdict.BROKEN,
                        sent("a.test", 503, 200, false),
                        sent("a.test", 503, 400, true)),
                result(
                        "https://b.test/",
                        Verdict.OK,
                        sent("evil\r\n::error::x\u001b[2J##[warning]", 200, 900, false))));

        assertEquals(List.of(), figures.consoleLines(Duration.ofSeconds(9)), "a short run");
        List<String> lines = figures.consoleLines(HostFigures.LONG_RUN_TIME);

        assertEquals(
                List.of(
                        "linkcheck: slowest hosts (2 of 2; every host in linkcheck.json):",
                        "linkcheck:   evil\\r\\n::error::x\\u001b[2J##\\[warning]: median 900 ms, p95 900 ms, 1 request,"
                                + " 0 failed links, 0 answers 429/503, 0 retries",
                        "linkcheck:   a.test: median 200 ms, p95 400 ms, 2 requests, 1 failed link,"
                                + " 2 answers 429/503, 1 retry"),
                lines);
    }

    @Test
    void aHundredRequestsMakeALongRun() {
        List<CheckResult> results = new ArrayList<>();
        for (int i = 0; i < HostFigures.LONG_RUN_REQUESTS; i++) {
            results.add(result("https://a.test/" + i, Verdict.OK, sent("a.test", 200, 1, false)));
        }

        assertEquals(
                2, HostFigures.of(results).consoleLines(Duration.ofMillis(1)).size());
        assertEquals(
                List.of(), HostFigures.of(results.subList(1, results.size())).consoleLines(Duration.ofMillis(1)));
    }

    private static SentRequest sent(String host, int status, long millis, boolean retry) {
        return new SentRequest(host, status, Duration.ofMillis(millis), retry);
    }

    private static CheckResult result(String url, Verdict verdict, SentRequest... requests) {
        SentRequest last = requests[requests.length - 1];
        return new CheckResult(
                target(url),
                verdict,
                new Outcome.Status(last.status(), null),
                Duration.ofMillis(1),
                null,
                null,
                requests.length,
                null,
                List.of(requests));
    }

    private static io.github.linkcheck.core.LinkTarget target(String url) {
        return LinkTargets.fromList("urls", List.of(url)).get(0);
    }

    private static List<Duration> millis(long... values) {
        return java.util.Arrays.stream(values).mapToObj(Duration::ofMillis).toList();
    }
}
