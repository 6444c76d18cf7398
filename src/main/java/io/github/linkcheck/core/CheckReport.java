package io.github.linkcheck.core;

import java.time.Duration;
import java.util.List;

/**
 * The results of one run, in the order the URLs were given.
 *
 * @param settings what the run was configured with
 * @param results one result per distinct URL
 * @param wallTime from the first request to the last result
 */
public record CheckReport(CheckSettings settings, List<CheckResult> results, Duration wallTime) {

    public CheckReport {
        results = List.copyOf(results);
    }

    public List<CheckResult> withVerdict(Verdict verdict) {
        return results.stream().filter(result -> result.verdict() == verdict).toList();
    }

    public long count(Verdict verdict) {
        return results.stream().filter(result -> result.verdict() == verdict).count();
    }

    /** A result in one line: its URL, then {@link #describeOutcome}. */
    public String describe(CheckResult result) {
        return HttpUrls.redact(result.target().url()) + " -> " + describeOutcome(result);
    }

    /**
     * What became of a result's URL, and for a slow one by how much, for example
     * {@code 200 OK (4.1 s), slower than 3.0 s}.
     */
    public String describeOutcome(CheckResult result) {
        if (result.verdict() != Verdict.SLOW || settings.slowThreshold().isEmpty()) {
            return result.describeOutcome();
        }
        return result.describeOutcome() + ", slower than " + Durations.format(settings.slowThreshold().get());
    }
}
