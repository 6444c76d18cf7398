package io.github.linkcheck.http;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.net.URIAuthority;

import java.net.IDN;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Keeps international host names in punycode on the wire. HttpClient 5 turns an {@code xn--} host back
 * into Unicode as it reads a URI, then looks that name up as is (the system resolver finds no such name)
 * and writes it into the request line sent to a proxy (the raw bytes {@code http://exämple.com/}). These
 * two hooks put the punycode back; the {@code Host} header, TLS server name and the rest already are.
 */
final class AsciiHosts {

    private AsciiHosts() {}

    /** The system's resolver, asked for the punycode name. */
    static final DnsResolver DNS = asking(SystemDefaultDnsResolver.INSTANCE);

    /** A resolver that asks {@code resolver} for the punycode form of every name. */
    static DnsResolver asking(DnsResolver resolver) {
        return new DnsResolver() {
            @Override
            public InetAddress[] resolve(String host) throws UnknownHostException {
                return resolver.resolve(ascii(host));
            }

            @Override
            public String resolveCanonicalHostname(String host) throws UnknownHostException {
                return resolver.resolveCanonicalHostname(ascii(host));
            }
        };
    }

    /**
     * Writes the absolute request target sent to a proxy ({@code http://host/path}) with the host in
     * punycode; the usual form ({@code /path}) names no host and is left alone.
     */
    static final HttpRequestInterceptor PROXY_REQUEST_LINE = (request, entity, context) -> {
        URIAuthority authority = request.getAuthority();
        if (authority == null || !(request instanceof BasicHttpRequest absolute)) {
            return;
        }
        String host = authority.getHostName();
        String requestUri = request.getRequestUri();
        int hostStart = requestUri.indexOf("://" + host) + "://".length();
        if (isAscii(host) || hostStart < "://".length()) {
            return;
        }
        // The whole target as the path, so that HttpClient does not put the Unicode host back in front.
        absolute.setAbsoluteRequestUri(false);
        absolute.setPath(
                requestUri.substring(0, hostStart) + ascii(host) + requestUri.substring(hostStart + host.length()));
    };

    /** The punycode form of a host; one that cannot be converted is left as it is, to fail as unknown. */
    static String ascii(String host) {
        // IDN leaves an ASCII name as it is, or fails on it (an empty or too long label), which keeps it as it is
        // too; asked anyway, its first call loads the ICU tables, tens of milliseconds before the first request.
        if (isAscii(host)) {
            return host;
        }
        try {
            return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException notConvertible) {
            return host;
        }
    }

    private static boolean isAscii(String host) {
        for (int i = 0; i < host.length(); i++) {
            if (host.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
