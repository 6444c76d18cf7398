package io.github.linkcheck.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.http.LinkCheckRun;
import io.github.linkcheck.testing.TestSite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

/**
 * The cache file as anyone may have left it: hand-edited, written by a machine whose clock ran ahead, or grown
 * huge. Whatever it says, no broken link passes for working, and the build neither fails nor runs out of memory.
 */
class UntrustedCacheFileTest {

    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final Instant AN_HOUR_AGO = NOW.minus(Duration.ofHours(1));
    private static final Duration ONE_DAY = Duration.ofDays(1);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private TestSite site;
    private Path cacheFile;

    @BeforeEach
    void start() throws Exception {
        site = TestSite.start();
        cacheFile = folder.resolve("cache.json");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void onlyAnOkEntryWithAnAcceptedStatusDatedNoLaterThanNowIsTrusted(Mode mode) throws Exception {
        CheckSettings settings = settings(mode);
        writeCache(
                settings,
                List.of(
                        entry("/ok/trusted", "ok", 200, AN_HOUR_AGO),
                        entry("/status/404", "ok", 404, AN_HOUR_AGO),
                        entry("/status/410", "ok", 200, NOW.plus(ONE_DAY)),
                        entry("/status/500", "broken", 200, AN_HOUR_AGO),
                        entry("/status/403", null, 200, AN_HOUR_AGO),
                        entry("/slow/5200/a", "slow", 200, AN_HOUR_AGO),
                        entry("/moved?to=/ok/new", "moved", 200, AN_HOUR_AGO),
                        entry("/ok/future", "ok", 200, NOW.plusSeconds(5))));

        List<CheckResult> results = run(
                settings,
                "/ok/trusted",
                "/status/404",
                "/status/410",
                "/status/500",
                "/status/403",
                "/slow/5200/a",
                "/moved?to=/ok/new",
                "/ok/future");

        assertEquals(
                List.of(
                        Verdict.OK,
                        Verdict.BROKEN,
                        Verdict.BROKEN,
                        Verdict.BROKEN,
                        Verdict.BROKEN,
                        Verdict.SLOW,
                        Verdict.MOVED,
                        Verdict.OK),
                results.stream().map(CheckResult::verdict).toList());
        assertEquals(
                List.of(true, false, false, false, false, false, false, false),
                results.stream().map(CheckResult::isCached).toList());
        assertEquals(0, site.requests("/ok/trusted"), "the one trusted entry answers for its URL");
        for (String path : List.of(
                "/status/404", "/status/410", "/status/500", "/status/403", "/slow/5200/a", "/moved", "/ok/future")) {
            assertTrue(site.requests(path) > 0, path + " is requested again");
        }
        assertEquals("404 Not Found", results.get(1).outcome().describe());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void entriesSetAsideAreNamedInOneNoticeAndNotWrittenBackAsTheyWere(Mode mode) throws Exception {
        CheckSettings settings = settings(mode);
        writeCache(
                settings,
                List.of(
                        entry("/status/404", "ok", 404, AN_HOUR_AGO),
                        entry("/ok/future", "ok", 200, NOW.plus(Duration.ofDays(365)))));
        List<LinkTarget> targets = targets("/status/404", "/ok/future");

        ResultCache cache = ResultCache.load(cacheFile, ONE_DAY, settings, clock(NOW), targets);
        cache.checkAll(settings, targets, toCheck -> LinkCheckRun.run(settings, toCheck));
        cache.save();

        assertEquals(1, cache.notices().size(), cache.notices().toString());
        assertTrue(
                cache.notices().get(0).contains(": 2 entries set aside"),
                cache.notices().get(0));
        List<JsonNode> saved = savedEntries();
        assertEquals(
                List.of(site.url("/ok/future")),
                saved.stream().map(entry -> entry.get("url").asText()).toList(),
                "what did not work is forgotten");
        assertEquals(NOW.toString(), saved.get(0).get("checkedAt").asText(), "dated by this run's check");
        assertEquals("ok", saved.get(0).get("verdict").asText());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void slowAndMovedResultsAreNeverRemembered(Mode mode) throws Exception {
        CheckSettings settings = settings(mode);

        List<CheckResult> first = run(settings, "/ok/a", "/slow/5200/a", "/moved?to=/ok/new");
        List<CheckResult> second = run(settings, "/ok/a", "/slow/5200/a", "/moved?to=/ok/new");

        assertEquals(
                List.of(Verdict.OK, Verdict.SLOW, Verdict.MOVED),
                first.stream().map(CheckResult::verdict).toList());
        assertEquals(
                List.of(site.url("/ok/a")),
                savedEntries().stream().map(entry -> entry.get("url").asText()).toList());
        assertEquals(
                List.of(true, false, false),
                second.stream().map(CheckResult::isCached).toList());
        assertEquals(1, site.requests("/ok/a"));
        assertEquals(2, site.requests("/moved"), "requested on every run");
        assertEquals(Verdict.SLOW, second.get(1).verdict());
    }

    @Test
    void aFileOverTheSizeLimitIsNotReadButNoticedOnceAndReplaced() throws Exception {
        CheckSettings settings = settings(Mode.ASYNC);
        List<Map<String, Object>> entries = new ArrayList<>();
        entries.add(entry("/ok/a", "ok", 200, AN_HOUR_AGO));
        IntStream.range(0, 200).forEach(i -> entries.add(entry("/ok/other-" + i, "ok", 200, AN_HOUR_AGO)));
        writeCache(settings, entries);
        List<LinkTarget> targets = targets("/ok/a");
        ResultCache.Limits limits = new ResultCache.Limits(Files.size(cacheFile) - 1, 1_000);

        ResultCache cache = ResultCache.load(cacheFile, ONE_DAY, settings, clock(NOW), targets, limits);
        CheckReport report = cache.checkAll(settings, targets, toCheck -> LinkCheckRun.run(settings, toCheck));
        cache.save();

        assertEquals(1, cache.notices().size(), cache.notices().toString());
        assertTrue(
                cache.notices().get(0).contains("so it is not read"),
                cache.notices().get(0));
        assertEquals(Verdict.OK, report.results().get(0).verdict());
        assertEquals(1, site.requests("/ok/a"), "checked, as nothing of the file is used");
        assertEquals(1, savedEntries().size(), "the file is replaced by what this run found");
        assertTrue(ResultCache.load(cacheFile, ONE_DAY, settings, clock(NOW), targets, limits)
                .notices()
                .isEmpty());
    }

    @Test
    void entriesForOtherUrlsAreKeptUpToTheLimitAndThoseForTheRunWherever() throws Exception {
        CheckSettings settings = settings(Mode.ASYNC);
        List<Map<String, Object>> entries = new ArrayList<>();
        IntStream.range(0, 50).forEach(i -> entries.add(entry("/ok/other-" + i, "ok", 200, AN_HOUR_AGO)));
        entries.add(entry("/ok/a", "ok", 200, AN_HOUR_AGO));
        writeCache(settings, entries);
        List<LinkTarget> targets = targets("/ok/a");

        ResultCache cache = ResultCache.load(
                cacheFile, ONE_DAY, settings, clock(NOW), targets, new ResultCache.Limits(Long.MAX_VALUE, 10));
        CheckReport report = cache.checkAll(settings, targets, toCheck -> {
            throw new AssertionError("the cache answers for " + toCheck);
        });
        cache.save();

        assertTrue(
                report.results().get(0).isCached(), "the run's entry counts against no limit, though last in the file");
        assertEquals(1, cache.notices().size(), cache.notices().toString());
        assertTrue(
                cache.notices().get(0).contains("more than 10 entries for URLs this run does not check; the other 40"),
                cache.notices().get(0));
        List<String> saved =
                savedEntries().stream().map(entry -> entry.get("url").asText()).toList();
        assertEquals(11, saved.size());
        assertTrue(saved.contains(site.url("/ok/a")) && saved.contains(site.url("/ok/other-9")), saved.toString());
    }

    @Test
    void settingsOfAnyLengthInTheFileMakeAShortWarning() throws Exception {
        JSON.writeValue(
                cacheFile.toFile(),
                Map.of("format", ResultCache.FORMAT, "rules", "x".repeat(1_000_000), "entries", List.of()));

        List<String> notices = ResultCache.load(cacheFile, ONE_DAY, settings(Mode.ASYNC), clock(NOW), targets("/ok/a"))
                .notices();

        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("was written under other settings (xxx"), notices.get(0));
        assertTrue(notices.get(0).length() < 500, notices.get(0).length() + " characters");
    }

    private List<CheckResult> run(CheckSettings settings, String... paths) throws Exception {
        List<LinkTarget> targets = targets(paths);
        ResultCache cache = ResultCache.load(cacheFile, ONE_DAY, settings, clock(NOW), targets);
        CheckReport report = cache.checkAll(settings, targets, toCheck -> LinkCheckRun.run(settings, toCheck));
        cache.save();
        return report.results();
    }

    /** A slow threshold the {@code /slow/5200/} URL passes and no other URL comes near, on a machine however busy. */
    private static CheckSettings settings(Mode mode) {
        return CheckSettings.builder()
                .mode(mode.userName())
                .concurrency("4")
                .timeout("10s")
                .retries("0")
                .slowThreshold("5s")
                .build();
    }

    private List<LinkTarget> targets(String... paths) {
        return LinkTargets.fromList(
                "urls", List.of(paths).stream().map(site::url).toList());
    }

    /**
     * An entry as a person or a program other than the plugin may write it, of a quick check at the first try; a
     * {@code null} verdict is left out.
     */
    private Map<String, Object> entry(String path, String verdict, int status, Instant checkedAt) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("url", site.url(path));
        if (verdict != null) {
            entry.put("verdict", verdict);
        }
        entry.put("checkedAt", checkedAt.toString());
        entry.put("status", status);
        entry.put("reason", "OK");
        entry.put("elapsedMs", 10);
        entry.put("attempts", 1);
        entry.put("maxRedirects", 10);
        return entry;
    }

    /** A cache file under the run's own rules, so that its entries are read. */
    private void writeCache(CheckSettings settings, List<Map<String, Object>> entries) throws Exception {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("format", ResultCache.FORMAT);
        file.put("rules", ResultCache.rules(settings));
        file.put("entries", entries);
        JSON.writeValue(cacheFile.toFile(), file);
    }

    private List<JsonNode> savedEntries() throws Exception {
        return StreamSupport.stream(
                        JSON.readTree(cacheFile.toFile()).get("entries").spliterator(), false)
                .toList();
    }

    private static Clock clock(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
