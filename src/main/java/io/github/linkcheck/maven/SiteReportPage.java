package io.github.linkcheck.maven;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.report.ProblemTable;

import org.apache.maven.doxia.sink.Sink;

import java.util.List;

/**
 * The page {@code linkcheck:report} adds to the project's site: the run's summary, its problems, and every
 * link with its verdict, as Doxia sink events that the site renders with its skin.
 */
final class SiteReportPage {

    static final String TITLE = "Link check";

    private final Sink sink;

    SiteReportPage(Sink sink) {
        this.sink = sink;
    }

    /** The page of a run that checked links. */
    void render(CheckReport report, FailurePolicy policy) {
        ProblemTable problems = new ProblemTable(report, policy);
        start();
        paragraph(problems.summary() + ".");
        sink.section2();
        sectionTitle2("Problems: " + problems.headline());
        List<ProblemTable.Row> rows = problems.rows();
        if (!rows.isEmpty()) {
            sink.table();
            sink.tableRows();
            headerRow("Result", "Where", "Link", "Details");
            for (ProblemTable.Row row : rows) {
                sink.tableRow();
                cell(row.result()
                        + (row.failsBuild() ? " (fails the build)" : row.ignored() ? " (ignored)" : " (warning)"));
                sink.tableCell();
                lines(row.places());
                sink.tableCell_();
                linkCell(row.link());
                cell(row.details());
                sink.tableRow_();
            }
            sink.tableRows_();
            sink.table_();
        }
        sink.section2_();
        sink.section2();
        sectionTitle2("All links");
        sink.table();
        sink.tableRows();
        headerRow("Link", "Result", "Where");
        for (CheckResult result : report.results()) {
            sink.tableRow();
            linkCell(UntrustedText.neutralise(HttpUrls.redact(result.target().url())));
            cell(result.verdict().label() + ": " + UntrustedText.neutralise(report.describeOutcome(result)));
            sink.tableCell();
            lines(result.target().origins().stream()
                    .map(Origin::describe)
                    .map(UntrustedText::neutralise)
                    .toList());
            sink.tableCell_();
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
        sink.section2_();
        end();
    }

    /** The page of a run that checked nothing, saying why. */
    void renderNothingChecked(String why) {
        start();
        paragraph(why);
        end();
    }

    private void start() {
        sink.head();
        sink.title();
        sink.text(TITLE);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text(TITLE);
        sink.sectionTitle1_();
    }

    private void end() {
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    private void sectionTitle2(String text) {
        sink.sectionTitle2();
        sink.text(text);
        sink.sectionTitle2_();
    }

    private void headerRow(String... headers) {
        sink.tableRow();
        for (String header : headers) {
            sink.tableHeaderCell();
            sink.text(header);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    private void cell(String text) {
        sink.tableCell();
        sink.text(text);
        sink.tableCell_();
    }

    /** A web address is a link readers can follow; a path of the project is only text. */
    private void linkCell(String link) {
        sink.tableCell();
        if (HttpUrls.isHttp(link)) {
            sink.link(link);
            sink.text(link);
            sink.link_();
        } else {
            sink.text(link);
        }
        sink.tableCell_();
    }

    private void lines(List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            if (i > 0) {
                sink.lineBreak();
            }
            sink.text(texts.get(i));
        }
    }
}
