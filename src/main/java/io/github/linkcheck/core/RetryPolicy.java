package io.github.linkcheck.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which failures are worth another attempt, and how long to wait before it. Transient failures are the
 * ones a server or network recovers from: connection errors, timeouts, and the statuses 429 (throttled),
 * 502, 503 and 504 (a gateway or server briefly unavailable).
 */
public final class RetryPolicy {

    private final int retries;
    private final Duration backoff;
    private final Duration maxWait;

    /**
     * @param retries how many times a URL may be retried in all, over its whole redirect chain
     * @param backoff the wait before the first retry; each further retry waits twice as long, with jitter
     * @param maxWait the longest wait before a retry, whatever the server asks for in {@code Retry-After}
     */
    public RetryPolicy(int retries, Duration backoff, Duration maxWait) {
        this.retries = retries;
        this.backoff = backoff;
        this.maxWait = maxWait;
    }

    public int retries() {
        return retries;
    }

    public boolean isTransient(int statusCode) {
        return statusCode == 429 || statusCode == 502 || statusCode == 503 || statusCode == 504;
    }

    public boolean isTransient(Outcome.Failure failure) {
        return switch (failure.kind()) {
            case CONNECTION_REFUSED, CONNECTION_FAILED, TIMEOUT -> true;
            default -> false;
        };
    }

    /**
     * The wait before retry number {@code retry} (1 for the first): what the server asked for when it
     * did, otherwise exponential backoff with jitter, so that many checks throttled together do not all
     * come back at once. Never longer than {@code maxWait}.
     */
    public Duration delayBefore(int retry, Optional<Duration> retryAfter) {
        Duration wait = retryAfter.orElseGet(() -> {
            Duration exponential = backoff.multipliedBy(1L << Math.min(retry - 1, 20));
            double jitter = 0.5 + ThreadLocalRandom.current().nextDouble() / 2;
            return Duration.ofNanos((long) (exponential.toNanos() * jitter));
        });
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RetryPolicy that
                && retries == that.retries
                && backoff.equals(that.backoff)
                && maxWait.equals(that.maxWait);
    }

    @Override
    public int hashCode() {
        return Objects.hash(retries, backoff, maxWait);
    }
}
