package io.github.linkcheck.maven;

import io.github.linkcheck.core.Booleans;
import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.InvalidSettingException;
import io.github.linkcheck.fix.LinkReplacement;
import io.github.linkcheck.fix.MovedLinkFixer;
import io.github.linkcheck.report.ConsoleReport;
import io.github.linkcheck.run.ReactorState;
import io.github.linkcheck.sources.ProjectPaths;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.inject.Inject;

/**
 * Checks like {@code check}, with the same parameters, then rewrites in place every link found {@code moved} (a
 * permanent redirect, 301 or 308) to where it moved, and with {@code checkHttps} every link found {@code insecure}
 * to its https form, in the Markdown and HTML documents and the URL files it was found in. Only the URL's
 * characters change: line breaks, encoding and the markup around stay as they are, and a link keeps its
 * {@code #fragment}. Each change is logged as {@code file:line:column: old -> new}. A place where the
 * URL is written in a form not rewritten safely (a URL relative to a base element's href, a {@code www.} autolink)
 * is left alone with a warning saying why, and so is a file that changed while it was fixed. The
 * POM's links are logged with their new URL but never rewritten. Files are replaced atomically. The build fails for
 * what {@code check} would fail on once the files are rewritten: a moved link rewritten no longer fails it under
 * {@code failOnPermanentRedirect}, nor an insecure one under {@code failOnInsecure}; a broken one still does, unless
 * {@code replaceBrokenWithArchived} rewrote it to a web archive's copy.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractLinkcheckMojo {

    /**
     * Whether {@code fix} only logs the changes it would make, writing no file. {@code true} or {@code false}. The
     * build then fails as {@code check} would, moved links included under {@code failOnPermanentRedirect}.
     */
    @Parameter(property = "linkcheck.dryRun", defaultValue = "false")
    String dryRun;

    /**
     * Whether {@code fix} also rewrites each broken web link to a web archive's closest copy of it, as
     * <code>suggestArchived</code> finds it (which this turns on). {@code true} or {@code false}. A broken link
     * rewritten no longer fails the build; one the archive has no copy of still does.
     */
    @Parameter(property = "linkcheck.replaceBrokenWithArchived", defaultValue = "false")
    String replaceBrokenWithArchived;

    private boolean onlyTell;

    private boolean toArchivedCopies;

    private MovedLinkFixer.Fixed fixed;

    @Inject
    public FixMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        onlyTell = readSwitch("dryRun", dryRun);
        toArchivedCopies = readSwitch("replaceBrokenWithArchived", replaceBrokenWithArchived);
        GoalRun run = runCheck();
        if (!run.checked()) {
            return;
        }
        ConsoleReport console = new ConsoleReport(fixed.remaining(run.report()), run.policy());
        if (!console.failing().isEmpty()) {
            throw new MojoFailureException(console.failureMessage(outputDirectory.toPath()));
        }
    }

    private static boolean readSwitch(String name, String value) throws MojoExecutionException {
        try {
            return Booleans.parse(name, value);
        } catch (InvalidSettingException e) {
            throw new MojoExecutionException("linkcheck: " + e.getMessage());
        }
    }

    @Override
    protected boolean needsArchivedCopies() {
        return toArchivedCopies;
    }

    @Override
    protected void checked(CheckReport report, ReactorState build) {
        Path projectFolder = baseDirectory == null ? Path.of("").toAbsolutePath() : baseDirectory.toPath();
        BuildLayout layout = new BuildLayout(session, project, projectFolder);
        Path reactorRoot = layout.reactorRoot();
        Set<String> shownUrlFiles = urlFiles == null
                ? Set.of()
                : urlFiles.stream()
                        .map(file -> ProjectPaths.shown(reactorRoot, file.toPath()))
                        .collect(Collectors.toSet());
        fixed = new MovedLinkFixer(
                        reactorRoot,
                        shownUrlFiles,
                        onlyTell,
                        build::firstToFix,
                        new MavenRunLog(getLog(), layout.moduleName()),
                        replacements(report.settings().checkHttps()))
                .fix(report);
    }

    /** The moved links first, so that a link is always rewritten to where it moved, never merely to https. */
    private List<LinkReplacement> replacements(boolean checkHttps) {
        List<LinkReplacement> replacements = new ArrayList<>(List.of(LinkReplacement.MOVED));
        if (toArchivedCopies) {
            replacements.add(LinkReplacement.ARCHIVED);
        }
        if (checkHttps) {
            replacements.add(LinkReplacement.HTTPS);
        }
        return replacements;
    }
}
