package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.FailurePolicy;

import org.junit.jupiter.api.Test;

import java.util.List;

class MarkdownSummaryTest {

    @Test
    void tablesTheProblemsFailuresFirstMarked() {
        String markdown =
                new MarkdownSummary(SampleReport.create(), new FailurePolicy(true, false, false)).toMarkdown();

        assertEquals("""
                ### linkcheck: 3 links fail the build, 2 warnings

                9 links (7 web URLs, 1 file, 1 skipped) in 10.3 s (async, concurrency 32): 2 OK (1 cached), 3 broken, 1 slow, 1 moved, 1 excluded, 1 skipped

                | | Result | Where | Link | Details |
                |---|---|---|---|---|
                | :x: | broken | `README.md:4:3`<br>`docs/guide.md:5:58` | `https://b.test/gone?a=1&b=<2>` | 404 Not Found (120 ms) |
                | :warning: | slow | `urls entry 2` | `https://c.test/slow` | 200 OK (1.5 s), redirected to https://c.test/slow/, slower than 1.0 s |
                | :warning: | moved | `pom.xml:17:12 (licenses/license[1]/url)` | `http://d.test/old` | 200 OK (7 ms), moved permanently to https://d.test/new |
                | :x: | broken | `docs/guide.md:6:1` | `docs/missing.md` | file not found |
                | :x: | broken | `links.txt:3` | `https://****@f.test/\\u0001x` | timeout: no response in 10 s (10.0 s, 3 attempts) |
                """, markdown);
    }

    @Test
    void saysSoWhenNothingIsBroken() {
        CheckReport report = SampleReport.create();
        CheckReport working =
                new CheckReport(report.settings(), List.of(report.results().get(0)), report.wallTime());

        assertEquals("""
                ### linkcheck: no broken links

                1 web URL in 10.3 s (async, concurrency 32): 1 OK, 0 broken, 0 slow
                """, new MarkdownSummary(working, new FailurePolicy(true, true, false)).toMarkdown());
    }

    @Test
    void keepsPipesInsideTheirCell() {
        CheckReport report = SampleReport.create();
        CheckReport piped = new CheckReport(
                report.settings(),
                List.of(new io.github.linkcheck.core.CheckResult(
                        io.github.linkcheck.core.LinkTarget.of(
                                "https://a.test/x|y", io.github.linkcheck.core.Origin.at("README.md", 1, 1)),
                        io.github.linkcheck.core.Verdict.BROKEN,
                        new io.github.linkcheck.core.Outcome.Status(404, "Not Found"),
                        java.time.Duration.ofMillis(3),
                        null,
                        null,
                        1,
                        null)),
                report.wallTime());

        String markdown = new MarkdownSummary(piped, new FailurePolicy(true, true, false)).toMarkdown();

        assertEquals(
                "| :x: | broken | `README.md:1:1` | `https://a.test/x\\|y` | 404 Not Found (3 ms) |",
                markdown.lines().reduce((first, second) -> second).orElseThrow());
    }

    @Test
    void whatAServerSaysStaysText() {
        CheckReport report = SampleReport.create();
        CheckReport hostile = new CheckReport(
                report.settings(),
                List.of(new io.github.linkcheck.core.CheckResult(
                        io.github.linkcheck.core.LinkTarget.of(
                                "https://a.test/", io.github.linkcheck.core.Origin.at("README.md", 1, 1)),
                        io.github.linkcheck.core.Verdict.BROKEN,
                        new io.github.linkcheck.core.Outcome.Status(
                                500, "<img src=x> [click](https://evil.test) `x` & more"),
                        java.time.Duration.ofMillis(3),
                        null,
                        null,
                        1,
                        null)),
                report.wallTime());

        String markdown = new MarkdownSummary(hostile, new FailurePolicy(true, true, false)).toMarkdown();

        assertEquals(
                "| :x: | broken | `README.md:1:1` | `https://a.test/` | 500 &lt;img src=x&gt; \\[click\\](https://evil.test) "
                        + "'x' &amp; more (3 ms) |",
                markdown.lines().reduce((first, second) -> second).orElseThrow());
    }
}
