package io.github.linkcheck.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The turns of paced hosts: a paced request to a host starts once no other paced request to it is in flight, and
 * its interval has passed since the last answer (or failure) there. Counting from the answer rather than from the
 * start keeps the interval whole at the server however long a request takes to get there: looking the host up,
 * connecting, a busy machine. One is shared by every engine of a build, so that modules checked at once, whatever
 * their settings, pace a host together. Thread-safe.
 */
public final class HostPacing {

    /** How often a request asks again while another paced request to its host is in flight. */
    private static final Duration IN_FLIGHT_POLL = Duration.ofMillis(20);

    private final Map<String, Turns> hosts = new ConcurrentHashMap<>();

    /**
     * Starts a paced request to {@code host} now if it is the host's turn, and records that it is in flight;
     * otherwise records nothing. A request that starts must be {@linkplain #answered answered}.
     *
     * @param host as sent, in lower case
     * @param interval more than zero
     * @return zero when the request may start now, or how long to wait before asking again, in whole milliseconds
     *     rounded up, since a blocking wait cannot be shorter
     */
    Duration claim(String host, Duration interval) {
        Turns turns = hosts.computeIfAbsent(host, key -> new Turns());
        synchronized (turns) {
            if (turns.inFlight) {
                return IN_FLIGHT_POLL.compareTo(interval) < 0 ? IN_FLIGHT_POLL : interval;
            }
            long sinceAnswer = System.nanoTime() - turns.lastAnswer;
            if (turns.answered && sinceAnswer < interval.toNanos()) {
                return wholeMillis(interval.toNanos() - sinceAnswer);
            }
            turns.inFlight = true;
            return Duration.ZERO;
        }
    }

    /** Tells that the paced request in flight to {@code host} has its answer, or its failure. */
    void answered(String host) {
        Turns turns = hosts.get(host);
        synchronized (turns) {
            turns.inFlight = false;
            turns.answered = true;
            turns.lastAnswer = System.nanoTime();
        }
    }

    private static Duration wholeMillis(long nanos) {
        long millis = TimeUnit.MILLISECONDS.toNanos(1);
        return Duration.ofMillis((nanos + millis - 1) / millis);
    }

    /** One host's turns. Guarded by itself. */
    private static final class Turns {
        private boolean inFlight;
        private boolean answered;
        /** The {@link System#nanoTime()} of the last answer, once {@link #answered}. */
        private long lastAnswer;
    }
}
