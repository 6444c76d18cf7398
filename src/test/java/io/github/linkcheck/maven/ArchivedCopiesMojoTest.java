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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

/** suggestArchived, archiveUrl and replaceBrokenWithArchived as Maven configures them, with a fake archive. */
@MojoTest
@ExtendWith(MavenBuilds.class)
class ArchivedCopiesMojoTest {

    private static final String DEFAULTS = "src/test/resources/unit/defaults/pom.xml";

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @TempDir
    Path ownFolder;

    @TempDir
    Path project;

    private void inProject(AbstractLinkcheckMojo mojo, String readme) throws Exception {
        ScratchProject.place(mojo, ownFolder, project, readme);
    }

    @Test
    @InjectMojo(goal = "fix", pom = DEFAULTS)
    void noArchiveIsAskedByDefault(FixMojo mojo) {
        assertEquals("false", mojo.suggestArchived);
        assertEquals("false", mojo.replaceBrokenWithArchived);
        assertEquals("https://archive.org/wayback/available", mojo.archiveUrl);
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "suggestArchived", value = "true")
    @MojoParameter(name = "archiveUrl", value = "ftp://archive.example/available")
    void anArchiveUrlThatIsNotAWebAddressStopsTheBuildBeforeAnyRequest(CheckMojo mojo) throws Exception {
        inProject(mojo, "[x](" + site.url("/status/404?bad-archive-url") + ")\n");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("linkcheck: archiveUrl"), e.getMessage());
        assertTrue(e.getMessage().contains("'ftp://archive.example/available'"), e.getMessage());
        assertEquals(0, site.requests("/status/404?bad-archive-url"));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "archiveUrl", value = "https://archive.example/available#top")
    void aBadArchiveUrlStopsTheBuildAlsoWhileSuggestArchivedIsOff(CheckMojo mojo) throws Exception {
        inProject(mojo, "[x](" + site.url("/status/404?bad-archive-url-unused") + ")\n");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("linkcheck: archiveUrl"), e.getMessage());
        assertTrue(e.getMessage().contains("'https://archive.example/available#top'"), e.getMessage());
        assertEquals(0, site.requests("/status/404?bad-archive-url-unused"));
    }

    @Test
    @InjectMojo(goal = "fix", pom = DEFAULTS)
    @MojoParameter(name = "replaceBrokenWithArchived", value = "ja")
    void aTypoInReplaceBrokenWithArchivedStopsTheBuildBeforeAnyRequest(FixMojo mojo) throws Exception {
        inProject(mojo, "[x](" + site.url("/status/404?typo-archived") + ")\n");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("linkcheck: replaceBrokenWithArchived"), e.getMessage());
        assertEquals(0, site.requests("/status/404?typo-archived"));
    }

    @Test
    @InjectMojo(goal = "fix", pom = DEFAULTS)
    @MojoParameter(name = "replaceBrokenWithArchived", value = "true")
    void aBrokenLinkReplacedByItsArchivedCopyNoLongerFailsTheBuild(FixMojo mojo) throws Exception {
        String broken = site.url("/status/404?replaced");
        inProject(mojo, "# Demo\r\nSee [the docs](" + broken + ").\r\n");
        mojo.archiveUrl = site.url("/wayback/available");

        assertDoesNotThrow(mojo::execute);
        assertEquals(
                "# Demo\r\nSee [the docs](" + TestSite.ARCHIVED_AT + broken + ").\r\n",
                Files.readString(project.resolve("README.md")));
    }
}
