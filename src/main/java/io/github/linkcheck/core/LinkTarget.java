package io.github.linkcheck.core;

import java.util.List;
import java.util.Objects;

/**
 * A URL to check, exactly as the user wrote it, and every place it was found.
 *
 * @param url the URL as written, surrounding whitespace removed
 * @param origins where the URL stands, for messages, for example {@code <urls> entry 3}
 */
public record LinkTarget(String url, List<String> origins) {

    public LinkTarget {
        Objects.requireNonNull(url, "url");
        origins = List.copyOf(origins);
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("a link target needs at least one origin: " + url);
        }
    }

    public static LinkTarget of(String url, String origin) {
        return new LinkTarget(url, List.of(origin));
    }
}
