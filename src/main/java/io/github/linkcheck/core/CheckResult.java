package io.github.linkcheck.core;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking one URL.
 *
 * @param target the URL and where it came from
 * @param verdict the judgement
 * @param outcome the final status, or the failure
 * @param elapsed the time spent on requests, over every redirect and attempt, not counting waits between
 *     retries
 * @param finalUri where the URL led after redirects; {@code null} when it was not redirected
 * @param attempts how many times the URL was tried: 1, plus one per retry; 0 when it was not requested
 */
public record CheckResult(
        LinkTarget target, Verdict verdict, Outcome outcome, Duration elapsed, URI finalUri, int attempts) {

    public CheckResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(elapsed, "elapsed");
    }

    public Optional<URI> redirectedTo() {
        return Optional.ofNullable(finalUri);
    }

    /** One line for people: the outcome, the time, and where it led when redirected. */
    public String describe() {
        StringBuilder line = new StringBuilder(HttpUrls.redact(target.url())).append(" -> ").append(outcome.describe());
        line.append(" (").append(Durations.format(elapsed));
        if (attempts > 1) {
            line.append(", ").append(attempts).append(" attempts");
        }
        line.append(')');
        redirectedTo().ifPresent(uri -> line.append(", redirected to ").append(uri));
        return line.toString();
    }
}
