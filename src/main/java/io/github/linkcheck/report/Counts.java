package io.github.linkcheck.report;

import java.util.Locale;

/**
 * How every count reads, on the console, in the failure message, in the progress lines and in the reports for
 * people: with a comma between thousands ({@code 2,000}), whatever the machine's locale, so that a log reads the
 * same everywhere and a script can match it.
 */
public final class Counts {

    private Counts() {}

    /** For example {@code 12,345}. */
    public static String of(long count) {
        return String.format(Locale.ROOT, "%,d", count);
    }

    /** A count and its noun, for example {@code 1 link} or {@code 2,000 links}. */
    public static String of(long count, String one, String many) {
        return of(count) + " " + (count == 1 ? one : many);
    }
}
