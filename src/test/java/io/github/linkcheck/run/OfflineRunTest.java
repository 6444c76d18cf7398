package io.github.linkcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.cache.ResultCache;
import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.IgnoreEntries;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Severity;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.report.ReportDirectory;
import io.github.linkcheck.testing.RecordingLog;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An offline run: what needs no network is checked as usual, web links are neither requested nor stored. */
class OfflineRunTest {

    private static final FailurePolicy FAIL_ON_ERRORS = new FailurePolicy(true, true, false);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    /** Checks that must not be asked: an offline run sets up no HTTP client and sends nothing. */
    private static final LinkChecks NEVER = (settings, targets, listener, deadline) -> {
        throw new AssertionError("an offline run handed " + targets.size() + " links to the HTTP checks");
    };

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void checksLocalLinksAndFragmentsOnDiskAndCountsWebLinksNotChecked(Mode mode, @TempDir Path project)
            throws Exception {
        String web = site.url("/ok/offline-" + mode);
        String excluded = site.url("/ok/offline-excluded-" + mode);
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/guide.md"), "# Guide\n\n## Usage\n");
        Files.writeString(
                project.resolve("README.md"),
                "# Read me\n\n[guide](docs/guide.md#usage) [gone](docs/gone.md) [no such part](docs/guide.md#nowhere)"
                        + " [web](" + web + ") [excluded](" + excluded + ") [mail](mailto:a@example.org)"
                        + " [here](#read-me)\n");
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .checkFragments(true)
                .excludes(List.of("offline-excluded"))
                .build();
        Path cacheFile = project.resolve("cache/cache.json");
        ResultStore cache = ResultStore.file(cacheFile, Duration.ofDays(1), Clock.systemUTC());
        Path reports = project.resolve("reports");
        RecordingLog log = new RecordingLog();
        LinkcheckRun run = new LinkcheckRun(
                offlineRequest(project, settings, List.of("https://exa mple.org/")),
                NEVER,
                cache,
                List.of(new ReportFilesSink(reports, project)),
                log);

        CheckReport report = run.checkAndReport(run.plan());

        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        report.results().forEach(result -> verdicts.put(result.target().url(), result.verdict()));
        assertEquals(
                Map.of(
                        "docs/guide.md#usage",
                        Verdict.OK,
                        "docs/gone.md",
                        Verdict.BROKEN,
                        "docs/guide.md#nowhere",
                        Verdict.BROKEN,
                        web,
                        Verdict.NOT_CHECKED,
                        excluded,
                        Verdict.EXCLUDED,
                        "mailto:a@example.org",
                        Verdict.SKIPPED,
                        "https://exa mple.org/",
                        Verdict.BROKEN,
                        "README.md#read-me",
                        Verdict.OK),
                verdicts);
        assertEquals(0, site.requests("/ok/offline-" + mode), "no request");
        assertEquals(0, site.requests("/ok/offline-excluded-" + mode));
        CheckResult offline = resultOf(report, web);
        assertInstanceOf(Outcome.Offline.class, offline.outcome());
        assertEquals(Severity.INFO, Severity.of(offline, FAIL_ON_ERRORS), "counted, not warned about");
        assertFalse(FAIL_ON_ERRORS.fails(offline));
        assertTrue(FAIL_ON_ERRORS.fails(resultOf(report, "docs/gone.md")), "a broken local link fails as usual");
        assertFalse(Files.exists(cacheFile), "nothing is stored as if checked");
        assertEquals(List.of(), log.warnings);

        String json = Files.readString(reports.resolve(ReportDirectory.JSON));
        assertTrue(json.contains("\"verdict\" : \"not_checked\""), json);
        assertTrue(json.contains("\"detail\" : \"offline, not requested\""), json);
        String junit = Files.readString(reports.resolve(ReportDirectory.JUNIT));
        assertTrue(junit.contains("<skipped message=\"not checked: offline, not requested\"/>"), junit);
        String summary = Files.readString(reports.resolve(ReportDirectory.MARKDOWN));
        assertTrue(summary.contains("\n1 web link not checked (offline)\n"), summary);
        assertFalse(summary.contains(web), "the problems table holds no offline link: " + summary);
        // Nothing was requested: the run line names no mode or concurrency it did not use.
        assertTrue(summary.contains(" (offline): "), summary);
        assertFalse(summary.contains("concurrency"), summary);
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aStoreWithAnswersIsNotAskedOffline(Mode mode, @TempDir Path project) throws Exception {
        String web = site.url("/ok/offline-stored-" + mode);
        ResultStore refusing = new ResultStore() {
            @Override
            public ResultCache open(CheckSettings settings, List<LinkTarget> targets, RunLog log) {
                throw new AssertionError("an offline run opened the store");
            }

            @Override
            public void keep(ResultCache results, RunLog log) {
                throw new AssertionError("an offline run kept results in the store");
            }
        };
        RunRequest request = new RunRequest(
                CheckSettings.builder().mode(mode.name()).build(),
                FAIL_ON_ERRORS,
                project,
                project,
                project,
                null,
                List.of(web),
                List.of(),
                List.of(),
                List.of(),
                true,
                IgnoreEntries.none());
        LinkcheckRun run = new LinkcheckRun(request, NEVER, refusing, List.of(), new RecordingLog());

        CheckReport report = run.checkAndReport(run.plan());

        assertEquals(
                List.of(Verdict.NOT_CHECKED),
                report.results().stream().map(CheckResult::verdict).toList());
        assertEquals(0, site.requests("/ok/offline-stored-" + mode));
    }

    private static RunRequest offlineRequest(Path project, CheckSettings settings, List<String> urls) {
        return new RunRequest(
                settings,
                FAIL_ON_ERRORS,
                project,
                project,
                project,
                null,
                urls,
                List.of(),
                List.of(new RunRequest.DocumentFolder(null, List.of("README.md"), List.of())),
                List.of(),
                true,
                IgnoreEntries.none());
    }

    private static CheckResult resultOf(CheckReport report, String url) {
        return report.results().stream()
                .filter(result -> result.target().url().equals(url))
                .findFirst()
                .orElseThrow();
    }
}
