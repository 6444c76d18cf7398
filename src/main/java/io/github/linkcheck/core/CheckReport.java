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
}
