package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.SentRequest;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code hostRequestInterval} through a real local site in every mode: request starts to one host, retries and
 * redirect hops included, reach the site at least the interval apart; other hosts do not wait for it; it never
 * holds a run past {@code maxTotalTime}.
 */
class HostPacingTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void requestStartsToOneHostAreAtLeastTheIntervalApartRetriesAndRedirectsIncluded(Mode mode) {
        List<String> paths = List.of(
                "/ok/paced-1-" + mode,
                "/ok/paced-2-" + mode,
                "/ok/paced-3-" + mode,
                "/flaky/1/paced-" + mode,
                "/redirect-with/302?to=/ok/paced-hop-" + mode);
        long before = System.nanoTime();

        CheckReport report = run(builder(mode).hostRequestIntervals("300ms", null), urls(paths));

        assertEquals(paths.size(), report.count(Verdict.OK), report.results().toString());
        assertEquals(2, report.results().get(3).attempts(), "the flaky URL was retried");
        List<Long> starts = startsSince(
                before,
                "/ok/paced-1-" + mode,
                "/ok/paced-2-" + mode,
                "/ok/paced-3-" + mode,
                "/flaky/1/paced-" + mode,
                "/redirect-with/302",
                "/ok/paced-hop-" + mode);
        assertEquals(7, starts.size(), "three URLs, a retry and a redirect hop: " + starts);
        assertGapsAtLeast(Duration.ofMillis(300), starts);
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void anotherHostDoesNotWaitForTheInterval(Mode mode) {
        // The site answers either only once both are there at once: the second host must not wait 30 s.
        String group = "/together/2/two-hosts-" + mode;
        List<String> urls = List.of(site.url(group + "/a"), site.url("localhost", group + "/b"));

        CheckReport report = run(builder(mode).hostRequestIntervals("30s", null).maxTotalTime("20s"), urls);

        assertEquals(2, report.count(Verdict.OK), report.results().toString());
        assertEquals(
                List.of("127.0.0.1", "localhost"),
                report.results().stream()
                        .map(result -> result.requests().get(0).host())
                        .toList());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void anEntryPacesItsHostOnly(Mode mode) {
        int port = Integer.parseInt(site.baseUrl().replaceAll(".*:", ""));
        List<String> urls = new ArrayList<>();
        // Unpaced, these three reach the site together; paced, each would wait 300 ms and find itself alone.
        for (String name : List.of("a", "b", "c")) {
            urls.add(site.url("/together/3/unpaced-" + mode + "/" + name));
        }
        List<String> pacedPaths = List.of("/ok/entry-1-" + mode, "/ok/entry-2-" + mode, "/ok/entry-3-" + mode);
        pacedPaths.forEach(path -> urls.add(site.url("localhost", path)));
        long before = System.nanoTime();

        CheckReport report = run(
                builder(mode).hostRequestIntervals(null, List.of("example.org=1h", "localhost:" + port + "=300ms")),
                urls);

        assertEquals(6, report.count(Verdict.OK), report.results().toString());
        assertGapsAtLeast(Duration.ofMillis(300), startsSince(before, pacedPaths.toArray(String[]::new)));
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void theWaitForAHostsTurnIsNoPartOfALinksTime(Mode mode) {
        List<String> paths = List.of("/ok/not-slow-1-" + mode, "/ok/not-slow-2-" + mode);

        CheckReport report = run(builder(mode).hostRequestIntervals("2s", null).slowThreshold("1s"), urls(paths));

        assertTrue(report.wallTime().compareTo(Duration.ofSeconds(2)) >= 0, "the second request waited its turn");
        assertEquals(2, report.count(Verdict.OK), "the wait was counted as the link's time: " + report.results());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aLongIntervalEndsWithNotCheckedLinksAtMaxTotalTime(Mode mode) {
        List<String> paths = List.of("/ok/deadline-1-" + mode, "/ok/deadline-2-" + mode, "/ok/deadline-3-" + mode);

        CheckReport report = run(builder(mode).hostRequestIntervals("1h", null).maxTotalTime("1s"), urls(paths));

        assertEquals(1, report.count(Verdict.OK), report.results().toString());
        assertEquals(2, report.count(Verdict.NOT_CHECKED), report.results().toString());
        assertEquals(1, paths.stream().mapToInt(site::requests).sum(), "only the first request was sent");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void eachResultKeepsTheRequestsItSent(Mode mode) {
        String throttled = "/throttled/1/kept-" + mode;
        String hop = "/ok/kept-hop-" + mode;

        CheckReport report = run(
                builder(mode).maxRetryWait("100ms"),
                urls(List.of(throttled, "/status/404?kept-" + mode, "/redirect-with/307?to=" + hop)));

        assertEquals(List.of(429, 200), statuses(report.results().get(0)));
        assertEquals(List.of(false, true), retries(report.results().get(0)));
        assertEquals(List.of(404, 404), statuses(report.results().get(1)), "HEAD, then GET");
        assertEquals(List.of(307, 200), statuses(report.results().get(2)));
        for (CheckResult result : report.results()) {
            for (SentRequest request : result.requests()) {
                assertEquals("127.0.0.1", request.host());
                assertTrue(!request.latency().isNegative(), request.toString());
            }
        }
    }

    private static List<Integer> statuses(CheckResult result) {
        return result.requests().stream().map(SentRequest::status).toList();
    }

    private static List<Boolean> retries(CheckResult result) {
        return result.requests().stream().map(SentRequest::retry).toList();
    }

    /**
     * Exact, with no allowance for a busy machine: the interval counts from the answer to the request before, which
     * the site sent after it saw that request.
     */
    private static void assertGapsAtLeast(Duration interval, List<Long> starts) {
        long least = interval.toNanos();
        for (int i = 1; i < starts.size(); i++) {
            long gap = starts.get(i) - starts.get(i - 1);
            assertTrue(
                    gap >= least,
                    "request " + (i + 1) + " started " + TimeUnit.NANOSECONDS.toMillis(gap)
                            + " ms after the one before; all starts: "
                            + starts.stream()
                                    .map(start -> TimeUnit.NANOSECONDS.toMillis(start - starts.get(0)))
                                    .toList());
        }
    }

    /** The arrival times of every request to these paths since {@code since}, in order. */
    private static List<Long> startsSince(long since, String... paths) {
        List<Long> starts = new ArrayList<>();
        for (String path : paths) {
            site.requestStarts(path).stream().filter(start -> start >= since).forEach(starts::add);
        }
        Collections.sort(starts);
        return starts;
    }

    /** Settings as users get them, but for a backoff of milliseconds before a retry. */
    private static CheckSettings.Builder builder(Mode mode) {
        return CheckSettings.builder().mode(mode.name()).retryBackoff(Duration.ofMillis(1));
    }

    private static List<String> urls(List<String> paths) {
        return paths.stream().map(site::url).toList();
    }

    private static CheckReport run(CheckSettings.Builder settings, List<String> urls) {
        return assertTimeoutPreemptively(
                HANG_GUARD, () -> LinkCheckRun.run(settings.build(), LinkTargets.fromList("urls", urls)));
    }
}
