package io.github.linkcheck.core;

import java.util.List;
import java.util.Objects;

/**
 * A link to check, and every place it was found.
 *
 * @param url the URL as written, surrounding whitespace removed; for a link to a local file, its path
 *     relative to the reactor root
 * @param origins every place the link stands, for example {@code README.md:42:7} or {@code urls entry 3}
 * @param localFile the file or folder a relative link in a document points to; {@code null} for URLs
 * @param checkedAs the URL requested instead, as a {@code remaps} entry rewrote it; {@code null} when the URL is
 *     requested as written
 */
public record LinkTarget(String url, List<Origin> origins, LocalFile localFile, String checkedAs) {

    public LinkTarget {
        Objects.requireNonNull(url, "url");
        origins = List.copyOf(origins);
        if (origins.isEmpty()) {
            throw new IllegalArgumentException("a link target needs at least one origin: " + url);
        }
    }

    /** A link requested as written. */
    public LinkTarget(String url, List<Origin> origins, LocalFile localFile) {
        this(url, origins, localFile, null);
    }

    /** The URL to request: the remapped one when a {@code remaps} entry rewrote it, the URL as written otherwise. */
    public String checkedUrl() {
        return checkedAs == null ? url : checkedAs;
    }

    /** The same link, requested at another URL. */
    public LinkTarget checkedAs(String requested) {
        return new LinkTarget(url, origins, localFile, requested);
    }

    /** The URL with its user info masked, then the remapped URL, masked too, when there is one. */
    public String describeUrl() {
        String shown = HttpUrls.redact(url);
        return checkedAs == null ? shown : shown + " (checked as " + HttpUrls.redact(checkedAs) + ")";
    }

    public static LinkTarget of(String url, Origin origin) {
        return new LinkTarget(url, List.of(origin), null);
    }

    /**
     * A relative link to a file or folder of the project, checked on disk.
     *
     * @param shownAs the link as reports show it: the path relative to the reactor root, and the fragment when checked
     */
    public static LinkTarget localFile(String shownAs, LocalFile file, Origin origin) {
        return new LinkTarget(shownAs, List.of(origin), file);
    }
}
