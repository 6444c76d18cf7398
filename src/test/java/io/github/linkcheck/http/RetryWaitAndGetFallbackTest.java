package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the README promises of retries and of HEAD, proven through a real local site in every mode: the wait a
 * {@code Retry-After} asks for is kept, up to {@code maxRetryWait}; waits between retries are no part of a
 * link's time; any HEAD answer that is not OK is asked again with GET.
 */
class RetryWaitAndGetFallbackTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void theWaitARetryAfterAsksForIsKept(Mode mode) {
        // Backoff alone would retry after milliseconds and get a 200; the server asks for an hour.
        String path = "/throttled/3600/kept-" + mode;

        CheckResult result = checkOne(builder(mode).maxTotalTime("2s"), path);

        assertEquals(Verdict.NOT_CHECKED, result.verdict(), result.describe());
        assertEquals(1, site.requests(path), "retried before the hour the server asked for");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void maxRetryWaitCutsALongerRetryAfterShort(Mode mode) {
        String path = "/throttled/3600/capped-" + mode;

        // maxTotalTime only turns a wait that was not cut into a verdict instead of a hang.
        CheckResult result = checkOne(builder(mode).maxRetryWait("100ms").maxTotalTime("20s"), path);

        assertEquals(Verdict.OK, result.verdict(), result.describe());
        assertEquals(2, result.attempts());
        assertEquals(2, site.requests(path));
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void waitsBetweenRetriesAreNoPartOfALinksTime(Mode mode) {
        String path = "/throttled/6/not-slow-" + mode;

        CheckReport report = run(builder(mode).slowThreshold("5s"), List.of(path));

        CheckResult result = report.results().get(0);
        assertTrue(report.wallTime().compareTo(Duration.ofSeconds(6)) >= 0, "the 6 s the server asked for were waited");
        assertEquals(2, result.attempts());
        assertEquals(Verdict.OK, result.verdict(), "the wait was counted as the link's time: " + result.describe());
        assertFalse(result.elapsed().isNegative(), "more than the wait was taken out: " + result.describe());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void anyHeadAnswerThatIsNotOkIsAskedAgainWithGet(Mode mode) {
        List<String> paths = Stream.of(403, 404, 410, 500)
                .map(code -> "/head-status/" + code + "/" + mode)
                .toList();

        CheckReport report = run(builder(mode), paths);

        assertEquals(paths.size(), report.count(Verdict.OK), "judged by the GET, which works");
        for (String path : paths) {
            assertEquals(1, site.requests("HEAD", path), path);
            assertEquals(1, site.requests("GET", path), path);
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aHeadThatWorksIsNotRepeatedWithGet(Mode mode) {
        String path = "/ok/head-only-" + mode;

        assertEquals(Verdict.OK, checkOne(builder(mode), path).verdict());

        assertEquals(1, site.requests("HEAD", path));
        assertEquals(0, site.requests("GET", path));
    }

    /** Settings as users get them, but for a backoff of milliseconds, so that only a kept Retry-After waits long. */
    private static CheckSettings.Builder builder(Mode mode) {
        return CheckSettings.builder().mode(mode.name()).retryBackoff(Duration.ofMillis(20));
    }

    private static CheckResult checkOne(CheckSettings.Builder settings, String path) {
        return run(settings, List.of(path)).results().get(0);
    }

    private static CheckReport run(CheckSettings.Builder settings, List<String> paths) {
        List<String> urls = paths.stream().map(site::url).toList();
        return assertTimeoutPreemptively(
                HANG_GUARD, () -> LinkCheckRun.run(settings.build(), LinkTargets.fromList("urls", urls)));
    }
}
