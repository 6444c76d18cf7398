package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.linkcheck.testing.SelfSignedKeyStore;
import io.github.linkcheck.testing.TestSite;

import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLHandshakeException;

/** TLS is set up by the first connection that needs it, once, and not before. */
class TlsOnFirstUseTest {

    @Test
    void setsTlsUpOnTheFirstHandshakeOnly(@TempDir Path directory) throws Exception {
        AtomicInteger setUps = new AtomicInteger();
        TlsOnFirstUse tls = new TlsOnFirstUse(() -> {
            setUps.incrementAndGet();
            return DefaultClientTlsStrategy.createDefault();
        });
        assertEquals(0, setUps.get(), "nothing set up before a connection needs it");

        try (TestSite https = TestSite.startHttps(SelfSignedKeyStore.create(directory))) {
            int port = URI.create(https.url("/")).getPort();
            for (int handshake = 0; handshake < 2; handshake++) {
                try (Socket socket = new Socket("127.0.0.1", port)) {
                    // The test site's certificate is not in the JDK's trust store: the handshake is refused.
                    assertThrows(
                            SSLHandshakeException.class,
                            () -> tls.upgrade(socket, "localhost", port, null, HttpClientContext.create()));
                }
            }
        }
        assertEquals(1, setUps.get(), "set up once, for every connection after it");
    }
}
