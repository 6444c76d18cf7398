package io.github.linkcheck.http;

import org.apache.hc.client5.http.HttpRequestRetryStrategy;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http.protocol.HttpCoreContext;
import org.apache.hc.core5.util.TimeValue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;

/**
 * Repeats a request at once, on another connection, when its connection was closed before any response came:
 * what happens when a pooled connection was closed by the server as it went idle, as servers with a cap on
 * idle keep-alive connections do by the hundred under load. The request never reached the server, so this
 * is not one of the URL's attempts; every other failure goes to the link check's own retries.
 */
final class StaleConnectionRetry implements HttpRequestRetryStrategy {

    /**
     * Three repeats: a server that has just closed many idle connections may hand out several stale ones in
     * a row, and a server that closes every connection unanswered is still judged within a few round trips.
     */
    private static final int MAX_EXECUTIONS = 4;

    @Override
    public boolean retryRequest(HttpRequest request, IOException exception, int execCount, HttpContext context) {
        boolean closedUnanswered = exception instanceof NoHttpResponseException
                || exception instanceof ConnectionClosedException
                || isReset(exception);
        // Once a response has begun, a closed connection is that response's failure, not a stale connection.
        return execCount < MAX_EXECUTIONS
                && closedUnanswered
                && HttpCoreContext.cast(context).getResponse() == null;
    }

    /**
     * A request written to a connection the server had just closed is answered by a reset rather than a
     * close; a refused or unroutable connection is no such thing, and goes to the link's own retries.
     */
    private static boolean isReset(IOException exception) {
        return exception instanceof SocketException
                && !(exception instanceof ConnectException)
                && !(exception instanceof NoRouteToHostException);
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
