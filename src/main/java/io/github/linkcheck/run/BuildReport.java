package io.github.linkcheck.run;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The results of every module of a build as one report: a link found in several modules is one result with
 * every module's places, as it was one request. Judged by the first module's settings and policy, which a
 * build that declares the plugin once gives every module.
 *
 * @param modules the modules, in the order they finished checking; none named when there is only one
 */
record BuildReport(CheckReport report, FailurePolicy policy, List<String> modules) {

    static BuildReport of(List<ReactorState.ModuleReport> checked) {
        Map<ResultKey, List<CheckResult>> byLink = new LinkedHashMap<>();
        for (ReactorState.ModuleReport module : checked) {
            for (CheckResult result : module.report().results()) {
                byLink.computeIfAbsent(ResultKey.of(result), key -> new ArrayList<>()).add(result);
            }
        }
        List<CheckResult> merged = byLink.values().stream().map(BuildReport::merged).toList();
        ReactorState.ModuleReport first = checked.get(0);
        CheckReport report = new CheckReport(first.report().settings(), merged, checkingTime(checked));
        List<String> modules = checked.size() == 1 ? List.of() : checked.stream().map(ReactorState.ModuleReport::module).toList();
        return new BuildReport(report, first.policy(), modules);
    }

    /**
     * What identifies a link across modules: modules judging alike give a URL the same verdict, and a local
     * file's URL is its path from the reactor root, so its links from different modules meet too.
     */
    private record ResultKey(String url, boolean localFile, Verdict verdict) {
        static ResultKey of(CheckResult result) {
            return new ResultKey(result.target().url(), result.target().localFile() != null, result.verdict());
        }
    }

    /** The first module's result, with every module's places. */
    private static CheckResult merged(List<CheckResult> results) {
        CheckResult first = results.get(0);
        if (results.size() == 1) {
            return first;
        }
        Set<Origin> origins = new LinkedHashSet<>();
        results.forEach(result -> origins.addAll(result.target().origins()));
        LinkTarget target = new LinkTarget(first.target().url(), List.copyOf(origins), first.target().localFile());
        return new CheckResult(target, first.verdict(), first.outcome(), first.elapsed(), first.finalUri(),
                first.movedTo(), first.attempts(), first.cachedAt());
    }

    /**
     * How long the build spent checking: the time covered by at least one module's check, so that modules
     * checking at once (under {@code -T}) are not counted twice.
     */
    private static Duration checkingTime(List<ReactorState.ModuleReport> checked) {
        List<Instant[]> spans = new ArrayList<>();
        for (ReactorState.ModuleReport module : checked) {
            Instant end = Objects.requireNonNull(module.finishedAt(), "finishedAt");
            spans.add(new Instant[] {end.minus(module.report().wallTime()), end});
        }
        spans.sort(Comparator.comparing(span -> span[0]));
        Duration covered = Duration.ZERO;
        Instant coveredUntil = Instant.MIN;
        for (Instant[] span : spans) {
            Instant start = span[0].isAfter(coveredUntil) ? span[0] : coveredUntil;
            if (span[1].isAfter(start)) {
                covered = covered.plus(Duration.between(start, span[1]));
                coveredUntil = span[1];
            }
        }
        return covered;
    }
}
