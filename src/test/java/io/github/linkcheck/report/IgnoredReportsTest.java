package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.IgnoreEntries;
import io.github.linkcheck.core.IgnoreFile;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Severity;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.SarifSchema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Failures an {@code ignores} entry excuses, and those whose entry expired, as the console and GitHub Actions show
 * them, with entries from a file written to forge lines.
 */
class IgnoredReportsTest {

    private static final FailurePolicy FAIL_ON_ALL = new FailurePolicy(true, true, true);
    private static final Clock TODAY = Clock.fixed(Instant.parse("2027-01-15T00:00:00Z"), ZoneOffset.UTC);

    /** A file from the repository, whose reasons try to start lines and commands of their own. */
    private static final List<String> HOSTILE_FILE = List.of(
            "known # until 2027-01-31: down\r\n::error::forged \u001b[2J##[warning]x",
            "stale # until 2027-01-01: was down\n::warning::forged",
            "slow-one # the host is slow");

    private final CheckReport report = IgnoreEntries.of(IgnoreFile.parse(HOSTILE_FILE, ".linkcheckignore"), TODAY)
            .apply(new CheckReport(
                    CheckSettings.builder().slowThreshold("1s").build(),
                    List.of(
                            result("https://a.test/known", Verdict.BROKEN, 404, "README.md"),
                            result("https://a.test/stale", Verdict.BROKEN, 410, "README.md"),
                            result("https://a.test/slow-one", Verdict.SLOW, 200, "docs/guide.md")),
                    Duration.ofSeconds(2)))
            .report();

    @Test
    void theConsoleListsAnIgnoredFailureAsInformationWithItsReasonAndTheExpiredOneAsFailingNamingItsEntry() {
        ConsoleReport console = new ConsoleReport(report, FAIL_ON_ALL);

        List<ConsoleReport.Line> lines = console.problemsByFile().stream()
                .flatMap(group -> group.lines().stream())
                .toList();

        assertEquals(
                List.of(Severity.IGNORED, Severity.ERROR, Severity.IGNORED),
                lines.stream().map(ConsoleReport.Line::severity).toList());
        assertEquals(
                "linkcheck: broken: README.md:3:1: https://a.test/known -> 404 Not Found (5 ms); ignored: down\\r\\n"
                        + "::error::forged \\u001b[2J##\\[warning]x (until 2027-01-31)",
                lines.get(0).text());
        assertEquals(
                "linkcheck: slow: docs/guide.md:3:1: https://a.test/slow-one -> 200 OK (5 ms), slower than 1.0 s;"
                        + " ignored: the host is slow",
                lines.get(2).text());
        assertEquals(
                List.of("linkcheck: README.md: 1 problem, 1 ignored", "linkcheck: docs/guide.md: 1 ignored"),
                console.problemsByFile().stream()
                        .map(ConsoleReport.Group::heading)
                        .toList());
        assertEquals(List.of(report.results().get(1)), console.failing());
        String failure = console.failureMessage(Path.of("target/linkcheck"));
        assertTrue(
                failure.contains("https://a.test/stale -> 410 Gone (5 ms); ignores entry 'stale' (.linkcheckignore:2)"
                        + " expired after 2027-01-01"),
                failure);
        assertTrue(console.summary().endsWith("; 2 of them ignored"), console.summary());
        lines.forEach(line -> assertNoLineBreakOrEscape(line.text()));
    }

    @Test
    void githubActionsGetANoticeForAnIgnoredFailureAndAnErrorNamingTheExpiredEntry() {
        List<String> annotations = new GithubActions(report, FAIL_ON_ALL).annotations("");

        assertEquals(3, annotations.size(), annotations::toString);
        assertEquals(
                "::notice file=README.md,line=3,col=1,title=linkcheck%3A ignored broken link::README.md:3:1:"
                        + " https://a.test/known -> 404 Not Found (5 ms); ignored: down\\r\\n::error::forged"
                        + " \\u001b[2J##\\[warning]x (until 2027-01-31)",
                annotations.get(0));
        assertTrue(
                annotations.get(1).startsWith("::error file=README.md,line=3,col=1,title=linkcheck%3A broken link::"));
        assertTrue(annotations.get(1).endsWith("ignores entry 'stale' (.linkcheckignore:2) expired after 2027-01-01"));
        assertTrue(annotations.get(2).startsWith("::notice "), annotations.get(2));
        annotations.forEach(IgnoredReportsTest::assertNoLineBreakOrEscape);
    }

    @Test
    void sarifReportsTheExpiredEntrysFailureUnderItsOwnRuleAndNoneOfTheFailuresItsEntriesStillExcuse(
            @TempDir Path folder) throws IOException {
        Path file = folder.resolve("linkcheck.sarif");
        new SarifReport(report, FAIL_ON_ALL, RepositoryRoot.of(folder)).write(file);

        SarifSchema.assertValid(file);
        JsonNode results =
                new ObjectMapper().readTree(file.toFile()).path("runs").path(0).path("results");
        assertEquals(1, results.size(), results.toString());
        assertEquals("ignored-expired", results.path(0).path("ruleId").asText());
        assertEquals("error", results.path(0).path("level").asText());
        String message = results.path(0).path("message").path("text").asText();
        assertTrue(message.contains("https://a.test/stale"), message);
        assertTrue(message.contains("expired after 2027-01-01"), message);
        assertNoLineBreakOrEscape(message);
    }

    private static void assertNoLineBreakOrEscape(String line) {
        assertFalse(line.contains("\n") || line.contains("\r") || line.contains("\u001b"), line);
        assertFalse(line.contains("##["), line);
    }

    private static CheckResult result(String url, Verdict verdict, int status, String file) {
        return new CheckResult(
                LinkTarget.of(url, Origin.at(file, 3, 1)),
                verdict,
                new Outcome.Status(status, status == 200 ? "OK" : status == 404 ? "Not Found" : "Gone"),
                Duration.ofMillis(5),
                null,
                null,
                1,
                null);
    }
}
