package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

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

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A module of a reactor: places named from the reactor root, and {@code /} links starting from rootDirectory. */
@MojoTest
@ExtendWith(MavenBuilds.class)
class ReactorPlacesMojoTest {

    private static final String DEFAULTS = "src/test/resources/unit/defaults/pom.xml";

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    /** A checkout holding the reactor in its folder {@code build}, with modules {@code mod-a} and {@code mod-b}. */
    @TempDir
    Path workspace;

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void aModulesProblemsArePlacedFromTheReactorRootAndAnnotatedFromTheWorkspace(CheckMojo mojo) throws IOException {
        Path reactor = reactorWithModules(mojo);
        mojo.session = session(topLevelProject(reactor, true), reactor);
        List<String> commands = new ArrayList<>();
        mojo.standardOutput = commands::add;
        mojo.environment = Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", workspace.toString())::get;

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(
                failure.getMessage().contains("broken: mod-a/README.md:4:16: " + site.url("/status/404") + " -> 404"),
                failure.getMessage());
        assertEquals(List.of("ok", "ok", "broken", "skipped"), verdicts(reactor));
        assertEquals(1, commands.size(), commands::toString);
        assertTrue(commands.get(0).startsWith("::error file=build/mod-a/README.md,line=4,col=16,"), commands::toString);
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void underProjectListTheFolderMavenStartedInIsStillTheReactorRoot(CheckMojo mojo) throws IOException {
        Path reactor = reactorWithModules(mojo);
        // With -pl mod-a, the session's top-level project is the first one built: the module itself.
        mojo.session = session(topLevelProject(reactor.resolve("mod-a"), false), reactor);

        MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);

        assertTrue(failure.getMessage().contains("broken: mod-a/README.md:4:16: "), failure.getMessage());
        assertEquals(List.of("ok", "ok", "broken", "skipped"), verdicts(reactor));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void aConfiguredRootDirectoryBoundsWhatIsReadAndWhereSlashLinksStart(CheckMojo mojo) throws IOException {
        Path reactor = reactorWithModules(mojo);
        mojo.session = session(topLevelProject(reactor, true), reactor);
        mojo.rootDirectory = reactor.resolve("mod-a").toFile();

        assertThrows(MojoFailureException.class, mojo::execute);

        // /ROOT.md is now mod-a/ROOT.md, missing; ../mod-b/README.md leads out of the root and is skipped.
        assertEquals(List.of("broken", "skipped", "broken", "skipped"), verdicts(reactor));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void aRootDirectoryThatIsNoFolderOrLeavesTheProjectOutStopsTheBuildBeforeAnyRequest(CheckMojo mojo)
            throws IOException {
        Path reactor = reactorWithModules(mojo);
        Path module = reactor.resolve("mod-a");
        mojo.urls = List.of(site.url("/ok/root-directory"));
        for (Path wrong : List.of(reactor.resolve("missing"), module.resolve("README.md"), reactor.resolve("mod-b"))) {
            mojo.rootDirectory = wrong.toFile();

            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);

            assertEquals(
                    "linkcheck: rootDirectory = '" + wrong + "' is not valid: expected an existing folder that"
                            + " holds the project's folder " + module,
                    e.getMessage());
        }
        assertEquals(0, site.requests("/ok/root-directory"));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    @MojoParameter(name = "rootDirectory", value = "no-such-folder")
    void rootDirectoryIsReadFromThePomRelativeToTheProject(CheckMojo mojo) {
        assertEquals("no-such-folder", mojo.rootDirectory.getName());
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertTrue(e.getMessage().startsWith("linkcheck: rootDirectory = '"), e.getMessage());
        assertTrue(
                e.getMessage().contains("no-such-folder' is not valid: expected an existing folder"), e.getMessage());
    }

    /**
     * The reactor {@code build} in the workspace, and the mojo in its module {@code mod-a}, whose README links
     * the reactor's {@code /ROOT.md}, the other module, a broken URL and a file outside the reactor.
     */
    private Path reactorWithModules(CheckMojo mojo) throws IOException {
        Path reactor = Files.createDirectories(workspace.resolve("build"));
        Path module = Files.createDirectories(reactor.resolve("mod-a"));
        Files.createDirectories(reactor.resolve("mod-b"));
        Files.writeString(reactor.resolve("ROOT.md"), "# Root\n");
        Files.writeString(reactor.resolve("mod-b/README.md"), "# B\n");
        Files.writeString(workspace.resolve("NOTICE.md"), "# Notice\n");
        Files.writeString(
                module.resolve("README.md"),
                "# A\n\n[root](/ROOT.md) [b](../mod-b/README.md)\n" + "See also docs: [x](" + site.url("/status/404")
                        + ") [notice](../../NOTICE.md)\n");
        mojo.baseDirectory = module.toFile();
        mojo.outputDirectory = module.resolve("target/linkcheck").toFile();
        mojo.cacheFile = module.resolve("target/linkcheck/cache.json").toFile();
        mojo.retries = "0";
        return reactor;
    }

    private static MavenProject topLevelProject(Path folder, boolean executionRoot) {
        MavenProject project = new MavenProject();
        project.setFile(folder.resolve("pom.xml").toFile());
        project.setExecutionRoot(executionRoot);
        return project;
    }

    private static MavenSession session(MavenProject topLevel, Path startedIn) {
        MavenSession session = mock(MavenSession.class);
        when(session.getTopLevelProject()).thenReturn(topLevel);
        when(session.getExecutionRootDirectory()).thenReturn(startedIn.toString());
        return session;
    }

    private static List<String> verdicts(Path reactor) throws IOException {
        File json = reactor.resolve("mod-a/target/linkcheck/linkcheck.json").toFile();
        JsonNode links = new ObjectMapper().readTree(json).get("links");
        return links.findValuesAsText("verdict");
    }
}
