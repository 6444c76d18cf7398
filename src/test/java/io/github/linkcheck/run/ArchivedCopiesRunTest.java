package io.github.linkcheck.run;

import static io.github.linkcheck.run.ModuleRequests.FAIL_ON_ERRORS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.IgnoreEntries;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.report.ConsoleReport;
import io.github.linkcheck.report.ReportDirectory;
import io.github.linkcheck.testing.RecordingLog;
import io.github.linkcheck.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Runs of two modules with {@code suggestArchived}, in every mode, against a local site and the fake archive it
 * serves: each broken link's copy is in every report, asked for once for the build.
 */
class ArchivedCopiesRunTest {

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void everyReportNamesTheCopyOfABrokenLinkThatTwoModulesShareAskedOnce(Mode mode, @TempDir Path root)
            throws Exception {
        String broken = site.url("/status/404?archived-" + mode);
        String copy = TestSite.ARCHIVED_AT + broken;
        RecordingLog log = new RecordingLog();
        ReactorState state = new ReactorState(null, root, name -> null, Clock.systemUTC(), log);
        CheckSettings settings =
                CheckSettings.builder().mode(mode.name()).retries("0").build();
        URI endpoint = URI.create(site.url("/wayback/available"));

        CheckReport first = checkModule(state, endpoint, root, "mod-a", settings, "[gone](" + broken + ")", log);
        CheckReport second = checkModule(
                state,
                endpoint,
                root,
                "mod-b",
                settings,
                "[gone](" + broken + ") [ok](" + site.url("/ok/x") + ")",
                log);
        state.finish();

        assertEquals(Verdict.BROKEN, first.results().get(0).verdict());
        assertEquals(copy, first.results().get(0).archived().url());
        assertEquals(copy, second.results().get(0).archived().url());
        assertNull(second.results().get(1).archived(), "a working link is not looked up");
        String asked = "/wayback/available?url=" + URLEncoder.encode(broken, StandardCharsets.UTF_8);
        assertEquals(1, site.requests(asked), "asked once for the build");
        assertEquals(List.of(), log.warnings);

        Path reports = root.resolve("mod-a/target/linkcheck");
        JsonNode link = new ObjectMapper()
                .readTree(reports.resolve(ReportDirectory.JSON).toFile())
                .get("links")
                .get(0);
        assertEquals(copy, link.get("archived").get("url").asText());
        assertEquals("20130919044612", link.get("archived").get("timestamp").asText());
        String shown = "; archived copy: " + copy + " (2013-09-19)";
        String summary = Files.readString(reports.resolve(ReportDirectory.MARKDOWN));
        assertTrue(summary.contains(shown), summary);
        JsonNode sarif = new ObjectMapper()
                .readTree(reports.resolve(ReportDirectory.SARIF).toFile());
        String message = sarif.get("runs")
                .get(0)
                .get("results")
                .get(0)
                .get("message")
                .get("text")
                .asText();
        assertTrue(message.contains(shown), message);
        String console = new ConsoleReport(first, FAIL_ON_ERRORS)
                .problemsByFile()
                .get(0)
                .lines()
                .get(0)
                .text();
        assertTrue(console.contains(broken + " -> 404 Not Found"), console);
        assertTrue(console.contains(shown), console);
    }

    private static CheckReport checkModule(
            ReactorState state,
            URI endpoint,
            Path root,
            String module,
            CheckSettings settings,
            String links,
            RunLog log)
            throws Exception {
        Path folder = Files.createDirectories(root.resolve(module));
        Files.writeString(folder.resolve("README.md"), "# " + module + "\n\n" + links + "\n");
        RunRequest request = ModuleRequests.of(settings, folder, root, IgnoreEntries.none());
        LinkcheckRun run = new LinkcheckRun(
                request,
                state.checks(),
                ResultStore.NONE,
                List.of(new ReportFilesSink(folder.resolve("target/linkcheck"), root)),
                log,
                state.archive(endpoint, settings));
        CheckReport report = run.checkAndReport(run.plan());
        state.moduleChecked(module, report, FAIL_ON_ERRORS);
        return report;
    }
}
