package io.github.linkcheck.core;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether a URL can be requested over HTTP, and says why not when it cannot. */
public final class HttpUrls {

    /**
     * The longest URL checked, in characters: far above any real link (browsers and servers stop near 8 KiB
     * too), low enough that no include/exclude pattern can take long over it.
     */
    public static final int MAX_LENGTH = 8192;

    /** How much of a URL over {@link #MAX_LENGTH} reports show. */
    private static final int SHOWN_OF_TOO_LONG = 200;

    private static final String CREDENTIALS_NOT_SUPPORTED =
            "credentials in the URL (user@ or user:password@) are not supported";
    private static final String NO_VALID_HOST = "no valid host name";
    private static final String NOT_ABSOLUTE = "not an absolute URL; expected one starting with http:// or https://";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final Pattern PORT_SUFFIX = Pattern.compile(":[0-9]*$");

    /** The port of an authority without user info: what follows the host's first {@code :}. */
    private static final Pattern PORT = Pattern.compile("^(?:\\[[^\\]]*\\]|[^:\\[]*):(.*)$", Pattern.DOTALL);

    /**
     * Characters a browser sends as written after the host, which {@code java.net.URI} refuses; so is a
     * {@code %} that does not start an escape such as {@code %20}.
     */
    private static final String SENT_AS_WRITTEN = "|^[]{}`\"<>\\";

    /** What stands for the user info of a URL in everything shown: no part of a user name or token is kept. */
    private static final String MASKED_USER_INFO = "****";

    private HttpUrls() {}

    /**
     * The URL to write in place of a link: {@code replacement} with the link's {@code #fragment}, which a redirect
     * keeps (RFC 9110, 10.2.2) and an archived page still has, unless {@code replacement} names a fragment itself.
     */
    public static String keepingFragment(String replacement, String link) {
        int fragment = link.indexOf('#');
        return fragment < 0 || replacement.contains("#") ? replacement : replacement + link.substring(fragment);
    }

    /**
     * The URL with its user info masked whole, fit for logs and reports: {@code https://ghp_TOKEN@host/} and
     * {@code https://user:password@host/} both become {@code https://****@host/}, since a token is often
     * written as the user name. The user info runs to the last {@code @} of the authority, so that an
     * unencoded {@code @} in a password cannot leave part of it shown.
     */
    public static String redact(String url) {
        if (url.indexOf('@') < 0) {
            // No user info without an @: the common case, told without looking for the authority.
            return url;
        }
        int userInfoStart = authorityStart(url);
        if (userInfoStart < 0) {
            return url;
        }
        int at = url.lastIndexOf('@', authorityEnd(url, userInfoStart) - 1);
        if (at < userInfoStart) {
            return url;
        }
        return url.substring(0, userInfoStart) + MASKED_USER_INFO + url.substring(at);
    }

    /** Whether the URL is longer than {@link #MAX_LENGTH}, and so broken without being parsed or filtered. */
    public static boolean isTooLong(String url) {
        return url.length() > MAX_LENGTH;
    }

    /** Why a URL over {@link #MAX_LENGTH} is not checked, as the report gives it after {@code invalid URL: }. */
    public static String tooLongReason(String url) {
        return "too long (" + url.length() + " characters; the limit is " + MAX_LENGTH + ")";
    }

    /** The start of a URL over {@link #MAX_LENGTH}, as reports show it. */
    public static String shortened(String url) {
        return url.substring(0, SHOWN_OF_TOO_LONG) + "...";
    }

    /**
     * Parses an absolute http or https URL into the form sent on the wire: an international host name in
     * punycode ({@code xn--}), and other characters outside ASCII percent-encoded as UTF-8. The fragment is
     * dropped: it is never sent to the server.
     *
     * @throws InvalidUrlException with a reason a user can act on
     */
    public static URI parse(String url) throws InvalidUrlException {
        if (url.isEmpty()) {
            throw new InvalidUrlException("empty URL");
        }
        if (isTooLong(url)) {
            throw new InvalidUrlException(tooLongReason(url));
        }
        if (hasWhitespace(url)) {
            throw new InvalidUrlException("contains whitespace; encode spaces as %20");
        }
        URI uri;
        try {
            uri = new URI(withSentAsWrittenEncoded(url));
        } catch (URISyntaxException e) {
            throw new InvalidUrlException(reasonFor(e, url));
        }
        requireHttpScheme(uri);
        if (uri.getHost() == null && uri.getRawAuthority() != null) {
            uri = withAsciiHost(uri);
        }
        if (uri.getRawUserInfo() != null) {
            throw new InvalidUrlException(CREDENTIALS_NOT_SUPPORTED);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new InvalidUrlException(NO_VALID_HOST);
        }
        if (uri.getPort() > 65_535) {
            throw new InvalidUrlException("port " + uri.getPort() + " is out of range");
        }
        URI sent = withoutFragment(uri);
        String ascii = sent.toASCIIString();
        // A URI is its text: when that is ASCII already, parsing it again would give the same URI.
        return ascii.equals(sent.toString()) ? sent : URI.create(ascii);
    }

    private static boolean hasWhitespace(String url) {
        for (int i = 0; i < url.length(); i++) {
            if (Character.isWhitespace(url.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A URI reference, such as a redirect's {@code Location}, with what browsers send as written encoded as
     * {@link #parse} encodes it: {@code /ok/%zz|x} becomes {@code /ok/%25zz%7Cx}.
     *
     * @throws URISyntaxException when it cannot be a URI even so
     */
    public static URI reference(String reference) throws URISyntaxException {
        return new URI(withSentAsWrittenEncoded(reference));
    }

    /**
     * The URL with the characters that browsers send as written after the host, but that a URI may not hold
     * ({@code | ^ [ ] { } ` " < > \}, as in {@code ?family=Roboto|Open+Sans}, and a {@code %} not followed by
     * two hex digits, as in {@code /ok/%zz}), percent-encoded, as servers read them alike: {@code /ok/%25zz}
     * is read as {@code /ok/%zz}. A {@code [} or {@code ]} of an IPv6 host is kept.
     */
    private static String withSentAsWrittenEncoded(String url) {
        int afterHost = afterHost(url);
        int first = afterHost;
        while (first < url.length() && !isSentAsWritten(url, first)) {
            first++;
        }
        if (first == url.length()) {
            // Nearly every URL: nothing to encode, so no copy.
            return url;
        }
        StringBuilder encoded = new StringBuilder(url.length() + 8).append(url, 0, first);
        for (int i = first; i < url.length(); i++) {
            char c = url.charAt(i);
            if (isSentAsWritten(url, i)) {
                encoded.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            } else {
                encoded.append(c);
            }
        }
        return encoded.toString();
    }

    private static int afterHost(String url) {
        int start = authorityStart(url);
        return start < 0 ? 0 : authorityEnd(url, start);
    }

    /**
     * Where the authority starts, just after the {@code //} that follows a scheme or stands first ({@code //host/},
     * as a redirect's {@code Location} may be); -1 when there is none. Read by hand rather than by a regular
     * expression: it runs for every URL, and a cold JVM spent more compiling such a match than running it.
     */
    private static int authorityStart(String url) {
        int afterScheme = 0;
        if (!url.isEmpty() && isAsciiLetter(url.charAt(0))) {
            int end = 1;
            while (end < url.length() && isSchemeCharacter(url.charAt(end))) {
                end++;
            }
            afterScheme = end < url.length() && url.charAt(end) == ':' ? end + 1 : 0;
        }
        return url.startsWith("//", afterScheme) ? afterScheme + 2 : -1;
    }

    /** Where an authority that starts at {@code start} ends: at the first {@code /}, {@code ?} or {@code #}. */
    public static int authorityEnd(String url, int start) {
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return end;
    }

    /** Whether a character is a letter as a URL's scheme must start with one: ASCII only. */
    public static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Whether a character may follow a scheme's first letter: letters, digits, {@code +}, {@code -}, {@code .}. */
    static boolean isSchemeCharacter(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
    }

    private static boolean isSentAsWritten(String url, int index) {
        char c = url.charAt(index);
        if (c == '%') {
            return index + 2 >= url.length()
                    || !isHexDigit(url.charAt(index + 1))
                    || !isHexDigit(url.charAt(index + 2));
        }
        return SENT_AS_WRITTEN.indexOf(c) >= 0;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /**
     * Why {@code java.net.URI} refused the URL, in words for the user rather than its own: a character that no
     * URL may hold after the host, the scheme, or else the host (all that is left before the path).
     */
    private static String reasonFor(URISyntaxException refusal, String url) {
        String reason = refusal.getReason();
        if (reason.contains("scheme name")) {
            return NOT_ABSOLUTE;
        }
        if (reason.startsWith("Illegal character in path")
                || reason.startsWith("Illegal character in query")
                || reason.startsWith("Illegal character in fragment")) {
            int index = indexBeforeEncoding(url, refusal.getIndex());
            return "character " + (index + 1) + " (U+" + String.format(Locale.ROOT, "%04X", (int) url.charAt(index))
                    + ") is not allowed in a URL";
        }
        int authority = authorityStart(url);
        return authority < 0
                ? NO_VALID_HOST
                : portProblem(url.substring(authority, authorityEnd(url, authority)))
                        .orElse(NO_VALID_HOST);
    }

    /**
     * Why the port is wrong when it is not a number ({@code host:8080:bad}, {@code host:abc}), which would
     * otherwise be read as part of the host name and reported as a bad host.
     */
    private static Optional<String> portProblem(String authority) {
        Matcher port = PORT.matcher(authority.substring(authority.lastIndexOf('@') + 1));
        if (port.matches() && !port.group(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Optional.of("port '" + port.group(1) + "' is not valid; expected a number up to 65535");
        }
        return Optional.empty();
    }

    /** Where in the URL as written is the character at an index of {@link #withSentAsWrittenEncoded}'s result. */
    private static int indexBeforeEncoding(String url, int encodedIndex) {
        int afterHost = afterHost(url);
        int encodedPosition = afterHost;
        for (int i = afterHost; i < url.length(); i++) {
            encodedPosition += isSentAsWritten(url, i) ? "%XX".length() : 1;
            if (encodedPosition > encodedIndex) {
                return i;
            }
        }
        return Math.min(encodedIndex, url.length() - 1);
    }

    /**
     * The URI as people read it: a punycode host ({@code xn--}) shown in Unicode. For reports only; the
     * result is not meant to be requested. A host that does not decode to a valid name (a server's
     * {@code Location} may say anything) is shown as sent.
     */
    public static URI readable(URI uri) {
        String host = uri.getHost();
        if (host == null || !host.toLowerCase(Locale.ROOT).contains("xn--")) {
            return uri;
        }
        String unicode = IDN.toUnicode(host, IDN.USE_STD3_ASCII_RULES);
        String text = uri.toString();
        int hostStart = text.indexOf(host, uri.getScheme().length());
        try {
            return new URI(text.substring(0, hostStart) + unicode + text.substring(hostStart + host.length()));
        } catch (URISyntaxException notReadable) {
            return uri;
        }
    }

    /**
     * A URI whose host java.net.URI could not read as a server name, most often an international one
     * ({@code exämple.com}), with that host converted to punycode.
     */
    private static URI withAsciiHost(URI uri) throws InvalidUrlException {
        String authority = uri.getRawAuthority();
        if (authority.contains("@")) {
            throw new InvalidUrlException(CREDENTIALS_NOT_SUPPORTED);
        }
        Optional<String> badPort = portProblem(authority);
        if (badPort.isPresent()) {
            throw new InvalidUrlException(badPort.get());
        }
        Matcher port = PORT_SUFFIX.matcher(authority);
        String host = port.find() ? authority.substring(0, port.start()) : authority;
        String asciiHost;
        try {
            asciiHost = IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException e) {
            throw new InvalidUrlException(NO_VALID_HOST);
        }
        String text = uri.toString();
        int authorityStart = uri.getScheme().length() + "://".length();
        try {
            return new URI(text.substring(0, authorityStart)
                    + asciiHost
                    + authority.substring(host.length())
                    + text.substring(authorityStart + authority.length()));
        } catch (URISyntaxException e) {
            throw new InvalidUrlException(NO_VALID_HOST);
        }
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
            throw new InvalidUrlException(NOT_ABSOLUTE);
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
