package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.testing.TestModes;
import io.github.linkcheck.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** Documents built to hold a run up or to reach out of the project: the goal stays bounded and inside, in every mode. */
@MojoTest
@ExtendWith(MavenBuilds.class)
class BoundedDocumentsMojoTest {

    private static final String DEFAULTS = "src/test/resources/unit/defaults/pom.xml";

    /** Far above a bounded run here (seconds); the unbounded one took minutes. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void aHugeUrlInADocumentIsBrokenAndTheReportsAreWritten(CheckMojo mojo, @TempDir Path project) throws IOException {
        String huge = site.url("/ok/" + "a".repeat(100_000));
        Files.writeString(project.resolve("links.txt"), huge + "\n" + site.url("/ok/beside-huge") + "\n");
        Files.writeString(project.resolve("README.md"), "# Demo\n\nSee <" + huge + ">.\n");
        mojo.baseDirectory = project.toFile();
        mojo.urlFiles = List.of(project.resolve("links.txt").toFile());
        mojo.documents = List.of(document("README.md"));
        mojo.excludes = List.of(".*linkedin\\.com.*");
        mojo.maxTotalTime = "2s";
        for (var mode : TestModes.available()) {
            mojo.mode = mode.name();
            mojo.outputDirectory = project.resolve("reports-" + mode).toFile();
            mojo.cacheFile = project.resolve("reports-" + mode + "/cache.json").toFile();

            MojoFailureException failure = assertTimeoutPreemptively(
                    HANG_GUARD, () -> assertThrows(MojoFailureException.class, mojo::execute));

            assertTrue(
                    failure.getMessage()
                            .contains("-> invalid URL: too long (" + huge.length() + " characters; the limit is 8192)"),
                    failure.getMessage());
            JsonNode json = new ObjectMapper()
                    .readTree(project.resolve("reports-" + mode + "/linkcheck.json")
                            .toFile());
            assertEquals(List.of("broken", "ok"), json.get("links").findValuesAsText("verdict"), mode.name());
            assertTrue(Files.readString(project.resolve("reports-" + mode + "/TEST-linkcheck.xml"))
                    .contains("too long"));
            assertTrue(Files.readString(project.resolve("reports-" + mode + "/summary.md"))
                    .contains("too long"));
        }
        assertEquals(0, site.requests(huge.substring(site.baseUrl().length())));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void nothingOutsideTheProjectIsReadOrLookedAt(CheckMojo mojo, @TempDir Path project, @TempDir Path outside)
            throws Exception {
        Files.writeString(outside.resolve("secret.md"), "[leak](" + site.url("/ok/leaked") + ")\n");
        Files.createDirectories(project.resolve("docs"));
        Files.createSymbolicLink(project.resolve("docs/secret.md"), outside.resolve("secret.md"));
        Files.writeString(
                project.resolve("README.md"),
                "[ok](" + site.url("/ok/inside") + ") [up](../" + outside.getFileName() + "/secret.md)\n");
        mojo.baseDirectory = project.toFile();
        mojo.outputDirectory = project.resolve("reports").toFile();
        mojo.cacheFile = project.resolve("reports/cache.json").toFile();
        for (var mode : TestModes.available()) {
            mojo.mode = mode.name();

            mojo.execute();

            JsonNode json = new ObjectMapper()
                    .readTree(project.resolve("reports/linkcheck.json").toFile());
            assertEquals(List.of("ok", "skipped"), json.get("links").findValuesAsText("verdict"), mode.name());
        }
        assertEquals(0, site.requests("/ok/leaked"));
    }

    @Test
    @InjectMojo(goal = "check", pom = DEFAULTS)
    void aDocumentPatternReachingOutIsAParameterError(CheckMojo mojo, @TempDir Path project) {
        mojo.baseDirectory = project.toFile();
        mojo.documents = List.of(document("../../etc/*"));
        MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
        assertEquals(
                "linkcheck: documents = '../../etc/*' is not valid: expected a pattern within the document folder,"
                        + " such as docs/**/*.md, without '..' or a leading '/'",
                e.getMessage());
    }

    private static Documents document(String pattern) {
        Documents document = new Documents();
        document.set(pattern);
        return document;
    }
}
