package io.github.linkcheck.http;

import io.github.linkcheck.core.HostIntervals;
import io.github.linkcheck.core.SentRequest;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Where every request of every mode starts: for a paced host it waits for the host's turn (see {@link HostPacing}),
 * in the transport's way of waiting (a timer in async mode, so no thread is held), then it sends the request and
 * records it for the check that asked. Redirect hops, retries and pages read for their anchors all come through
 * here.
 */
final class RequestSender {

    /** What a check keeps of its requests. Told in the order of the check's steps, never two at once. */
    interface Record {

        /** Time spent waiting for the host's turn, which is no part of the check's own time. */
        void waited(long nanos);

        void sent(SentRequest request);
    }

    private final Transport transport;
    private final HostPacing pacing;
    private final HostIntervals intervals;

    RequestSender(Transport transport, HostPacing pacing, HostIntervals intervals) {
        this.transport = transport;
        this.pacing = pacing;
        this.intervals = intervals;
    }

    /**
     * Sends a request as {@link Transport#exchange} does, once it is the host's turn when the host is paced. A
     * blocking transport waits and answers within this call.
     *
     * @param retry whether the request repeats an earlier one of the same check after a transient failure
     */
    CompletableFuture<Response> send(
            RequestMethod method, URI uri, boolean afterHttps, int bodyLimit, boolean retry, Record record) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        Duration interval = intervals.intervalFor(uri);
        SentRequestOf sent = new SentRequestOf(host, retry, !interval.isZero(), record);
        if (!sent.paced) {
            return exchange(method, uri, afterHttps, bodyLimit, sent);
        }
        Duration wait = pacing.claim(host, interval);
        if (wait.isZero()) {
            return exchange(method, uri, afterHttps, bodyLimit, sent);
        }
        long waitStart = System.nanoTime();
        // Asked again after the wait, not booked ahead: another check may have taken the turn meanwhile.
        return transport.pause(wait).thenCompose(waited -> {
            record.waited(System.nanoTime() - waitStart);
            return send(method, uri, afterHttps, bodyLimit, retry, record);
        });
    }

    private CompletableFuture<Response> exchange(
            RequestMethod method, URI uri, boolean afterHttps, int bodyLimit, SentRequestOf sent) {
        long start = System.nanoTime();
        CompletableFuture<Response> response;
        try {
            response = transport.exchange(method, uri, afterHttps, bodyLimit);
        } catch (RuntimeException rejected) {
            // HttpClient refuses some URIs that java.net.URI accepts: nothing was sent.
            sent.ended(pacing);
            return CompletableFuture.failedFuture(rejected);
        }
        return response.whenComplete((answer, failure) -> {
            sent.ended(pacing);
            sent.record.sent(new SentRequest(
                    sent.host,
                    answer == null ? 0 : answer.head().status(),
                    Duration.ofNanos(System.nanoTime() - start),
                    sent.retry));
        });
    }

    /** What a request is recorded as, and where; and whether its host's turn ends with it. */
    private record SentRequestOf(String host, boolean retry, boolean paced, Record record) {

        void ended(HostPacing pacing) {
            if (paced) {
                pacing.answered(host);
            }
        }
    }
}
