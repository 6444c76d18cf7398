package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.FailurePolicy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

class ReportDirectoryTest {

    private static final FailurePolicy POLICY = new FailurePolicy(true, false, false);
    private static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void everyReportIsWrittenWhole() throws IOException {
        List<Path> files = new ReportDirectory(folder, folder).writeAll(SampleReport.create(), POLICY, NOW);

        assertEquals(
                List.of(
                        folder.resolve(ReportDirectory.JSON),
                        folder.resolve(ReportDirectory.JUNIT),
                        folder.resolve(ReportDirectory.MARKDOWN),
                        folder.resolve(ReportDirectory.SARIF)),
                files);
        assertTrue(Files.readString(files.get(0)).stripTrailing().endsWith("}"));
        assertTrue(Files.readString(files.get(1)).stripTrailing().endsWith("</testsuite>"));
    }

    @Test
    void aJsonReportThatCannotBeWrittenFailsTheCallAfterTheOthersAreWritten() throws IOException {
        // A folder where the file should be: it cannot be replaced by a file.
        Files.createDirectories(folder.resolve(ReportDirectory.JSON).resolve("taken"));

        IOException failure = assertThrows(
                IOException.class,
                () -> new ReportDirectory(folder, folder).writeAll(SampleReport.create(), POLICY, NOW));

        assertTrue(failure.getMessage().contains(ReportDirectory.JSON), failure.getMessage());
        assertTrue(Files.readString(folder.resolve(ReportDirectory.SARIF))
                .stripTrailing()
                .endsWith("}"));
    }

    @Test
    void whenAnotherReportFailsTheJsonReportIsFinishedBeforeTheCallEnds() throws IOException {
        Files.createDirectories(folder.resolve(ReportDirectory.JUNIT).resolve("taken"));

        IOException failure = assertThrows(
                IOException.class,
                () -> new ReportDirectory(folder, folder).writeAll(SampleReport.create(), POLICY, NOW));

        assertTrue(failure.getMessage().contains(ReportDirectory.JUNIT), failure.getMessage());
        // Read as soon as the call has ended: no thread may still be writing it.
        assertTrue(Files.readString(folder.resolve(ReportDirectory.JSON))
                .stripTrailing()
                .endsWith("}"));
    }
}
