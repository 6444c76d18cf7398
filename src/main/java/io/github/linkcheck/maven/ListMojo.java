package io.github.linkcheck.maven;

import io.github.linkcheck.core.UntrustedText;
import io.github.linkcheck.report.LinkListReport;
import io.github.linkcheck.run.ReportFilesSink;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.IOException;
import java.nio.file.Path;
import javax.inject.Inject;

/**
 * Lists every link that {@code check} would consider, with the same sources and parameters, and what it would do
 * with each, without sending any request or setting up an HTTP client: {@code request} (a web URL),
 * {@code check on disk} (a relative link to a file or folder, with its fragment), {@code skipped} (a scheme that is
 * not checked, such as {@code mailto:}, or a file outside {@code rootDirectory}), {@code excluded} (by
 * {@code includes} or {@code excludes}, naming the pattern), {@code invalid} (broken as written) or {@code ignored}
 * (checked, but an {@code ignores} entry that holds today excuses a failure). One line for each
 * place a link stands, {@code linkcheck: README.md:3:5: request: https://example.org/}, then a line counting the
 * actions; the same as JSON in {@code links.json} in {@code outputDirectory}. In a multi-module build every module
 * lists its own links. Never fails the build for a link; a parameter that cannot be used stops it, as for
 * {@code check}. For finding out what {@code documents}, {@code includes} and {@code excludes} come to.
 */
@Mojo(name = "list", threadSafe = true)
public class ListMojo extends AbstractLinkcheckMojo {

    @Inject
    public ListMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    public void execute() throws MojoExecutionException {
        Plan plan = plan();
        if (!plan.hasLinks()) {
            return;
        }
        LinkListReport list = new LinkListReport(plan.run().list(plan.targets()));
        // A line with a place needs no module name, as in check; the module's count and folder do.
        list.lines().forEach(getLog()::info);
        MavenRunLog log = runLog();
        log.info(list.summary());
        Path file = outputDirectory.toPath().resolve(LinkListReport.JSON);
        try {
            list.write(file);
        } catch (IOException e) {
            throw new MojoExecutionException(
                    ReportFilesSink.unwritable(outputDirectory.toPath(), e).getMessage());
        }
        log.info("linkcheck: " + LinkListReport.JSON + " in " + UntrustedText.neutralise(outputDirectory.toString()));
    }

    /** Nothing is requested: the build's shared checks and cache have no part in a list. */
    @Override
    protected boolean checksWithTheBuild() {
        return false;
    }

    /** A list holds no problems to annotate. */
    @Override
    protected boolean annotatesForGithubActions() {
        return false;
    }
}
