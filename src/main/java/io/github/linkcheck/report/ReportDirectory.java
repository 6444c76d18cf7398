package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.FailurePolicy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

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
        // The largest report is written on a thread of its own while this one writes the rest: on 2 cores the
        // reports of 10,000 links take a fifth to a quarter less time.
        FutureTask<Void> jsonWriting = new FutureTask<>(() -> {
            new JsonReport(report, policy, modules, now).write(json);
            return null;
        });
        Thread jsonWriter = new Thread(jsonWriting, "linkcheck-json-report");
        jsonWriter.setDaemon(true);
        jsonWriter.start();
        // Each report on its own: one that cannot be written keeps none of the others from being written.
        Failures failures = new Failures();
        failures.collect(() -> new JunitReport(report, policy).write(junit));
        failures.collect(() -> new MarkdownSummary(report, policy, modules).write(markdown));
        failures.collect(() -> new SarifReport(report, policy, RepositoryRoot.of(reactorRoot)).write(sarif));
        failures.collect(() -> await(jsonWriting));
        failures.rethrow();
        return List.of(json, junit, markdown, sarif);
    }

    /** Writing one report. */
    private interface ReportWriting {
        void write() throws IOException;
    }

    /** The first failure of the reports, with the later ones suppressed by it. */
    private static final class Failures {
        private Throwable first;

        void collect(ReportWriting writing) {
            try {
                writing.write();
            } catch (IOException | RuntimeException | Error e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }

        void rethrow() throws IOException {
            throwAsWritingFailure(first);
        }
    }

    /** Throws a failure of writing a report as what it is; does nothing for {@code null}. */
    private static void throwAsWritingFailure(Throwable failure) throws IOException {
        if (failure instanceof IOException io) {
            throw io;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }

    /**
     * Waits for a report being written on another thread, interrupted or not: it is local work, bounded by the
     * size of the report, and no file may still be written once the reports are said to be written.
     */
    private static void await(FutureTask<Void> writing) throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    writing.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throwAsWritingFailure(e.getCause());
                    throw new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
