package io.github.linkcheck.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bare http and https URLs of a text with no markup to parse. A URL ends at white space, at characters
 * that cannot stand in one unencoded, and before trailing punctuation that ends the sentence around it.
 */
final class PlainTextLinkExtractor implements LinkExtractor {

    private static final Pattern URL =
            Pattern.compile("https?://[^\\s<>\"'`{}|\\\\^\\[\\]]+", Pattern.CASE_INSENSITIVE);
    private static final String TRAILING_PUNCTUATION = ".,;:!?)";

    @Override
    public List<FoundLink> extract(String text) {
        // A URL holds no white space, so one never runs over a line break.
        LineStarts lines = LineStarts.of(text);
        List<FoundLink> links = new ArrayList<>();
        Matcher matcher = URL.matcher(text);
        while (matcher.find()) {
            links.add(lines.linkAt(trimTrailingPunctuation(matcher.group()), matcher.start()));
        }
        return links;
    }

    private static String trimTrailingPunctuation(String url) {
        int end = url.length();
        while (end > 0
                && TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0
                && !(url.charAt(end - 1) == ')' && url.substring(0, end).contains("("))) {
            end--;
        }
        return url.substring(0, end);
    }
}
