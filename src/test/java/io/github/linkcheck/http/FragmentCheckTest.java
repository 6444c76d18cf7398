package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** {@code checkFragments} against a real local site, in every mode. */
class FragmentCheckTest {

    /** Far above any honest run here; only a hang reaches it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private TestSite site;

    @BeforeEach
    void startSite() throws IOException {
        site = TestSite.start();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void fragmentMustNameAnAnchorOfThePageWhichIsReadOnce(Mode mode) {
        List<CheckResult> results = check(
                mode,
                true,
                site.url("/page/a#intro"),
                site.url("/page/a#legacy"),
                site.url("/page/a#top"),
                site.url("/page/a#missing"));

        assertEquals(List.of(Verdict.OK, Verdict.OK, Verdict.OK, Verdict.BROKEN), verdicts(results));
        assertTrue(
                results.get(3).describe().contains("fragment not found: no id or name #missing"),
                results.get(3).describe());
        assertEquals(4 + 1, site.requests("/page/a"), "a HEAD per link, and one GET of the page for all of them");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void fragmentsAreNotLookedForUnlessAskedTo(Mode mode) {
        List<CheckResult> results = check(mode, false, site.url("/page/b#missing"));

        assertEquals(List.of(Verdict.OK), verdicts(results));
        assertEquals(1, site.requests("/page/b"), "only a HEAD");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void fragmentIsLookedForWhereTheRedirectsEnd(Mode mode) {
        List<CheckResult> results =
                check(mode, true, site.url("/moved?to=/page/c#intro"), site.url("/moved?to=/page/c#nowhere"));

        assertEquals(List.of(Verdict.MOVED, Verdict.BROKEN), verdicts(results));
        assertTrue(
                results.get(1).describe().contains("no id or name #nowhere"),
                results.get(1).describe());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void pagesThatAreNotHtmlHaveNoAnchorsToLookFor(Mode mode) {
        assertEquals(List.of(Verdict.OK), verdicts(check(mode, true, site.url("/text/a#intro"))));
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void onlyTheStartOfAHugePageIsRead(Mode mode) throws InterruptedException {
        List<CheckResult> results = check(mode, true, site.url("/huge-page#nowhere"));

        assertEquals(List.of(Verdict.BROKEN), verdicts(results));
        assertTrue(
                results.get(0).describe().contains("no id or name #nowhere in the first 8 MB of the page"),
                results.get(0).describe());
        // One body for the GET that judges the link, one for the GET that reads the page.
        assertTrue(site.awaitHugeBodyEnd(HANG_GUARD) && site.awaitHugeBodyEnd(HANG_GUARD), "the site never finished");
        assertEquals(2, site.hugeBodiesAbandoned(), "the client should hang up, not read the whole body");
        assertTrue(site.hugeBodyBytesSent() < TestSite.HUGE_BODY_BYTES / 8, "sent " + site.hugeBodyBytesSent());
    }

    private List<CheckResult> check(Mode mode, boolean checkFragments, String... urls) {
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .checkFragments(checkFragments)
                .build();
        return assertTimeoutPreemptively(
                        HANG_GUARD, () -> LinkCheckRun.run(settings, LinkTargets.fromList("urls", List.of(urls))))
                .results();
    }

    private static List<Verdict> verdicts(List<CheckResult> results) {
        return results.stream().map(CheckResult::verdict).toList();
    }
}
