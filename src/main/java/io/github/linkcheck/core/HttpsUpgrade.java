package io.github.linkcheck.core;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code checkHttps} asks of a working http link: its https form, and whether that form leads to the same place.
 * Both chains are compared as written: a link checked at a remapped address ({@code remaps}) ends where it ends
 * relative to the address it was requested at, so a local test server stands for the host written.
 */
public final class HttpsUpgrade {

    private HttpsUpgrade() {}

    /**
     * The https form of a URL written with the http scheme, in any letter case: the scheme replaced and an explicit
     * port 80, http's default, dropped, everything else as written ({@code http://h:80/a#b} becomes
     * {@code https://h/a#b}); empty for any other URL, and for one written with another port, which serves http:
     * its https form would be that port again, where a TLS handshake can wait for the whole timeout unanswered.
     */
    public static Optional<String> httpsForm(String url) {
        String prefix = "http://";
        if (!url.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return Optional.empty();
        }
        String rest = url.substring(prefix.length());
        int authorityEnd = HttpUrls.authorityEnd(rest, 0);
        String authority = rest.substring(0, authorityEnd);
        int hostStart = authority.lastIndexOf('@') + 1;
        String hostAndPort = authority.substring(hostStart);
        int portStart = hostAndPort.lastIndexOf(':');
        if (portStart > hostAndPort.lastIndexOf(']')) {
            String port = hostAndPort.substring(portStart + 1);
            if (!port.isEmpty() && !port.equals("80")) {
                return Optional.empty();
            }
            authority = authority.substring(0, authority.length() - port.length() - 1);
        }
        return Optional.of("https://" + authority + rest.substring(authorityEnd));
    }

    /**
     * The origin of a URL as written, its scheme, host and port, without the user info that no request carries (a
     * link with some is requested only when a remap takes it away), for a {@link Route}.
     *
     * @throws InvalidUrlException when its host or port cannot be read
     */
    public static URI writtenOrigin(String url) throws InvalidUrlException {
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            throw new InvalidUrlException("not absolute");
        }
        String rest = url.substring(schemeEnd + 3);
        String authority = rest.substring(0, HttpUrls.authorityEnd(rest, 0));
        return HttpUrls.parse(url.substring(0, schemeEnd + 3) + authority.substring(authority.lastIndexOf('@') + 1));
    }

    /**
     * One chain of requests: the URL as written, as requested (the same unless remapped), and where it ended.
     *
     * @param written the origin of the URL as written ({@link #writtenOrigin})
     * @param requested the URL requested, parsed
     * @param end where its redirects ended: {@code requested} when there were none
     */
    public record Route(URI written, URI requested, URI end) {}

    /**
     * Whether the https chain ended over https at the place the http chain ended, the scheme and a default port set
     * aside: {@code http://h/a} ending at {@code https://h/a} and {@code https://h/a} answering itself do; an https
     * form that redirects back to http, or elsewhere, does not. An end at the origin either chain was requested at
     * counts as at the origin of that chain's written URL.
     */
    public static boolean leadsToSamePlace(Route http, Route https) {
        Place httpEnd = asWritten(http.end(), http, https);
        Place httpsEnd = asWritten(https.end(), https, http);
        return httpsEnd.scheme().equals("https")
                && httpsEnd.host().equals(httpEnd.host())
                && httpsEnd.portUnlessDefault() == httpEnd.portUnlessDefault()
                && httpsEnd.pathAndQuery().equals(httpEnd.pathAndQuery());
    }

    private static Place asWritten(URI end, Route own, Route other) {
        URI origin = end;
        if (sameOrigin(end, own.requested())) {
            origin = own.written();
        } else if (sameOrigin(end, other.requested())) {
            origin = other.written();
        }
        return new Place(
                scheme(origin),
                origin.getHost() == null ? "" : origin.getHost().toLowerCase(Locale.ROOT),
                portOrDefault(origin),
                pathAndQuery(end));
    }

    /** An address without its user info and fragment, which say nothing of where a request went. */
    private record Place(String scheme, String host, int port, String pathAndQuery) {

        /** The port, or -1 for the default port of the scheme, which both forms of a link leave out. */
        int portUnlessDefault() {
            return port == defaultPort(scheme) ? -1 : port;
        }
    }

    private static boolean sameOrigin(URI one, URI other) {
        return scheme(one).equals(scheme(other))
                && String.valueOf(one.getHost()).equalsIgnoreCase(String.valueOf(other.getHost()))
                && portOrDefault(one) == portOrDefault(other);
    }

    private static String scheme(URI uri) {
        return uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    }

    private static int portOrDefault(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme(uri));
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("https") ? 443 : 80;
    }

    private static String pathAndQuery(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }
}
