package io.github.linkcheck.http;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Sends one request and reports the response's head, within the run's per-request timeout. The one
 * thing that differs between modes: how the request waits for its answer.
 */
interface Transport extends AutoCloseable {

    /**
     * Sends a request and reads at most {@code bodyLimit} bytes of the body; the rest is dropped unread.
     * A blocking transport completes the future before returning; an asynchronous one completes it later on
     * its own threads. A request that outlives the timeout, body included, fails with
     * {@link RequestTimeoutException}.
     *
     * @param afterHttps whether an earlier request of the same redirect chain went over https, which keeps
     *     headers bound to hosts without a scheme off an http request
     */
    CompletableFuture<Response> exchange(RequestMethod method, URI uri, boolean afterHttps, int bodyLimit);

    /**
     * Waits before a retry, the way this transport waits: a blocking transport holds its thread, an
     * asynchronous one lets a timer complete the future.
     */
    CompletableFuture<Void> pause(Duration delay);

    @Override
    void close();
}
