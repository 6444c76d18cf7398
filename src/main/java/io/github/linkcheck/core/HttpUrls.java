package io.github.linkcheck.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether a URL can be requested over HTTP, and says why not when it cannot. */
public final class HttpUrls {

    /** A scheme and an authority: the authority ends at the first {@code /}, {@code ?} or {@code #}. */
    private static final Pattern AUTHORITY = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://([^/?#]*)");

    /** What stands for the user info of a URL in everything shown: no part of a user name or token is kept. */
    private static final String MASKED_USER_INFO = "****";

    private HttpUrls() {}

    /**
     * The URL with its user info masked whole, fit for logs and reports: {@code https://ghp_TOKEN@host/} and
     * {@code https://user:password@host/} both become {@code https://****@host/}, since a token is often
     * written as the user name. The user info runs to the last {@code @} of the authority, so that an
     * unencoded {@code @} in a password cannot leave part of it shown.
     */
    public static String redact(String url) {
        Matcher authority = AUTHORITY.matcher(url);
        if (!authority.find()) {
            return url;
        }
        int at = authority.group(1).lastIndexOf('@');
        if (at < 0) {
            return url;
        }
        int userInfoStart = authority.start(1);
        return url.substring(0, userInfoStart) + MASKED_USER_INFO + url.substring(userInfoStart + at);
    }

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
        if (uri.getRawUserInfo() != null) {
            throw new InvalidUrlException("credentials in the URL (user@ or user:password@) are not supported");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidUrlException("no valid host name");
        }
        if (uri.getPort() > 65_535) {
            throw new InvalidUrlException("port " + uri.getPort() + " is out of range");
        }
        return withoutFragment(uri);
    }

    /** Whether the text starts as a web address does: {@code http://} or {@code https://}, in any letter case. */
    public static boolean isHttp(String url) {
        String lowerCase = url.toLowerCase(Locale.ROOT);
        return lowerCase.startsWith("http://") || lowerCase.startsWith("https://");
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
