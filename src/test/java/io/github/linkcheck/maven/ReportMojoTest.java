package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.testing.TestSite;

import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.reporting.MavenReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The report goal as Maven configures it: the same parameters as check, and broken links never fail it. */
@MojoTest
@ExtendWith(MavenBuilds.class)
class ReportMojoTest {

    @Test
    @InjectMojo(goal = "report", pom = "src/test/resources/unit/defaults/pom.xml")
    void checksWithTheSameParametersAndNeverFails(ReportMojo mojo, @TempDir Path folder) throws IOException {
        try (TestSite site = TestSite.start()) {
            mojo.outputDirectory = folder.toFile();
            mojo.cache = "false";
            mojo.urls = List.of(site.url("/status/404"));
            CapturingLog log = new CapturingLog();
            mojo.setLog(log);

            assertDoesNotThrow(mojo::execute);

            String brokenLine =
                    "[WARNING] linkcheck: broken: urls entry 1: " + site.url("/status/404") + " -> 404 Not Found (";
            assertTrue(
                    log.levelled().stream().anyMatch(line -> line.startsWith(brokenLine)),
                    log.levelled().toString());
            assertTrue(
                    log.levelled().stream().noneMatch(line -> line.startsWith("[ERROR]")),
                    "the goal never fails the build, so nothing it logs is an error: " + log.levelled());

            assertTrue(site.requests("/status/404") > 0);
            assertTrue(Files.readString(folder.resolve("linkcheck.json")).contains("\"verdict\" : \"broken\""));
        }
        assertEquals("async", mojo.mode, "the parameters and defaults of check");
        assertEquals("linkcheck", mojo.getOutputName());
        assertEquals(MavenReport.CATEGORY_PROJECT_REPORTS, mojo.getCategoryName());
        assertEquals("Link check", mojo.getName(Locale.ROOT));
    }
}
