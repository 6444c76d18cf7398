package io.github.linkcheck.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * When each host was last sent a request, so that the next one to it starts no sooner than its interval
 * allows. One is shared by every engine of a build, so that modules checked at once, whatever their settings,
 * pace a host together. Thread-safe.
 */
public final class HostPacing {

    /** By host as sent, in lower case: the {@link System#nanoTime()} of the last request start. */
    private final Map<String, Long> lastStarts = new ConcurrentHashMap<>();

    /**
     * Starts a request to {@code host} now if {@code interval} has passed since the last start there, and records
     * the start; otherwise records nothing.
     *
     * @return zero when the request may start now, or how long to wait before asking again, in whole milliseconds
     *     rounded up, since a blocking wait cannot be shorter
     */
    Duration claim(String host, Duration interval) {
        long intervalNanos = interval.toNanos();
        long[] waitNanos = {0};
        lastStarts.compute(host, (key, last) -> {
            long now = System.nanoTime();
            if (last != null && now - last < intervalNanos) {
                waitNanos[0] = last + intervalNanos - now;
                return last;
            }
            return now;
        });
        long waitMillis = (waitNanos[0] + TimeUnit.MILLISECONDS.toNanos(1) - 1) / TimeUnit.MILLISECONDS.toNanos(1);
        return Duration.ofMillis(waitMillis);
    }
}
