package io.github.linkcheck.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.http.LinkCheckRun;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

class ModeComparisonTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @Test
    void measuresEveryModeInEveryRoundAlternatingTheOrderAndFindsFlakyLinks() throws Exception {
        try (TestSite site = TestSite.start()) {
            List<String> urls = new ArrayList<>();
            IntStream.range(0, 30).forEach(i -> urls.add(site.url("/slow/20/compare-" + i)));
            urls.add(site.url("/status/404"));
            // 503 to the first request only: broken in the first run, OK in every later one.
            urls.add(site.url("/flaky/1/compare"));
            List<LinkTarget> targets = LinkTargets.fromList("urls", urls);
            CheckSettings settings =
                    CheckSettings.builder().concurrency("8").retries("0").build();
            List<String> steps = new ArrayList<>();

            ModeComparison.Result result = assertTimeoutPreemptively(
                    HANG_GUARD, () -> ModeComparison.compare(settings, targets, 2, LinkCheckRun::run, steps::add));

            List<Mode> modes = ModeComparison.modes();
            assertEquals(2 * modes.size(), result.runs().size());
            List<Mode> reversed = new ArrayList<>(modes);
            java.util.Collections.reverse(reversed);
            assertEquals(
                    modes,
                    result.runs().subList(0, modes.size()).stream()
                            .map(ModeComparison.Run::mode)
                            .toList());
            assertEquals(
                    reversed,
                    result.runs().subList(modes.size(), 2 * modes.size()).stream()
                            .map(ModeComparison.Run::mode)
                            .toList());
            assertEquals("round 1 of 2: " + modes.get(0).userName(), steps.get(0));
            for (ModeComparison.Run run : result.runs()) {
                assertEquals(
                        32,
                        run.verdicts().values().stream()
                                .mapToLong(Long::longValue)
                                .sum());
                assertTrue(run.verdicts().get(Verdict.BROKEN) >= 1, run.toString());
                assertTrue(run.latencyP50().compareTo(Duration.ofMillis(20)) >= 0, run.toString());
                assertTrue(run.latencyMax().compareTo(run.latencyP95()) >= 0, run.toString());
                assertTrue(run.peakThreads() > 0 && run.peakHeapBytes() > 0, run.toString());
                assertTrue(run.allocatedBytes().orElseThrow() > 0, "HotSpot counts allocation: " + run);
            }
            assertEquals(1, result.flaky().size());
            ModeComparison.Flaky flaky = result.flaky().get(0);
            assertEquals(site.url("/flaky/1/compare"), flaky.url());
            assertEquals(Verdict.BROKEN, flaky.verdictByRun().get(modes.get(0).userName() + " #1"));
            assertEquals(Verdict.OK, flaky.verdictByRun().get(modes.get(0).userName() + " #2"));
            assertTrue(modes.contains(result.fastest()));
        }
    }

    @Test
    void percentilesAreNearestRank() {
        List<Duration> sorted =
                IntStream.rangeClosed(1, 20).mapToObj(Duration::ofMillis).toList();
        assertEquals(Duration.ofMillis(10), ModeComparison.percentile(sorted, 50));
        assertEquals(Duration.ofMillis(19), ModeComparison.percentile(sorted, 95));
        assertEquals(Duration.ofMillis(1), ModeComparison.percentile(List.of(Duration.ofMillis(1)), 95));
        assertEquals(Duration.ZERO, ModeComparison.percentile(List.of(), 50));
    }

    @Test
    void theFastestModeIsTheOneWithTheLowestMedianNotTheLuckiestRound() {
        ModeComparison.Result result = new ModeComparison.Result(
                List.of(
                        run(Mode.THREADS, 1, 1_000), run(Mode.ASYNC, 1, 2_000),
                        run(Mode.ASYNC, 2, 1_500), run(Mode.THREADS, 2, 3_000)),
                List.of());

        assertEquals(
                Duration.ofMillis(2_000),
                ModeComparison.median(List.of(Duration.ofMillis(3_000), Duration.ofMillis(1_000))));
        assertEquals(
                Mode.ASYNC, result.fastest(), "async 1.75 s against threads 2.0 s, though threads had the best round");
    }

    private static ModeComparison.Run run(Mode mode, int round, long wallMillis) {
        return new ModeComparison.Run(
                mode,
                round,
                Duration.ofMillis(wallMillis),
                1.0,
                Duration.ZERO,
                Duration.ZERO,
                Duration.ZERO,
                1,
                java.util.OptionalLong.empty(),
                0,
                java.util.Map.of());
    }
}
