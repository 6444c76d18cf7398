package io.github.linkcheck.core;

import java.util.Locale;

/** The judgement on one URL. */
public enum Verdict {
    /** The URL answered with an accepted status in time. */
    OK,
    /** The URL answered with an accepted status, but slower than the slow threshold. */
    SLOW,
    /** The URL answered with an accepted status in time, through a permanent redirect: the link is outdated. */
    MOVED,
    /** The URL did not answer with an accepted status. */
    BROKEN,
    /** The URL was not requested: it matches no include pattern, or an exclude pattern. */
    EXCLUDED,
    /** The link is of a kind that is not checked: {@code mailto:}, {@code xmpp:}, {@code tel:}, {@code javascript:}. */
    SKIPPED,
    /**
     * The URL was not checked to the end before {@code maxTotalTime} ran out, or, in an offline run, not requested
     * ({@link Outcome.Offline}).
     */
    NOT_CHECKED,
    /**
     * The http URL answered with an accepted status in time, and, with {@code checkHttps} on, its https form does too
     * and leads to the same place: the link should use https. Never a slow or moved link: those are said first.
     */
    INSECURE;

    /** The word reports use, for example {@code broken} or {@code not checked}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
