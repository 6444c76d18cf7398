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
import io.github.linkcheck.core.Severity;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.SarifSchema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Every report names an insecure link's https form, as a warning, or an error under {@code failOnInsecure}: masked,
 * and neutralised where the URL as written holds text a document could carry.
 */
class InsecureLinkReportsTest {

    private static final FailurePolicy WARN = new FailurePolicy(true, false, false);
    private static final FailurePolicy FAIL = new FailurePolicy(true, false, false, true);
    private static final String WRITTEN = "http://user:token1@example.org/a\r\n::error::x\u001b[31m##[group]";
    private static final String SHOWN_HTTPS = "use https: https://****@example.org/a";

    private static CheckReport report() {
        CheckResult insecure = new CheckResult(
                LinkTarget.of(WRITTEN, Origin.at("README.md", 2, 5)),
                Verdict.INSECURE,
                new Outcome.Status(200, "OK"),
                Duration.ofMillis(12),
                null,
                null,
                1,
                null);
        return new CheckReport(CheckSettings.builder().build(), List.of(insecure), Duration.ofMillis(20));
    }

    @Test
    void theConsoleWarnsOrFailsWithTheHttpsForm() {
        ConsoleReport.Line warning = new ConsoleReport(report(), WARN)
                .problemsByFile()
                .get(0)
                .lines()
                .get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertTrue(
                warning.text().startsWith("linkcheck: insecure: README.md:2:5: http://****@example.org/a"),
                warning.text());
        assertTrue(warning.text().contains(SHOWN_HTTPS), warning.text());
        assertNoSecretNorControl(warning.text());

        ConsoleReport failing = new ConsoleReport(report(), FAIL);
        assertEquals(
                Severity.ERROR, failing.problemsByFile().get(0).lines().get(0).severity());
        String message = failing.failureMessage(Path.of("target", "linkcheck"));
        assertTrue(message.startsWith("linkcheck: 1 link fails the build (1 insecure):"), message);
        assertTrue(
                new ConsoleReport(report(), WARN).summary().endsWith(": 0 OK, 0 broken, 1 insecure"),
                () -> new ConsoleReport(report(), WARN).summary());
    }

    @Test
    void theJsonReportHasTheHttpsUrlMasked(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("linkcheck.json");
        new JsonReport(report(), WARN, Instant.parse("2026-12-02T12:00:00Z")).write(file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode link = root.get("links").get(0);
        assertEquals("insecure", link.get("verdict").asText());
        assertEquals("warning", link.get("severity").asText());
        assertTrue(link.get("httpsUrl").asText().startsWith("https://****@example.org/a"), link.toString());
        assertEquals(1, root.at("/totals/insecure").asInt(), root.toString());
        assertFalse(Files.readString(file).contains("token"));
    }

    @Test
    void sarifReportsItUnderTheInsecureRule(@TempDir Path folder) throws Exception {
        for (FailurePolicy policy : List.of(WARN, FAIL)) {
            Path file = folder.resolve(ReportDirectory.SARIF);
            new SarifReport(report(), policy, RepositoryRoot.of(folder)).write(file);
            SarifSchema.assertValid(file);
            JsonNode run = new ObjectMapper().readTree(file.toFile()).at("/runs/0");
            JsonNode rules = run.at("/tool/driver/rules");
            assertEquals("insecure", rules.get(rules.size() - 1).get("id").asText(), "added last");
            JsonNode result = run.get("results").get(0);
            assertEquals("insecure", result.get("ruleId").asText());
            assertEquals(rules.size() - 1, result.get("ruleIndex").asInt());
            assertEquals(
                    policy == FAIL ? "error" : "warning", result.get("level").asText());
            String message = result.at("/message/text").asText();
            assertTrue(message.contains(SHOWN_HTTPS), message);
            assertNoSecretNorControl(message);
        }
    }

    @Test
    void junitGithubAndTheSummaryNameTheHttpsForm(@TempDir Path folder) throws Exception {
        Path junit = folder.resolve("TEST-linkcheck.xml");
        new JunitReport(report(), WARN).write(junit);
        String xml = Files.readString(junit);
        assertTrue(xml.contains("WARNING insecure: "), xml);
        assertTrue(xml.contains(SHOWN_HTTPS), xml);
        assertFalse(xml.contains("token"), xml);
        new JunitReport(report(), FAIL).write(junit);
        assertTrue(Files.readString(junit).contains("<failure type=\"insecure\""), Files.readString(junit));

        List<String> annotations = new GithubActions(report(), WARN).annotations("");
        assertEquals(1, annotations.size());
        String annotation = annotations.get(0);
        assertTrue(
                annotation.startsWith("::warning file=README.md,line=2,col=5,title=linkcheck%3A insecure link::"),
                annotation);
        assertTrue(annotation.contains(SHOWN_HTTPS), annotation);
        assertNoSecretNorControl(annotation.substring(2));

        String summary = new MarkdownSummary(report(), WARN).toMarkdown();
        assertTrue(summary.contains("insecure"), summary);
        assertTrue(summary.contains("use https: https://\\*\\*\\*\\*@&#8203;example.org/a"), summary);
        assertNoSecretNorControl(summary.replace("\n", ""));
    }

    private static void assertNoSecretNorControl(String text) {
        assertFalse(text.contains("token"), text);
        assertFalse(text.contains("\r") || text.contains("\n") || text.contains("\u001b"), text);
        // Without a line break, :: cannot start a workflow command; ##[ could, anywhere in a line: escaped.
        assertFalse(text.contains("##[group]"), text);
    }
}
