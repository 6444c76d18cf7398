package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code summary.md}: the run's problems as a Markdown table, for a pull-request comment or GitHub's job
 * summary. Links that work are only counted.
 */
public final class MarkdownSummary {

    private final CheckReport report;
    private final FailurePolicy policy;
    private final ConsoleReport console;

    public MarkdownSummary(CheckReport report, FailurePolicy policy) {
        this.report = report;
        this.policy = policy;
        this.console = new ConsoleReport(report, policy);
    }

    public void write(Path file) throws IOException {
        ReportFiles.write(file, toMarkdown());
    }

    public String toMarkdown() {
        List<CheckResult> problems = report.results().stream()
                .filter(result -> Severity.of(result, policy).isProblem())
                .toList();
        long failing = problems.stream().filter(policy::fails).count();
        StringBuilder markdown = new StringBuilder("### linkcheck: ");
        if (problems.isEmpty()) {
            markdown.append("no broken links");
        } else {
            markdown.append(failing).append(failing == 1 ? " link fails" : " links fail").append(" the build");
            long warnings = problems.size() - failing;
            if (warnings > 0) {
                markdown.append(", ").append(warnings).append(warnings == 1 ? " warning" : " warnings");
            }
        }
        markdown.append("\n\n").append(console.summaryText()).append("\n");
        if (problems.isEmpty()) {
            return markdown.toString();
        }
        markdown.append("\n| | Result | Where | Link | Details |\n|---|---|---|---|---|\n");
        for (CheckResult result : problems) {
            boolean fails = policy.fails(result);
            markdown.append("| ").append(fails ? ":x:" : ":warning:")
                    .append(" | ").append(result.verdict().label())
                    .append(" | ").append(result.target().origins().stream()
                            .map(origin -> "`" + cell(origin.describe()) + "`").collect(Collectors.joining("<br>")))
                    .append(" | ").append(cell(HttpUrls.redact(result.target().url())))
                    .append(" | ").append(cell(result.describeOutcome() + console.slowness(result)))
                    .append(" |\n");
        }
        return markdown.toString();
    }

    /** Text that cannot break the table: pipes escaped, line breaks removed. */
    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ').replace("`", "'");
    }
}
