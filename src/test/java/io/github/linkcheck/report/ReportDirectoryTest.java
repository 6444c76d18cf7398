package io.github.linkcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.run.ReportFilesSink;
import io.github.linkcheck.run.RunException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

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
    void aReportThatCannotBeWrittenKeepsNoneOfTheOthersFromBeingWritten() throws IOException {
        // A folder where the file should be: it cannot be replaced by a file.
        Files.createDirectories(folder.resolve(ReportDirectory.JUNIT).resolve("taken"));

        IOException failure = assertThrows(
                IOException.class,
                () -> new ReportDirectory(folder, folder).writeAll(SampleReport.create(), POLICY, NOW));

        assertTrue(failure.getMessage().contains(ReportDirectory.JUNIT), failure.getMessage());
        assertTrue(Files.readString(folder.resolve(ReportDirectory.JSON))
                .stripTrailing()
                .endsWith("}"));
        assertTrue(Files.readString(folder.resolve(ReportDirectory.MARKDOWN)).contains("404"));
        assertTrue(Files.readString(folder.resolve(ReportDirectory.SARIF))
                .stripTrailing()
                .endsWith("}"));
    }

    @Test
    void everyReportThatCannotBeWrittenIsNamed() throws IOException {
        Files.createDirectories(folder.resolve(ReportDirectory.JSON).resolve("taken"));
        Files.createDirectories(folder.resolve(ReportDirectory.SARIF).resolve("taken"));

        RunException failure = assertThrows(
                RunException.class, () -> new ReportFilesSink(folder, folder).write(SampleReport.create(), POLICY));

        assertTrue(failure.getMessage().contains(ReportDirectory.JSON), failure.getMessage());
        assertTrue(failure.getMessage().contains(ReportDirectory.SARIF), failure.getMessage());
        assertTrue(Files.readString(folder.resolve(ReportDirectory.JUNIT))
                .stripTrailing()
                .endsWith("</testsuite>"));
    }

    @Test
    void aFolderNamedToForgeLinesOrCommandsIsNeutralisedInTheFailure() throws IOException {
        Path hostile = folder.resolve("out\r\n::error::forged\u001b[2J##[error]x");
        Files.createDirectories(hostile.resolve(ReportDirectory.SARIF).resolve("taken"));

        RunException failure = assertThrows(
                RunException.class, () -> new ReportFilesSink(hostile, folder).write(SampleReport.create(), POLICY));

        String message = failure.getMessage();
        assertTrue(message.startsWith("linkcheck: reports in outputDirectory = '"), message);
        assertFalse(message.contains("\r") || message.contains("\n") || message.contains("\u001b"), message);
        assertFalse(message.contains("##[error]"), message);
        assertTrue(message.contains(ReportDirectory.SARIF + ": a folder stands there"), message);
    }

    @Test
    void theJsonReportIsFinishedWhenTheCallEndsAlsoWhenAnotherFailed() throws IOException {
        Files.createDirectories(folder.resolve(ReportDirectory.JUNIT).resolve("taken"));
        // Links that all work, each in 20 places: the JSON report holds every place, the JUnit report the first
        // and the others no working link, so the JSON report is still being written when the others have ended,
        // as the bug this guards against needs.
        List<CheckResult> results = IntStream.range(0, 5_000)
                .mapToObj(i -> new CheckResult(
                        new LinkTarget(
                                "https://host.test/page-" + i,
                                IntStream.rangeClosed(1, 20)
                                        .mapToObj(place -> Origin.at("docs/page-" + place + ".md", i + 1, 1))
                                        .toList(),
                                null),
                        Verdict.OK,
                        new Outcome.Status(200, "OK"),
                        Duration.ofMillis(i % 700),
                        null,
                        null,
                        1,
                        null))
                .toList();
        CheckReport report =
                new CheckReport(CheckSettings.of("async", "32", "10s", "1s"), results, Duration.ofSeconds(3));

        assertThrows(IOException.class, () -> new ReportDirectory(folder, folder).writeAll(report, POLICY, NOW));

        // Read as soon as the call has ended: no thread may still be writing it.
        assertTrue(Files.readString(folder.resolve(ReportDirectory.JSON))
                .stripTrailing()
                .endsWith("}"));
    }
}
