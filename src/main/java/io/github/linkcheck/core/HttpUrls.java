package io.github.linkcheck.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Decides whether a URL can be requested over HTTP, and says why not when it cannot. */
public final class HttpUrls {

    private HttpUrls() {}

    /**
     * Parses an absolute http or https URL. The fragment is dropped: it is never sent to the server.
     *
     * @throws InvalidUrlException with a reason a user can act on
     */
    public static URI parse(String url) throws InvalidUrlException {
        if (url.isEmpty()) {
            throw new InvalidUrlException("empty URL");
        }
        if (url.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidUrlException("contains whitespace; encode spaces as %20");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidUrlException(e.getReason() + " at character " + (e.getIndex() + 1));
        }
        requireHttpScheme(uri);
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidUrlException("no valid host name");
        }
        if (uri.getPort() > 65_535) {
            throw new InvalidUrlException("port " + uri.getPort() + " is out of range");
        }
        return withoutFragment(uri);
    }

    /** Rejects anything but an http or https URI, such as a redirect to {@code file:} or {@code ftp:}. */
    public static void requireHttpScheme(URI uri) throws InvalidUrlException {
        String scheme = uri.getScheme();
        if (scheme == null) {
            throw new InvalidUrlException("not an absolute URL; expected one starting with http:// or https://");
        }
        String lowerCase = scheme.toLowerCase(Locale.ROOT);
        if (!lowerCase.equals("http") && !lowerCase.equals("https")) {
            throw new InvalidUrlException("unsupported scheme '" + scheme + "'; expected http or https");
        }
    }

    private static URI withoutFragment(URI uri) {
        if (uri.getRawFragment() == null) {
            return uri;
        }
        String text = uri.toString();
        return URI.create(text.substring(0, text.indexOf('#')));
    }
}
