package io.github.linkcheck.core;

import java.util.Locale;

/**
 * Makes text that the plugin did not write safe to show within one line of output. Servers choose reason
 * phrases and redirect locations, and documents choose their links and file names: shown raw, a line break
 * in them would start a line of their own in the build log, where GitHub's runner obeys {@code ::command}
 * workflow commands, and an escape sequence would reach the terminal (set the clipboard, the title, clear
 * the screen).
 *
 * <p>Every control character, C0 ({@code U+0000}-{@code U+001F}, CR and LF among them), {@code DEL} and C1
 * ({@code U+0080}-{@code U+009F}, {@code NEL} among them), the Unicode line and paragraph separators, the
 * marks that reorder text (bidirectional controls) and unpaired surrogates are shown as escapes:
 * {@code \r}, {@code \n}, {@code \t}, and {@code \}{@code u001b} for the others. GitHub's legacy command
 * form {@code ##[name]}, which the runner finds anywhere in a line, is broken as {@code ##\[}. The escapes are
 * for people to read, not to be decoded: a backslash is left as it is, so Windows paths and patterns stay
 * readable, and {@code linkcheck.json} keeps the exact text.
 *
 * <p>Printable text is left alone, Unicode letters included, so that names and reasons stay readable.
 */
public final class UntrustedText {

    /** GitHub's legacy workflow-command prefix, which its runner looks for anywhere in a line. */
    private static final String LEGACY_COMMAND = "##[";

    private UntrustedText() {}

    /** The text with nothing in it that could end the line, move the cursor, or be read as a command. */
    public static String neutralise(String text) {
        if (text == null || isSafe(text)) {
            return text;
        }
        StringBuilder safe = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSurrogatePair(text, i)) {
                safe.append(c).append(text.charAt(++i));
            } else if (mustBeEscaped(c)) {
                appendEscaped(safe, c);
            } else if (c == '[' && endsWithTwoHashes(safe)) {
                safe.append("\\[");
            } else {
                safe.append(c);
            }
        }
        return safe.toString();
    }

    private static boolean isSafe(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSurrogatePair(text, i)) {
                i++;
            } else if (mustBeEscaped(text.charAt(i))) {
                return false;
            }
        }
        return !text.contains(LEGACY_COMMAND);
    }

    private static boolean isSurrogatePair(String text, int i) {
        return Character.isHighSurrogate(text.charAt(i))
                && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1));
    }

    private static boolean mustBeEscaped(char c) {
        return Character.isISOControl(c)
                || Character.isSurrogate(c)
                || c == '\u2028'
                || c == '\u2029'
                || isBidirectionalControl(c);
    }

    /**
     * The marks that reorder how a line is displayed (embeddings, overrides, isolates), with which a line can
     * be made to show something other than what it holds.
     */
    private static boolean isBidirectionalControl(char c) {
        return c == '\u061c'
                || c == '\u200e'
                || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static void appendEscaped(StringBuilder safe, char c) {
        switch (c) {
            case '\r' -> safe.append("\\r");
            case '\n' -> safe.append("\\n");
            case '\t' -> safe.append("\\t");
            default -> safe.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        }
    }

    private static boolean endsWithTwoHashes(StringBuilder text) {
        int length = text.length();
        return length >= 2 && text.charAt(length - 1) == '#' && text.charAt(length - 2) == '#';
    }
}
