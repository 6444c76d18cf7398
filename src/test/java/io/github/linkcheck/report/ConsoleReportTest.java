package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LocalFile;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Severity;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.report.ConsoleReport.Group;
import io.github.linkcheck.report.ConsoleReport.Line;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

class ConsoleReportTest {

    private static final CheckSettings SETTINGS = CheckSettings.of("async", "32", "10s", "1s");

    @Test
    void printsOneLinePerProblemAndASummary() {
        CheckReport report = new CheckReport(
                SETTINGS,
                List.of(
                        ok("http://a.test/"),
                        new CheckResult(
                                LinkTarget.of("http://b.test/gone", Origin.entry("urls entry 2")),
                                Verdict.BROKEN,
                                new Outcome.Status(404, "Not Found"),
                                Duration.ofMillis(120),
                                null,
                                null,
                                1,
                                null),
                        new CheckResult(
                                LinkTarget.of("http://c.test/", Origin.entry("urls entry 3")),
                                Verdict.SLOW,
                                new Outcome.Status(200, "OK"),
                                Duration.ofMillis(1500),
                                URI.create("http://c.test/home"),
                                null,
                                1,
                                null)),
                Duration.ofMillis(1420));

        ConsoleReport console = new ConsoleReport(report, new FailurePolicy(true, false, false));

        assertEquals(
                List.of(new Group(
                        "configuration",
                        List.of(
                                new Line(
                                        Severity.ERROR,
                                        "broken",
                                        "urls entry 2",
                                        "http://b.test/gone -> 404 Not Found (120 ms)"),
                                new Line(
                                        Severity.WARNING,
                                        "slow",
                                        "urls entry 3",
                                        "http://c.test/ -> 200 OK (1.5 s), redirected to "
                                                + "http://c.test/home, slower than 1.0 s")))),
                console.problemsByFile());
        assertEquals(
                "linkcheck: broken: urls entry 2: http://b.test/gone -> 404 Not Found (120 ms)",
                console.problemsByFile().get(0).lines().get(0).text());
        assertEquals(
                "linkcheck: configuration: 2 problems",
                console.problemsByFile().get(0).heading());
        assertEquals(
                "linkcheck: 3 web URLs in 1.4 s (async, concurrency 32): 1 OK, 1 broken, 1 slow", console.summary());
        assertEquals(1, console.failing().size());
        assertEquals(
                "linkcheck: 1 link fails the build (1 broken):\n"
                        + "  broken: urls entry 2: http://b.test/gone -> 404 Not Found (120 ms)\n"
                        + "  reports in " + Path.of("/p/target/linkcheck"),
                console.failureMessage(Path.of("/p/target/linkcheck")));
    }

    @Test
    void failureMessageNamesAReportFolderOfAnyNameOnOneNeutralisedLine() {
        CheckReport report = new CheckReport(
                SETTINGS,
                List.of(new CheckResult(
                        LinkTarget.of("http://b.test/gone", Origin.entry("urls entry 1")),
                        Verdict.BROKEN,
                        new Outcome.Status(404, "Not Found"),
                        Duration.ofMillis(120),
                        null,
                        null,
                        1,
                        null)),
                Duration.ofMillis(130));
        ConsoleReport console = new ConsoleReport(report, new FailurePolicy(true, false, false));

        String message = console.failureMessage(Path.of("/p/x\n::error::forged\r\u001b[2J ##[group]folder/linkcheck"));

        List<String> lines = message.lines().toList();
        assertEquals(3, lines.size(), message);
        assertTrue(lines.get(2).startsWith("  reports in /p/x"), message);
        assertFalse(message.contains("\r") || message.contains("\u001b") || message.contains(" ##[group]"), message);
        assertTrue(lines.stream().noneMatch(line -> line.startsWith("::")), message);
    }

    @Test
    void failureMessageCountsNamesTheFirstFiveAndSaysWhereTheReportsAre() {
        List<CheckResult> results = new ArrayList<>();
        for (int i = 1; i <= 23; i++) {
            results.add(new CheckResult(
                    LinkTarget.of("http://x.test/" + i, Origin.entry("urls entry " + i)),
                    Verdict.BROKEN,
                    new Outcome.Failure(ErrorKind.CONNECTION_REFUSED, "x.test"),
                    Duration.ofMillis(3),
                    null,
                    null,
                    3,
                    null));
        }
        results.add(new CheckResult(
                LinkTarget.of("http://y.test/", Origin.entry("urls entry 24")),
                Verdict.SLOW,
                new Outcome.Status(200, "OK"),
                Duration.ofMillis(1500),
                null,
                null,
                1,
                null));
        ConsoleReport console = new ConsoleReport(
                new CheckReport(SETTINGS, results, Duration.ofMillis(50)), new FailurePolicy(true, true, false));

        String message = console.failureMessage(Path.of("/p/target/linkcheck"));

        assertTrue(
                message.startsWith("linkcheck: 24 links fail the build (23 broken, 1 slow):\n"
                        + "  broken: urls entry 1: http://x.test/1 -> "),
                message);
        assertTrue(message.contains("http://x.test/5 ->"), message);
        assertTrue(!message.contains("http://x.test/6 ->"), message);
        assertTrue(
                message.endsWith(
                        "\n  ... and 19 more, each on its line above\n  reports in " + Path.of("/p/target/linkcheck")),
                message);
        assertEquals(8, message.lines().count(), message);
    }

    @Test
    void movedExcludedAndNotCheckedAreReportedButOnlyMovedCanFail() {
        LinkTarget old = LinkTarget.of("http://a.test/old", Origin.entry("urls entry 1"));
        CheckReport report = new CheckReport(
                CheckSettings.of("async", "8", "10s", null),
                List.of(
                        new CheckResult(
                                old,
                                Verdict.MOVED,
                                new Outcome.Status(200, "OK"),
                                Duration.ofMillis(7),
                                URI.create("https://a.test/new"),
                                URI.create("https://a.test/new"),
                                1,
                                null),
                        CheckResult.notRequested(
                                LinkTarget.of("http://b.test/", Origin.entry("urls entry 2")),
                                Verdict.EXCLUDED,
                                new Outcome.NotRequested("left out by exclude 'b\\.test'")),
                        CheckResult.notRequested(
                                LinkTarget.of("http://c.test/", Origin.entry("urls entry 3")),
                                Verdict.NOT_CHECKED,
                                new Outcome.NotRequested("maxTotalTime of 1.0 s reached"))),
                Duration.ofSeconds(1));

        ConsoleReport lenient = new ConsoleReport(report, new FailurePolicy(true, true, false));
        assertEquals(
                List.of(
                        new Line(
                                Severity.WARNING,
                                "moved",
                                "urls entry 1",
                                "http://a.test/old -> 200 OK (7 ms), moved permanently to " + "https://a.test/new"),
                        new Line(
                                Severity.WARNING,
                                "not checked",
                                "urls entry 3",
                                "http://c.test/ -> maxTotalTime of 1.0 s reached")),
                lenient.problemsByFile().get(0).lines());
        assertEquals(
                "linkcheck: configuration: 2 problems",
                lenient.problemsByFile().get(0).heading());
        assertEquals(
                "linkcheck: 3 web URLs in 1.0 s (async, concurrency 8): 0 OK, 0 broken, 1 moved, 1 excluded,"
                        + " 1 not checked",
                lenient.summary());
        assertTrue(lenient.failing().isEmpty());

        ConsoleReport strict = new ConsoleReport(report, new FailurePolicy(true, true, true));
        assertEquals(List.of(report.results().get(0)), strict.failing());
        String message = strict.failureMessage(Path.of("/p/target/linkcheck"));
        assertTrue(
                message.startsWith(
                        "linkcheck: 1 link fails the build (1 moved):\n  moved: urls entry 1: http://a.test/old"),
                message);
    }

    @Test
    void excludedLinksAreOneLineCountingThemByPatternAndListedOnlyForDebugging() {
        List<CheckResult> results = new ArrayList<>(List.of(ok("http://a.test/")));
        for (String url : List.of("http://b.test/1", "http://b.test/2", "http://c.test/")) {
            results.add(CheckResult.notRequested(
                    LinkTarget.of(url, Origin.at("README.md", 1, 1)),
                    Verdict.EXCLUDED,
                    new Outcome.NotRequested(
                            url.startsWith("http://b")
                                    ? "left out by exclude 'b\\.test'"
                                    : "left out by includes (none matched)")));
        }
        ConsoleReport console = new ConsoleReport(
                new CheckReport(SETTINGS, results, Duration.ofMillis(5)), new FailurePolicy(true, true, false));

        assertEquals(List.of(), console.problemsByFile());
        assertEquals(
                Optional.of("linkcheck: 3 links excluded (each listed with -X): 2 left out by exclude 'b\\.test',"
                        + " 1 left out by includes (none matched)"),
                console.excludedSummary());
        assertEquals(
                List.of(
                        "linkcheck: excluded: README.md:1:1: http://b.test/1 -> left out by exclude 'b\\.test'",
                        "linkcheck: excluded: README.md:1:1: http://b.test/2 -> left out by exclude 'b\\.test'",
                        "linkcheck: excluded: README.md:1:1: http://c.test/ -> left out by includes (none matched)"),
                console.excluded().stream().map(Line::text).toList());
        assertEquals(
                Optional.empty(),
                new ConsoleReport(
                                new CheckReport(SETTINGS, List.of(ok("http://a.test/")), Duration.ofMillis(5)),
                                new FailurePolicy(true, true, false))
                        .excludedSummary());
    }

    @Test
    void summaryLeavesOutSlowWithoutAThreshold() {
        CheckReport report = new CheckReport(
                CheckSettings.of("threads", "4", "10s", null), List.of(ok("http://a.test/")), Duration.ofMillis(5));
        assertEquals(
                "linkcheck: 1 web URL in 5 ms (threads, concurrency 4): 1 OK, 0 broken",
                new ConsoleReport(report, new FailurePolicy(true, true, false)).summary());
    }

    @Test
    void groupsProblemsByTheFileOfTheirFirstPlaceAndListsTheOtherPlaces() {
        LinkTarget inTwoFiles = new LinkTarget(
                "http://a.test/gone", List.of(Origin.at("docs/guide.md", 3, 1), Origin.at("README.md", 9, 4)), null);
        CheckReport report = new CheckReport(
                SETTINGS,
                List.of(
                        broken(LinkTarget.of("http://b.test/", Origin.at("README.md", 2, 5))),
                        broken(inTwoFiles),
                        ok("http://c.test/"),
                        broken(LinkTarget.of("http://d.test/", Origin.at("README.md", 7, 1)))),
                Duration.ofMillis(20));

        List<Group> groups = new ConsoleReport(report, new FailurePolicy(true, true, false)).problemsByFile();

        assertEquals(
                List.of("README.md", "docs/guide.md"),
                groups.stream().map(Group::source).toList());
        assertEquals(
                List.of("README.md:2:5", "README.md:7:1"),
                groups.get(0).lines().stream().map(Line::place).toList());
        assertEquals(
                "linkcheck: broken: docs/guide.md:3:1: http://a.test/gone -> 404 Not Found (4 ms) (also at README.md:9:4)",
                groups.get(1).lines().get(0).text());
        assertEquals("linkcheck: docs/guide.md: 1 problem", groups.get(1).heading());
    }

    @Test
    void aLinkFoundInManyPlacesNamesTheFirstFewOnItsLineAndCountsTheRest() {
        List<Origin> places = new ArrayList<>();
        for (int line = 1; line <= 1200; line++) {
            places.add(Origin.at("docs/long.md", line, 1));
        }
        CheckReport report = new CheckReport(
                SETTINGS,
                List.of(broken(new LinkTarget("http://a.test/everywhere", places, null))),
                Duration.ofMillis(20));

        String text = new ConsoleReport(report, new FailurePolicy(true, true, false))
                .problemsByFile()
                .get(0)
                .lines()
                .get(0)
                .text();

        assertTrue(
                text.endsWith("(also at docs/long.md:2:1, docs/long.md:3:1, docs/long.md:4:1, docs/long.md:5:1, "
                        + "docs/long.md:6:1, docs/long.md:7:1, docs/long.md:8:1, docs/long.md:9:1, docs/long.md:10:1, "
                        + "docs/long.md:11:1 and 1,189 more places)"),
                text);
    }

    @Test
    void summaryCountsCachedResults() {
        CheckResult cached = new CheckResult(
                LinkTarget.of("http://a.test/", Origin.entry("urls entry 1")),
                Verdict.OK,
                new Outcome.Status(200, "OK"),
                Duration.ZERO,
                null,
                null,
                0,
                java.time.Instant.parse("2026-11-24T10:00:00Z"));
        CheckReport report = new CheckReport(
                CheckSettings.of("async", "4", "10s", null),
                List.of(cached, ok("http://b.test/")),
                Duration.ofMillis(5));
        ConsoleReport console = new ConsoleReport(report, new FailurePolicy(true, true, false));

        assertEquals(
                "linkcheck: 2 web URLs in 5 ms (async, concurrency 4): 2 OK (1 cached), 0 broken", console.summary());
        assertEquals(
                "linkcheck: ok: urls entry 1: http://a.test/ -> 200 OK (cached)",
                console.working().get(0).text());
    }

    @Test
    void summaryNamesWhatItCountsLinksWebUrlsFilesAndSkipped() {
        CheckResult file = new CheckResult(
                new LinkTarget(
                        "docs/setup.md",
                        List.of(Origin.at("README.md", 3, 1)),
                        new LocalFile(Path.of("/p/docs/setup.md"), null)),
                Verdict.OK,
                new Outcome.FileExists(),
                Duration.ZERO,
                null,
                null,
                1,
                null);
        CheckResult mail = CheckResult.notRequested(
                LinkTarget.of("mailto:a@b.test", Origin.at("README.md", 4, 1)),
                Verdict.SKIPPED,
                new Outcome.NotRequested("mailto: link, not checked"));
        CheckReport mixed = new CheckReport(
                CheckSettings.of("async", "4", "10s", null),
                List.of(ok("http://a.test/"), ok("https://b.test/"), file, mail),
                Duration.ofMillis(5));
        CheckReport webOnly = new CheckReport(
                CheckSettings.of("async", "4", "10s", null), List.of(ok("http://a.test/")), Duration.ofMillis(5));
        FailurePolicy policy = new FailurePolicy(true, true, false);

        assertEquals(
                "linkcheck: 4 links (2 web URLs, 1 file, 1 skipped) in 5 ms (async, concurrency 4): 3 OK, 0 broken,"
                        + " 1 skipped",
                new ConsoleReport(mixed, policy).summary());
        assertEquals(
                "linkcheck: 1 web URL in 5 ms (async, concurrency 4): 1 OK, 0 broken",
                new ConsoleReport(webOnly, policy).summary());
    }

    @Test
    void showsNoDurationWhereNothingWasRequested() {
        LinkTarget missing = new LinkTarget(
                "docs/missing.md",
                List.of(Origin.at("README.md", 3, 1)),
                new LocalFile(Path.of("/p/docs/missing.md"), null));
        LinkTarget there = new LinkTarget(
                "docs/setup.md",
                List.of(Origin.at("README.md", 4, 1)),
                new LocalFile(Path.of("/p/docs/setup.md"), null));
        CheckReport report = new CheckReport(
                SETTINGS,
                List.of(
                        new CheckResult(
                                missing,
                                Verdict.BROKEN,
                                new Outcome.Failure(ErrorKind.FILE_NOT_FOUND, null),
                                Duration.ZERO,
                                null,
                                null,
                                1,
                                null),
                        new CheckResult(
                                there, Verdict.OK, new Outcome.FileExists(), Duration.ofMillis(2), null, null, 1, null),
                        CheckResult.notRequested(
                                LinkTarget.of("http://", Origin.entry("urls entry 3")),
                                Verdict.BROKEN,
                                new Outcome.Failure(ErrorKind.INVALID_URL, "no host"))),
                Duration.ofMillis(5));
        ConsoleReport console = new ConsoleReport(report, new FailurePolicy(true, true, false));

        assertEquals(
                List.of("docs/missing.md -> file not found", "http:// -> invalid URL: no host"),
                console.problemsByFile().stream()
                        .flatMap(group -> group.lines().stream())
                        .map(Line::details)
                        .toList());
        assertEquals("docs/setup.md -> exists", console.working().get(0).details());
    }

    @Test
    void countsAreWrittenAlikeEverywhereWhateverTheLocale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            List<CheckResult> results = new ArrayList<>();
            for (int i = 0; i < 2_000; i++) {
                results.add(broken(LinkTarget.of("http://a.test/" + i, Origin.entry("urls entry " + i))));
            }
            CheckReport report = new CheckReport(SETTINGS, results, Duration.ofMillis(5));
            FailurePolicy policy = new FailurePolicy(true, true, false);
            ConsoleReport console = new ConsoleReport(report, policy);

            assertTrue(
                    console.summary()
                            .startsWith("linkcheck: 2,000 web URLs in 5 ms (async, concurrency 32): 0 OK,"
                                    + " 2,000 broken"),
                    console.summary());
            assertTrue(console.failureMessage(Path.of("/p/target/linkcheck"))
                    .startsWith("linkcheck: 2,000 links fail the build (2,000 broken)"));
            assertEquals("2,000 links fail the build", new ProblemTable(report, policy).headline());
            assertEquals(
                    "linkcheck: configuration: 2,000 problems",
                    console.problemsByFile().get(0).heading());
        } finally {
            Locale.setDefault(before);
        }
    }

    private static CheckResult broken(LinkTarget target) {
        return new CheckResult(
                target,
                Verdict.BROKEN,
                new Outcome.Status(404, "Not Found"),
                Duration.ofMillis(4),
                null,
                null,
                1,
                null);
    }

    private static CheckResult ok(String url) {
        return new CheckResult(
                LinkTarget.of(url, Origin.entry("urls entry 1")),
                Verdict.OK,
                new Outcome.Status(200, "OK"),
                Duration.ofMillis(10),
                null,
                null,
                1,
                null);
    }
}
