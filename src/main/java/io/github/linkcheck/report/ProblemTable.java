package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Severity;
import io.github.linkcheck.core.UntrustedText;

import java.util.List;

/**
 * A run's problems as rows of a table, for the pages people read: the Markdown summary and the site report.
 * The text of every row is {@linkplain UntrustedText#neutralise neutralised}; each page still escapes its markup.
 */
public final class ProblemTable {

    /**
     * One problem.
     *
     * @param failsBuild whether it fails the build, or is a warning
     * @param ignored whether an {@code ignores} entry excuses it: neither failing nor a warning
     * @param result the verdict, for example {@code broken}
     * @param places every place the link stands
     * @param link the link as written, without any user info
     * @param details what became of it, for example {@code 404 Not Found (120 ms)}
     */
    public record Row(
            boolean failsBuild, boolean ignored, String result, List<String> places, String link, String details) {}

    private final CheckReport report;
    private final FailurePolicy policy;
    private final ConsoleReport console;

    public ProblemTable(CheckReport report, FailurePolicy policy) {
        this.report = report;
        this.policy = policy;
        this.console = new ConsoleReport(report, policy);
    }

    /** The problems in the order the links were found. */
    public List<Row> rows() {
        return report.results().stream()
                .filter(result -> Severity.of(result, policy).isListed())
                .map(this::row)
                .toList();
    }

    /**
     * For example {@code 2 links fail the build, 1 warning, 1 ignored}, or {@code no broken links} (with
     * {@code , 1 ignored} when an {@code ignores} entry excused one).
     */
    public String headline() {
        List<Row> rows = rows();
        long ignored = rows.stream().filter(Row::ignored).count();
        long failing = rows.stream().filter(Row::failsBuild).count();
        long warnings = rows.size() - failing - ignored;
        StringBuilder headline = new StringBuilder();
        if (failing + warnings == 0) {
            headline.append("no broken links");
        } else {
            headline.append(Counts.of(failing, "link fails", "links fail")).append(" the build");
            if (warnings > 0) {
                headline.append(", ").append(Counts.of(warnings, "warning", "warnings"));
            }
        }
        if (ignored > 0) {
            headline.append(", ").append(Counts.of(ignored)).append(" ignored");
        }
        return headline.toString();
    }

    /** The run in one line, for example {@code 120 web URLs in 1.4 s (async, concurrency 32): 117 OK, 2 broken}. */
    public String summary() {
        return console.summaryText();
    }

    private Row row(CheckResult result) {
        return new Row(
                policy.fails(result),
                result.isIgnored(),
                result.verdict().label(),
                result.target().origins().stream()
                        .map(Origin::describe)
                        .map(UntrustedText::neutralise)
                        .toList(),
                UntrustedText.neutralise(result.target().describeUrl()),
                UntrustedText.neutralise(report.describeOutcome(result)));
    }
}
