package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.FailurePolicy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code summary.md}: the run's problems as a Markdown table, for a pull-request comment or GitHub's job
 * summary. Links that work are only counted. Then the slowest and the most failing hosts.
 */
public final class MarkdownSummary {

    private final ProblemTable problems;
    private final RunNotes notes;
    private final HostFigures hosts;
    private final List<String> modules;

    public MarkdownSummary(CheckReport report, FailurePolicy policy) {
        this(report, policy, List.of());
    }

    /** @param modules the modules whose links the report holds, named under the headline; empty for one project */
    public MarkdownSummary(CheckReport report, FailurePolicy policy, List<String> modules) {
        this.problems = new ProblemTable(report, policy);
        this.notes = new RunNotes(report);
        this.hosts = HostFigures.of(report.results());
        this.modules = List.copyOf(modules);
    }

    public void write(Path file) throws IOException {
        ReportFiles.write(file, toMarkdown());
    }

    public String toMarkdown() {
        StringBuilder markdown = new StringBuilder("### linkcheck: ")
                .append(problems.headline())
                .append("\n\n")
                .append(problems.summary())
                .append("\n");
        notes.offline()
                .ifPresent(offline -> markdown.append("\n").append(offline).append("\n"));
        if (!modules.isEmpty()) {
            markdown.append("\nModules: ")
                    .append(modules.stream().map(MarkdownText::code).collect(Collectors.joining(", ")))
                    .append("\n");
        }
        List<ProblemTable.Row> rows = problems.rows();
        if (rows.isEmpty()) {
            return markdown.append(hosts.toMarkdown()).toString();
        }
        markdown.append("\n| | Result | Where | Link | Details |\n|---|---|---|---|---|\n");
        for (ProblemTable.Row row : rows) {
            markdown.append("| ")
                    .append(row.failsBuild() ? ":x:" : row.ignored() ? ":see_no_evil:" : ":warning:")
                    .append(" | ")
                    .append(row.result())
                    .append(" | ")
                    .append(row.places().stream().map(MarkdownText::code).collect(Collectors.joining("<br>")))
                    .append(" | ")
                    .append(MarkdownText.code(row.link()))
                    .append(" | ")
                    .append(MarkdownText.text(row.details()))
                    .append(" |\n");
        }
        return markdown.append(hosts.toMarkdown()).toString();
    }
}
