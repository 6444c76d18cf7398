package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** No URL and no include/exclude pattern can hold a run past its bounds, in any mode. */
class BoundedRunTest {

    /** Far above a bounded run here (seconds); an unbounded one takes minutes, or never ends. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(45);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aHugeUrlIsBrokenBeforeAnyPatternReadsIt(Mode mode) {
        String huge = site.url("/ok/" + "a".repeat(100_000));
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .maxTotalTime("2s")
                .excludes(List.of(".*linkedin\\.com.*"))
                .build();

        CheckReport report = run(settings, List.of(huge, site.url("/ok/beside-a-huge-url")));

        CheckResult tooLong = report.results().get(0);
        assertEquals(Verdict.BROKEN, tooLong.verdict());
        assertTrue(
                tooLong.describe()
                        .contains(" -> invalid URL: too long (" + huge.length() + " characters; the limit is 8192)"),
                tooLong.describe());
        assertTrue(tooLong.target().url().length() < 300, "reports show the start of the URL only");
        assertEquals(Verdict.OK, report.results().get(1).verdict());
        assertEquals(0, site.requests(huge.substring(site.baseUrl().length())));
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void maxTotalTimeEndsAPatternThatWouldNeverFinish(Mode mode) {
        // Nested quantifiers backtrack exponentially over the a's: without a bound this match never ends.
        String endless = site.url("/ok/" + "a".repeat(40) + "!");
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .maxTotalTime("1s")
                .excludes(List.of("/((a|aa)\\2?)+$"))
                .build();

        CheckReport report = run(settings, List.of(endless, site.url("/ok/after-an-endless-pattern")));

        assertEquals(
                List.of(Verdict.NOT_CHECKED, Verdict.NOT_CHECKED),
                report.results().stream().map(CheckResult::verdict).toList());
        assertEquals("maxTotalTime of 1.0 s reached", report.results().get(0).describeOutcome());
    }

    private static CheckReport run(CheckSettings settings, List<String> urls) {
        return assertTimeoutPreemptively(
                HANG_GUARD, () -> LinkCheckRun.run(settings, LinkTargets.fromList("urls", urls)));
    }
}
