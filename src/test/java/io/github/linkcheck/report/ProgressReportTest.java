package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ProgressReportTest {

    private static final LinkTarget TARGET = LinkTarget.of("http://a.test/", Origin.entry("urls entry 1"));

    @Test
    void aLongRunSaysHowFarItIsAtEachInterval() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        try (ProgressReport progress = new ProgressReport(12_345, Duration.ofMillis(20), lines::add)) {
            for (int i = 0; i < 1_203; i++) {
                progress.started(TARGET);
            }
            for (int i = 0; i < 1_200; i++) {
                progress.finished(result(i < 3 ? Verdict.BROKEN : Verdict.OK));
            }
            // A line printed while the counts above were still coming in may say less; the counts only grow.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String line;
            do {
                line = lines.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                assertNotNull(line, "no complete progress line within 30 s");
            } while (!line.startsWith("linkcheck: 1,200/"));
            assertEquals("linkcheck: 1,200/12,345 checked, 3 broken, 3 in flight", line);
        }
    }

    @Test
    void aRunShorterThanTheIntervalPrintsNothing() {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (ProgressReport progress = new ProgressReport(2, Duration.ofHours(1), lines::add)) {
            progress.started(TARGET);
            progress.finished(result(Verdict.OK));
        }
        assertTrue(lines.isEmpty(), lines.toString());
    }

    private static CheckResult result(Verdict verdict) {
        return new CheckResult(TARGET, verdict, new Outcome.Status(verdict == Verdict.OK ? 200 : 404, ""),
                Duration.ofMillis(1), null, null, 1, null);
    }
}
