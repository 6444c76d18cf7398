package io.github.linkcheck.sources;

import java.util.Arrays;

/**
 * Where the lines of a text start, to tell the line and column of a character offset. A line ends at
 * {@code \n}, {@code \r\n} or a lone {@code \r}, as in CommonMark and in browsers' preprocessing of HTML.
 * Columns count characters (UTF-16 units) from 1, a tab as one.
 */
final class LineStarts implements SourcePositions {

    private final CharSequence text;
    private final int[] starts;
    private final int lineCount;

    private LineStarts(CharSequence text, int[] starts, int lineCount) {
        this.text = text;
        this.starts = starts;
        this.lineCount = lineCount;
    }

    static LineStarts of(CharSequence text) {
        if (text instanceof String string && string.indexOf('\r') < 0) {
            return ofLineFeeds(string);
        }
        int[] starts = new int[16];
        int count = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return new LineStarts(text, starts, count);
    }

    /**
     * The lines of a text whose only line break is {@code \n}, most texts: found with indexOf, which the JVM makes
     * fast even before it compiles this method, where a loop over the characters runs in its interpreter.
     */
    private static LineStarts ofLineFeeds(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int lineFeed = text.indexOf('\n'); lineFeed >= 0; lineFeed = text.indexOf('\n', lineFeed + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = lineFeed + 1;
        }
        return new LineStarts(text, starts, count);
    }

    int lineCount() {
        return lineCount;
    }

    /** The 0-based line of an offset. */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(starts, 0, lineCount, offset);
        return found >= 0 ? found : -found - 2;
    }

    int start(int line) {
        return starts[line];
    }

    /** Where a line's text ends, before its line break. */
    int end(int line) {
        if (line + 1 == lineCount) {
            return text.length();
        }
        int lineBreak = starts[line + 1] - 1;
        boolean crLf = text.charAt(lineBreak) == '\n' && lineBreak > starts[line] && text.charAt(lineBreak - 1) == '\r';
        return crLf ? lineBreak - 1 : lineBreak;
    }

    @Override
    public FoundLink linkAt(String url, int offset) {
        int line = lineOf(offset);
        return new FoundLink(url, line + 1, offset - starts[line] + 1);
    }
}
