package io.github.linkcheck.maven;

import io.github.linkcheck.core.IgnoreEntry;
import io.github.linkcheck.core.IgnoreFile;
import io.github.linkcheck.core.InvalidSettingException;
import io.github.linkcheck.core.UntrustedText;

/**
 * One {@code ignore} element of the {@code ignores} parameter: {@code pattern}, {@code reason} and optionally
 * {@code until}; or, as the element's text (and on the command line), a line as the {@code ignoreFile} holds
 * them: {@code pattern # until YYYY-MM-DD: reason}.
 */
public class Ignore {

    private String pattern;
    private String reason;
    private String until;
    private String line;

    /** Reads the short form, a line of the {@code ignoreFile}'s form. */
    public void set(String text) {
        line = text;
    }

    /**
     * The entry, validated.
     *
     * @param number the entry's place in {@code ignores}, from 1, which names it in messages and reports
     * @throws InvalidSettingException naming {@code ignores[number]} when its pattern or
     *     date cannot be used
     */
    IgnoreEntry entry(int number) {
        String name = "ignores[" + number + "]";
        if (line != null) {
            return IgnoreFile.parseLine(line, name, name)
                    .orElseThrow(() -> new InvalidSettingException(
                            name,
                            UntrustedText.neutralise(line.strip()),
                            "expected a pattern, then optionally # until YYYY-MM-DD: reason"));
        }
        return new IgnoreEntry(
                IgnoreEntry.compile(name + ".pattern", pattern),
                reason,
                IgnoreEntry.date(name + ".until", until),
                name);
    }
}
