package io.github.linkcheck.http;

import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.TlsSocketStrategy;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.nio.ssl.TlsStrategy;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.net.NamedEndpoint;
import org.apache.hc.core5.reactor.ssl.TransportSecurityLayer;
import org.apache.hc.core5.util.Timeout;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.function.Supplier;
import javax.net.ssl.SSLSocket;

/**
 * HttpClient's default TLS, the JDK's default trust material included, set up when the first connection needs
 * it rather than when the client is built: building it loads the JDK's TLS and certificate classes and reads
 * the trust store, about a tenth of a second that a run of {@code http:} URLs alone never needs.
 */
final class TlsOnFirstUse implements TlsStrategy, TlsSocketStrategy {

    private final Supplier<DefaultClientTlsStrategy> setUp;
    private volatile DefaultClientTlsStrategy tls;

    /** HttpClient's default TLS. */
    TlsOnFirstUse() {
        this(DefaultClientTlsStrategy::createDefault);
    }

    /** @param setUp sets TLS up, called once, by the first connection that needs it */
    TlsOnFirstUse(Supplier<DefaultClientTlsStrategy> setUp) {
        this.setUp = setUp;
    }

    private DefaultClientTlsStrategy tls() {
        DefaultClientTlsStrategy current = tls;
        if (current == null) {
            synchronized (this) {
                current = tls;
                if (current == null) {
                    current = setUp.get();
                    tls = current;
                }
            }
        }
        return current;
    }

    @Override
    public void upgrade(
            TransportSecurityLayer layer,
            NamedEndpoint endpoint,
            Object attachment,
            Timeout handshakeTimeout,
            FutureCallback<TransportSecurityLayer> callback) {
        tls().upgrade(layer, endpoint, attachment, handshakeTimeout, callback);
    }

    /** @deprecated HttpClient calls the other method; this one is only there for the interface. */
    @Deprecated
    @Override
    public boolean upgrade(
            TransportSecurityLayer layer,
            HttpHost host,
            SocketAddress localAddress,
            SocketAddress remoteAddress,
            Object attachment,
            Timeout handshakeTimeout) {
        return tls().upgrade(layer, host, localAddress, remoteAddress, attachment, handshakeTimeout);
    }

    @Override
    public SSLSocket upgrade(Socket socket, String target, int port, Object attachment, HttpContext context)
            throws IOException {
        return tls().upgrade(socket, target, port, attachment, context);
    }
}
