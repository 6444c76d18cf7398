package io.github.linkcheck.maven;

import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.util.Locale;
import javax.inject.Inject;

/**
 * Checks the links as {@code check} does and adds the results to the project's site ({@code mvn site}, with
 * maven-site-plugin 3.20 or newer) as the page "Link check": the summary, the problems, and every link with
 * its verdict and places. Broken links never fail the site; the report files are written as by {@code check}.
 * Run on its own, it checks and writes the report files only; Maven finds the {@code linkcheck:} prefix among
 * build plugins and plugin groups, not among the plugins of the POM's reporting element, so name it by its
 * coordinates ({@code mvn io.github.linkcheck:linkcheck-maven-plugin:VERSION:report}) unless the plugin is also
 * a build plugin or its group is in {@code settings.xml}.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true)
public class ReportMojo extends AbstractLinkcheckMojo implements MavenReport {

    /** Where the site puts its pages; the site plugin sets it. */
    @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
    File reportOutputDirectory;

    /** The run of this execution: the site asks for the page once per locale, the links are checked once. */
    private GoalRun run;

    @Inject
    public ReportMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    public void execute() throws MojoExecutionException {
        if (runCheck().checked()) {
            getLog().info("linkcheck: the HTML page of this report is made by mvn site");
        }
    }

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        if (run == null) {
            try {
                run = runCheck();
            } catch (MojoExecutionException e) {
                throw new MavenReportException(e.getMessage(), e);
            }
        }
        SiteReportPage page = new SiteReportPage(sink);
        if (run.checked()) {
            page.render(run.report(), run.policy());
        } else {
            page.renderNothingChecked(run.whyNothingChecked());
        }
    }

    /** Broken links never fail the site: they are the page's content, and warnings in the log. */
    @Override
    protected boolean decidesTheBuild() {
        return false;
    }

    /** The check goal annotates for GitHub Actions; the site's copy of the same problems would double them. */
    @Override
    protected boolean annotatesForGithubActions() {
        return false;
    }

    @Override
    public String getOutputName() {
        return "linkcheck";
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return SiteReportPage.TITLE;
    }

    @Override
    public String getDescription(Locale locale) {
        return "Whether the links of the project's documents, POM and configuration work.";
    }

    @Override
    public void setReportOutputDirectory(File directory) {
        this.reportOutputDirectory = directory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory;
    }

    @Override
    public boolean isExternalReport() {
        return false;
    }

    @Override
    public boolean canGenerateReport() {
        return true;
    }
}
