package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.Mode;
import io.github.linkcheck.report.ConsoleReport;
import io.github.linkcheck.testing.FaultServer;
import io.github.linkcheck.testing.HostileInput;
import io.github.linkcheck.testing.RunnerLog;
import io.github.linkcheck.testing.TestModes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Text a hostile server or document chooses (reason phrases, redirect locations, links, file names) and a
 * token written as a URL's user name, through every output of the check goal under GitHub Actions, in every
 * mode: the log, the failure message, the workflow commands and the step summary are read as GitHub's runner
 * reads them, and the report files are parsed.
 */
@MojoTest
@ExtendWith(MavenBuilds.class)
class HostileTextTest {

    @Test
    @InjectMojo(goal = "check", pom = "src/test/resources/unit/defaults/pom.xml")
    void nothingUntrustedForgesACommandReachesTheTerminalRawOrShowsAToken(CheckMojo mojo, @TempDir Path project)
            throws IOException {
        try (FaultServer server = FaultServer.start()) {
            HostileInput.serveOn(server);
            HostileInput.writeDocuments(project, server);
            mojo.baseDirectory = project.toFile();
            Documents everything = new Documents();
            everything.set("docs/**");
            mojo.documents = List.of(everything);
            mojo.urls = List.of(HostileInput.urlWithToken(server));
            mojo.checkProjectUrls = "false";
            mojo.retries = "0";
            for (Mode mode : TestModes.available()) {
                mojo.mode = mode.userName();
                assertEveryOutputIsSafe(mojo, project.resolve(mode.userName()), mode);
            }
            assertTrue(server.requests("/reason-cr") > 0, "the hostile server was asked");
        }
    }

    private static void assertEveryOutputIsSafe(CheckMojo mojo, Path folder, Mode mode) throws IOException {
        Path reports = folder.resolve("reports");
        Path cacheFolder = Files.createDirectories(folder.resolve("cache\n::warning::c"));
        Files.writeString(cacheFolder.resolve("cache.json"), "{\"format\": \u001b[2J ::warning::");
        Path stepSummary = Files.writeString(folder.resolve("step-summary.md"), "");
        CapturingLog captured = new CapturingLog();
        List<String> log = captured.lines();
        List<String> standardOutput = new ArrayList<>();
        mojo.setLog(captured);
        mojo.standardOutput = standardOutput::add;
        mojo.environment = Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", stepSummary.toString())::get;
        mojo.outputDirectory = reports.toFile();
        mojo.cacheFile = cacheFolder.resolve("cache.json").toFile();

        String failure = assertThrows(MojoFailureException.class, mojo::execute).getMessage();
        MavenBuilds.end(mojo);

        String logText = String.join("\n", log);
        String context = mode + "\n" + logText + "\n" + String.join("\n", standardOutput);
        RunnerLog logRead = RunnerLog.read(logText);
        assertEquals(List.of(), logRead.commands(), context);
        assertEquals(List.of(), logRead.linesWithControlCharacters(), context);
        assertEquals(log.size(), logRead.lines().size(), "one line per log entry: " + context);

        RunnerLog failureRead = RunnerLog.read(failure);
        assertEquals(List.of(), failureRead.commands(), failure);
        assertEquals(List.of(), failureRead.linesWithControlCharacters(), failure);
        assertEquals(failure.lines().count(), failureRead.lines().size(), failure);

        RunnerLog outputRead = RunnerLog.read(String.join("\n", standardOutput));
        assertEquals(standardOutput.size(), outputRead.lines().size(), "one line per command: " + context);
        assertEquals(standardOutput, outputRead.commands(), context);
        assertTrue(
                standardOutput.stream()
                        .allMatch(command -> command.matches("::(error|warning) (file=[^,:]*,"
                                + "(line=\\d+,)?(col=\\d+,)?)?title=linkcheck%3A [a-z ]+::[^%]*(%25[^%]*)*")),
                context);
        assertEquals(List.of(), outputRead.linesWithControlCharacters(), context);

        String summary = Files.readString(stepSummary);
        RunnerLog summaryRead = RunnerLog.read(summary);
        assertEquals(List.of(), summaryRead.linesWithControlCharacters(), summary);
        assertEquals(summary.lines().count(), summaryRead.lines().size(), summary);
        for (String row : summary.lines().filter(line -> line.startsWith("| :")).toList()) {
            assertEquals(6, row.replace("\\|", "").chars().filter(c -> c == '|').count(), "cells of " + row);
            assertFalse(row.matches(".*<(?!br>).*"), "no HTML but the plugin's line breaks: " + row);
        }
        assertEquals(
                summary.strip(), Files.readString(reports.resolve("summary.md")).strip());

        String everything = logText + failure + standardOutput + summary;
        for (String escaped : HostileInput.SHOWN_ESCAPED) {
            assertTrue(logText.contains(escaped), "shown escaped in the log: " + escaped + "\n" + context);
        }
        assertTrue(HostileInput.LOCATION_WITH_CR.stream().anyMatch(logText::contains), context);
        assertTrue(logText.contains("cache\\n::warning::c/cache.json"), context);
        assertTrue(logText.contains("urls entry 1: http://****@127.0.0.1:"), context);

        String json = Files.readString(reports.resolve("linkcheck.json"));
        JsonNode links = new ObjectMapper().readTree(json).get("links");
        assertTrue(
                links.findValuesAsText("reason")
                        .containsAll(List.of("Not Found\r::warning title=X::y", "a\u0085::warning::nel")),
                "JSON keeps the exact text");
        assertFalse(
                json.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' || c == 0x2028 || c == 0x2029),
                "JSON escapes every control character: " + json);
        String xml = Files.readString(reports.resolve("TEST-linkcheck.xml"));
        assertDoesNotThrowParsing(reports.resolve("TEST-linkcheck.xml"));
        assertFalse(xml.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n'), xml);
        String cache = Files.readString(mojo.cacheFile.toPath());

        for (String text : List.of(everything, json, xml, cache)) {
            assertFalse(text.contains(HostileInput.TOKEN), "the token is masked everywhere: " + text);
        }
        assertTrue(logText.lines().noneMatch(line -> line.startsWith("::") || line.startsWith("##")), context);
        assertTrue(log.stream().allMatch(line -> line.startsWith(ConsoleReport.PREFIX)), context);
    }

    private static void assertDoesNotThrowParsing(Path xml) {
        try {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
        } catch (Exception e) {
            throw new AssertionError("the JUnit XML is not well-formed: " + e.getMessage(), e);
        }
    }
}
