package io.github.linkcheck.core;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A link known to be broken, for a reason and possibly until a date: an entry of {@code ignores} or of the
 * {@code ignoreFile}. Its pattern is found anywhere in a URL, as those of {@code includes} and {@code excludes}
 * are, but in the URL with its user info masked ({@link HttpUrls#redact}), so that no pattern can tell a
 * secret by matching it.
 *
 * @param pattern the Java regular expression
 * @param reason why the link is ignored, as written; empty when none was given
 * @param until the last day, in UTC, on which the entry holds; empty for no end
 * @param definedAt where the entry is written, for example {@code ignores[2]} or {@code .linkcheckignore:7}
 */
public record IgnoreEntry(Pattern pattern, String reason, Optional<LocalDate> until, String definedAt) {

    /** What a date of an entry may look like. */
    static final String DATE_FORM = "a date written YYYY-MM-DD, such as 2027-01-31";

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    public IgnoreEntry {
        Objects.requireNonNull(pattern, "pattern");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(definedAt, "definedAt");
        reason = reason == null ? "" : reason.strip();
    }

    /**
     * A pattern as users write it.
     *
     * @param setting what names it in a message, for example {@code ignores[2].pattern}
     * @throws InvalidSettingException naming the setting for a pattern that is blank or does not compile
     */
    public static Pattern compile(String setting, String pattern) {
        if (pattern == null || pattern.isBlank()) {
            throw new InvalidSettingException(
                    setting,
                    "",
                    "expected a Java regular expression that is not empty (an empty one matches every URL)");
        }
        try {
            return Pattern.compile(pattern.strip());
        } catch (PatternSyntaxException e) {
            throw new InvalidSettingException(
                    setting,
                    UntrustedText.neutralise(pattern),
                    "expected a Java regular expression (" + UntrustedText.neutralise(e.getDescription()) + ")");
        }
    }

    /**
     * A date as users write it; none for {@code null} or blank.
     *
     * @param setting what names it in a message, for example {@code ignores[2].until}
     * @throws InvalidSettingException naming the setting for a text that is not a day of the calendar
     */
    public static Optional<LocalDate> date(String setting, String until) {
        if (until == null || until.isBlank()) {
            return Optional.empty();
        }
        String date = until.strip();
        try {
            if (DATE.matcher(date).matches()) {
                return Optional.of(LocalDate.parse(date, DateTimeFormatter.ISO_LOCAL_DATE));
            }
        } catch (DateTimeParseException notADay) {
            // Falls through to the message, which says what is accepted.
        }
        throw new InvalidSettingException(setting, UntrustedText.neutralise(until), "expected " + DATE_FORM);
    }

    /** Whether the entry no longer holds on this day: its {@code until} has passed. */
    public boolean isExpiredOn(LocalDate today) {
        return until.map(today::isAfter).orElse(false);
    }

    /** Whether the entry's pattern is found in the URL, its user info masked. */
    public boolean matches(String url) {
        return pattern.matcher(HttpUrls.redact(url)).find();
    }

    /** The entry for people, for example {@code 'example\.org/old' (.linkcheckignore:3)}; not neutralised. */
    public String describe() {
        return "'" + pattern.pattern() + "' (" + definedAt + ")";
    }

    /** For example {@code ignored: the host is down (until 2027-01-31)}; not neutralised. */
    public String ignoredText() {
        return "ignored: " + (reason.isEmpty() ? "no reason given" : reason)
                + until.map(date -> " (until " + date + ")").orElse("");
    }
}
