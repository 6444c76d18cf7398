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
     * Sends a request. A blocking transport completes the future before returning; an asynchronous one
     * completes it later on its own threads. A request that outlives the timeout fails with
     * {@link RequestTimeoutException}.
     */
    CompletableFuture<ResponseHead> exchange(RequestMethod method, URI uri);

    /**
     * Waits before a retry, the way this transport waits: a blocking transport holds its thread, an
     * asynchronous one lets a timer complete the future.
     */
    CompletableFuture<Void> pause(Duration delay);

    @Override
    void close();
}
