package io.github.linkcheck.core;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes durations in the short forms users type: {@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h},
 * {@code 1d}. */
public final class Durations {

    /** What {@link #parsePositive} accepts, in words, for error messages and documentation. */
    public static final String ACCEPTED_FORMS =
            "a positive duration such as 500ms, 10s, 2m, 1h or 1d, or a bare number of milliseconds";

    private static final Pattern FORM = Pattern.compile("(\\d{1,12})\\s*(ms|s|m|h|d)?");

    private Durations() {}

    /**
     * Parses a duration greater than zero.
     *
     * @param setting the name of the setting the value came from, for the error message
     * @throws InvalidSettingException naming the setting when the value is not a positive duration
     */
    public static Duration parsePositive(String setting, String value) {
        Matcher matcher = value == null ? null : FORM.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (matcher == null || !matcher.matches()) {
            throw new InvalidSettingException(setting, value, "expected " + ACCEPTED_FORMS);
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "ms" : matcher.group(2);
        Duration duration = switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> throw new IllegalStateException("the pattern admits no other unit: " + unit);
        };
        if (duration.isZero()) {
            throw new InvalidSettingException(setting, value, "expected " + ACCEPTED_FORMS);
        }
        return duration;
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
