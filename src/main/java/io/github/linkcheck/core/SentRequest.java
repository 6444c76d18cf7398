package io.github.linkcheck.core;

import java.time.Duration;
import java.util.Objects;

/**
 * One request that a check really sent: each attempt, each redirect hop, each page read for its anchors. Kept
 * with the result it served, so that per-host figures count what went over the network, once, however many
 * places and modules share the result.
 *
 * @param host the host the request went to, in lower case, as sent (an international name in punycode)
 * @param status the status of the answer; 0 when there was none (a timeout, a refused connection)
 * @param latency from sending the request to its answer or failure, waits before it left out
 * @param retry whether it repeats an earlier request of the same check after a transient failure
 */
public record SentRequest(String host, int status, Duration latency, boolean retry) {

    public SentRequest {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(latency, "latency");
    }
}
