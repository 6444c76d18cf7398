package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.FailurePolicy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code summary.md}: the run's problems as a Markdown table, for a pull-request comment or GitHub's job
 * summary. Links that work are only counted.
 */
public final class MarkdownSummary {

    private final ProblemTable problems;

    public MarkdownSummary(CheckReport report, FailurePolicy policy) {
        this.problems = new ProblemTable(report, policy);
    }

    public void write(Path file) throws IOException {
        ReportFiles.write(file, toMarkdown());
    }

    public String toMarkdown() {
        StringBuilder markdown = new StringBuilder("### linkcheck: ").append(problems.headline())
                .append("\n\n").append(problems.summary()).append("\n");
        List<ProblemTable.Row> rows = problems.rows();
        if (rows.isEmpty()) {
            return markdown.toString();
        }
        markdown.append("\n| | Result | Where | Link | Details |\n|---|---|---|---|---|\n");
        for (ProblemTable.Row row : rows) {
            markdown.append("| ").append(row.failsBuild() ? ":x:" : ":warning:")
                    .append(" | ").append(row.result())
                    .append(" | ").append(row.places().stream()
                            .map(MarkdownSummary::code).collect(Collectors.joining("<br>")))
                    .append(" | ").append(code(row.link()))
                    .append(" | ").append(text(row.details()))
                    .append(" |\n");
        }
        return markdown.toString();
    }

    /** A code span: nothing in it is markup, though a pipe still has to be escaped to stay in its cell. */
    private static String code(String text) {
        return "`" + text.replace("`", "'").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ') + "`";
    }

    /**
     * Text that stays text in its cell: servers choose reason phrases and redirect locations, so markup is
     * escaped as well as the pipes and line breaks that would break the table.
     */
    private static String text(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\\", "\\\\").replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")
                .replace("`", "'").replace('\n', ' ').replace('\r', ' ');
    }
}
