package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.Verdict;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

class ProgressReportTest {

    private static final LinkTarget TARGET = LinkTarget.of("http://a.test/", Origin.entry("urls entry 1"));

    @Test
    void aLongRunSaysHowFarItIsAtEachInterval() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        try (ProgressReport progress = new ProgressReport(12_345, Duration.ofMillis(20), UNBOUNDED, lines::add)) {
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
            assertTrue(line.startsWith("linkcheck: 1,200/12,345 checked, 3 broken, 3 in flight"), line);
        }
    }

    @Test
    void aRunShorterThanTheIntervalPrintsNothing() {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (ProgressReport progress = new ProgressReport(2, Duration.ofHours(1), UNBOUNDED, lines::add)) {
            progress.started(TARGET);
            progress.finished(result(Verdict.OK));
        }
        assertTrue(lines.isEmpty(), lines.toString());
    }

    @Test
    void estimatesTheTimeLeftOnceEnoughIsDoneButNotOnTheFirstLine() {
        ProgressReport progress = new ProgressReport(1_000, Duration.ofHours(1), UNBOUNDED, line -> {});
        try (progress) {
            finish(progress, 250);
            // 250 of 1,000 in 10 s: 750 more at that pace take 30 s.
            assertEquals(
                    "linkcheck: 250/1,000 checked, 0 broken, 0 in flight",
                    progress.line(Duration.ofSeconds(10), NO_DEADLINE));
            assertEquals(
                    "linkcheck: 250/1,000 checked, 0 broken, 0 in flight, about 30 s left",
                    progress.line(Duration.ofSeconds(10), NO_DEADLINE));
            assertEquals(
                    "linkcheck: 250/1,000 checked, 0 broken, 0 in flight, about 5 m 0 s left",
                    progress.line(Duration.ofSeconds(100), NO_DEADLINE));
        }
    }

    @Test
    void theEstimateIsBoundedByMaxTotalTime() {
        ProgressReport progress = new ProgressReport(1_000, Duration.ofHours(1), UNBOUNDED, line -> {});
        try (progress) {
            finish(progress, 250);
            progress.line(Duration.ofSeconds(10), NO_DEADLINE);
            assertEquals(
                    "linkcheck: 250/1,000 checked, 0 broken, 0 in flight, at most 12 s left (maxTotalTime)",
                    progress.line(Duration.ofSeconds(10), Duration.ofSeconds(12).toNanos()));
            assertEquals(
                    "linkcheck: 250/1,000 checked, 0 broken, 0 in flight",
                    progress.line(Duration.ofSeconds(10), 0),
                    "the deadline has passed: nothing sensible to say");
        }
    }

    @Test
    void saysNothingOfTheTimeLeftWhenItCannotKnow() {
        ProgressReport nothingDone = new ProgressReport(1_000, Duration.ofHours(1), UNBOUNDED, line -> {});
        try (nothingDone) {
            nothingDone.line(Duration.ofSeconds(10), NO_DEADLINE);
            assertEquals(
                    "linkcheck: 0/1,000 checked, 0 broken, 0 in flight",
                    nothingDone.line(Duration.ofSeconds(10), NO_DEADLINE),
                    "no division by zero");
            finish(nothingDone, 5);
            assertEquals(
                    "linkcheck: 5/1,000 checked, 0 broken, 0 in flight",
                    nothingDone.line(Duration.ofSeconds(10), NO_DEADLINE),
                    "too few done to tell the pace");
        }
        ProgressReport waitingForTheLast = new ProgressReport(1_000, Duration.ofHours(1), UNBOUNDED, line -> {});
        try (waitingForTheLast) {
            waitingForTheLast.started(TARGET);
            finish(waitingForTheLast, 999);
            waitingForTheLast.line(Duration.ofSeconds(10), NO_DEADLINE);
            assertEquals(
                    "linkcheck: 999/1,000 checked, 0 broken, 1 in flight",
                    waitingForTheLast.line(Duration.ofSeconds(10), NO_DEADLINE),
                    "never 0 s left while waiting");
        }
    }

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private static final RunDeadline UNBOUNDED = RunDeadline.start(Optional.empty());

    private static void finish(ProgressReport progress, int count) {
        for (int i = 0; i < count; i++) {
            progress.started(TARGET);
            progress.finished(result(Verdict.OK));
        }
    }

    private static CheckResult result(Verdict verdict) {
        return new CheckResult(
                TARGET,
                verdict,
                new Outcome.Status(verdict == Verdict.OK ? 200 : 404, ""),
                Duration.ofMillis(1),
                null,
                null,
                1,
                null);
    }
}
