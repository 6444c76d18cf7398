package io.github.linkcheck.http;

import org.apache.hc.client5.http.async.AsyncExecChainHandler;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.core5.http.protocol.HttpContext;

import java.io.IOException;
import java.net.URI;

/**
 * Tells a proxy's refusal to open a tunnel for an https URL (its answer to {@code CONNECT}) from the site's
 * answer. Both clients hand such a refusal on as if it were the response to the request, so a
 * {@code 501 Not Implemented} of a proxy that carries no https would be reported as the site's status. Only
 * a request that reaches the main transport is sent on an established route, so an interceptor just before
 * it marks the exchange; a response to an unmarked one is the proxy's refusal.
 */
final class ProxyTunnels {

    /** The name the marking interceptor is added under, before {@link ChainElement#MAIN_TRANSPORT}. */
    static final String MARK = "linkcheck-route-established";

    private static final String ROUTE_ESTABLISHED = "io.github.linkcheck.route-established";

    static final ExecChainHandler CLASSIC_MARK = (request, scope, chain) -> {
        scope.clientContext.setAttribute(ROUTE_ESTABLISHED, Boolean.TRUE);
        return chain.proceed(request, scope);
    };

    static final AsyncExecChainHandler ASYNC_MARK = (request, entityProducer, scope, chain, callback) -> {
        scope.clientContext.setAttribute(ROUTE_ESTABLISHED, Boolean.TRUE);
        chain.proceed(request, entityProducer, scope, callback);
    };

    private ProxyTunnels() {}

    /**
     * @throws RefusedException when the response came before the route to the site was established: the
     *     proxy's answer to {@code CONNECT}
     */
    static void requireRouteEstablished(HttpContext context, URI uri, ResponseHead head) throws RefusedException {
        if (context.getAttribute(ROUTE_ESTABLISHED) == null) {
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            throw new RefusedException("proxy refused CONNECT to " + uri.getHost() + ":" + port + ": " + head.status()
                    + " " + head.reason());
        }
    }

    /** A proxy refused to open a tunnel to the site; the message says which site and how the proxy answered. */
    static final class RefusedException extends IOException {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }
}
