package io.github.linkcheck.core;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes durations in the short forms users type: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h},
 * {@code 1d}. */
public final class Durations {

    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");

    private Durations() {}

    /** The units users may write, by the suffix they write. */
    private enum Unit {
        MS(1),
        S(1_000),
        M(60_000),
        H(3_600_000),
        D(86_400_000);

        final long millis;

        Unit(long millis) {
            this.millis = millis;
        }
    }

    /**
     * Parses a duration from 1 ms to {@code max}. Any number of digits is read, so that a value far beyond the
     * maximum is named as such rather than overflowing.
     *
     * @param setting the name of the setting the value came from, for the error message
     * @throws InvalidSettingException naming the setting, the value and the accepted range when the value is not
     *     a duration in that range
     */
    public static Duration parse(String setting, String value, Duration max) {
        Matcher matcher = value == null ? null : FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (matcher == null || !matcher.matches()) {
            throw new InvalidSettingException(setting, value, accepted(max));
        }
        Unit unit = matcher.group(2) == null
                ? Unit.MS
                : Unit.valueOf(matcher.group(2).toUpperCase(Locale.ROOT));
        BigInteger millis = new BigInteger(matcher.group(1)).multiply(BigInteger.valueOf(unit.millis));
        if (millis.signum() == 0 || millis.compareTo(BigInteger.valueOf(max.toMillis())) > 0) {
            throw new InvalidSettingException(setting, value, accepted(max));
        }
        return Duration.ofMillis(millis.longValueExact());
    }

    /** What {@link #parse} accepts up to {@code max}, in words, for error messages. */
    public static String accepted(Duration max) {
        return "expected a duration from 1ms to " + written(max) + ": a whole number followed by ms, s, m, h or d,"
                + " such as 500ms, 10s or 2m, or a bare number of milliseconds";
    }

    /** A duration in the largest unit that writes it whole, as users type it: {@code 1h}, {@code 365d}. */
    public static String written(Duration duration) {
        long millis = duration.toMillis();
        for (Unit unit : new Unit[] {Unit.D, Unit.H, Unit.M, Unit.S}) {
            if (millis % unit.millis == 0) {
                return millis / unit.millis + unit.name().toLowerCase(Locale.ROOT);
            }
        }
        return millis + "ms";
    }

    /** Formats a duration for people: {@code 850 ms}, {@code 1.4 s}, {@code 2 m 5 s}. */
    public static String format(Duration duration) {
        long millis = duration.toMillis();
        if (millis < 1_000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1_000.0);
        }
        return duration.toMinutes() + " m " + duration.toSecondsPart() + " s";
    }
}
