package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.FailurePolicy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The report files of a run, side by side in one folder. */
public final class ReportDirectory {

    /** Every link, its verdict and places, and the run's totals, for tools: see {@code docs/reports.md}. */
    public static final String JSON = "linkcheck.json";
    /** Named as Surefire names its reports, so that the usual {@code **}{@code /TEST-*.xml} patterns find it. */
    public static final String JUNIT = "TEST-linkcheck.xml";
    /** The problems as a Markdown table. */
    public static final String MARKDOWN = "summary.md";
    /** The problems in SARIF 2.1.0, for GitHub code scanning and other viewers. */
    public static final String SARIF = "linkcheck.sarif";

    private final Path directory;
    private final Path reactorRoot;

    /** @param reactorRoot the folder places are named from, whose repository the SARIF report names files from */
    public ReportDirectory(Path directory, Path reactorRoot) {
        this.directory = directory;
        this.reactorRoot = reactorRoot;
    }

    /** Makes sure the folder exists and takes files, before the run rather than after. */
    public void prepare() throws IOException {
        ReportFiles.prepare(directory);
    }

    /** Writes every report of one project's run, each whole or not at all, and returns the files. */
    public List<Path> writeAll(CheckReport report, FailurePolicy policy, Instant now) throws IOException {
        return writeAll(report, policy, List.of(), now);
    }

    /**
     * Writes every report, each whole or not at all, and returns the files.
     *
     * @param modules the modules whose links the report holds, for the report of a build of several; empty for one
     */
    public List<Path> writeAll(CheckReport report, FailurePolicy policy, List<String> modules, Instant now)
            throws IOException {
        Path json = directory.resolve(JSON);
        Path junit = directory.resolve(JUNIT);
        Path markdown = directory.resolve(MARKDOWN);
        Path sarif = directory.resolve(SARIF);
        new JsonReport(report, policy, modules, now).write(json);
        new JunitReport(report, policy).write(junit);
        new MarkdownSummary(report, policy, modules).write(markdown);
        new SarifReport(report, policy, RepositoryRoot.of(reactorRoot)).write(sarif);
        return List.of(json, junit, markdown, sarif);
    }
}
