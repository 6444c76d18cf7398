package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.report.ConsoleReport.Line;
import io.github.linkcheck.report.ConsoleReport.Severity;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static final CheckSettings SETTINGS = CheckSettings.of("async", "32", "10s", "1s");

    @Test
    void printsOneLinePerProblemAndASummary() {
        CheckReport report = new CheckReport(SETTINGS, List.of(
                ok("http://a.test/"),
                new CheckResult(LinkTarget.of("http://b.test/gone", Origin.entry("urls entry 2")), Verdict.BROKEN,
                        new Outcome.Status(404, "Not Found"), Duration.ofMillis(120), null, null, 1),
                new CheckResult(LinkTarget.of("http://c.test/", Origin.entry("urls entry 3")), Verdict.SLOW,
                        new Outcome.Status(200, "OK"), Duration.ofMillis(1500), URI.create("http://c.test/home"), null, 1)),
                Duration.ofMillis(1420));

        ConsoleReport console = new ConsoleReport(report, new FailurePolicy(true, false, false));

        assertEquals(List.of(
                new Line(Severity.ERROR, "linkcheck: broken: urls entry 2: http://b.test/gone -> 404 Not Found (120 ms)"),
                new Line(Severity.WARNING, "linkcheck: slow: urls entry 3: http://c.test/ -> 200 OK (1.5 s), redirected to "
                        + "http://c.test/home, slower than 1.0 s")), console.problems());
        assertEquals("linkcheck: 3 URLs in 1.4 s (async, concurrency 32): 1 OK, 1 broken, 1 slow", console.summary());
        assertEquals(1, console.failing().size());
        assertEquals("linkcheck: 1 broken URL:\n  broken: urls entry 2: http://b.test/gone -> 404 Not Found (120 ms)",
                console.failureMessage());
    }

    @Test
    void failureMessageNamesTheFirstTwentyThenCounts() {
        List<CheckResult> results = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            results.add(new CheckResult(LinkTarget.of("http://x.test/" + i, Origin.entry("urls entry " + i)), Verdict.BROKEN,
                    new Outcome.Failure(ErrorKind.CONNECTION_REFUSED, "x.test"), Duration.ofMillis(3), null, null, 3));
        }
        ConsoleReport console = new ConsoleReport(
                new CheckReport(SETTINGS, results, Duration.ofMillis(50)), new FailurePolicy(true, true, false));

        String message = console.failureMessage();

        assertTrue(message.startsWith("linkcheck: 23 broken URLs:\n  broken: urls entry 1: http://x.test/1 -> "), message);
        assertTrue(message.contains("http://x.test/20 ->"), message);
        assertTrue(!message.contains("http://x.test/21 ->"), message);
        assertTrue(message.endsWith("\n  ... and 3 more"), message);
    }

    @Test
    void movedExcludedAndNotCheckedAreReportedButOnlyMovedCanFail() {
        LinkTarget old = LinkTarget.of("http://a.test/old", Origin.entry("urls entry 1"));
        CheckReport report = new CheckReport(CheckSettings.of("async", "8", "10s", null), List.of(
                new CheckResult(old, Verdict.MOVED, new Outcome.Status(200, "OK"), Duration.ofMillis(7),
                        URI.create("https://a.test/new"), URI.create("https://a.test/new"), 1),
                CheckResult.notRequested(LinkTarget.of("http://b.test/", Origin.entry("urls entry 2")), Verdict.EXCLUDED,
                        new Outcome.NotRequested("left out by includes/excludes")),
                CheckResult.notRequested(LinkTarget.of("http://c.test/", Origin.entry("urls entry 3")), Verdict.NOT_CHECKED,
                        new Outcome.NotRequested("maxTotalTime of 1.0 s reached"))),
                Duration.ofSeconds(1));

        ConsoleReport lenient = new ConsoleReport(report, new FailurePolicy(true, true, false));
        assertEquals(List.of(
                new Line(Severity.WARNING, "linkcheck: moved: urls entry 1: http://a.test/old -> 200 OK (7 ms), redirected to "
                        + "https://a.test/new, moved permanently to https://a.test/new"),
                new Line(Severity.INFO, "linkcheck: excluded: urls entry 2: http://b.test/ -> left out by includes/excludes"),
                new Line(Severity.WARNING, "linkcheck: not checked: urls entry 3: http://c.test/ -> maxTotalTime of 1.0 s reached")), lenient.problems());
        assertEquals("linkcheck: 3 URLs in 1.0 s (async, concurrency 8): 0 OK, 0 broken, 1 moved, 1 excluded,"
                + " 1 not checked", lenient.summary());
        assertTrue(lenient.failing().isEmpty());

        ConsoleReport strict = new ConsoleReport(report, new FailurePolicy(true, true, true));
        assertEquals(List.of(report.results().get(0)), strict.failing());
        assertTrue(strict.failureMessage().startsWith("linkcheck: 1 moved URL:\n  moved: urls entry 1: http://a.test/old"),
                strict.failureMessage());
    }

    @Test
    void summaryLeavesOutSlowWithoutAThreshold() {
        CheckReport report = new CheckReport(CheckSettings.of("threads", "4", "10s", null),
                List.of(ok("http://a.test/")), Duration.ofMillis(5));
        assertEquals("linkcheck: 1 URL in 5 ms (threads, concurrency 4): 1 OK, 0 broken",
                new ConsoleReport(report, new FailurePolicy(true, true, false)).summary());
    }

    private static CheckResult ok(String url) {
        return new CheckResult(LinkTarget.of(url, Origin.entry("urls entry 1")), Verdict.OK, new Outcome.Status(200, "OK"),
                Duration.ofMillis(10), null, null, 1);
    }
}
