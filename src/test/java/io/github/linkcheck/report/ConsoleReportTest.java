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
import io.github.linkcheck.core.Severity;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.report.ConsoleReport.Group;
import io.github.linkcheck.report.ConsoleReport.Line;

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
                        new Outcome.Status(404, "Not Found"), Duration.ofMillis(120), null, null, 1, null),
                new CheckResult(LinkTarget.of("http://c.test/", Origin.entry("urls entry 3")), Verdict.SLOW,
                        new Outcome.Status(200, "OK"), Duration.ofMillis(1500), URI.create("http://c.test/home"), null, 1, null)),
                Duration.ofMillis(1420));

        ConsoleReport console = new ConsoleReport(report, new FailurePolicy(true, false, false));

        assertEquals(List.of(new Group("configuration", List.of(
                new Line(Severity.ERROR, "broken", "urls entry 2", "http://b.test/gone -> 404 Not Found (120 ms)"),
                new Line(Severity.WARNING, "slow", "urls entry 3", "http://c.test/ -> 200 OK (1.5 s), redirected to "
                        + "http://c.test/home, slower than 1.0 s")))), console.problemsByFile());
        assertEquals("linkcheck: broken: urls entry 2: http://b.test/gone -> 404 Not Found (120 ms)",
                console.problemsByFile().get(0).lines().get(0).text());
        assertEquals("linkcheck: configuration: 2 problems", console.problemsByFile().get(0).heading());
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
                    new Outcome.Failure(ErrorKind.CONNECTION_REFUSED, "x.test"), Duration.ofMillis(3), null, null, 3, null));
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
                        URI.create("https://a.test/new"), URI.create("https://a.test/new"), 1, null),
                CheckResult.notRequested(LinkTarget.of("http://b.test/", Origin.entry("urls entry 2")), Verdict.EXCLUDED,
                        new Outcome.NotRequested("left out by includes/excludes")),
                CheckResult.notRequested(LinkTarget.of("http://c.test/", Origin.entry("urls entry 3")), Verdict.NOT_CHECKED,
                        new Outcome.NotRequested("maxTotalTime of 1.0 s reached"))),
                Duration.ofSeconds(1));

        ConsoleReport lenient = new ConsoleReport(report, new FailurePolicy(true, true, false));
        assertEquals(List.of(
                new Line(Severity.WARNING, "moved", "urls entry 1", "http://a.test/old -> 200 OK (7 ms), redirected to "
                        + "https://a.test/new, moved permanently to https://a.test/new"),
                new Line(Severity.INFO, "excluded", "urls entry 2", "http://b.test/ -> left out by includes/excludes"),
                new Line(Severity.WARNING, "not checked", "urls entry 3", "http://c.test/ -> maxTotalTime of 1.0 s reached")),
                lenient.problemsByFile().get(0).lines());
        assertEquals("linkcheck: configuration: 2 problems, 1 excluded", lenient.problemsByFile().get(0).heading());
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

    @Test
    void groupsProblemsByTheFileOfTheirFirstPlaceAndListsTheOtherPlaces() {
        LinkTarget inTwoFiles = new LinkTarget("http://a.test/gone",
                List.of(Origin.at("docs/guide.md", 3, 1), Origin.at("README.md", 9, 4)), null);
        CheckReport report = new CheckReport(SETTINGS, List.of(
                broken(LinkTarget.of("http://b.test/", Origin.at("README.md", 2, 5))),
                broken(inTwoFiles),
                ok("http://c.test/"),
                broken(LinkTarget.of("http://d.test/", Origin.at("README.md", 7, 1)))), Duration.ofMillis(20));

        List<Group> groups = new ConsoleReport(report, new FailurePolicy(true, true, false)).problemsByFile();

        assertEquals(List.of("README.md", "docs/guide.md"), groups.stream().map(Group::source).toList());
        assertEquals(List.of("README.md:2:5", "README.md:7:1"), groups.get(0).lines().stream().map(Line::place).toList());
        assertEquals("linkcheck: broken: docs/guide.md:3:1: http://a.test/gone -> 404 Not Found (4 ms) (also at README.md:9:4)",
                groups.get(1).lines().get(0).text());
        assertEquals("linkcheck: docs/guide.md: 1 problem", groups.get(1).heading());
    }

    @Test
    void aLinkFoundInManyPlacesNamesTheFirstFewOnItsLineAndCountsTheRest() {
        List<Origin> places = new ArrayList<>();
        for (int line = 1; line <= 1200; line++) {
            places.add(Origin.at("docs/long.md", line, 1));
        }
        CheckReport report = new CheckReport(SETTINGS, List.of(broken(new LinkTarget("http://a.test/everywhere", places, null))),
                Duration.ofMillis(20));

        String text = new ConsoleReport(report, new FailurePolicy(true, true, false)).problemsByFile().get(0).lines().get(0)
                .text();

        assertTrue(text.endsWith("(also at docs/long.md:2:1, docs/long.md:3:1, docs/long.md:4:1, docs/long.md:5:1, "
                + "docs/long.md:6:1, docs/long.md:7:1, docs/long.md:8:1, docs/long.md:9:1, docs/long.md:10:1, "
                + "docs/long.md:11:1 and 1189 more places)"), text);
    }

    @Test
    void summaryCountsCachedResults() {
        CheckResult cached = new CheckResult(LinkTarget.of("http://a.test/", Origin.entry("urls entry 1")), Verdict.OK,
                new Outcome.Status(200, "OK"), Duration.ZERO, null, null, 0, java.time.Instant.parse("2026-11-24T10:00:00Z"));
        CheckReport report = new CheckReport(CheckSettings.of("async", "4", "10s", null),
                List.of(cached, ok("http://b.test/")), Duration.ofMillis(5));
        ConsoleReport console = new ConsoleReport(report, new FailurePolicy(true, true, false));

        assertEquals("linkcheck: 2 URLs in 5 ms (async, concurrency 4): 2 OK (1 cached), 0 broken", console.summary());
        assertEquals("linkcheck: ok: urls entry 1: http://a.test/ -> 200 OK (cached)", console.working().get(0).text());
    }

    private static CheckResult broken(LinkTarget target) {
        return new CheckResult(target, Verdict.BROKEN, new Outcome.Status(404, "Not Found"), Duration.ofMillis(4),
                null, null, 1, null);
    }

    private static CheckResult ok(String url) {
        return new CheckResult(LinkTarget.of(url, Origin.entry("urls entry 1")), Verdict.OK, new Outcome.Status(200, "OK"),
                Duration.ofMillis(10), null, null, 1, null);
    }
}
