package io.github.linkcheck.core;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a run checks its URLs. Built from user input through {@link #builder()}, which rejects what cannot
 * work before any network traffic.
 *
 * @param mode how checks are scheduled
 * @param concurrency the most requests in flight at once, over all hosts
 * @param timeout the bound on one request: connect, TLS handshake and response headers
 * @param slowThreshold a URL that takes longer than this is slow; empty for no threshold
 * @param maxRedirects the most redirects followed for one URL
 * @param userAgent the {@code User-Agent} header sent with every request
 * @param acceptedStatusCodes the final statuses that mean a link works
 * @param linkFilter which URLs are checked; the others are reported as excluded
 * @param retryPolicy which failures are retried, how often and after what wait
 * @param maxConcurrencyPerHost the most requests in flight at once to any one host
 * @param maxTotalTime the bound on the whole run; URLs unfinished by then are not checked
 * @param headers extra request headers
 * @param proxies the proxies to use, at most one per scheme
 * @param checkFragments whether a link's {@code #fragment} must name an anchor of the page it points to
 * @param unsupportedSchemes whether links of schemes other than http and https are skipped or broken
 * @param hostIntervals the least time between the answer to one request to a host and the start of the next
 * @param remaps the rules that send a URL's requests to another address, applied by {@link Screening}
 * @param checkHttps whether each working http link's https form is tried too ({@link Verdict#INSECURE})
 */
public record CheckSettings(
        Mode mode,
        int concurrency,
        Duration timeout,
        Optional<Duration> slowThreshold,
        int maxRedirects,
        String userAgent,
        StatusCodes acceptedStatusCodes,
        LinkFilter linkFilter,
        RetryPolicy retryPolicy,
        int maxConcurrencyPerHost,
        Optional<Duration> maxTotalTime,
        List<RequestHeader> headers,
        List<ProxyConfig> proxies,
        boolean checkFragments,
        UnsupportedSchemes unsupportedSchemes,
        HostIntervals hostIntervals,
        Remaps remaps,
        boolean checkHttps) {

    /** The most concurrency accepted: beyond it a run spends more on bookkeeping than it saves in waiting. */
    public static final int MAX_CONCURRENCY = 10_000;

    /** The most redirects that may be followed: browsers give up at about 20. */
    public static final int MAX_REDIRECTS = 50;

    /** The most retries accepted: more would only hammer a server that is down. */
    public static final int MAX_RETRIES = 10;

    /**
     * The longest {@code timeout}, {@code slowThreshold} and {@code maxRetryWait}: they bound one request, one link
     * or one wait, and no server that answers at all takes an hour; longer, a hung server only holds the build.
     */
    public static final Duration MAX_PER_LINK_DURATION = Duration.ofHours(1);

    /** The longest {@code maxTotalTime}: longer than any CI job is allowed to run. */
    public static final Duration MAX_TOTAL_TIME = Duration.ofDays(7);

    /**
     * The longest {@code cacheMaxAge}: a link that worked a year ago says little about today, and dates much
     * further away overflow the clock's arithmetic.
     */
    public static final Duration MAX_CACHE_AGE = Duration.ofDays(365);

    public CheckSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(slowThreshold, "slowThreshold");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(acceptedStatusCodes, "acceptedStatusCodes");
        Objects.requireNonNull(linkFilter, "linkFilter");
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(maxTotalTime, "maxTotalTime");
        Objects.requireNonNull(unsupportedSchemes, "unsupportedSchemes");
        Objects.requireNonNull(hostIntervals, "hostIntervals");
        Objects.requireNonNull(remaps, "remaps");
        headers = List.copyOf(headers);
        proxies = List.copyOf(proxies);
    }

    /** The same settings in another mode. */
    public CheckSettings withMode(Mode other) {
        return new CheckSettings(
                other,
                concurrency,
                timeout,
                slowThreshold,
                maxRedirects,
                userAgent,
                acceptedStatusCodes,
                linkFilter,
                retryPolicy,
                maxConcurrencyPerHost,
                maxTotalTime,
                headers,
                proxies,
                checkFragments,
                unsupportedSchemes,
                hostIntervals,
                remaps,
                checkHttps);
    }

    /**
     * These settings without what a run applies before and around its requests: {@code linkFilter} and
     * {@code remaps} (screening decides what is requested, and at which URL) and {@code maxTotalTime} (each run
     * waits for its own). With {@code checkHttps} on, the remaps stay: the https form of a link is requested through
     * them, in the check itself. Runs whose shapes are
     * equal send the same requests and judge the answers alike, so they can share clients, a politeness budget
     * and results. Every other component takes part, so a setting added later splits runs until shown harmless.
     */
    public CheckSettings requestShape() {
        return new CheckSettings(
                mode,
                concurrency,
                timeout,
                slowThreshold,
                maxRedirects,
                userAgent,
                acceptedStatusCodes,
                LinkFilter.all(),
                retryPolicy,
                maxConcurrencyPerHost,
                Optional.empty(),
                headers,
                proxies,
                checkFragments,
                unsupportedSchemes,
                hostIntervals,
                checkHttps ? remaps : Remaps.NONE,
                checkHttps);
    }

    /** The most common settings, the rest at their defaults. */
    public static CheckSettings of(String mode, String concurrency, String timeout, String slowThreshold) {
        return builder()
                .mode(mode)
                .concurrency(concurrency)
                .timeout(timeout)
                .slowThreshold(slowThreshold)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads settings as users write them. Each method validates its value at once and throws
     * {@link InvalidSettingException} naming the setting, so the first bad setting is the one reported.
     * A {@code null} or blank value keeps the default.
     */
    public static final class Builder {

        private Mode mode = Mode.ASYNC;
        private int concurrency = 32;
        private Duration timeout = Duration.ofSeconds(10);
        private Optional<Duration> slowThreshold = Optional.empty();
        private int maxRedirects = 10;
        private String userAgent = ProductInfo.userAgent();
        private StatusCodes acceptedStatusCodes = StatusCodes.parse("acceptedStatusCodes", StatusCodes.DEFAULT);
        private List<Pattern> includes = List.of();
        private List<Pattern> excludes = List.of();
        private int retries = 2;
        private Duration retryBackoff = Duration.ofSeconds(1);
        private Duration maxRetryWait = Duration.ofSeconds(30);
        private int maxConcurrencyPerHost = 8;
        private Optional<Duration> maxTotalTime = Optional.empty();
        private List<RequestHeader> headers = List.of();
        private List<ProxyConfig> proxies = List.of();
        private boolean checkFragments;
        private UnsupportedSchemes unsupportedSchemes = UnsupportedSchemes.SKIP;
        private HostIntervals hostIntervals = HostIntervals.NONE;
        private Remaps remaps = Remaps.NONE;
        private boolean checkHttps;

        private Builder() {}

        public Builder mode(String value) {
            if (isSet(value)) {
                mode = Mode.parse("mode", value);
            }
            return this;
        }

        public Builder concurrency(String value) {
            if (isSet(value)) {
                concurrency = WholeNumbers.parse("concurrency", value, 1, MAX_CONCURRENCY);
            }
            return this;
        }

        public Builder timeout(String value) {
            if (isSet(value)) {
                timeout = Durations.parse("timeout", value, MAX_PER_LINK_DURATION);
            }
            return this;
        }

        public Builder slowThreshold(String value) {
            if (isSet(value)) {
                slowThreshold = Optional.of(Durations.parse("slowThreshold", value, MAX_PER_LINK_DURATION));
            }
            return this;
        }

        public Builder maxRedirects(String value) {
            if (isSet(value)) {
                maxRedirects = WholeNumbers.parse("maxRedirects", value, 0, MAX_REDIRECTS);
            }
            return this;
        }

        public Builder userAgent(String value) {
            if (isSet(value)) {
                userAgent = value.strip();
            }
            return this;
        }

        public Builder acceptedStatusCodes(String value) {
            if (isSet(value)) {
                acceptedStatusCodes = StatusCodes.parse("acceptedStatusCodes", value);
            }
            return this;
        }

        public Builder includes(List<String> patterns) {
            includes = LinkFilter.compile("includes", patterns);
            return this;
        }

        public Builder excludes(List<String> patterns) {
            excludes = LinkFilter.compile("excludes", patterns);
            return this;
        }

        public Builder retries(String value) {
            if (isSet(value)) {
                retries = WholeNumbers.parse("retries", value, 0, MAX_RETRIES);
            }
            return this;
        }

        public Builder maxRetryWait(String value) {
            if (isSet(value)) {
                maxRetryWait = Durations.parse("maxRetryWait", value, MAX_PER_LINK_DURATION);
            }
            return this;
        }

        /**
         * The wait before a first retry, doubled for each further one. Not a user setting: it only lets
         * tests of retries run without waiting whole seconds.
         */
        public Builder retryBackoff(Duration value) {
            retryBackoff = value;
            return this;
        }

        public Builder maxConcurrencyPerHost(String value) {
            if (isSet(value)) {
                maxConcurrencyPerHost = WholeNumbers.parse("maxConcurrencyPerHost", value, 1, MAX_CONCURRENCY);
            }
            return this;
        }

        public Builder maxTotalTime(String value) {
            if (isSet(value)) {
                maxTotalTime = Optional.of(Durations.parse("maxTotalTime", value, MAX_TOTAL_TIME));
            }
            return this;
        }

        public Builder headers(List<RequestHeader> values) {
            headers = values == null ? List.of() : List.copyOf(values);
            return this;
        }

        public Builder proxies(List<ProxyConfig> values) {
            proxies = values == null ? List.of() : List.copyOf(values);
            return this;
        }

        public Builder checkFragments(boolean value) {
            checkFragments = value;
            return this;
        }

        public Builder unsupportedSchemes(String value) {
            if (isSet(value)) {
                unsupportedSchemes = UnsupportedSchemes.parse("unsupportedSchemes", value);
            }
            return this;
        }

        /** {@code hostRequestInterval} and {@code hostRequestIntervals}, read together: see {@link HostIntervals}. */
        public Builder hostRequestIntervals(String defaultInterval, List<String> entries) {
            hostIntervals = HostIntervals.parse(defaultInterval, entries);
            return this;
        }

        public Builder remaps(List<String> entries) {
            remaps = Remaps.parse("remaps", entries);
            return this;
        }

        public Builder checkHttps(boolean value) {
            checkHttps = value;
            return this;
        }

        public CheckSettings build() {
            return new CheckSettings(
                    mode,
                    concurrency,
                    timeout,
                    slowThreshold,
                    maxRedirects,
                    userAgent,
                    acceptedStatusCodes,
                    LinkFilter.of(includes, excludes),
                    new RetryPolicy(retries, retryBackoff, maxRetryWait),
                    maxConcurrencyPerHost,
                    maxTotalTime,
                    headers,
                    proxies,
                    checkFragments,
                    unsupportedSchemes,
                    hostIntervals,
                    remaps,
                    checkHttps);
        }

        private static boolean isSet(String value) {
            return value != null && !value.isBlank();
        }
    }
}
