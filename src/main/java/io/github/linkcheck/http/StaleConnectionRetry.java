package io.github.linkcheck.http;

import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.TimeValue;

import java.io.IOException;

/**
 * Repeats a request at once, on a fresh connection, when a pooled connection turns out to have been closed
 * by the server while it sat idle: the request never reached the server, so this is not one of the URL's
 * attempts. Every other failure goes to the link check's own retries.
 */
final class StaleConnectionRetry implements HttpRequestRetryStrategy {

    /** One repeat: enough for a closed idle connection, too few to hide a server that never answers. */
    private static final int MAX_EXECUTIONS = 2;

    @Override
    public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        return execCount < MAX_EXECUTIONS && exception instanceof NoHttpResponseException;
    }

    @Override
    public boolean retryRequest(HttpResponse response, int execCount, HttpContext context) {
        return false;
    }

    @Override
    public TimeValue getRetryInterval(HttpResponse response, int execCount, HttpContext context) {
        return TimeValue.ZERO_MILLISECONDS;
    }
}
