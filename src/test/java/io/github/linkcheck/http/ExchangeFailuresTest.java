package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.Outcome;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.ProtocolException;
import org.junit.jupiter.api.Test;

import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLHandshakeException;

/**
 * The failures a test cannot provoke on loopback without reaching outside the machine (a DNS miss, a
 * TLS handshake against a public site) are named by the same table as the ones it can.
 */
class ExchangeFailuresTest {

    private final ExchangeFailures failures = new ExchangeFailures(Duration.ofSeconds(10));
    private final URI uri = URI.create("https://docs.example.test:8443/page");

    @Test
    void namesEachKindOfFailure() {
        assertEquals(
                new Outcome.Failure(ErrorKind.UNKNOWN_HOST, "docs.example.test"),
                failures.describe(new CompletionException(new UnknownHostException("docs.example.test")), uri));
        assertEquals(
                new Outcome.Failure(ErrorKind.TLS_FAILURE, "PKIX path building failed"),
                failures.describe(new SSLHandshakeException("PKIX path building failed"), uri));
        assertEquals(
                new Outcome.Failure(ErrorKind.TIMEOUT, "no response within 10.0 s"),
                failures.describe(new RequestTimeoutException(Duration.ofSeconds(10)), uri));
        assertEquals(
                ErrorKind.CONNECTION_FAILED,
                failures.describe(new SocketException("Connection reset"), uri).kind());
        assertEquals(
                ErrorKind.CONNECTION_FAILED,
                failures.describe(new NoHttpResponseException("no response"), uri)
                        .kind());
        assertEquals(
                ErrorKind.PROTOCOL_ERROR,
                failures.describe(new ProtocolException("Invalid status line"), uri)
                        .kind());
        assertEquals(
                new Outcome.Failure(ErrorKind.PROTOCOL_ERROR, "Invalid status line"),
                failures.describe(new ClientProtocolException(new ProtocolException("Invalid status line")), uri));
        assertEquals(
                new Outcome.Failure(ErrorKind.REQUEST_FAILED, "IllegalStateException: pool closed"),
                failures.describe(new IllegalStateException("pool closed"), uri));
    }

    @Test
    void onlyFailuresThatMayBeHeadSpecificAreRetriedWithGet() {
        assertTrue(ExchangeFailures.mayBeHeadSpecific(new Outcome.Failure(ErrorKind.CONNECTION_FAILED, "reset")));
        assertTrue(ExchangeFailures.mayBeHeadSpecific(new Outcome.Failure(ErrorKind.PROTOCOL_ERROR, "bad")));
        assertFalse(ExchangeFailures.mayBeHeadSpecific(new Outcome.Failure(ErrorKind.TIMEOUT, "slow")));
        assertFalse(ExchangeFailures.mayBeHeadSpecific(new Outcome.Failure(ErrorKind.UNKNOWN_HOST, "x")));
        assertFalse(ExchangeFailures.mayBeHeadSpecific(new Outcome.Failure(ErrorKind.CONNECTION_REFUSED, "x")));
    }
}
