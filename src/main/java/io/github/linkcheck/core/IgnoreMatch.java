package io.github.linkcheck.core;

import java.util.Objects;

/**
 * The {@code ignores} entry that matches a link, and whether it had expired on the day of the run. A result that
 * failed carries it: while the entry holds, the failure fails nothing; once expired, it counts as usual and its
 * reports name the entry.
 */
public record IgnoreMatch(IgnoreEntry entry, boolean expired) {

    public IgnoreMatch {
        Objects.requireNonNull(entry, "entry");
    }

    /**
     * What reports add to a failure, for example {@code ignored: the host is down (until 2027-01-31)}, or, when
     * expired, {@code ignores entry 'example\.org' (ignores[1]) expired after 2026-01-31}; not neutralised.
     */
    public String describe() {
        if (!expired) {
            return entry.ignoredText();
        }
        return "ignores entry " + entry.describe() + " expired after "
                + entry.until().orElseThrow();
    }
}
