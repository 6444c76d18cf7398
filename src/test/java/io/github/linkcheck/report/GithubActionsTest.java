package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.FailurePolicy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

class GithubActionsTest {

    @Test
    void annotatesEveryPlaceOfEveryProblemWithItsFileLineAndColumn() {
        List<String> annotations =
                new GithubActions(SampleReport.create(), new FailurePolicy(true, false, false)).annotations("site/");

        assertEquals(
                List.of(
                        "::error file=site/README.md,line=4,col=3,title=linkcheck%3A broken link::README.md:4:3: "
                                + "https://b.test/gone?a=1&b=<2> -> 404 Not Found (120 ms)",
                        "::error file=site/docs/guide.md,line=5,col=58,title=linkcheck%3A broken link::docs/guide.md:5:58: "
                                + "https://b.test/gone?a=1&b=<2> -> 404 Not Found (120 ms)",
                        "::warning title=linkcheck%3A slow link::urls entry 2: https://c.test/slow -> 200 OK (1.5 s), "
                                + "redirected to https://c.test/slow/, slower than 1.0 s",
                        "::warning file=site/pom.xml,line=17,col=12,title=linkcheck%3A moved link::pom.xml:17:12 "
                                + "(licenses/license[1]/url): http://d.test/old -> 200 OK (7 ms), moved permanently to "
                                + "https://d.test/new",
                        "::error file=site/docs/guide.md,line=6,col=1,title=linkcheck%3A broken link::docs/guide.md:6:1: "
                                + "docs/missing.md -> file not found",
                        "::error file=site/links.txt,line=3,title=linkcheck%3A broken link::links.txt:3: "
                                + "https://****@f.test/\\u0001x -> timeout: no response in 10 s (10.0 s, 3 attempts)"),
                annotations);
    }

    @Test
    void aFileAboveTheModuleIsNamedFromTheRepositoryRoot() {
        io.github.linkcheck.core.CheckReport sample = SampleReport.create();
        io.github.linkcheck.core.CheckResult moved = sample.results().get(4);
        io.github.linkcheck.core.CheckResult inParent = new io.github.linkcheck.core.CheckResult(
                io.github.linkcheck.core.LinkTarget.of(
                        moved.target().url(), io.github.linkcheck.core.Origin.at("../pom.xml", 40, 10, "url")),
                moved.verdict(),
                moved.outcome(),
                moved.elapsed(),
                moved.finalUri(),
                moved.movedTo(),
                1,
                null);
        io.github.linkcheck.core.CheckReport report =
                new io.github.linkcheck.core.CheckReport(sample.settings(), List.of(inParent), sample.wallTime());

        String annotation = new GithubActions(report, new FailurePolicy(true, true, false))
                .annotations("module-a/")
                .get(0);

        assertTrue(annotation.startsWith("::warning file=pom.xml,line=40,col=10,"), annotation);
    }

    @Test
    void escapesWhatWouldEndACommand() {
        assertEquals("100%25 done%0Anext line", GithubActions.data("100% done\nnext line"));
        assertEquals("a%3Ab%2Cc%25", GithubActions.property("a:b,c%"));
    }

    @Test
    void isActiveOnlyUnderGithubActions() {
        assertTrue(GithubActions.isActive(Map.of("GITHUB_ACTIONS", "true")::get));
        assertFalse(GithubActions.isActive(Map.<String, String>of()::get));
        assertFalse(GithubActions.isActive(Map.of("GITHUB_ACTIONS", "false")::get));
    }

    @Test
    void appendsTheMarkdownSummaryAfterWhatOtherStepsWrote(@TempDir Path folder) throws Exception {
        Path stepSummary = folder.resolve("step-summary.md");
        Files.writeString(stepSummary, "# Build\n");

        new GithubActions(SampleReport.create(), new FailurePolicy(true, true, false))
                .appendStepSummary(stepSummary, List.of());

        String text = Files.readString(stepSummary);
        assertTrue(text.startsWith("# Build\n### linkcheck: 4 links fail the build, 1 warning\n"), text);
        assertTrue(text.contains("| :x: | broken | `README.md:4:3`<br>`docs/guide.md:5:58` |"), text);
    }
}
