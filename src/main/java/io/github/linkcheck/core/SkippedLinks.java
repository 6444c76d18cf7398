package io.github.linkcheck.core;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links that are not fetched: mail and chat addresses (GitHub links {@code xmpp:} ones as it links e-mail),
 * phone numbers and scripts always, and, unless
 * {@code unsupportedSchemes} is {@code fail}, every other scheme but http and https.
 */
public final class SkippedLinks {

    private static final List<String> NEVER_FETCHED = List.of("mailto", "xmpp", "tel", "javascript");

    private static final List<String> CHECKED = List.of("http", "https");

    /** A scheme, as RFC 3986 spells one: a letter, then letters, digits, {@code +}, {@code -} and {@code .}. */
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):(.*)", Pattern.DOTALL);

    /** What follows the scheme when the "scheme" was meant as a host: a port, and perhaps a path. */
    private static final Pattern PORT = Pattern.compile("^[0-9]+(?:[/?#].*)?$", Pattern.DOTALL);

    private SkippedLinks() {}

    /** Why a link is skipped, or empty when it is to be checked (and found broken, when it cannot be). */
    public static Optional<String> reason(String url, UnsupportedSchemes unsupportedSchemes) {
        Matcher schemed = SCHEME.matcher(url.strip().toLowerCase(Locale.ROOT));
        if (!schemed.find()) {
            return Optional.empty();
        }
        String scheme = schemed.group(1);
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
        if (PORT.matcher(schemed.group(2)).matches()) {
            return Optional.of(notChecked + "; a host and port need http:// before them to be a web address");
        }
        return Optional.of(notChecked + "; only http and https are requested");
    }
}
