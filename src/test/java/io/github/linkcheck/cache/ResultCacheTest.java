package io.github.linkcheck.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.RequestHeader;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.Screening;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.http.LinkCheckRun;
import io.github.linkcheck.testing.TestSite;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

class ResultCacheTest {

    private static final Instant FIRST_RUN = Instant.parse("2026-11-25T08:00:00Z");
    private static final Duration ONE_DAY = Duration.ofDays(1);

    @TempDir
    Path folder;

    private TestSite site;
    private Path cacheFile;
    private CheckSettings settings;
    private List<LinkTarget> targets;

    @BeforeEach
    void start() throws Exception {
        site = TestSite.start();
        cacheFile = folder.resolve("linkcheck/cache.json");
        settings = CheckSettings.builder()
                .mode("async")
                .concurrency("4")
                .timeout("10s")
                .retries("0")
                .build();
        targets = LinkTargets.fromList(
                "urls",
                List.of(site.url("/ok/a"), site.url("/redirect/1"), site.url("/status/404"), "mailto:x@example.org"));
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void aRepeatRunRequestsOnlyWhatDidNotWork() throws Exception {
        CheckReport first = run(FIRST_RUN);
        assertTrue(first.results().stream().noneMatch(CheckResult::isCached));
        assertEquals(1, site.requests("/ok/a"));
        int brokenRequests = site.requests("/status/404");

        CheckReport second = run(FIRST_RUN.plus(Duration.ofHours(3)));

        assertEquals(1, site.requests("/ok/a"), "a URL that worked is not requested again");
        assertEquals(1, site.requests("/redirect/1"));
        assertEquals(2 * brokenRequests, site.requests("/status/404"), "a broken URL is checked on every run");
        assertEquals(verdicts(first), verdicts(second));
        CheckResult cached = second.results().get(0);
        assertEquals(FIRST_RUN, cached.cachedAt());
        assertEquals("200 OK", cached.outcome().describe());
        assertEquals(site.url("/ok/end"), second.results().get(1).finalUri().toString(), "where it led is kept");
        assertFalse(second.results().get(2).isCached());
        assertFalse(second.results().get(3).isCached(), "links that are never requested are never cached");
    }

    @Test
    void aRunTheCacheAnswersWholeSetsUpNoChecker() throws Exception {
        List<LinkTarget> working = LinkTargets.fromList("urls", List.of(site.url("/ok/a"), site.url("/ok/b")));
        ResultCache first = ResultCache.load(cacheFile, ONE_DAY, settings, clock(FIRST_RUN), working);
        first.checkAll(settings, working, toCheck -> LinkCheckRun.run(settings, toCheck));
        first.save();

        CheckReport repeat = ResultCache.load(cacheFile, ONE_DAY, settings, clock(FIRST_RUN.plusSeconds(60)), working)
                .checkAll(settings, working, toCheck -> {
                    throw new AssertionError("nothing is left to check, yet a check was started: " + toCheck);
                });

        assertEquals(
                List.of(true, true),
                repeat.results().stream().map(CheckResult::isCached).toList());
        assertEquals(Duration.ZERO, repeat.wallTime());
    }

    @Test
    void slowLinksAreCheckedAgainOnEveryRun() throws Exception {
        // Only a lower bound on time: the site takes 400 ms, always past a threshold of 100 ms.
        CheckSettings withThreshold = CheckSettings.builder()
                .mode("async")
                .concurrency("4")
                .timeout("10s")
                .retries("0")
                .slowThreshold("100ms")
                .build();
        assertCheckedAgainOnEveryRun(withThreshold, "/slow/400/cache", Verdict.SLOW);
    }

    @Test
    void movedLinksAreCheckedAgainOnEveryRun() throws Exception {
        assertCheckedAgainOnEveryRun(settings, "/moved?to=/ok/new-home", Verdict.MOVED);
    }

    private void assertCheckedAgainOnEveryRun(CheckSettings runSettings, String path, Verdict verdict)
            throws Exception {
        List<LinkTarget> link = LinkTargets.fromList("urls", List.of(site.url(path)));
        for (int run = 1; run <= 2; run++) {
            ResultCache cache =
                    ResultCache.load(cacheFile, ONE_DAY, runSettings, clock(FIRST_RUN.plusSeconds(run)), List.of());
            CheckReport report = cache.checkAll(runSettings, link, toCheck -> LinkCheckRun.run(runSettings, toCheck));
            cache.save();

            assertEquals(List.of(verdict), verdicts(report), "run " + run);
            assertFalse(report.results().get(0).isCached(), "run " + run);
            assertEquals(run, site.requests(path), "run " + run);
        }
    }

    @Test
    void anEntryOlderThanMaxAgeIsCheckedAgain() throws Exception {
        run(FIRST_RUN);
        CheckReport later = run(FIRST_RUN.plus(ONE_DAY).plusSeconds(1));

        assertEquals(2, site.requests("/ok/a"));
        assertNull(later.results().get(0).cachedAt());
    }

    @Test
    void aCorruptFileIsReportedIgnoredAndRewritten() throws Exception {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, "{\"format\": 1, \"entries\": [ {\"url\": ");

        ResultCache cache = ResultCache.load(cacheFile, ONE_DAY, settings, clock(FIRST_RUN), targets);
        assertEquals(1, cache.notices().size());
        assertTrue(
                cache.notices().get(0).startsWith("cache " + cacheFile + " cannot be used ("),
                cache.notices().get(0));
        cache.checkAll(settings, targets, toCheck -> LinkCheckRun.run(settings, toCheck));
        cache.save();

        assertEquals(
                2,
                new ObjectMapper().readTree(cacheFile.toFile()).get("entries").size());
        assertTrue(ResultCache.load(cacheFile, ONE_DAY, settings, clock(FIRST_RUN), targets)
                .notices()
                .isEmpty());
    }

    @Test
    void aDamagedEntryMakesTheFileUnusableWhenReadNotLaterInTheRun() throws Exception {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(
                cacheFile,
                "{\"format\": 1, \"rules\": \"" + ResultCache.rules(settings) + "\", \"entries\": ["
                        + "{\"url\": \"" + site.url("/ok/a") + "\", \"checkedAt\": \"" + FIRST_RUN
                        + "\", \"status\": 200,"
                        + " \"finalUrl\": \"http://a b\"}]}");

        ResultCache cache = ResultCache.load(cacheFile, ONE_DAY, settings, clock(FIRST_RUN), targets);
        CheckReport report = cache.checkAll(settings, targets, toCheck -> LinkCheckRun.run(settings, toCheck));

        assertTrue(
                cache.notices().get(0).contains("(an entry's finalUrl is not a URL);"),
                cache.notices().toString());
        assertFalse(report.results().get(0).isCached());
        assertEquals(1, site.requests("/ok/a"));
    }

    @Test
    void aDamagedEntryAfterGoodOnesLeavesNoneOfThemInUse() throws Exception {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(
                cacheFile,
                "{\"format\": 1, \"rules\": \"" + ResultCache.rules(settings) + "\", \"entries\": ["
                        + entryJson(site.url("/ok/a"), 200) + ", " + entryJson(site.url("/ok/b"), 99) + "]}");

        ResultCache cache = ResultCache.load(cacheFile, ONE_DAY, settings, clock(FIRST_RUN), List.of());
        CheckReport report = cache.checkAll(settings, targets, toCheck -> LinkCheckRun.run(settings, toCheck));

        assertEquals(1, cache.notices().size(), cache.notices().toString());
        assertFalse(report.results().get(0).isCached());
        assertEquals(1, site.requests("/ok/a"));
    }

    @Test
    void statusesFrom100To599AreReadAndOthersRefused() throws Exception {
        // Only accepted statuses are trusted: accept them all, so that the bounds of what is read show.
        CheckSettings acceptingAll =
                CheckSettings.builder().acceptedStatusCodes("100-599").build();
        for (int status : new int[] {100, 599, 99, 600}) {
            Files.createDirectories(cacheFile.getParent());
            Files.writeString(
                    cacheFile,
                    "{\"format\": 1, \"rules\": \"" + ResultCache.rules(acceptingAll) + "\", \"entries\": ["
                            + entryJson(site.url("/ok/a"), status) + "]}");
            boolean readable = status == 100 || status == 599;
            assertEquals(
                    readable,
                    ResultCache.load(cacheFile, ONE_DAY, acceptingAll, clock(FIRST_RUN), List.of())
                            .notices()
                            .isEmpty(),
                    "status " + status);
        }
    }

    @Test
    void aNewSlowThresholdJudgesEachEntryByTheTimeItTookKeepingThoseStillFastEnough() throws Exception {
        String fast = site.url("/ok/fast");
        String slowish = site.url("/ok/slowish");
        writeCache(
                settings,
                entryJson(fast, 200, ", \"elapsedMs\": 50"),
                entryJson(slowish, 200, ", \"elapsedMs\": 3000"));
        CheckSettings oneSecond = settings(builder -> builder.slowThreshold("1s"));

        CheckReport report = runWith(oneSecond, List.of(fast, slowish));

        assertTrue(report.results().get(0).isCached(), "50 ms is not slow under 1 s");
        assertEquals(0, site.requests("/ok/fast"));
        assertFalse(
                report.results().get(1).isCached(),
                "3 s is slow under 1 s: requested again, not failed on an old time");
        assertEquals(1, site.requests("/ok/slowish"));
    }

    @Test
    void aNewMaxRedirectsKeepsEntriesThatFollowedNoMoreRedirectsThanItAllows() throws Exception {
        String direct = site.url("/ok/a");
        String redirected = site.url("/redirect/3");
        writeCache(
                settings,
                entryJson(direct, 200, ""),
                entryJson(redirected, 200, ", \"finalUrl\": \"" + site.url("/ok/end") + "\""));

        CheckReport more = runWith(settings(builder -> builder.maxRedirects("20")), List.of(direct, redirected));
        assertEquals(
                List.of(true, true),
                more.results().stream().map(CheckResult::isCached).toList(),
                "what worked within 10 redirects works within 20");

        CheckReport fewer = runWith(settings(builder -> builder.maxRedirects("2")), List.of(direct, redirected));
        assertTrue(fewer.results().get(0).isCached(), "a link that was not redirected is within any maxRedirects");
        assertFalse(fewer.results().get(1).isCached());
        assertEquals(Verdict.BROKEN, fewer.results().get(1).verdict(), "3 redirects are too many for 2");
    }

    @Test
    void aShorterTimeoutOrFewerRetriesKeepOnlyTheEntriesThatWorkedWithinThem() throws Exception {
        String quick = site.url("/ok/quick");
        String slowish = site.url("/ok/slowish");
        String retried = site.url("/ok/retried");
        writeCache(
                settings,
                entryJson(quick, 200, ", \"elapsedMs\": 40"),
                entryJson(slowish, 200, ", \"elapsedMs\": 4000"),
                entryJson(retried, 200, ", \"attempts\": 3"));

        CheckReport shorter =
                runWith(settings(builder -> builder.timeout("2s").retries("1")), List.of(quick, slowish, retried));

        assertTrue(shorter.results().get(0).isCached());
        assertFalse(shorter.results().get(1).isCached(), "took 4 s: unknown whether each request was within 2 s");
        assertFalse(shorter.results().get(2).isCached(), "needed two retries, one is allowed");
        assertEquals(List.of(1, 1), List.of(site.requests("/ok/slowish"), site.requests("/ok/retried")));
    }

    @Test
    void anEntryWhoseRequestsTogetherTookLongerThanTheTimeoutAnswersUnderThatTimeout() throws Exception {
        // Three redirects of 4 s each: each within the 10 s timeout it was checked under, 12 s in all.
        String redirected = site.url("/redirect/3");
        writeCache(
                settings,
                entryJson(redirected, 200, ", \"elapsedMs\": 12000, \"finalUrl\": \"" + site.url("/ok/end") + "\""));

        assertTrue(runWith(settings, List.of(redirected)).results().get(0).isCached());
        assertFalse(runWith(settings(builder -> builder.timeout("5s")), List.of(redirected))
                .results()
                .get(0)
                .isCached());
    }

    @Test
    void checkFragmentsTurnedOnChecksTheFragmentsOfEntriesThatHadNone() throws Exception {
        String withFragment = site.url("/ok/page#part");
        String plain = site.url("/ok/page-without");
        writeCache(settings, entryJson(withFragment, 200, ""), entryJson(plain, 200, ""));

        CheckReport report = runWith(settings(builder -> builder.checkFragments(true)), List.of(withFragment, plain));

        assertFalse(report.results().get(0).isCached(), "its #part was never looked for");
        assertTrue(report.results().get(1).isCached());
    }

    @Test
    void checkHttpsTurnedOnTriesTheHttpsFormOfEntriesThatHadNoTry() throws Exception {
        // Written without a port, as only such links are tried over https, and led to the site by remaps; the cache
        // is keyed by the URL requested.
        String untried = "http://cached.test/ok/https-untried";
        String tried = "http://cached.test/ok/https-tried";
        writeCache(
                settings,
                entryJson(site.url("/ok/https-untried"), 200, ""),
                entryJson(site.url("/ok/https-tried"), 200, ", \"httpsChecked\": true"));
        // The https forms are led to a closed port: refused at once, so no upgrade, and the links stay OK.
        int closedPort;
        try (TestSite closed = TestSite.start()) {
            closedPort = URI.create(closed.baseUrl()).getPort();
        }
        List<String> remaps = List.of(
                "^http://cached\\.test/ -> " + site.baseUrl() + "/",
                "^https://cached\\.test/ -> https://127.0.0.1:" + closedPort + "/");
        CheckSettings upgrading = settings(builder -> builder.checkHttps(true).remaps(remaps));

        CheckReport report = runWith(upgrading, List.of(untried, tried));

        assertEquals(List.of(Verdict.OK, Verdict.OK), verdicts(report));
        assertFalse(report.results().get(0).isCached(), "its https form was never tried");
        assertTrue(report.results().get(1).isCached());
        assertEquals(1, site.requests("/ok/https-untried"));
        assertTrue(
                Files.readString(cacheFile).matches("(?s).*https-untried\",.*\"httpsChecked\":true.*"),
                Files.readString(cacheFile));
        CheckReport again = runWith(upgrading, List.of(untried));
        assertTrue(again.results().get(0).isCached(), "tried once, kept as tried");
        assertTrue(
                runWith(settings(builder -> builder.remaps(remaps)), List.of(untried))
                        .results()
                        .get(0)
                        .isCached(),
                "without checkHttps, any entry answers");
    }

    @Test
    void anInsecureLinkIsNeverKeptSoItIsCheckedOnEveryRun() throws Exception {
        List<LinkTarget> link = LinkTargets.fromList("urls", List.of(site.url("/ok/insecure")));
        CheckSettings upgrading = settings(builder -> builder.checkHttps(true));
        for (int run = 1; run <= 2; run++) {
            ResultCache cache =
                    ResultCache.load(cacheFile, ONE_DAY, upgrading, clock(FIRST_RUN.plusSeconds(run)), link);
            List<LinkTarget> checked = new ArrayList<>();
            CheckReport report = cache.checkAll(upgrading, link, toCheck -> {
                checked.addAll(toCheck);
                return new CheckReport(
                        upgrading,
                        List.of(new CheckResult(
                                toCheck.get(0),
                                Verdict.INSECURE,
                                new Outcome.Status(200, "OK"),
                                Duration.ofMillis(5),
                                null,
                                null,
                                1,
                                null)),
                        Duration.ofMillis(5));
            });
            cache.save();
            assertEquals(link, checked, "run " + run);
            assertEquals(List.of(Verdict.INSECURE), verdicts(report));
            assertFalse(Files.readString(cacheFile).contains("/ok/insecure"), Files.readString(cacheFile));
        }
    }

    @Test
    void otherAcceptedStatusCodesKeepTheEntriesWhoseStatusTheyStillAccept() throws Exception {
        run(FIRST_RUN);
        CheckSettings accepting404 = settings(builder -> builder.acceptedStatusCodes("200-299,404"));

        ResultCache cache = ResultCache.load(cacheFile, ONE_DAY, accepting404, clock(FIRST_RUN), targets);
        CheckReport report = cache.checkAll(accepting404, targets, toCheck -> LinkCheckRun.run(accepting404, toCheck));

        assertEquals(List.of(), cache.notices());
        assertTrue(report.results().get(0).isCached(), "200 is still accepted");
        assertEquals(1, site.requests("/ok/a"));
        assertEquals(Verdict.OK, report.results().get(2).verdict(), "404 is accepted now");
    }

    @Test
    void otherHeadersSetTheCacheAsideButANewValueOfTheSameHeaderDoesNot() throws Exception {
        CheckSettings token1 =
                settings(builder -> builder.headers(List.of(RequestHeader.of("Authorization", "t1", "a.test"))));
        CheckSettings token2 =
                settings(builder -> builder.headers(List.of(RequestHeader.of("Authorization", "t2", "a.test"))));
        CheckSettings elsewhere =
                settings(builder -> builder.headers(List.of(RequestHeader.of("Authorization", "t1", "b.test"))));
        runWith(token1, List.of(site.url("/ok/a")));

        assertFalse(Files.readString(cacheFile).contains("t1"), "a header value is never written");
        assertEquals(
                List.of(),
                ResultCache.load(cacheFile, ONE_DAY, token2, clock(FIRST_RUN.plusSeconds(3600)), List.of())
                        .notices(),
                "a token rotated between runs keeps the cache");
        assertEquals(
                1,
                ResultCache.load(cacheFile, ONE_DAY, elsewhere, clock(FIRST_RUN.plusSeconds(3600)), List.of())
                        .notices()
                        .size(),
                "a header sent elsewhere, or one more or one fewer, may change what servers answer");
        assertEquals(
                1,
                ResultCache.load(cacheFile, ONE_DAY, settings, clock(FIRST_RUN.plusSeconds(3600)), List.of())
                        .notices()
                        .size());
    }

    @Test
    void aDisabledCacheChecksEveryUrlAndHasNoFile() throws Exception {
        ResultCache disabled = ResultCache.disabled(settings);
        for (int run = 1; run <= 2; run++) {
            CheckReport report = disabled.checkAll(settings, targets, toCheck -> LinkCheckRun.run(settings, toCheck));
            assertFalse(report.results().get(0).isCached());
            assertEquals(run, site.requests("/ok/a"));
        }
        assertEquals(List.of(), disabled.notices());
        assertThrows(IllegalStateException.class, disabled::save);
        assertFalse(Files.exists(cacheFile));
    }

    @Test
    void aUrlExcludedSinceItWasCachedIsReportedExcluded() throws Exception {
        run(FIRST_RUN);
        CheckSettings excluding = CheckSettings.builder()
                .mode("async")
                .concurrency("4")
                .timeout("10s")
                .retries("0")
                .excludes(List.of("/ok/a"))
                .build();

        ResultCache cache = ResultCache.load(cacheFile, ONE_DAY, excluding, clock(FIRST_RUN.plusSeconds(60)), targets);
        // As a run does: the screening decides exclusion before the cache is asked.
        CheckReport report = Screening.checkAll(
                excluding,
                targets,
                RunDeadline.start(Optional.empty()),
                admitted -> cache.checkAll(excluding, admitted, toCheck -> LinkCheckRun.run(excluding, toCheck)));

        assertEquals(Verdict.EXCLUDED, report.results().get(0).verdict());
        assertFalse(report.results().get(0).isCached());
    }

    @Test
    void aFileOfAnotherKindIsNotTakenForACache() throws Exception {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(cacheFile, "[1, 2, 3]");

        assertEquals(
                1,
                ResultCache.load(cacheFile, ONE_DAY, settings, clock(FIRST_RUN), targets)
                        .notices()
                        .size());
    }

    @Test
    void aUrlWithAPasswordIsNeverWrittenToTheFile() throws Exception {
        List<LinkTarget> withPassword =
                LinkTargets.fromList("urls", List.of(site.url("/ok/secret").replace("http://", "http://user:s3cret@")));
        ResultCache cache = ResultCache.load(cacheFile, ONE_DAY, settings, clock(FIRST_RUN), withPassword);
        cache.checkAll(settings, withPassword, toCheck -> LinkCheckRun.run(settings, toCheck));
        cache.save();

        assertFalse(Files.readString(cacheFile).contains("s3cret"));
    }

    private CheckReport run(Instant now) throws Exception {
        ResultCache cache = ResultCache.load(cacheFile, ONE_DAY, settings, clock(now), targets);
        assertTrue(cache.notices().isEmpty(), cache.notices().toString());
        CheckReport report = cache.checkAll(settings, targets, toCheck -> LinkCheckRun.run(settings, toCheck));
        cache.save();
        return report;
    }

    private static String entryJson(String url, int status) {
        return entryJson(url, status, "");
    }

    /**
     * An entry as a run writes it, of a quick check at the first try under the default timeout and maxRedirects,
     * with the fields of {@code changes} ({@code , "name": value} each) in place of those.
     */
    private static String entryJson(String url, int status, String changes) {
        return "{\"url\": \"" + url + "\", \"verdict\": \"ok\", \"checkedAt\": \"" + FIRST_RUN + "\", \"status\": "
                + status + ", \"elapsedMs\": 10, \"attempts\": 1, \"timeoutMs\": 10000, \"maxRedirects\": 10" + changes
                + "}";
    }

    private void writeCache(CheckSettings writtenUnder, String... entries) throws Exception {
        Files.createDirectories(cacheFile.getParent());
        Files.writeString(
                cacheFile,
                "{\"format\": 1, \"rules\": \"" + ResultCache.rules(writtenUnder) + "\", \"entries\": ["
                        + String.join(", ", entries) + "]}");
    }

    /** The test's settings, with some changed. */
    private static CheckSettings settings(UnaryOperator<CheckSettings.Builder> changes) {
        return changes.apply(CheckSettings.builder()
                        .mode("async")
                        .concurrency("4")
                        .timeout("10s")
                        .retries("0"))
                .build();
    }

    /** A run of these URLs an hour after the first, which writes the cache back. */
    private CheckReport runWith(CheckSettings runSettings, List<String> urls) throws Exception {
        // Remapped as screening does before the cache is asked.
        List<LinkTarget> links = LinkTargets.fromList("urls", urls).stream()
                .map(runSettings.remaps()::apply)
                .toList();
        ResultCache cache =
                ResultCache.load(cacheFile, ONE_DAY, runSettings, clock(FIRST_RUN.plusSeconds(3600)), links);
        assertEquals(List.of(), cache.notices());
        CheckReport report = cache.checkAll(runSettings, links, toCheck -> LinkCheckRun.run(runSettings, toCheck));
        cache.save();
        return report;
    }

    private static List<Verdict> verdicts(CheckReport report) {
        return report.results().stream().map(CheckResult::verdict).toList();
    }

    private static Clock clock(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }
}
