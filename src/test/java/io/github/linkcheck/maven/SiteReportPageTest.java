package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LocalFile;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;

import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

class SiteReportPageTest {

    @Test
    void showsTheSummaryTheProblemsAndEveryLink() {
        CheckReport report = new CheckReport(
                CheckSettings.of("async", "8", "10s", null),
                List.of(
                        new CheckResult(
                                LinkTarget.of("https://a.test/fine", Origin.at("README.md", 1, 1)),
                                Verdict.OK,
                                new Outcome.Status(200, "OK"),
                                Duration.ofMillis(5),
                                null,
                                null,
                                1,
                                null),
                        new CheckResult(
                                new LinkTarget(
                                        "https://b.test/gone?x=<1>",
                                        List.of(Origin.at("README.md", 4, 3), Origin.entry("urls entry 2")),
                                        null),
                                Verdict.BROKEN,
                                new Outcome.Status(404, "Not Found"),
                                Duration.ofMillis(40),
                                null,
                                null,
                                1,
                                null),
                        new CheckResult(
                                LinkTarget.localFile(
                                        "docs/missing.md",
                                        new LocalFile(Path.of("/p/docs/missing.md"), null),
                                        Origin.at("docs/guide.md", 6, 1)),
                                Verdict.BROKEN,
                                new Outcome.Failure(io.github.linkcheck.core.ErrorKind.FILE_NOT_FOUND, null),
                                Duration.ZERO,
                                null,
                                null,
                                1,
                                null)),
                Duration.ofMillis(60));

        String html = render(sink -> new SiteReportPage(sink).render(report, new FailurePolicy(true, true, false)));

        assertTrue(html.contains("<h1>Link check</h1>"), html);
        assertTrue(
                html.contains("3 links (2 web URLs, 1 file) in 60 ms (async, concurrency 8): 1 OK, 2 broken."), html);
        assertTrue(html.contains("Problems: 2 links fail the build</h2>"), html);
        assertTrue(html.contains("<td>broken (fails the build)</td>"), html);
        assertTrue(html.contains("<td>README.md:4:3<br />urls entry 2</td>"), html);
        assertTrue(html.contains("href=\"https://b.test/gone?x=&lt;1&gt;\">https://b.test/gone?x=&lt;1&gt;</a>"), html);
        assertTrue(html.contains("<td>docs/missing.md</td>"), html);
        assertTrue(html.contains("<td>file not found</td>"), html);
        assertTrue(html.contains("All links</h2>"), html);
        assertTrue(html.contains("<td>ok: 200 OK (5 ms)</td>"), html);
        assertFalse(html.contains("<1>"), "the text is escaped");
    }

    @Test
    void saysWhyNothingWasChecked() {
        String html = render(sink ->
                new SiteReportPage(sink).renderNothingChecked("linkcheck: Maven is offline (-o), no URL checked"));

        assertTrue(html.contains("<p>linkcheck: Maven is offline (-o), no URL checked</p>"), html);
    }

    @Test
    void showsWhatServersAndDocumentsChoseEscapedAndNoUserInfo() {
        CheckReport report = new CheckReport(
                CheckSettings.of("async", "8", "10s", null),
                List.of(new CheckResult(
                        LinkTarget.of(
                                "https://ghp_T0KEN@a.test/\u001b[2J", Origin.at("docs/evil\n::error::x.md", 1, 1)),
                        Verdict.BROKEN,
                        new Outcome.Status(404, "Not Found\r::warning::y <b>\u001b]0;t\u0007"),
                        Duration.ofMillis(5),
                        null,
                        null,
                        1,
                        null)),
                Duration.ofMillis(5));

        String html = render(sink -> new SiteReportPage(sink).render(report, new FailurePolicy(true, true, false)));

        assertTrue(html.contains("<td>404 Not Found\\r::warning::y &lt;b&gt;\\u001b]0;t\\u0007 (5 ms)</td>"), html);
        assertTrue(html.contains("<td>docs/evil\\n::error::x.md:1:1</td>"), html);
        assertTrue(html.contains(">https://****@a.test/\\u001b[2J</a>"), html);
        assertFalse(html.contains("T0KEN"), html);
        assertFalse(html.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r'), html);
    }

    private static String render(java.util.function.Consumer<Xhtml5BaseSink> page) {
        StringWriter html = new StringWriter();
        page.accept(new Xhtml5BaseSink(html));
        return html.toString();
    }
}
