package io.github.linkcheck.maven;

import io.github.linkcheck.report.ConsoleReport;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import javax.inject.Inject;

/**
 * Checks URLs concurrently and fails the build when one is broken, or slower than {@code slowThreshold}.
 * A URL is OK when its final status, after following up to {@code maxRedirects} redirects, is one of
 * {@code acceptedStatusCodes}. Servers that refuse HEAD are judged by a GET, which never reads more than the
 * response head. Writes {@code linkcheck.json}, a JUnit XML report, {@code summary.md} and
 * {@code linkcheck.sarif} into {@code outputDirectory}. In a multi-module build every module checks its own links,
 * also when the goal is given on the command line; outside a project, {@code check-urls} checks URLs ad hoc.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractLinkcheckMojo {

    @Inject
    public CheckMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        GoalRun run = runCheck();
        if (!run.checked()) {
            return;
        }
        ConsoleReport console = new ConsoleReport(run.report(), run.policy());
        if (!console.failing().isEmpty()) {
            throw new MojoFailureException(console.failureMessage(outputDirectory.toPath()));
        }
    }
}
