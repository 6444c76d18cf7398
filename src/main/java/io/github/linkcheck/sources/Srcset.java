package io.github.linkcheck.sources;

import java.util.ArrayList;
import java.util.List;

/**
 * The image URLs of a {@code srcset} attribute, read as HTML's "parse a srcset attribute" algorithm reads them:
 * candidates separated by commas, each a URL running to white space and then optional descriptors
 * ({@code 2x}, {@code 600w}). A comma inside a URL is part of it ({@code data:image/png;base64,...}, and
 * {@code a.png,b.png} is one URL); commas that end a URL are dropped.
 */
final class Srcset {

    private Srcset() {}

    /** The URLs of the candidates of a {@code srcset} value, in order; none for a value with none. */
    static List<String> urls(String srcset) {
        List<String> urls = new ArrayList<>();
        int position = 0;
        int length = srcset.length();
        while (true) {
            while (position < length
                    && (isAsciiWhiteSpace(srcset.charAt(position)) || srcset.charAt(position) == ',')) {
                position++;
            }
            if (position >= length) {
                return urls;
            }
            int urlStart = position;
            while (position < length && !isAsciiWhiteSpace(srcset.charAt(position))) {
                position++;
            }
            int urlEnd = position;
            boolean endedByCommas = srcset.charAt(urlEnd - 1) == ',';
            while (urlEnd > urlStart && srcset.charAt(urlEnd - 1) == ',') {
                urlEnd--;
            }
            if (urlEnd > urlStart) {
                urls.add(srcset.substring(urlStart, urlEnd));
            }
            if (!endedByCommas) {
                position = afterDescriptors(srcset, position);
            }
        }
    }

    /**
     * Where the descriptors after a URL end: at the first comma outside parentheses (HTML's descriptor
     * tokenizer), or at the end of the value.
     */
    private static int afterDescriptors(String srcset, int from) {
        boolean inParentheses = false;
        for (int position = from; position < srcset.length(); position++) {
            char c = srcset.charAt(position);
            if (c == '(') {
                inParentheses = true;
            } else if (c == ')') {
                inParentheses = false;
            } else if (c == ',' && !inParentheses) {
                return position + 1;
            }
        }
        return srcset.length();
    }

    /** HTML's ASCII white space: tab, line feed, form feed, carriage return and space. */
    private static boolean isAsciiWhiteSpace(char c) {
        return c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == ' ';
    }
}
