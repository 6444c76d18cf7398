package io.github.linkcheck.run;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.FailurePolicy;
import io.github.linkcheck.core.IgnoreMatch;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.SentRequest;
import io.github.linkcheck.core.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The results of every module of a build as one report: a link found in several modules is one result with
 * every module's places, as it was one request, and a module that ran out of time before it was told the
 * result adds only its places. Reported with the first module's settings and policy, which a build that
 * declares the plugin once gives every module.
 *
 * @param modules the modules, in Maven's build order
 */
record BuildReport(CheckReport report, FailurePolicy policy, List<String> modules) {

    static BuildReport of(List<ReactorState.ModuleReport> checked) {
        Map<LinkKey, Map<Judgement, List<CheckResult>>> byLink = new LinkedHashMap<>();
        for (ReactorState.ModuleReport module : checked) {
            for (CheckResult result : module.report().results()) {
                byLink.computeIfAbsent(LinkKey.of(result), key -> new LinkedHashMap<>())
                        .computeIfAbsent(Judgement.of(result), judgement -> new ArrayList<>())
                        .add(result);
            }
        }
        List<CheckResult> merged = new ArrayList<>();
        for (Map<Judgement, List<CheckResult>> byVerdict : byLink.values()) {
            List<CheckResult> notChecked = byVerdict.remove(Judgement.NOT_CHECKED);
            if (notChecked != null && byVerdict.isEmpty()) {
                byVerdict.put(Judgement.NOT_CHECKED, notChecked);
            } else if (notChecked != null) {
                // A module whose maxTotalTime ran out did not see the result the build had for the link.
                byVerdict.values().iterator().next().addAll(notChecked);
            }
            byVerdict.values().forEach(results -> merged.add(merged(results)));
        }
        ReactorState.ModuleReport first = checked.get(0);
        CheckReport report = new CheckReport(first.report().settings(), merged, checkingTime(checked));
        return new BuildReport(
                report,
                first.policy(),
                checked.stream().map(ReactorState.ModuleReport::module).toList());
    }

    /**
     * What identifies a link across modules: a local file's URL is its path from the reactor root, so its links
     * from different modules meet too. Its results are one per verdict: modules configured differently may
     * judge a link differently, and each judgement is reported.
     */
    private record LinkKey(String url, boolean localFile) {
        static LinkKey of(CheckResult result) {
            return new LinkKey(result.target().url(), result.target().localFile() != null);
        }
    }

    /**
     * How a module judged a link: its verdict, and the {@code ignores} entry that matched it, since each module
     * applies its own entries, so that a link ignored in one module and failing in another is reported both ways.
     * An entry is told by what reports show of it, so that modules that inherit it from one POM or read one file
     * meet in one result.
     */
    private record Judgement(Verdict verdict, String ignore) {
        static final Judgement NOT_CHECKED = new Judgement(Verdict.NOT_CHECKED, null);

        static Judgement of(CheckResult result) {
            IgnoreMatch match = result.ignore();
            return new Judgement(
                    result.verdict(), match == null ? null : match.entry().describe() + " " + match.describe());
        }
    }

    /**
     * The first result, with the places of them all, and the requests of them all: the same requests when the
     * modules shared the check, each counted once, and the requests of each when they checked apart.
     */
    private static CheckResult merged(List<CheckResult> results) {
        CheckResult first = results.get(0);
        if (results.size() == 1) {
            return first;
        }
        Set<Origin> origins = new LinkedHashSet<>();
        results.forEach(result -> origins.addAll(result.target().origins()));
        LinkTarget target = new LinkTarget(
                first.target().url(),
                List.copyOf(origins),
                first.target().localFile(),
                first.target().checkedAs());
        Set<SentRequest> requests = Collections.newSetFromMap(new IdentityHashMap<>());
        List<SentRequest> sent = new ArrayList<>();
        results.forEach(
                result -> result.requests().stream().filter(requests::add).forEach(sent::add));
        return first.withTarget(target).withRequests(sent);
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
