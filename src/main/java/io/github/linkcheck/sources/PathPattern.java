package io.github.linkcheck.sources;

import io.github.linkcheck.core.InvalidSettingException;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A file pattern as Maven and Ant write them, relative to a folder: {@code *} matches within one folder
 * name, {@code **} across folders, and {@code docs/**}{@code /*.md} also matches {@code docs/a.md}.
 */
final class PathPattern {

    private final String text;
    private final Pattern regex;

    private PathPattern(String text, Pattern regex) {
        this.text = text;
        this.regex = regex;
    }

    /**
     * Reads a pattern of the {@code documents} parameter.
     *
     * @throws InvalidSettingException for a pattern that reaches out of its folder, which could only match
     *     files outside it, or nothing
     */
    static PathPattern of(String pattern) {
        String normalized = pattern.strip().replace('\\', '/');
        if (normalized.startsWith("/")
                || normalized.matches("^[A-Za-z]:.*")
                || Arrays.asList(normalized.split("/")).contains("..")) {
            throw new InvalidSettingException(
                    "documents",
                    pattern,
                    "expected a pattern within the document folder, such as docs/**/*.md, without '..' or a leading '/'");
        }
        if (normalized.endsWith("/")) {
            normalized += "**";
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            if (normalized.startsWith("**/", i)) {
                regex.append("(?:.*/)?");
                i += 2;
            } else if (normalized.startsWith("**", i)) {
                regex.append(".*");
                i += 1;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        // DOTALL: a file name may hold a line break, and such a document must not slip past the check.
        return new PathPattern(pattern, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    /** Whether a path relative to the pattern's folder, with {@code /} between names, matches. */
    boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    /** The pattern as the user wrote it. */
    @Override
    public String toString() {
        return text;
    }
}
