package io.github.linkcheck.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The results of one run, in the order the URLs were given.
 *
 * @param settings what the run was configured with
 * @param results one result per distinct URL
 * @param wallTime from the first request to the last result
 */
public record CheckReport(CheckSettings settings, List<CheckResult> results, Duration wallTime) {

    /** Checks a batch of links, as one run. */
    @FunctionalInterface
    public interface BatchCheck {
        CheckReport check(List<LinkTarget> targets) throws InterruptedException;
    }

    public CheckReport {
        results = List.copyOf(results);
    }

    /**
     * Each target {@code answer} has a result for, answered so; the rest checked by {@code rest} in one batch,
     * or not at all when none is left, so that no HTTP client need be set up. Every result in the targets'
     * order, with the batch's wall time.
     */
    public static CheckReport answeredOrChecked(
            CheckSettings settings,
            List<LinkTarget> targets,
            Function<LinkTarget, Optional<CheckResult>> answer,
            BatchCheck rest)
            throws InterruptedException {
        CheckResult[] results = new CheckResult[targets.size()];
        List<LinkTarget> unanswered = new ArrayList<>();
        List<Integer> unansweredIndex = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            Optional<CheckResult> answered = answer.apply(targets.get(i));
            if (answered.isPresent()) {
                results[i] = answered.get();
            } else {
                unanswered.add(targets.get(i));
                unansweredIndex.add(i);
            }
        }
        CheckReport checked =
                unanswered.isEmpty() ? new CheckReport(settings, List.of(), Duration.ZERO) : rest.check(unanswered);
        for (int j = 0; j < unanswered.size(); j++) {
            results[unansweredIndex.get(j)] = checked.results().get(j);
        }
        return new CheckReport(settings, List.of(results), checked.wallTime());
    }

    public List<CheckResult> withVerdict(Verdict verdict) {
        return results.stream().filter(result -> result.verdict() == verdict).toList();
    }

    public long count(Verdict verdict) {
        return results.stream().filter(result -> result.verdict() == verdict).count();
    }

    /** A result in one line: its URL (and the URL checked instead, when remapped), then {@link #describeOutcome}. */
    public String describe(CheckResult result) {
        return result.target().describeUrl() + " -> " + describeOutcome(result);
    }

    /**
     * What became of a result's URL, for a slow one by how much, and the {@code ignores} entry that matches it, for
     * example {@code 200 OK (4.1 s), slower than 3.0 s} or
     * {@code 404 Not Found (12 ms); ignored: moved to the archive (until 2027-01-31)}; a broken URL's archived
     * copy, when one was looked up, as {@code 404 Not Found (12 ms); archived copy: http://web.archive.org/...
     * (2013-09-19)}; an insecure URL's https form as {@code 200 OK (12 ms); use https: https://example.org/}.
     */
    public String describeOutcome(CheckResult result) {
        String outcome = result.describeOutcome();
        if (result.verdict() == Verdict.SLOW && settings.slowThreshold().isPresent()) {
            outcome +=
                    ", slower than " + Durations.format(settings.slowThreshold().get());
        }
        if (result.archived() != null) {
            outcome += "; " + result.archived().describe();
        }
        Optional<String> httpsUrl = result.httpsUrl();
        if (httpsUrl.isPresent()) {
            outcome += "; use https: " + HttpUrls.redact(httpsUrl.get());
        }
        return result.ignore() == null
                ? outcome
                : outcome + "; " + result.ignore().describe();
    }
}
