package io.github.linkcheck.core;

import java.net.IDN;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a header's {@code hosts}: the origins (scheme, host and port) the header may be sent to.
 * <ul>
 * <li>{@code example.org}: that host on the default port of the request's scheme, 443 for https and 80 for http;
 * <li>{@code example.org:8443}: that host and port, over either scheme;
 * <li>{@code https://example.org} or {@code https://example.org:8443}: over https only;
 * <li>{@code http://example.org} or {@code http://example.org:8080}: over http only;
 * <li>{@code *.example.org}: every subdomain of example.org (not example.org itself), in any of the forms above.
 * </ul>
 * An entry that does not name its scheme never lets the header go over http once the redirect chain has been on
 * https: a redirect must not turn a secret sent encrypted into one sent in clear text.
 *
 * @param scheme {@code https} or {@code http}; {@code null} for either
 * @param subdomains whether {@code host} stands for its subdomains, from {@code *.host}
 * @param host the host in lower case, in its ASCII (punycode) form; IPv6 addresses in brackets
 * @param port the port; {@code -1} for the default port of the request's scheme
 */
public record HostPattern(String scheme, boolean subdomains, String host, int port) {

    /** The forms an entry may take, in words, for error messages. */
    public static final String ACCEPTED_FORMS =
            "host, host:port, https://host[:port] or http://host[:port], where host may be *.domain";

    private static final Pattern FORM =
            Pattern.compile("(?:(https?)://)?(\\*\\.)?(\\[[0-9a-f:.]+]|[^:/\\[\\]*]+)(?::(\\d{1,5}))?/?");

    /**
     * Reads one entry as a user wrote it.
     *
     * @return empty when the entry is in none of the {@link #ACCEPTED_FORMS}
     */
    public static Optional<HostPattern> parse(String entry) {
        Matcher matcher = FORM.matcher(entry.strip().toLowerCase(Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String host = matcher.group(3);
        if (!host.startsWith("[")) {
            try {
                host = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
            } catch (IllegalArgumentException notAHostName) {
                return Optional.empty();
            }
            if (host.isEmpty()) {
                return Optional.empty();
            }
        }
        int port = matcher.group(4) == null ? -1 : Integer.parseInt(matcher.group(4));
        if (port == 0 || port > 65_535) {
            return Optional.empty();
        }
        return Optional.of(new HostPattern(matcher.group(1), matcher.group(2) != null, host, port));
    }

    /**
     * Whether a request to {@code uri} goes to one of these origins.
     *
     * @param afterHttps whether an earlier request of the same redirect chain went over https
     */
    public boolean matches(URI uri, boolean afterHttps) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return false;
        }
        String requestScheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean schemeMatches =
                scheme == null ? !(afterHttps && requestScheme.equals("http")) : scheme.equals(requestScheme);
        int defaultPort = requestScheme.equals("https") ? 443 : 80;
        int requestPort = uri.getPort() < 0 ? defaultPort : uri.getPort();
        String requestHost = uri.getHost().toLowerCase(Locale.ROOT);
        return schemeMatches
                && requestPort == (port < 0 ? defaultPort : port)
                && (subdomains ? requestHost.endsWith("." + host) : requestHost.equals(host));
    }

    /** The entry in its normal form, for example {@code https://*.example.org:8443}. */
    @Override
    public String toString() {
        return (scheme == null ? "" : scheme + "://") + (subdomains ? "*." : "") + host + (port < 0 ? "" : ":" + port);
    }
}
