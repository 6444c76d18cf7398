package io.github.linkcheck.core;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A web archive's copy of a broken link, as the archive named it: text from a server, so only an absolute http or
 * https URL is taken, and it still goes through {@link UntrustedText} or the report format's escaping when shown.
 *
 * @param url where the copy is
 * @param timestamp when the archive took it, {@code yyyyMMddHHmmss} or a prefix of it (at least the year)
 */
public record ArchivedCopy(String url, String timestamp) {

    private static final Pattern TIMESTAMP = Pattern.compile("[0-9]{4,14}");

    public ArchivedCopy {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /**
     * The copy an archive names, when its URL is an absolute http or https URL and its timestamp is digits; empty
     * otherwise.
     */
    public static Optional<ArchivedCopy> of(String url, String timestamp) {
        if (url == null || timestamp == null || !TIMESTAMP.matcher(timestamp).matches()) {
            return Optional.empty();
        }
        try {
            // A URI refuses control characters and spaces: what is left cannot break a line.
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        return Optional.of(new ArchivedCopy(url, timestamp));
    }

    /** The day the copy was taken, {@code 2013-09-19}, or as much of it as the timestamp says. */
    public String day() {
        if (timestamp.length() < 8) {
            return timestamp.substring(0, 4);
        }
        return timestamp.substring(0, 4) + "-" + timestamp.substring(4, 6) + "-" + timestamp.substring(6, 8);
    }

    /** How reports name it after a problem: {@code archived copy: http://web.archive.org/... (2013-09-19)}. */
    public String describe() {
        return "archived copy: " + HttpUrls.redact(url) + " (" + day() + ")";
    }
}
