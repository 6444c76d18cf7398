package io.github.linkcheck.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Links that are not fetched: mail and chat addresses (GitHub links {@code xmpp:} ones as it links e-mail),
 * phone numbers and scripts always, and, unless
 * {@code unsupportedSchemes} is {@code fail}, every other scheme but http and https.
 */
public final class SkippedLinks {

    private static final List<String> NEVER_FETCHED = List.of("mailto", "xmpp", "tel", "javascript");

    private static final List<String> CHECKED = List.of("http", "https");

    /** What follows the scheme when the "scheme" was meant as a host: a port, and perhaps a path. */
    private static final Pattern PORT = Pattern.compile("^[0-9]+(?:[/?#].*)?$", Pattern.DOTALL);

    private SkippedLinks() {}

    /**
     * Where the link's scheme ends, at its {@code :}, when it starts with one as RFC 3986 spells it (a letter, then
     * letters, digits, {@code +}, {@code -} and {@code .}); -1 when it does not. Read by hand: it runs for every link.
     */
    private static int schemeEnd(String link) {
        if (link.isEmpty() || !HttpUrls.isAsciiLetter(link.charAt(0))) {
            return -1;
        }
        int end = 1;
        while (end < link.length() && HttpUrls.isSchemeCharacter(link.charAt(end))) {
            end++;
        }
        return end < link.length() && link.charAt(end) == ':' ? end : -1;
    }

    /** Why a link is skipped, or empty when it is to be checked (and found broken, when it cannot be). */
    public static Optional<String> reason(String url, UnsupportedSchemes unsupportedSchemes) {
        String link = url.strip();
        int colon = schemeEnd(link);
        if (colon < 0) {
            return Optional.empty();
        }
        String scheme = link.substring(0, colon).toLowerCase(Locale.ROOT);
        if (NEVER_FETCHED.contains(scheme)) {
            return Optional.of(scheme + ": links are not checked");
        }
        if (CHECKED.contains(scheme) || unsupportedSchemes == UnsupportedSchemes.FAIL) {
            return Optional.empty();
        }
        String notChecked = scheme + ": links are not checked";
        if (scheme.equals("file")) {
            return Optional.of(
                    notChecked + " but for a path relative to their document (file:docs/setup.md), looked for on disk");
        }
        if (PORT.matcher(link.substring(colon + 1)).matches()) {
            return Optional.of(notChecked + "; a host and port need http:// before them to be a web address");
        }
        return Optional.of(notChecked + "; only http and https are requested");
    }
}
