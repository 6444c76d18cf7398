package io.github.linkcheck.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How a run checks its URLs. Built from user input through {@link #of}, which rejects what cannot work
 * before any network traffic.
 *
 * @param mode how checks are scheduled
 * @param concurrency the most requests in flight at once, over all hosts
 * @param timeout the bound on one request: connect, TLS handshake and response headers
 * @param slowThreshold a URL that takes longer than this is slow; empty for no threshold
 * @param maxRedirects the most redirects followed for one URL
 * @param userAgent the {@code User-Agent} header sent with every request
 */
public record CheckSettings(
        Mode mode,
        int concurrency,
        Duration timeout,
        Optional<Duration> slowThreshold,
        int maxRedirects,
        String userAgent) {

    /** The most concurrency accepted: beyond it a run spends more on bookkeeping than it saves in waiting. */
    public static final int MAX_CONCURRENCY = 10_000;

    public static final int DEFAULT_MAX_REDIRECTS = 10;

    public CheckSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(slowThreshold, "slowThreshold");
        Objects.requireNonNull(userAgent, "userAgent");
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new InvalidSettingException("concurrency", Integer.toString(concurrency), concurrencyRange());
        }
    }

    /**
     * Validates settings as users write them.
     *
     * @param slowThreshold blank or {@code null} for no threshold
     * @throws InvalidSettingException naming the first setting that is not valid
     */
    public static CheckSettings of(String mode, String concurrency, String timeout, String slowThreshold) {
        Mode parsedMode = Mode.parse("mode", mode);
        int parsedConcurrency = parseConcurrency(concurrency);
        Duration parsedTimeout = Durations.parsePositive("timeout", timeout);
        Optional<Duration> parsedSlowThreshold = slowThreshold == null || slowThreshold.isBlank()
                ? Optional.empty()
                : Optional.of(Durations.parsePositive("slowThreshold", slowThreshold));
        return new CheckSettings(
                parsedMode,
                parsedConcurrency,
                parsedTimeout,
                parsedSlowThreshold,
                DEFAULT_MAX_REDIRECTS,
                ProductInfo.userAgent());
    }

    private static int parseConcurrency(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidSettingException("concurrency", value, concurrencyRange());
        }
    }

    private static String concurrencyRange() {
        return "expected a whole number from 1 to " + MAX_CONCURRENCY;
    }
}
