package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.cache.ResultCache;
import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code remaps} in every mode: the remapped URL is requested, the URL as written is reported with it. */
class RemapsCheckTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final Origin PLACE = Origin.at("README.md", 4, 9);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void theRemappedUrlIsRequestedAndTheUrlAsWrittenReported(Mode mode) {
        String path = "/ok/remapped-" + mode;
        CheckReport report = run(settings(mode), "https://docs.example.invalid" + path);
        CheckResult result = report.results().get(0);
        assertEquals(Verdict.OK, result.verdict());
        assertEquals("https://docs.example.invalid" + path, result.target().url());
        assertEquals(site.url(path), result.target().checkedAs());
        assertEquals(List.of(PLACE), result.target().origins());
        assertEquals(1, site.requests("HEAD", path));
        assertEquals(
                "https://docs.example.invalid" + path + " (checked as " + site.url(path) + ") -> 200 OK",
                report.describe(result).replaceFirst(" \\(\\d+ ms\\)$", ""));
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void linksRemappedToOneUrlAreCheckedOnce(Mode mode) {
        String path = "/ok/shared-" + mode;
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .remaps(List.of("^https://(docs|www)\\.example\\.invalid/ -> " + site.baseUrl() + "/"))
                .build();
        CheckReport report = assertTimeoutPreemptively(
                HANG_GUARD,
                () -> LinkCheckRun.run(
                        settings,
                        List.of(
                                LinkTarget.of("https://docs.example.invalid" + path, PLACE),
                                LinkTarget.of("https://www.example.invalid" + path, Origin.at("a.md", 1, 1)))));
        assertEquals(
                List.of(Verdict.OK, Verdict.OK),
                report.results().stream().map(CheckResult::verdict).toList());
        assertEquals(
                "https://www.example.invalid" + path,
                report.results().get(1).target().url());
        assertEquals(1, site.requests("HEAD", path));
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aRemapThatMakesAnInvalidUrlIsABrokenLinkNamingBothForms(Mode mode) {
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .remaps(List.of("^https://docs\\.example\\.invalid/ -> http://not a host/"))
                .build();
        CheckResult result =
                run(settings, "https://docs.example.invalid/page").results().get(0);
        assertEquals(Verdict.BROKEN, result.verdict());
        assertEquals(
                ErrorKind.INVALID_URL,
                assertInstanceOf(Outcome.Failure.class, result.outcome()).kind());
        assertEquals(List.of(PLACE), result.target().origins());
        String described = result.describe();
        assertTrue(
                described.startsWith("https://docs.example.invalid/page (checked as http://not a host/page) -> "),
                described);
        assertTrue(described.contains("remapped to http://not a host/page"), described);
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void perHostLimitsCountTheHostRequested(Mode mode) {
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .maxConcurrencyPerHost("1")
                .remaps(List.of("^https://[a-c]\\.example\\.invalid/ -> " + site.baseUrl() + "/"))
                .build();
        site.takeMostSlowInFlight();
        CheckReport report = assertTimeoutPreemptively(
                HANG_GUARD,
                () -> LinkCheckRun.run(
                        settings,
                        List.of(
                                LinkTarget.of("https://a.example.invalid/slow/200/a-" + mode, PLACE),
                                LinkTarget.of("https://b.example.invalid/slow/200/b-" + mode, PLACE),
                                LinkTarget.of("https://c.example.invalid/slow/200/c-" + mode, PLACE))));
        assertEquals(3, report.count(Verdict.OK));
        assertEquals(1, site.takeMostSlowInFlight(), "one host requested, one request at a time");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void excludesJudgeTheUrlAsWritten(Mode mode) {
        String path = "/ok/excluded-" + mode;
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .remaps(List.of("^https://docs\\.example\\.invalid/ -> " + site.baseUrl() + "/"))
                .excludes(List.of("docs\\.example\\.invalid/ok/excluded"))
                .build();
        CheckResult result =
                run(settings, "https://docs.example.invalid" + path).results().get(0);
        assertEquals(Verdict.EXCLUDED, result.verdict());
        assertEquals(0, site.requests(path));
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void theCacheKeepsTheResultUnderTheUrlRequested(Mode mode, @TempDir Path folder) throws Exception {
        String path = "/ok/cached-" + mode;
        CheckSettings settings = settings(mode);
        Path file = folder.resolve("cache.json");
        LinkTarget written = settings.remaps().apply(LinkTarget.of("https://docs.example.invalid" + path, PLACE));
        ResultCache first = ResultCache.load(file, Duration.ofHours(1), settings, Clock.systemUTC(), List.of(written));
        first.checkAll(settings, List.of(written), targets -> LinkCheckRun.run(settings, targets));
        first.save();

        // The live URL as written, unremapped, was never checked: the cache has no answer for it.
        LinkTarget live = LinkTarget.of("https://docs.example.invalid" + path, PLACE);
        LinkTarget local = LinkTarget.of(site.url(path), PLACE);
        ResultCache second =
                ResultCache.load(file, Duration.ofHours(1), settings, Clock.systemUTC(), List.of(live, local));
        List<List<LinkTarget>> askedToCheck = new ArrayList<>();
        CheckReport report = second.checkAll(settings, List.of(live, local), targets -> {
            askedToCheck.add(targets);
            return new CheckReport(
                    settings,
                    targets.stream()
                            .map(target -> CheckResult.notRequested(
                                    target, Verdict.NOT_CHECKED, new Outcome.NotRequested("not asked")))
                            .toList(),
                    Duration.ZERO);
        });
        assertEquals(List.of(List.of(live)), askedToCheck);
        assertFalse(report.results().get(0).isCached());
        assertTrue(report.results().get(1).isCached());
        assertEquals(1, site.requests("HEAD", path));
    }

    private static CheckSettings settings(Mode mode) {
        return CheckSettings.builder()
                .mode(mode.name())
                .remaps(List.of("^https://docs\\.example\\.invalid/ -> " + site.baseUrl() + "/"))
                .build();
    }

    private static CheckReport run(CheckSettings settings, String url) {
        return assertTimeoutPreemptively(
                HANG_GUARD, () -> LinkCheckRun.run(settings, List.of(LinkTarget.of(url, PLACE))));
    }
}
