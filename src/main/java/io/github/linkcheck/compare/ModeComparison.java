package io.github.linkcheck.compare;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Verdict;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * Checks the same links in every mode the running Java has, one mode after another, and measures each run:
 * what the plugin exists to answer for a user's own links. The order of the modes alternates between rounds,
 * so that no mode always runs first (cold) or last (warm).
 */
public final class ModeComparison {

    /** The most rounds: each sends every request once more per mode. */
    public static final int MAX_ROUNDS = 20;

    /**
     * One measured run.
     *
     * @param urlsPerSecond URLs requested over HTTP per second of wall time
     * @param latencyP50 the median time of a URL's requests, over the URLs requested over HTTP
     * @param peakThreads the most live platform threads in the JVM during the run
     * @param allocatedBytes heap allocated by the JVM during the run; empty where the JVM cannot say
     * @param peakHeapBytes the most heap in use during the run
     */
    public record Run(
            Mode mode,
            int round,
            Duration wallTime,
            double urlsPerSecond,
            Duration latencyP50,
            Duration latencyP95,
            Duration latencyMax,
            int peakThreads,
            OptionalLong allocatedBytes,
            long peakHeapBytes,
            Map<Verdict, Long> verdicts) {}

    /** A link whose verdict was not the same in every run: the server's answer changed, not the mode. */
    public record Flaky(String url, Map<String, Verdict> verdictByRun) {}

    /** Every run, in the order they ran, and the links whose verdicts differed. */
    public record Result(List<Run> runs, List<Flaky> flaky) {

        /** The mode with the lowest median wall time over its rounds (the mean of the middle two for an even count). */
        public Mode fastest() {
            Map<Mode, List<Duration>> times = new EnumMap<>(Mode.class);
            runs.forEach(run ->
                    times.computeIfAbsent(run.mode(), mode -> new ArrayList<>()).add(run.wallTime()));
            return times.entrySet().stream()
                    .min(Comparator.comparing(entry -> median(entry.getValue())))
                    .orElseThrow()
                    .getKey();
        }
    }

    /** A run of the check, as the caller has it done: the same path as the check goal. */
    @FunctionalInterface
    public interface Checker {
        CheckReport check(CheckSettings settings, List<LinkTarget> targets) throws InterruptedException;
    }

    private ModeComparison() {}

    /** The modes the running Java has. */
    public static List<Mode> modes() {
        return Arrays.stream(Mode.values()).filter(Mode::isAvailable).toList();
    }

    /**
     * Runs the links in every available mode, {@code rounds} times.
     *
     * @param progress told as each run starts, for example {@code round 1 of 2: threads}
     */
    public static Result compare(
            CheckSettings settings, List<LinkTarget> targets, int rounds, Checker checker, Consumer<String> progress)
            throws InterruptedException {
        ResourceMeter meter = new ResourceMeter();
        List<Run> runs = new ArrayList<>();
        Map<String, Map<String, Verdict>> verdicts = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            List<Mode> order = new ArrayList<>(modes());
            if (round % 2 == 0) {
                Collections.reverse(order);
            }
            for (Mode mode : order) {
                progress.accept("round " + round + " of " + rounds + ": " + mode.userName());
                meter.start();
                CheckReport report = checker.check(settings.withMode(mode), targets);
                ResourceMeter.Usage usage = meter.stop();
                runs.add(measure(mode, round, report, usage));
                String runName = mode.userName() + (rounds > 1 ? " #" + round : "");
                for (CheckResult result : report.results()) {
                    if (result.verdict() == Verdict.NOT_CHECKED) {
                        // Cut off by maxTotalTime: no verdict to differ.
                        continue;
                    }
                    verdicts.computeIfAbsent(result.target().url(), url -> new LinkedHashMap<>())
                            .put(runName, result.verdict());
                }
            }
        }
        List<Flaky> flaky = new ArrayList<>();
        verdicts.forEach((url, byRun) -> {
            if (byRun.values().stream().distinct().count() > 1) {
                flaky.add(new Flaky(url, byRun));
            }
        });
        return new Result(runs, flaky);
    }

    private static Run measure(Mode mode, int round, CheckReport report, ResourceMeter.Usage usage) {
        // Only what went over HTTP: links to local files take microseconds and would flatter every mode.
        List<CheckResult> requested = report.results().stream()
                .filter(result -> result.attempts() > 0 && result.target().localFile() == null)
                .toList();
        List<Duration> latencies =
                requested.stream().map(CheckResult::elapsed).sorted().toList();
        Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, report.count(verdict));
        }
        double seconds = Math.max(report.wallTime().toNanos(), 1) / 1e9;
        return new Run(
                mode,
                round,
                report.wallTime(),
                requested.size() / seconds,
                percentile(latencies, 50),
                percentile(latencies, 95),
                latencies.isEmpty() ? Duration.ZERO : latencies.get(latencies.size() - 1),
                usage.peakThreads(),
                usage.allocatedBytes(),
                usage.peakHeapBytes(),
                counts);
    }

    /** The nearest-rank percentile of sorted durations; zero for none. */
    static Duration percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    static Duration median(List<Duration> durations) {
        List<Duration> sorted = durations.stream().sorted().toList();
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return sorted.get(middle);
        }
        return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
    }
}
