package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Every report names a remapped link as written and as checked, masked and neutralised in both forms. */
class RemappedLinkReportsTest {

    private static final FailurePolicy POLICY = new FailurePolicy(true, false, false);
    private static final String WRITTEN = "https://user:token1@docs.example.org/a";
    // A document's text can end up in the remapped URL: a remap keeps what its groups matched.
    private static final String CHECKED = "http://me:token2@127.0.0.1:8000/a\r\n::error::x\u001b[31m##[group]";

    private static CheckReport report() {
        LinkTarget target = LinkTarget.of(WRITTEN, Origin.at("README.md", 2, 5)).checkedAs(CHECKED);
        CheckResult broken = new CheckResult(
                target,
                Verdict.BROKEN,
                new Outcome.Status(404, "Not Found"),
                Duration.ofMillis(12),
                null,
                null,
                1,
                null);
        return new CheckReport(CheckSettings.builder().build(), List.of(broken), Duration.ofMillis(20));
    }

    @Test
    void theConsoleLineNamesBothFormsMaskedAndNeutralised() {
        String line = new ConsoleReport(report(), POLICY)
                .problemsByFile()
                .get(0)
                .lines()
                .get(0)
                .text();
        assertTrue(line.contains("https://****@docs.example.org/a (checked as http://****@127.0.0.1:8000/a"), line);
        assertNoSecretNorControl(line);
    }

    @Test
    void theJsonReportKeepsTheUrlAsWrittenAndSaysWhatWasChecked(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("linkcheck.json");
        new JsonReport(report(), POLICY, Instant.parse("2026-12-02T12:00:00Z")).write(file);
        JsonNode link = new ObjectMapper().readTree(file.toFile()).get("links").get(0);
        assertEquals("https://****@docs.example.org/a", link.get("url").asText());
        assertTrue(link.get("checkedAs").asText().startsWith("http://****@127.0.0.1:8000/a"), link.toString());
        assertFalse(Files.readString(file).contains("token"));
    }

    @Test
    void theSummaryTableNamesBothForms() {
        String summary = new MarkdownSummary(report(), POLICY).toMarkdown();
        assertTrue(
                summary.contains("https://****@docs.example.org/a (checked as http://****@127.0.0.1:8000/a"), summary);
        assertNoSecretNorControl(summary.replace("\n", ""));
    }

    private static void assertNoSecretNorControl(String text) {
        assertFalse(text.contains("token"), text);
        assertFalse(text.contains("\r") || text.contains("\n") || text.contains("\u001b"), text);
        // Without a line break, :: cannot start a workflow command; ##[ could, anywhere in a line: escaped.
        assertFalse(text.contains("##[group]"), text);
    }
}
