package io.github.linkcheck.run;

import static io.github.linkcheck.run.ModuleRequests.FAIL_ON_ERRORS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.IgnoreEntries;
import io.github.linkcheck.core.IgnoreFile;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.report.ReportDirectory;
import io.github.linkcheck.testing.RecordingLog;
import io.github.linkcheck.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * Runs with {@code ignores} entries against a local site: the entries are applied to what was checked, in every
 * mode, never to what the cache or the build's shared checks keep.
 */
class IgnoredLinksRunTest {

    private static final Clock JANUARY = Clock.fixed(Instant.parse("2027-01-15T12:00:00Z"), ZoneOffset.UTC);
    private static final Clock MARCH = Clock.fixed(Instant.parse("2027-03-01T00:00:00Z"), ZoneOffset.UTC);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aValidEntryExcusesItsFailureAnExpiredOneDoesNotAndOneWhoseLinkWorksIsNoLongerNeeded(
            Mode mode, @TempDir Path project) throws Exception {
        String known = site.url("/status/404?known-" + mode);
        String stale = site.url("/status/410?stale-" + mode);
        String fixed = site.url("/ok/fixed-" + mode);
        Files.writeString(
                project.resolve(".linkcheckignore"),
                "# known-broken links\n"
                        + "known-" + mode + " # until 2027-01-31: the vendor\u001b[2J moves it\n"
                        + "stale-" + mode + " # until 2027-01-14: was down\n"
                        + "fixed-" + mode + " # was down\r::error::forged\n");
        IgnoreEntries ignores =
                IgnoreEntries.of(IgnoreFile.read(project.resolve(".linkcheckignore"), ".linkcheckignore"), JANUARY);
        ResultStore store = ResultStore.file(project.resolve("cache.json"), Duration.ofDays(1), Clock.systemUTC());
        RecordingLog log = new RecordingLog();
        Path reports = project.resolve("reports");

        CheckReport report = run(mode, project, List.of(known, stale, fixed), ignores, store, reports, log);

        CheckResult ignored = report.results().get(0);
        CheckResult failing = report.results().get(1);
        assertEquals(Verdict.BROKEN, ignored.verdict());
        assertTrue(ignored.isIgnored());
        assertFalse(FAIL_ON_ERRORS.fails(ignored));
        assertTrue(FAIL_ON_ERRORS.fails(failing));
        assertTrue(failing.expiredIgnore().isPresent());
        assertEquals(Verdict.OK, report.results().get(2).verdict());
        assertEquals(
                List.of("linkcheck: ignores entry 'stale-" + mode + "' (.linkcheckignore:3) expired after 2027-01-14:"
                        + " the links it matches count again; remove it, or give it a later until"),
                log.warnings);
        assertTrue(
                log.info.contains("linkcheck: ignores entry 'fixed-" + mode + "' (.linkcheckignore:4) is no longer"
                        + " needed: its link works again: " + fixed),
                log.info::toString);

        JsonNode json = new ObjectMapper()
                .readTree(reports.resolve(ReportDirectory.JSON).toFile());
        JsonNode knownLink = json.get("links").get(0);
        assertEquals("broken", knownLink.get("verdict").asText());
        assertEquals("ignored", knownLink.get("severity").asText());
        assertEquals(
                "the vendor\u001b[2J moves it",
                knownLink.get("ignore").get("reason").asText());
        assertEquals("2027-01-31", knownLink.get("ignore").get("until").asText());
        assertEquals(
                ".linkcheckignore:2", knownLink.get("ignore").get("definedAt").asText());
        assertFalse(knownLink.get("ignore").get("expired").asBoolean());
        assertTrue(json.get("links").get(1).get("ignore").get("expired").asBoolean());
        assertEquals(1, json.get("totals").get("ignored").asInt());
        assertEquals(1, json.get("totals").get("failing").asInt());
        String summary = Files.readString(reports.resolve(ReportDirectory.MARKDOWN));
        assertTrue(summary.startsWith("### linkcheck: 1 link fails the build, 1 ignored"), summary);
        assertTrue(summary.contains("; ignored: the vendor\\\\u001b\\[2J moves it (until 2027-01-31) |"), summary);
        assertTrue(summary.contains("expired after 2027-01-14"), summary);
        String junit = Files.readString(reports.resolve(ReportDirectory.JUNIT));
        assertTrue(junit.contains("ignored: the vendor\\u001b[2J moves it (until 2027-01-31)"), junit);
        assertFalse(junit.contains("\u001b"), junit);

        // The same cache in March: the entry has expired, and its link fails at once.
        RecordingLog march = new RecordingLog();
        CheckReport later = run(
                mode,
                project,
                List.of(known, fixed),
                IgnoreEntries.of(ignores.entries(), MARCH),
                store,
                project.resolve("reports-march"),
                march);

        assertTrue(FAIL_ON_ERRORS.fails(later.results().get(0)), later.results().get(0)::toString);
        assertTrue(later.results().get(1).isCached(), "the working link is answered by the cache");
        assertTrue(
                march.info.stream()
                        .anyMatch(line ->
                                line.contains("'fixed-" + mode + "' (.linkcheckignore:4) is no" + " longer needed")),
                "a cached working link shows its entry unneeded too: " + march.info);
    }

    @Test
    void aLinkIgnoredInOneModuleAndNotInAnotherIsReportedEachWayInEachModuleAndInTheBuild(@TempDir Path root)
            throws Exception {
        String shared = site.url("/status/404?shared-between-modules");
        Files.writeString(root.resolve(".linkcheckignore"), "shared-between-modules # known\n");
        IgnoreEntries rootEntries =
                IgnoreEntries.of(IgnoreFile.read(root.resolve(".linkcheckignore"), ".linkcheckignore"), JANUARY);
        RecordingLog log = new RecordingLog();
        Path buildReports = root.resolve("target/linkcheck");
        ReactorState state = new ReactorState(buildReports, root, name -> null, JANUARY, log);
        CheckSettings settings = CheckSettings.builder().retries("0").build();

        CheckReport ignoring = checkModule(state, root, "mod-a", settings, shared, rootEntries, log);
        CheckReport failing = checkModule(state, root, "mod-b", settings, shared, IgnoreEntries.none(), log);
        CheckReport ignoringToo = checkModule(state, root, "mod-c", settings, shared, rootEntries, log);
        state.finish();

        assertTrue(ignoring.results().get(0).isIgnored());
        assertTrue(ignoringToo.results().get(0).isIgnored());
        assertTrue(FAIL_ON_ERRORS.fails(failing.results().get(0)));
        assertEquals(2, site.requests("/status/404?shared-between-modules"), "one HEAD and one GET for the build");
        JsonNode build = new ObjectMapper()
                .readTree(buildReports.resolve(ReportDirectory.JSON).toFile());
        List<JsonNode> links =
                StreamSupport.stream(build.get("links").spliterator(), false).toList();
        assertEquals(2, links.size(), build::toString);
        assertEquals("ignored", links.get(0).get("severity").asText());
        assertEquals(
                List.of("mod-a/README.md", "mod-c/README.md"),
                links.get(0).get("places").findValuesAsText("file"),
                "the modules that read the same entry meet in one result");
        assertEquals("error", links.get(1).get("severity").asText());
        assertEquals(List.of("mod-b/README.md"), links.get(1).get("places").findValuesAsText("file"));
        assertEquals(1, build.get("totals").get("failing").asInt());
        assertEquals(1, build.get("totals").get("ignored").asInt());
        assertFalse(build.get("run").get("passed").asBoolean());
    }

    @Test
    void anExpiredEntryEveryModuleReadsIsToldOncePerBuild(@TempDir Path root) throws Exception {
        Files.writeString(root.resolve(".linkcheckignore"), "was-down-once # until 2027-01-14: was down\n");
        IgnoreEntries rootEntries =
                IgnoreEntries.of(IgnoreFile.read(root.resolve(".linkcheckignore"), ".linkcheckignore"), JANUARY);
        RecordingLog log = new RecordingLog();
        ReactorState state = new ReactorState(root.resolve("target/linkcheck"), root, name -> null, JANUARY, log);
        CheckSettings settings = CheckSettings.builder().retries("0").build();

        checkModule(state, root, "mod-a", settings, site.url("/ok/expired-a"), rootEntries, log);
        checkModule(state, root, "mod-b", settings, site.url("/ok/expired-b"), rootEntries, log);
        state.finish();

        assertEquals(
                List.of("linkcheck: ignores entry 'was-down-once' (.linkcheckignore:1) expired after 2027-01-14:"
                        + " the links it matches count again; remove it, or give it a later until"),
                log.warnings);
    }

    private static CheckReport run(
            Mode mode,
            Path project,
            List<String> urls,
            IgnoreEntries ignores,
            ResultStore store,
            Path reports,
            RunLog log)
            throws RunException {
        RunRequest request = new RunRequest(
                CheckSettings.builder().mode(mode.name()).retries("0").build(),
                FAIL_ON_ERRORS,
                project,
                project,
                project,
                null,
                urls,
                List.of(),
                List.of(),
                List.of(),
                false,
                ignores);
        LinkcheckRun run = new LinkcheckRun(
                request, LinkChecks.PER_RUN, store, List.of(new ReportFilesSink(reports, project)), log);
        return run.checkAndReport(run.plan());
    }

    private static CheckReport checkModule(
            ReactorState state,
            Path root,
            String module,
            CheckSettings settings,
            String link,
            IgnoreEntries ignores,
            RunLog log)
            throws Exception {
        Path folder = Files.createDirectories(root.resolve(module));
        Files.writeString(folder.resolve("README.md"), "# " + module + "\n\n[gone](" + link + ")\n");
        RunRequest request = ModuleRequests.of(settings, folder, root, ignores);
        LinkcheckRun run = new LinkcheckRun(
                request,
                state.checks(),
                state.cache(root.resolve("target/linkcheck/cache.json"), Duration.ofDays(1)),
                List.of(new ReportFilesSink(folder.resolve("target/linkcheck"), root)),
                log,
                null,
                state::firstWarning);
        CheckReport report = run.checkAndReport(run.plan());
        state.moduleChecked(module, report, FAIL_ON_ERRORS);
        return report;
    }
}
