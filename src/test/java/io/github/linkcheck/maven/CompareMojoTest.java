package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.linkcheck.compare.ModeComparison;
import io.github.linkcheck.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The compare goal as Maven configures it: the parameters of check, rounds, and broken links never fail it. */
@MojoTest
@ExtendWith(MavenBuilds.class)
class CompareMojoTest {

    private static final String DEFAULTS = "src/test/resources/unit/defaults/pom.xml";

    @Test
    @InjectMojo(goal = "compare", pom = DEFAULTS)
    void measuresEveryModeAndWritesTheTable(CompareMojo mojo, @TempDir Path folder) throws IOException {
        assertEquals("1", mojo.rounds);
        try (TestSite site = TestSite.start()) {
            mojo.outputDirectory = folder.toFile();
            mojo.urls = List.of(site.url("/ok/compared"), site.url("/status/404"));

            assertDoesNotThrow(mojo::execute, "broken links are measured, not failed");

            assertEquals(ModeComparison.modes().size(), site.requests("/ok/compared"), "never from the cache");
        }
        JsonNode json =
                new ObjectMapper().readTree(folder.resolve("compare.json").toFile());
        assertEquals(ModeComparison.modes().size(), json.get("runs").size());
        assertEquals(1, json.at("/runs/0/verdicts/broken").asInt());
    }

    @Test
    @InjectMojo(goal = "compare", pom = DEFAULTS)
    @MojoParameter(name = "rounds", value = "0")
    void roundsOutOfRangeStopTheBuildBeforeAnyRequest(CompareMojo mojo) throws IOException {
        try (TestSite site = TestSite.start()) {
            mojo.urls = List.of(site.url("/ok/rounds"));
            MojoExecutionException e = assertThrows(MojoExecutionException.class, mojo::execute);
            assertEquals("linkcheck: rounds = '0' is not valid: expected a whole number from 1 to 20", e.getMessage());
            assertEquals(0, site.requests("/ok/rounds"));
        }
    }
}
