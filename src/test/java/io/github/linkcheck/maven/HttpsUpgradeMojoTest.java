package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.testing.TrustedHttpsSites;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;

/**
 * checkHttps and failOnInsecure as Maven configures them, with an https site and an http one on 127.0.0.1 reached
 * through remaps.
 */
@MojoTest
@ExtendWith(MavenBuilds.class)
class HttpsUpgradeMojoTest {

    private static final String DEFAULTS = "src/test/resources/unit/defaults/pom.xml";

    @RegisterExtension
    static final TrustedHttpsSites sites = new TrustedHttpsSites();

    @TempDir
    Path ownFolder;

    @TempDir
    Path project;

    private void inProject(AbstractLinkcheckMojo mojo, String readme) throws Exception {
        ScratchProject.place(mojo, ownFolder, project, readme);
        mojo.remaps = List.of(
                "^https://example\\.test/ -> " + sites.https().baseUrl() + "/",
                "^http://example\\.test/ -> " + sites.http().baseUrl() + "/");
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void httpsFormsAreNotTriedByDefault(CheckMojo mojo) {
        assertEquals("false", mojo.checkHttps);
        assertEquals("false", mojo.failOnInsecure);
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "checkHttps", value = "yes")
    void aTypoInCheckHttpsStopsTheBuildBeforeAnyRequest(CheckMojo mojo) throws Exception {
        inProject(mojo, "[x](http://example.test/ok/typo-check-https)\n");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "linkcheck: checkHttps = 'yes' is not valid: expected true or false, in any letter case",
                e.getMessage());
        assertEquals(0, sites.http().requests("/ok/typo-check-https"));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "failOnInsecure", value = "1")
    void aTypoInFailOnInsecureStopsTheBuildBeforeAnyRequest(CheckMojo mojo) throws Exception {
        inProject(mojo, "[x](http://example.test/ok/typo-fail-on-insecure)\n");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("linkcheck: failOnInsecure = '1' is not valid"), e.getMessage());
        assertEquals(0, sites.http().requests("/ok/typo-fail-on-insecure"));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "checkHttps", value = "true")
    void anInsecureLinkWarnsByDefault(CheckMojo mojo) throws Exception {
        inProject(mojo, "[x](http://example.test/ok/warns)\n");
        assertDoesNotThrow(mojo::execute);
        assertEquals(1, sites.https().requests("HEAD", "/ok/warns"));
        JsonNode link = new ObjectMapper()
                .readTree(ownFolder.resolve("linkcheck/linkcheck.json").toFile())
                .at("/links/0");
        assertEquals("insecure", link.get("verdict").asText(), link::toString);
        assertEquals("https://example.test/ok/warns", link.get("httpsUrl").asText(), link::toString);
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "checkHttps", value = "true")
    @MojoParameter(name = "failOnInsecure", value = "TRUE")
    void failOnInsecureFailsTheBuild(CheckMojo mojo) throws Exception {
        inProject(mojo, "[x](http://example.test/ok/fails)\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("linkcheck: 1 link fails the build (1 insecure):"), e.getMessage());
        assertTrue(e.getMessage().contains("use https: https://example.test/ok/fails"), e.getMessage());
    }

    @Test
    @InjectMojo(goal = "fix", pom = DEFAULTS)
    @MojoParameter(name = "checkHttps", value = "true")
    @MojoParameter(name = "failOnInsecure", value = "true")
    void fixUpgradesTheLinkWhichThenNoLongerFailsTheBuild(FixMojo mojo) throws Exception {
        inProject(mojo, "# Demo\r\nSee [the docs](http://example.test/ok/upgraded#usage).\r\n");
        assertDoesNotThrow(mojo::execute);
        assertEquals(
                "# Demo\r\nSee [the docs](https://example.test/ok/upgraded#usage).\r\n",
                Files.readString(project.resolve("README.md")));
    }
}
