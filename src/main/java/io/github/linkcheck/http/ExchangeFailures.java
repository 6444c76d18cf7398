package io.github.linkcheck.http;

import io.github.linkcheck.core.Durations;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.Outcome;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.ParseException;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLException;

/** Names what went wrong when a request got no response, the same way whichever client failed. */
final class ExchangeFailures {

    private final Duration timeout;

    ExchangeFailures(Duration timeout) {
        this.timeout = timeout;
    }

    Outcome.Failure describe(Throwable thrown, URI uri) {
        Throwable cause = unwrap(thrown);
        String hostAndPort = uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        if (cause instanceof RequestTimeoutException
                || cause instanceof SocketTimeoutException
                || cause instanceof ConnectTimeoutException) {
            return new Outcome.Failure(ErrorKind.TIMEOUT, "no response within " + Durations.format(timeout));
        }
        if (cause instanceof UnknownHostException) {
            return new Outcome.Failure(ErrorKind.UNKNOWN_HOST, uri.getHost());
        }
        if (cause instanceof ConnectException && mentions(cause, "refused")) {
            return new Outcome.Failure(ErrorKind.CONNECTION_REFUSED, hostAndPort);
        }
        if (cause instanceof SSLException) {
            return new Outcome.Failure(ErrorKind.TLS_FAILURE, deepestMessage(cause));
        }
        if (cause instanceof NoHttpResponseException || cause instanceof ConnectionClosedException) {
            return new Outcome.Failure(
                    ErrorKind.CONNECTION_FAILED, "the server closed the connection without a response");
        }
        if (cause instanceof MessageConstraintException) {
            return new Outcome.Failure(ErrorKind.PROTOCOL_ERROR, "the response is not valid HTTP");
        }
        if (cause instanceof HttpException || cause instanceof ParseException) {
            return new Outcome.Failure(ErrorKind.PROTOCOL_ERROR, deepestMessage(cause));
        }
        if (cause instanceof ProxyTunnels.RefusedException) {
            return new Outcome.Failure(ErrorKind.REQUEST_FAILED, cause.getMessage());
        }
        if (cause instanceof IOException) {
            return new Outcome.Failure(ErrorKind.CONNECTION_FAILED, deepestMessage(cause));
        }
        if (cause instanceof CancellationException) {
            return new Outcome.Failure(ErrorKind.REQUEST_FAILED, "the request was cancelled");
        }
        return new Outcome.Failure(
                ErrorKind.REQUEST_FAILED, cause.getClass().getSimpleName() + ": " + deepestMessage(cause));
    }

    /**
     * Whether a failed HEAD may still succeed as a GET: servers that mishandle HEAD reset or garble the
     * response, while host-level failures (no such host, refused, timed out, TLS) would fail a GET too.
     */
    static boolean mayBeHeadSpecific(Outcome.Failure failure) {
        return switch (failure.kind()) {
            case CONNECTION_FAILED, PROTOCOL_ERROR -> true;
            default -> false;
        };
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable cause = thrown;
        // The classic client wraps protocol errors that the async client reports as they are.
        while ((cause instanceof CompletionException
                        || cause instanceof ExecutionException
                        || cause instanceof ClientProtocolException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static boolean mentions(Throwable cause, String word) {
        return cause.getMessage() != null
                && cause.getMessage().toLowerCase(Locale.ROOT).contains(word);
    }

    private static String deepestMessage(Throwable cause) {
        String message = null;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
