package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.testing.TestSite;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

/** The fix goal as Maven configures it: dryRun's mapping and validation, and the build's outcome after the fix. */
@MojoTest
@ExtendWith(MavenBuilds.class)
class FixMojoTest {

    private static final String DEFAULTS = "src/test/resources/unit/defaults/pom.xml";

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @TempDir
    Path ownFolder;

    @TempDir
    Path project;

    private void inProject(FixMojo mojo, String readme) throws Exception {
        ScratchProject.place(mojo, ownFolder, project, readme);
    }

    @Test
    @InjectMojo(goal = "fix", pom = DEFAULTS)
    void dryRunIsOffByDefault(FixMojo mojo) {
        assertEquals("false", mojo.dryRun);
    }

    @Test
    @InjectMojo(goal = "fix", pom = DEFAULTS)
    @MojoParameter(name = "dryRun", value = "yes")
    void aTypoInDryRunStopsTheBuildBeforeAnyRequest(FixMojo mojo) throws Exception {
        inProject(mojo, "[x](" + site.url("/moved?to=/ok/typo") + ")\n");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("linkcheck: dryRun"), e.getMessage());
        assertTrue(e.getMessage().contains("'yes'"), e.getMessage());
        assertEquals(0, site.requests("/moved?to=/ok/typo"));
    }

    @Test
    @InjectMojo(goal = "fix", pom = DEFAULTS)
    @MojoParameter(name = "failOnPermanentRedirect", value = "true")
    void aRewrittenMovedLinkNoLongerFailsTheBuildButADryRunStillDoes(FixMojo mojo) throws Exception {
        String moved = site.url("/moved?to=/ok/fixed");
        String readme = "# Demo\r\nSee [the docs](" + moved + ").\r\n";
        inProject(mojo, readme);

        mojo.dryRun = "true";
        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                failure.getMessage().startsWith("linkcheck: 1 link fails the build (1 moved)"), failure.getMessage());
        assertEquals(readme, Files.readString(project.resolve("README.md")));

        MavenBuilds.end(mojo);
        mojo.dryRun = "false";
        assertDoesNotThrow(mojo::execute);
        assertEquals(readme.replace(moved, site.url("/ok/fixed")), Files.readString(project.resolve("README.md")));
    }

    @Test
    @InjectMojo(goal = "fix", pom = DEFAULTS)
    void aBrokenLinkStillFailsTheBuildAfterTheMovedOnesAreRewritten(FixMojo mojo) throws Exception {
        String moved = site.url("/moved?to=/ok/fixed-too");
        String broken = site.url("/status/404");
        inProject(mojo, "[a](" + moved + ") [b](" + broken + ")\n");

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(
                failure.getMessage().startsWith("linkcheck: 1 link fails the build (1 broken)"), failure.getMessage());
        assertEquals(
                "[a](" + site.url("/ok/fixed-too") + ") [b](" + broken + ")\n",
                Files.readString(project.resolve("README.md")));
    }
}
