package io.github.linkcheck.core;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of checking one URL.
 *
 * @param target the URL and where it came from
 * @param verdict the judgement
 * @param outcome the final status, or the failure
 * @param elapsed the time spent on requests, over every redirect and attempt, not counting waits between
 *     retries nor for a host's {@code hostRequestInterval}
 * @param finalUri where the URL led after redirects; {@code null} when it was not redirected
 * @param movedTo where the URL has moved for good, when its first redirects are permanent (301, 308):
 *     the link to write instead; {@code null} otherwise
 * @param attempts how many times the URL was tried: 1, plus one per retry; 0 when it was not requested
 * @param cachedAt when an earlier run checked the URL, for a result taken from the cache; {@code null} for a
 *     result of this run
 * @param requests the requests this run sent for the URL, in the order sent; empty for a result that sent none,
 *     such as a cached one
 * @param ignore the {@code ignores} entry that matches this failure, applied after the check, so that caches and
 *     the checks a build shares keep the result as checked; {@code null} when none does
 * @param archived a web archive's copy of the broken URL, looked up after the check when asked for;
 *     {@code null} otherwise
 */
public record CheckResult(
        LinkTarget target,
        Verdict verdict,
        Outcome outcome,
        Duration elapsed,
        URI finalUri,
        URI movedTo,
        int attempts,
        Instant cachedAt,
        List<SentRequest> requests,
        IgnoreMatch ignore,
        ArchivedCopy archived) {

    public CheckResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(elapsed, "elapsed");
        requests = List.copyOf(requests);
    }

    /** A result as checked, with the requests it sent: no {@code ignores} entry applied, no archived copy. */
    public CheckResult(
            LinkTarget target,
            Verdict verdict,
            Outcome outcome,
            Duration elapsed,
            URI finalUri,
            URI movedTo,
            int attempts,
            Instant cachedAt,
            List<SentRequest> requests) {
        this(target, verdict, outcome, elapsed, finalUri, movedTo, attempts, cachedAt, requests, null, null);
    }

    /** A result whose requests are not known (one that sent none, or made for a test), with no entry applied. */
    public CheckResult(
            LinkTarget target,
            Verdict verdict,
            Outcome outcome,
            Duration elapsed,
            URI finalUri,
            URI movedTo,
            int attempts,
            Instant cachedAt) {
        this(target, verdict, outcome, elapsed, finalUri, movedTo, attempts, cachedAt, List.of(), null, null);
    }

    /** The result of a URL that was not requested: invalid, excluded, or not reached in time. */
    public static CheckResult notRequested(LinkTarget target, Verdict verdict, Outcome outcome) {
        return new CheckResult(target, verdict, outcome, Duration.ZERO, null, null, 0, null);
    }

    /**
     * The same result for another target with the same URL: what a check found holds for every place that links
     * to it.
     */
    public CheckResult withTarget(LinkTarget other) {
        return new CheckResult(
                other, verdict, outcome, elapsed, finalUri, movedTo, attempts, cachedAt, requests, ignore, archived);
    }

    /** The same result with other requests: those of every module that shared its check, each once. */
    public CheckResult withRequests(List<SentRequest> sent) {
        return new CheckResult(
                target, verdict, outcome, elapsed, finalUri, movedTo, attempts, cachedAt, sent, ignore, archived);
    }

    /** The same result with an {@code ignores} entry that matches it. */
    public CheckResult withIgnore(IgnoreMatch match) {
        return new CheckResult(
                target, verdict, outcome, elapsed, finalUri, movedTo, attempts, cachedAt, requests, match, archived);
    }

    /** The same result with a web archive's copy of its URL. */
    public CheckResult withArchived(ArchivedCopy copy) {
        return new CheckResult(
                target, verdict, outcome, elapsed, finalUri, movedTo, attempts, cachedAt, requests, ignore, copy);
    }

    /** Whether an {@code ignores} entry that holds today excuses this result: it fails nothing. */
    public boolean isIgnored() {
        return ignore != null && !ignore.expired();
    }

    /** The expired {@code ignores} entry that no longer excuses this result, if one matches it. */
    public Optional<IgnoreEntry> expiredIgnore() {
        return ignore != null && ignore.expired() ? Optional.of(ignore.entry()) : Optional.empty();
    }

    public boolean isCached() {
        return cachedAt != null;
    }

    /**
     * Whether this run sent requests for the URL, so that a time and attempts mean something: not for a link
     * looked for on disk, nor for one left out, skipped, found invalid or taken from the cache.
     */
    public boolean wasRequested() {
        return attempts > 0 && target.localFile() == null && !isCached();
    }

    /**
     * The URL to write instead of an {@linkplain Verdict#INSECURE insecure} one: its https form, as written otherwise
     * (user info and {@code #fragment} kept); empty for any other verdict.
     */
    public Optional<String> httpsUrl() {
        return verdict == Verdict.INSECURE ? HttpsUpgrade.httpsForm(target.url()) : Optional.empty();
    }

    /**
     * The link to write instead of a moved one: {@link #movedTo} with the link's {@code #fragment}, as
     * {@code linkcheck:fix} writes it; {@code null} when the URL has not moved.
     */
    public String movedLink() {
        return movedTo == null ? null : HttpUrls.keepingFragment(movedTo.toString(), target.url());
    }

    public Optional<URI> redirectedTo() {
        return Optional.ofNullable(finalUri);
    }

    /** One line for people: the URL, then {@link #describeOutcome()}. */
    public String describe() {
        return target.describeUrl() + " -> " + describeOutcome();
    }

    /**
     * What became of the URL: the outcome, the time and attempts when {@linkplain #wasRequested requested}, and
     * where it led when redirected, for example {@code 404 Not Found (120 ms, 3 attempts)}.
     */
    public String describeOutcome() {
        StringBuilder line = new StringBuilder(outcome.describe());
        if (isCached()) {
            return line.append(" (cached)").toString();
        }
        if (!wasRequested()) {
            return line.toString();
        }
        line.append(" (").append(Durations.format(elapsed));
        if (attempts > 1) {
            line.append(", ").append(attempts).append(" attempts");
        }
        line.append(')');
        // A redirect to a relative location keeps the URL's user info, and a server may send some: redacted.
        if (movedTo == null) {
            redirectedTo().ifPresent(uri -> line.append(", redirected to ").append(HttpUrls.redact(uri.toString())));
        } else {
            line.append(", moved permanently to ").append(HttpUrls.redact(movedLink()));
            // Where the link led is worth saying only when its later, temporary redirects took it further.
            redirectedTo()
                    .filter(uri -> !uri.equals(movedTo))
                    .ifPresent(uri -> line.append(", then redirected to ").append(HttpUrls.redact(uri.toString())));
        }
        return line.toString();
    }
}
