package io.github.linkcheck.maven;

import io.github.linkcheck.compare.CompareReport;
import io.github.linkcheck.compare.ModeComparison;
import io.github.linkcheck.core.InvalidSettingException;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.core.WholeNumbers;
import io.github.linkcheck.run.ReportFilesSink;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.IOException;
import java.util.stream.Collectors;
import javax.inject.Inject;

/**
 * Checks the configured links (the same sources and parameters as {@code check}) in every mode the running
 * Java has, {@code threads}, {@code async} and on Java 21+ {@code virtual}, one after another, and prints a
 * table: wall time, links per second, latency p50/p95/max, peak live threads, heap allocated, peak heap and
 * the verdicts. Names the fastest mode and any link whose verdict differed between runs. Writes
 * {@code compare.json} and {@code compare.md} into {@code outputDirectory}. It measures, so it never fails
 * the build for broken links, and never answers from the cache: every link is requested once per mode and
 * round. The {@code mode} parameter is not used.
 */
@Mojo(name = "compare", threadSafe = true, requiresProject = false)
public class CompareMojo extends AbstractLinkcheckMojo {

    /**
     * How many times each mode checks the links, from 1 to 20. The order of the modes alternates between
     * rounds, so that no mode always runs first.
     */
    @Parameter(property = "linkcheck.rounds", defaultValue = "1")
    String rounds;

    @Inject
    public CompareMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    public void execute() throws MojoExecutionException {
        int roundCount;
        try {
            roundCount = WholeNumbers.parse("rounds", rounds, 1, ModeComparison.MAX_ROUNDS);
        } catch (InvalidSettingException e) {
            throw new MojoExecutionException("linkcheck: " + e.getMessage());
        }
        // Every mode is run; the configured one is not used, and must not stop a comparison on Java 17.
        mode = Mode.ASYNC.userName();
        Plan plan = plan();
        if (!plan.hasLinks()) {
            return;
        }
        getLog().info("linkcheck: comparing "
                + ModeComparison.modes().stream().map(Mode::userName).collect(Collectors.joining(", ")) + " on "
                + plan.targets().size() + " links, " + roundCount
                + (roundCount == 1 ? " round" : " rounds") + "; every link is requested once per mode and round");
        ModeComparison.Result result;
        try {
            result = ModeComparison.compare(
                    plan.settings(),
                    plan.targets(),
                    roundCount,
                    plan.run()::checkUnstored,
                    step -> getLog().info("linkcheck: " + step));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("linkcheck: interrupted before every mode was measured");
        }
        CompareReport report =
                new CompareReport(result, plan.targets().size(), plan.settings().concurrency());
        for (String line : report.consoleLines()) {
            if (line.startsWith("linkcheck: flaky:")) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        }
        try {
            report.writeJson(outputDirectory.toPath().resolve(CompareReport.JSON));
            report.writeMarkdown(outputDirectory.toPath().resolve(CompareReport.MARKDOWN));
        } catch (IOException e) {
            throw new MojoExecutionException(
                    ReportFilesSink.unwritable(outputDirectory.toPath(), e).getMessage());
        }
        getLog().info("linkcheck: " + CompareReport.JSON + " and " + CompareReport.MARKDOWN + " in "
                + UntrustedText.neutralise(outputDirectory.toString()));
    }

    /** Offline, there are no requests to measure. */
    @Override
    protected boolean worksOffline() {
        return false;
    }

    /** Every mode is measured on requests of its own: none is answered by another mode's or module's results. */
    @Override
    protected boolean checksWithTheBuild() {
        return false;
    }
}
