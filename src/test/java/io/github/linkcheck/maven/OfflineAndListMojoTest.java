package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.linkcheck.report.LinkListReport;
import io.github.linkcheck.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The mapping of Maven's offline mode and the offline parameter onto a run, and the list goal. */
@MojoTest
@ExtendWith(MavenBuilds.class)
class OfflineAndListMojoTest {

    private static final String DEFAULTS = "src/test/resources/unit/defaults/pom.xml";

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @TempDir
    Path project;

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void mavenOfflineChecksLocalLinksFailsOnABrokenOneAndRequestsNothing(CheckMojo mojo) throws IOException {
        readme(mojo, "[gone](docs/gone.md) [web](" + site.url("/ok/maven-offline") + ")");
        MavenSession offline = mock(MavenSession.class);
        when(offline.isOffline()).thenReturn(true);
        mojo.session = offline;

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(
                failure.getMessage()
                        .startsWith("linkcheck: 1 link fails the build (1 broken):\n  broken: README.md:1:1:"
                                + " docs/gone.md -> file not found"),
                failure.getMessage());
        assertEquals(0, site.requests("/ok/maven-offline"));
        assertFalse(Files.exists(project.resolve("out/cache.json")), "no web result is cached");
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "offline", value = "TRUE")
    void theOfflineParameterWorksOnlineAndCountsTheWebLinksInOneLine(CheckMojo mojo) throws IOException {
        Files.writeString(project.resolve("GUIDE.md"), "# Guide\n");
        readme(
                mojo,
                "[guide](GUIDE.md) [a](" + site.url("/ok/param-offline-a") + ") [b]("
                        + site.url("/status/404?param-offline") + ")");
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);

        assertDoesNotThrow(mojo::execute);

        assertEquals(0, site.requests("/ok/param-offline-a"));
        assertEquals(0, site.requests("/status/404?param-offline"));
        assertTrue(
                log.levelled().contains("[INFO] linkcheck: 2 web links not checked (offline)"),
                log.lines().toString());
        assertTrue(
                log.lines().stream().noneMatch(line -> line.contains("param-offline-a")),
                "no line of its own for a link not checked offline: " + log.lines());
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "offline", value = "perhaps")
    void aBadOfflineValueStopsTheBuildBeforeAnyRequest(CheckMojo mojo) {
        mojo.outputDirectory = project.resolve("out").toFile();
        mojo.urls = List.of(site.url("/ok/bad-offline"));

        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

        assertEquals(
                "linkcheck: offline = 'perhaps' is not valid: expected true or false, in any letter case",
                e.getMessage());
        assertEquals(0, site.requests("/ok/bad-offline"));
    }

    @Test
    @InjectMojo(goal = "compare", pom = DEFAULTS)
    @MojoParameter(name = "offline", value = "true")
    void compareOfflineMeasuresNothingAndSaysSo(CompareMojo mojo) {
        mojo.outputDirectory = project.resolve("out").toFile();
        mojo.urls = List.of(site.url("/ok/compare-offline"));
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);

        assertDoesNotThrow(mojo::execute);

        assertEquals(0, site.requests("/ok/compare-offline"));
        assertEquals(
                List.of("[INFO] linkcheck: offline (-o or linkcheck.offline), and this goal only sends requests"),
                log.levelled());
    }

    @Test
    @InjectMojo(goal = "list", pom = DEFAULTS)
    void listShowsEveryLinkWithItsPlaceAndActionAndWritesLinksJsonWithoutARequest(ListMojo mojo) throws Exception {
        Files.writeString(project.resolve("GUIDE.md"), "# Guide\n");
        readme(
                mojo,
                "[guide](GUIDE.md#guide) [web](" + site.url("/ok/listed") + ") [mail](mailto:a@example.org)\n"
                        + "[out](" + site.url("/ok/list-excluded") + ")");
        mojo.excludes = List.of("list-excluded");
        mojo.checkFragments = "true";
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);

        mojo.execute();

        assertEquals(0, site.requests("/ok/listed"));
        assertEquals(0, site.requests("/ok/list-excluded"));
        assertEquals(
                List.of(
                        "[INFO] linkcheck: README.md:1:1: check on disk: GUIDE.md#guide",
                        "[INFO] linkcheck: README.md:1:25: request: " + site.url("/ok/listed"),
                        "[INFO] linkcheck: README.md:1:"
                                + (33 + site.url("/ok/listed").length())
                                + ": skipped: mailto:a@example.org (mailto: links are not checked)",
                        "[INFO] linkcheck: README.md:2:1: excluded: " + site.url("/ok/list-excluded")
                                + " (left out by exclude 'list-excluded')",
                        "[INFO] linkcheck: 4 links listed: 1 request, 1 check on disk, 1 skipped, 1 excluded",
                        "[INFO] linkcheck: links.json in " + project.resolve("out")),
                log.levelled());
        JsonNode links = new ObjectMapper()
                .readTree(project.resolve("out").resolve(LinkListReport.JSON).toFile())
                .get("links");
        assertEquals(4, links.size());
        assertEquals("request", links.get(1).get("action").asText());
        assertEquals(25, links.get(1).get("places").get(0).get("column").asInt());
        assertFalse(Files.exists(project.resolve("out/linkcheck.json")), "a list is no check");
    }

    @Test
    @InjectMojo(goal = "list", pom = DEFAULTS)
    void inAMultiModuleBuildTheCountAndTheFileLinesNameTheModule(ListMojo mojo) throws Exception {
        readme(mojo, "[web](" + site.url("/ok/listed-in-module") + ")");
        MavenProject module = new MavenProject();
        module.setArtifactId("mod-a");
        MavenSession build = mock(MavenSession.class);
        when(build.getAllProjects()).thenReturn(List.of(new MavenProject(), module));
        when(build.getExecutionRootDirectory()).thenReturn(project.toString());
        mojo.session = build;
        mojo.project = module;
        CapturingLog log = new CapturingLog();
        mojo.setLog(log);

        mojo.execute();

        assertEquals(
                List.of(
                        "[INFO] linkcheck: README.md:1:1: request: " + site.url("/ok/listed-in-module"),
                        "[INFO] linkcheck: [mod-a] 1 link listed: 1 request",
                        "[INFO] linkcheck: [mod-a] links.json in " + project.resolve("out")),
                log.levelled());
    }

    /** The project's README, with the given text, and its reports and cache in a folder of the test's own. */
    private void readme(AbstractLinkcheckMojo mojo, String text) throws IOException {
        Files.writeString(project.resolve("README.md"), text + "\n");
        mojo.baseDirectory = project.toFile();
        mojo.outputDirectory = project.resolve("out").toFile();
        mojo.cacheFile = project.resolve("out/cache.json").toFile();
    }
}
