package io.github.linkcheck.run;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.report.ReportDirectory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/** The report files ({@code linkcheck.json}, JUnit XML, {@code summary.md}, SARIF) in the output folder. */
public final class ReportFilesSink implements ReportSink {

    private final Path outputDirectory;
    private final ReportDirectory reports;

    /** @param reactorRoot the folder places are named from (see {@link RunRequest#reactorRoot()}) */
    public ReportFilesSink(Path outputDirectory, Path reactorRoot) {
        this.outputDirectory = outputDirectory;
        this.reports = new ReportDirectory(outputDirectory, reactorRoot);
    }

    @Override
    public void prepare() throws RunException {
        try {
            reports.prepare();
        } catch (IOException e) {
            throw unwritable(outputDirectory, e);
        }
    }

    @Override
    public void write(CheckReport report, FailurePolicy policy) throws RunException {
        try {
            reports.writeAll(report, policy, Instant.now());
        } catch (IOException e) {
            // The folder took a file when it was prepared: it is the report files that cannot be written.
            throw new RunException("linkcheck: reports in outputDirectory = '"
                    + UntrustedText.neutralise(outputDirectory.toString()) + "' cannot be written: "
                    + UntrustedText.neutralise(RunException.why(e)));
        }
    }

    /** The output folder, or a file in it, cannot be written: the run stops, naming the parameter. */
    public static RunException unwritable(Path outputDirectory, IOException e) {
        return new RunException("linkcheck: outputDirectory = '" + UntrustedText.neutralise(outputDirectory.toString())
                + "' cannot be written: " + UntrustedText.neutralise(RunException.why(e)));
    }
}
