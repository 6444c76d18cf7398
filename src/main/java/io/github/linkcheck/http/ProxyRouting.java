package io.github.linkcheck.http;

import io.github.linkcheck.core.ProxyConfig;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.CredentialsProvider;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.client5.http.routing.HttpRoutePlanner;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.protocol.HttpContext;

import java.util.List;

/**
 * Sends each request through the proxy configured for its scheme, unless its host is one of the
 * proxy's non-proxy hosts, and answers the proxy's authentication challenge. Both transports route alike.
 */
final class ProxyRouting {

    private final List<ProxyConfig> proxies;

    ProxyRouting(List<ProxyConfig> proxies) {
        this.proxies = proxies;
    }

    HttpRoutePlanner routePlanner() {
        return new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE) {
            @Override
            protected HttpHost determineProxy(HttpHost target, HttpContext context) {
                for (ProxyConfig proxy : proxies) {
                    if (proxy.forScheme().equalsIgnoreCase(target.getSchemeName())) {
                        return proxy.bypasses(target.getHostName()) ? null : new HttpHost(proxy.host(), proxy.port());
                    }
                }
                return null;
            }
        };
    }

    CredentialsProvider credentials() {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        for (ProxyConfig proxy : proxies) {
            if (proxy.hasCredentials()) {
                char[] password = proxy.password() == null
                        ? new char[0]
                        : proxy.password().toCharArray();
                credentials.setCredentials(
                        new AuthScope(proxy.host(), proxy.port()),
                        new UsernamePasswordCredentials(proxy.username(), password));
            }
        }
        return credentials;
    }
}
