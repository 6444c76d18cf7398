package io.github.linkcheck.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * When each host was last sent a request, so that the next one to it starts no sooner than its interval
 * allows. One is shared by every engine of a build, so that modules checked at once, whatever their settings,
 * pace a host together. Thread-safe.
 *
 * <p>A host's first request also looks its name up and connects, which the following ones, on a known address and
 * a kept connection, need not: counted from when it was sent, the interval would reach the server shortened by that
 * time. So a paced request waits for the host's first answer, and counts the interval from it.
 */
public final class HostPacing {

    /** How often a request asks again while the host's first request is still unanswered. */
    private static final Duration FIRST_ANSWER_POLL = Duration.ofMillis(20);

    private final Map<String, Clock> clocks = new ConcurrentHashMap<>();

    /**
     * Starts a request to {@code host} now if {@code interval} has passed since the last start there (and a
     * paced request has the host's first answer), and records the start; otherwise records nothing.
     *
     * @param host as sent, in lower case
     * @return zero when the request may start now, or how long to wait before asking again, in whole milliseconds
     *     rounded up, since a blocking wait cannot be shorter
     */
    Duration claim(String host, Duration interval) {
        Clock clock = clocks.computeIfAbsent(host, key -> new Clock());
        long intervalNanos = interval.toNanos();
        synchronized (clock) {
            long now = System.nanoTime();
            if (clock.started && intervalNanos > 0 && !clock.answered) {
                return FIRST_ANSWER_POLL.compareTo(interval) < 0 ? FIRST_ANSWER_POLL : interval;
            }
            if (clock.started && now - clock.lastStart < intervalNanos) {
                return wholeMillis(clock.lastStart + intervalNanos - now);
            }
            clock.started = true;
            clock.lastStart = now;
            return Duration.ZERO;
        }
    }

    /** Tells that a request to {@code host} has its answer, or its failure. */
    void answered(String host) {
        Clock clock = clocks.get(host);
        synchronized (clock) {
            if (!clock.answered) {
                clock.answered = true;
                clock.lastStart = Math.max(clock.lastStart, System.nanoTime());
            }
        }
    }

    private static Duration wholeMillis(long nanos) {
        long millis = TimeUnit.MILLISECONDS.toNanos(1);
        return Duration.ofMillis((nanos + millis - 1) / millis);
    }

    /** One host's pacing. Guarded by itself. */
    private static final class Clock {
        private boolean started;
        /** Whether a request to the host has had its answer, or failed. */
        private boolean answered;
        /** The {@link System#nanoTime()} the interval counts from: the last start, or the first answer. */
        private long lastStart;
    }
}
