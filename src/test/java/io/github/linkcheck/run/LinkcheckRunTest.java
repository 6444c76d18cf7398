package io.github.linkcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.IgnoreEntries;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.RunListener;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.report.ReportDirectory;
import io.github.linkcheck.testing.RecordingLog;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/** A whole run driven as a build tool would drive it, with no build tool: proof that the run needs none. */
class LinkcheckRunTest {

    private static final FailurePolicy FAIL_ON_ERRORS = new FailurePolicy(true, true, false);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    /** The given checks, recording which URLs each run handed them. */
    private static final class RecordingChecks implements LinkChecks {
        final List<List<String>> handed = new CopyOnWriteArrayList<>();

        @Override
        public CheckReport checkScreened(
                CheckSettings settings, List<LinkTarget> targets, RunListener listener, RunDeadline deadline)
                throws InterruptedException {
            handed.add(targets.stream().map(LinkTarget::url).toList());
            return LinkChecks.PER_RUN.checkScreened(settings, targets, listener, deadline);
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void findsTheLinksOfListsAndDocumentsChecksThemWritesTheReportsAndAnswersFromTheStoreNextTime(
            Mode mode, @TempDir Path project) throws Exception {
        String ok = site.url("/ok/run-" + mode);
        String broken = site.url("/status/404?run-" + mode);
        String fromDocument = site.url("/ok/run-document-" + mode);
        Files.writeString(project.resolve("links.txt"), "# one URL\n" + ok + "\n");
        Files.writeString(
                project.resolve("README.md"),
                "# Read me\n\nSee [it](" + fromDocument + ") and [that](" + broken + ") and [the list](links.txt).\n");
        CheckSettings settings =
                CheckSettings.builder().mode(mode.name()).retries("0").build();
        RunRequest request = new RunRequest(
                settings,
                FAIL_ON_ERRORS,
                project,
                project,
                project,
                null,
                List.of(broken),
                List.of(project.resolve("links.txt")),
                List.of(new RunRequest.DocumentFolder(null, List.of("*.md"), List.of())),
                List.of(LinkTarget.of(ok, Origin.at("pom.xml", 7, 3))),
                false,
                IgnoreEntries.none());
        ResultStore store =
                ResultStore.file(project.resolve("cache/cache.json"), Duration.ofDays(1), Clock.systemUTC());
        Path reports = project.resolve("reports");
        List<CheckReport> reported = Collections.synchronizedList(new ArrayList<>());
        ReportSink recorded = (report, policy) -> reported.add(report);
        RecordingChecks checks = new RecordingChecks();
        RecordingLog log = new RecordingLog();

        LinkcheckRun first =
                new LinkcheckRun(request, checks, store, List.of(new ReportFilesSink(reports, project), recorded), log);
        List<LinkTarget> planned = first.plan();
        assertEquals(0, site.requests("/ok/run-" + mode), "planning sends no request");
        CheckReport firstReport = first.checkAndReport(planned);

        assertEquals(
                List.of(broken, ok, fromDocument, "links.txt"),
                planned.stream().map(LinkTarget::url).toList());
        assertEquals(
                List.of("links.txt:2", "pom.xml:7:3"),
                planned.get(1).origins().stream().map(Origin::describe).toList(),
                "one URL of two sources, both places");
        assertEquals(
                Map.of(broken, Verdict.BROKEN, ok, Verdict.OK, fromDocument, Verdict.OK, "links.txt", Verdict.OK),
                verdicts(firstReport));
        assertEquals(List.of(firstReport), reported);
        assertTrue(Files.readString(reports.resolve(ReportDirectory.JSON)).contains(fromDocument));
        assertTrue(Files.readString(reports.resolve(ReportDirectory.MARKDOWN)).contains("README.md:3:"));
        assertTrue(Files.isRegularFile(reports.resolve(ReportDirectory.JUNIT)));
        assertEquals(List.of(), log.warnings);
        assertEquals(1, log.debug.size(), "one line for the phases: " + log.debug);
        assertTrue(
                log.debug
                        .get(0)
                        .matches("linkcheck: time by phase: finding links \\d+ ms, reading the cache \\d+ ms,"
                                + " checking \\d+ ms, writing the cache and the reports \\d+ ms"),
                log.debug.get(0));

        LinkcheckRun second = new LinkcheckRun(request, checks, store, List.of(recorded), log);
        CheckReport secondReport = second.checkAndReport(second.plan());

        assertEquals(verdicts(firstReport), verdicts(secondReport));
        assertEquals(1, site.requests("/ok/run-" + mode), "the working URL is answered by the store");
        assertEquals(1, site.requests("/ok/run-document-" + mode));
        assertEquals(
                List.of(broken, "links.txt"),
                checks.handed.get(checks.handed.size() - 1),
                "only the broken URL is handed to the checks again, and the local file, which is never stored");
        assertTrue(secondReport.results().stream()
                .filter(result -> result.target().url().equals(ok))
                .allMatch(CheckResult::isCached));
        assertEquals(List.of(firstReport, secondReport), reported);
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aModulesLinksArePlacedFromTheReactorRootAndMayLeadAnywhereInTheRootDirectory(Mode mode, @TempDir Path reactor)
            throws Exception {
        String listed = site.url("/ok/module-list-" + mode);
        Path module = Files.createDirectories(reactor.resolve("mod-a"));
        Files.createDirectories(reactor.resolve("mod-b"));
        Files.writeString(reactor.resolve("ROOT.md"), "# Root\n");
        Files.writeString(reactor.resolve("mod-b/README.md"), "# B\n");
        Files.writeString(module.resolve("links.txt"), listed + "\n");
        Files.writeString(
                module.resolve("README.md"),
                "# A\n\nSee [root](/ROOT.md).\n"
                        + "The other one: [b](../mod-b/README.md), [missing](../mod-b/MISSING.md).\n");
        RunRequest request = new RunRequest(
                CheckSettings.builder().mode(mode.name()).build(),
                FAIL_ON_ERRORS,
                module,
                reactor,
                reactor,
                null,
                List.of(),
                List.of(module.resolve("links.txt")),
                List.of(new RunRequest.DocumentFolder(null, List.of("README.md"), List.of())),
                List.of(),
                false,
                IgnoreEntries.none());
        LinkcheckRun run =
                new LinkcheckRun(request, LinkChecks.PER_RUN, ResultStore.NONE, List.of(), new RecordingLog());

        List<LinkTarget> planned = run.plan();
        CheckReport report = run.checkAndReport(planned);

        assertEquals(
                List.of("mod-a/links.txt:1", "mod-a/README.md:3:5", "mod-a/README.md:4:16", "mod-a/README.md:4:41"),
                planned.stream()
                        .map(target -> target.origins().get(0).describe())
                        .toList());
        assertEquals(
                Map.of(
                        listed,
                        Verdict.OK,
                        "ROOT.md",
                        Verdict.OK,
                        "mod-b/README.md",
                        Verdict.OK,
                        "mod-b/MISSING.md",
                        Verdict.BROKEN),
                verdicts(report));
    }

    @Test
    void aSourceThatCannotBeReadStopsTheRunBeforeAnyRequestNamingIt(@TempDir Path project) {
        Path missing = project.resolve("missing.txt");
        RunRequest request = new RunRequest(
                CheckSettings.builder().build(),
                FAIL_ON_ERRORS,
                project,
                project,
                project,
                null,
                List.of(site.url("/ok/never-requested")),
                List.of(missing),
                List.of(),
                List.of(),
                false,
                IgnoreEntries.none());
        LinkcheckRun run =
                new LinkcheckRun(request, LinkChecks.PER_RUN, ResultStore.NONE, List.of(), new RecordingLog());

        RunException stop = assertThrows(RunException.class, run::plan);

        assertEquals("linkcheck: urlFiles = '" + missing + "' cannot be read: no such file", stop.getMessage());
        assertEquals(0, site.requests("/ok/never-requested"));
    }

    @Test
    void aDocumentFolderOfTheBuildNotMadeYetIsSkippedWithAWarningAndTheOtherSourcesAreChecked(@TempDir Path project)
            throws Exception {
        Path buildFolder = project.resolve("target");
        String listed = site.url("/ok/before-the-site");
        RunRequest request = new RunRequest(
                CheckSettings.builder().build(),
                FAIL_ON_ERRORS,
                project,
                project,
                project,
                buildFolder,
                List.of(listed),
                List.of(),
                List.of(new RunRequest.DocumentFolder(Path.of("target/site"), List.of("**/*.html"), List.of())),
                List.of(),
                false,
                IgnoreEntries.none());
        RecordingLog log = new RecordingLog();
        LinkcheckRun run = new LinkcheckRun(request, LinkChecks.PER_RUN, ResultStore.NONE, List.of(), log);

        List<LinkTarget> planned = run.plan();

        assertEquals(
                List.of(listed),
                planned.stream().map(LinkTarget::url).toList(),
                "the configured URL only: a skipped folder brings back no default document");
        assertEquals(
                List.of("linkcheck: documents directory 'target/site' does not exist yet (build output, made by a"
                        + " later step such as mvn site), skipped"),
                log.warnings);
    }

    @Test
    void aDocumentFolderNotMadeYetIsNamedNeutralisedInItsWarning(@TempDir Path project) throws Exception {
        RunRequest request = new RunRequest(
                CheckSettings.builder().build(),
                FAIL_ON_ERRORS,
                project,
                project,
                project,
                project.resolve("target"),
                List.of(site.url("/ok/x")),
                List.of(),
                List.of(new RunRequest.DocumentFolder(
                        Path.of("target/site\n::error::forged\r\u001b[2J"), List.of("**/*.html"), List.of())),
                List.of(),
                false,
                IgnoreEntries.none());
        RecordingLog log = new RecordingLog();

        new LinkcheckRun(request, LinkChecks.PER_RUN, ResultStore.NONE, List.of(), log).plan();

        assertEquals(1, log.warnings.size(), log.warnings.toString());
        String warning = log.warnings.get(0);
        assertFalse(warning.contains("\n") || warning.contains("\r") || warning.contains("\u001b"), warning);
        assertTrue(warning.contains("forged"), warning);
    }

    @Test
    void aMissingDocumentFolderOutsideTheBuildFolderStopsTheRun(@TempDir Path project) {
        RunRequest request = new RunRequest(
                CheckSettings.builder().build(),
                FAIL_ON_ERRORS,
                project,
                project,
                project,
                project.resolve("target"),
                List.of(site.url("/ok/never-requested")),
                List.of(),
                List.of(new RunRequest.DocumentFolder(Path.of("site"), List.of("**/*.html"), List.of())),
                List.of(),
                false,
                IgnoreEntries.none());
        LinkcheckRun run =
                new LinkcheckRun(request, LinkChecks.PER_RUN, ResultStore.NONE, List.of(), new RecordingLog());

        RunException stop = assertThrows(RunException.class, run::plan);

        assertEquals("linkcheck: documents directory 'site' does not exist or is not a folder", stop.getMessage());
    }

    @Test
    void aFileWhereTheBuildsDocumentFolderShouldBeStopsTheRun(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("target"));
        Files.writeString(project.resolve("target/site"), "not a folder");
        RunRequest request = new RunRequest(
                CheckSettings.builder().build(),
                FAIL_ON_ERRORS,
                project,
                project,
                project,
                project.resolve("target"),
                List.of(),
                List.of(),
                List.of(new RunRequest.DocumentFolder(Path.of("target/site"), List.of("**/*.html"), List.of())),
                List.of(),
                false,
                IgnoreEntries.none());
        LinkcheckRun run =
                new LinkcheckRun(request, LinkChecks.PER_RUN, ResultStore.NONE, List.of(), new RecordingLog());

        RunException stop = assertThrows(RunException.class, run::plan);

        assertEquals(
                "linkcheck: documents directory 'target/site' does not exist or is not a folder", stop.getMessage());
    }

    @Test
    void aResultStoreThatCannotBeWrittenIsAWarningAndTheReportsAreStillWritten(@TempDir Path project) throws Exception {
        Path notAFolder = project.resolve("file");
        Files.writeString(notAFolder, "in the way");
        Path cacheFile = notAFolder.resolve("cache.json");
        RunRequest request = new RunRequest(
                CheckSettings.builder().build(),
                FAIL_ON_ERRORS,
                project,
                project,
                project,
                null,
                List.of(site.url("/ok/unstored")),
                List.of(),
                List.of(),
                List.of(),
                false,
                IgnoreEntries.none());
        RecordingLog log = new RecordingLog();
        LinkcheckRun run = new LinkcheckRun(
                request,
                LinkChecks.PER_RUN,
                ResultStore.file(cacheFile, Duration.ofDays(1), Clock.systemUTC()),
                List.of(new ReportFilesSink(project.resolve("reports"), project)),
                log);

        CheckReport report = run.checkAndReport(run.plan());

        assertEquals(Verdict.OK, report.results().get(0).verdict());
        assertEquals(1, log.warnings.size(), log.warnings::toString);
        assertTrue(
                log.warnings.get(0).startsWith("linkcheck: cacheFile = '" + cacheFile + "' cannot be written ("),
                log.warnings::toString);
        assertTrue(Files.isRegularFile(project.resolve("reports").resolve(ReportDirectory.JSON)));
    }

    @Test
    void aSinkThatCannotWriteKeepsNoOtherFromWritingAndTheResultsComeWithItsFailure(@TempDir Path project)
            throws Exception {
        RunRequest request = new RunRequest(
                CheckSettings.builder().retries("0").build(),
                FAIL_ON_ERRORS,
                project,
                project,
                project,
                null,
                List.of(site.url("/status/404?sink-fails")),
                List.of(),
                List.of(),
                List.of(),
                false,
                IgnoreEntries.none());
        ReportSink failing = (report, policy) -> {
            throw new RunException("linkcheck: the first sink cannot write");
        };
        List<CheckReport> written = new CopyOnWriteArrayList<>();
        ReportSink recording = (report, policy) -> written.add(report);
        LinkcheckRun run = new LinkcheckRun(
                request, LinkChecks.PER_RUN, ResultStore.NONE, List.of(failing, recording), new RecordingLog());

        ReportsNotWrittenException stop =
                assertThrows(ReportsNotWrittenException.class, () -> run.checkAndReport(run.plan()));

        assertEquals("linkcheck: the first sink cannot write", stop.getMessage());
        assertEquals(Verdict.BROKEN, stop.report().results().get(0).verdict());
        assertEquals(List.of(stop.report()), written);
    }

    private static Map<String, Verdict> verdicts(CheckReport report) {
        return report.results().stream()
                .collect(Collectors.toMap(result -> result.target().url(), CheckResult::verdict));
    }
}
