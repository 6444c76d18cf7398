package io.github.linkcheck.sources;

import org.jsoup.parser.Parser;

import java.io.ByteArrayOutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes new URLs in place of old ones in the bytes of a document, at the places where its links were found,
 * changing no other byte: line breaks, a byte order mark, the text and markup around stay as they are. Each place
 * is looked at before anything is written: the URL must stand there as the document wrote it, which is where the
 * link's construct starts ({@code [}, {@code <} of an autolink or of an HTML tag), the URL itself (a bare URL), or
 * the line (a URL file). A place whose text is not the URL, or is the URL written in a form this class does not
 * rewrite safely (a relative URL resolved against {@code <base href>}, a {@code www.} autolink), is
 * left alone with the reason. The new URL is written as its place needs it: escaped for an HTML attribute,
 * percent-encoded where Markdown would end or break a destination. The result is read back with the document's own
 * link extractor: a document whose links would not come out as intended is not rewritten at all.
 */
public final class LinkRewriter {

    /** How a file's links are written: the kinds of document, and a URL file, one URL a line. */
    private enum Syntax {
        MARKDOWN,
        HTML,
        PLAIN_TEXT,
        URL_LIST
    }

    /**
     * A URL to write instead of another, at the place a link to it was found.
     *
     * @param line the 1-based line the link was found on
     * @param column the 1-based column, in characters, of where the link starts; 0 in a URL file, where the line
     *     is the link
     * @param oldUrl the URL checked there
     * @param newUrl the URL to write
     */
    public record Edit(int line, int column, String oldUrl, String newUrl) {}

    /**
     * A URL written anew.
     *
     * @param line the 1-based line where the URL stands
     * @param column the 1-based column where the URL starts
     * @param oldText the URL as it was written
     * @param newText the URL as it is now written
     */
    public record Change(int line, int column, String oldText, String newText) {}

    /** An edit that was not made, and why. */
    public record Skip(Edit edit, String reason) {}

    /**
     * What rewriting a file comes to.
     *
     * @param bytes the file's new content; the old one when nothing changed
     * @param changes the URLs written anew, in file order, each place once
     * @param skipped the edits not made
     */
    public record Rewrite(byte[] bytes, List<Change> changes, List<Skip> skipped) {

        public boolean changed() {
            return !changes.isEmpty();
        }
    }

    private final Syntax syntax;

    private LinkRewriter(Syntax syntax) {
        this.syntax = syntax;
    }

    /** A rewriter of a document, Markdown, HTML or other text as its name tells, as {@link DocumentScanner} reads it. */
    public static LinkRewriter forDocument(Path document) {
        return new LinkRewriter(
                switch (DocumentKind.of(document)) {
                    case MARKDOWN -> Syntax.MARKDOWN;
                    case HTML -> Syntax.HTML;
                    case PLAIN_TEXT -> Syntax.PLAIN_TEXT;
                });
    }

    /** A rewriter of a URL file, one URL a line, as {@link UrlFiles} reads it. */
    public static LinkRewriter forUrlFile() {
        return new LinkRewriter(Syntax.URL_LIST);
    }

    /**
     * A span of the text to write anew, found for an edit.
     *
     * @param newUrl the URL the new text must read as, as cleaned
     */
    private record Replacement(int start, int end, String text, String oldUrl, String newUrl) {}

    /**
     * Where an edit's URL stands and what to write there, one place or more (an HTML tag may hold the URL in its
     * {@code src} and its {@code srcset}); or why it is left alone.
     */
    private record Located(List<Replacement> replacements, String whyNot) {

        /** The URL written as {@code text}, which reads as it is, but for what {@link BrowserUrls#clean} encodes. */
        static Located at(int start, int end, String text, Edit edit) {
            return at(start, end, text, edit, edit.newUrl());
        }

        /** The URL written as {@code text}, which reads as {@code readAs}. */
        static Located at(int start, int end, String text, Edit edit, String readAs) {
            return new Located(
                    List.of(new Replacement(start, end, text, edit.oldUrl(), BrowserUrls.clean(readAs))), null);
        }

        static Located not(String why) {
            return new Located(List.of(), why);
        }
    }

    /**
     * The content with every edit made that can be made safely.
     *
     * @throws CharacterCodingException when the content is not UTF-8 text, which no link was found in either
     */
    public Rewrite rewrite(byte[] content, List<Edit> edits) throws CharacterCodingException {
        String text = DocumentKind.decode(content);
        LineStarts lines = LineStarts.of(text);
        Map<Integer, Replacement> byStart = new HashMap<>();
        List<Skip> skipped = new ArrayList<>();
        for (Edit edit : edits) {
            Located located = locate(text, lines, edit);
            if (located.replacements().isEmpty()) {
                skipped.add(new Skip(edit, located.whyNot()));
                continue;
            }
            for (Replacement replacement : located.replacements()) {
                Replacement earlier = byStart.putIfAbsent(replacement.start(), replacement);
                if (earlier != null && !earlier.equals(replacement)) {
                    skipped.add(new Skip(edit, "another new URL is written at the same place"));
                }
            }
        }
        List<Replacement> ordered = byStart.values().stream()
                .sorted(Comparator.comparingInt(Replacement::start))
                .toList();
        for (int i = 1; i < ordered.size(); i++) {
            if (ordered.get(i).start() < ordered.get(i - 1).end()) {
                return nothingWritten(content, edits, "two of its links overlap as written");
            }
        }
        if (ordered.isEmpty()) {
            return new Rewrite(content, List.of(), skipped);
        }
        StringBuilder rewritten = new StringBuilder(text);
        for (int i = ordered.size() - 1; i >= 0; i--) {
            Replacement replacement = ordered.get(i);
            rewritten.replace(replacement.start(), replacement.end(), replacement.text());
        }
        String newText = rewritten.toString();
        if (!readsBackAsIntended(text, newText, ordered)) {
            return nothingWritten(content, edits, "its links would not read back as the new URLs; edit it by hand");
        }
        List<Change> changes = new ArrayList<>();
        for (Replacement replacement : ordered) {
            FoundLink place = lines.linkAt(replacement.text(), replacement.start());
            changes.add(new Change(
                    place.line(),
                    place.column(),
                    text.substring(replacement.start(), replacement.end()),
                    replacement.text()));
        }
        return new Rewrite(spliced(content, text, ordered), changes, skipped);
    }

    private static Rewrite nothingWritten(byte[] content, List<Edit> edits, String why) {
        return new Rewrite(
                content,
                List.of(),
                edits.stream().map(edit -> new Skip(edit, why)).toList());
    }

    /**
     * The new bytes: the old ones, but for the spans replaced, so that nothing else can change, however the text
     * would encode back.
     */
    private static byte[] spliced(byte[] content, String text, List<Replacement> ordered) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 64);
        int copiedTo = 0;
        int charsCounted = 0;
        int bytesCounted = 0;
        for (Replacement replacement : ordered) {
            bytesCounted += utf8Length(text, charsCounted, replacement.start());
            int startByte = bytesCounted;
            bytesCounted += utf8Length(text, replacement.start(), replacement.end());
            charsCounted = replacement.end();
            out.write(content, copiedTo, startByte - copiedTo);
            out.writeBytes(replacement.text().getBytes(StandardCharsets.UTF_8));
            copiedTo = bytesCounted;
        }
        out.write(content, copiedTo, content.length - copiedTo);
        return out.toByteArray();
    }

    private static int utf8Length(String text, int start, int end) {
        return text.substring(start, end).getBytes(StandardCharsets.UTF_8).length;
    }

    /**
     * Whether the rewritten text has the links of the old one, but for links to a replaced URL, which now link to
     * its new URL: no escape, markup or punctuation around a new URL changed what else the document links to, and
     * each new URL is read as written. Counted, not placed: a reference definition is the URL of every link that
     * uses it, and a URL left alone at one place may be replaced at another.
     */
    private boolean readsBackAsIntended(String oldText, String newText, List<Replacement> replacements) {
        if (syntax == Syntax.URL_LIST) {
            return true;
        }
        Map<String, Integer> before = counted(linksOf(oldText));
        Map<String, Integer> after = counted(linksOf(newText));
        Set<String> involved = new HashSet<>();
        for (Replacement replacement : replacements) {
            involved.add(replacement.oldUrl());
            involved.add(replacement.newUrl());
            if (!after.containsKey(replacement.newUrl())) {
                return false;
            }
        }
        Set<String> every = new HashSet<>(before.keySet());
        every.addAll(after.keySet());
        int involvedBefore = 0;
        int involvedAfter = 0;
        for (String url : every) {
            int countBefore = before.getOrDefault(url, 0);
            int countAfter = after.getOrDefault(url, 0);
            if (involved.contains(url)) {
                involvedBefore += countBefore;
                involvedAfter += countAfter;
            } else if (countBefore != countAfter) {
                return false;
            }
        }
        return involvedBefore == involvedAfter;
    }

    private static Map<String, Integer> counted(List<String> urls) {
        Map<String, Integer> counts = new HashMap<>();
        urls.forEach(url -> counts.merge(url, 1, Integer::sum));
        return counts;
    }

    private List<String> linksOf(String text) {
        LinkExtractor extractor = switch (syntax) {
            case MARKDOWN -> new MarkdownLinkExtractor();
            case HTML -> new HtmlLinkExtractor();
            default -> new PlainTextLinkExtractor();
        };
        return extractor.extract(text).stream()
                .map(link -> BrowserUrls.clean(link.url()))
                .toList();
    }

    private Located locate(String text, LineStarts lines, Edit edit) {
        if (edit.line() == 0) {
            return Located.not("where the link stands is not known (markup the parser repaired around it)");
        }
        if (edit.line() > lines.lineCount()) {
            return Located.not("no line " + edit.line() + " in the file: it changed since it was checked");
        }
        int lineStart = lines.start(edit.line() - 1);
        int lineEnd = lines.end(edit.line() - 1);
        if (syntax == Syntax.URL_LIST) {
            return inUrlList(text, lineStart, lineEnd, edit);
        }
        if (edit.column() < 1 || lineStart + edit.column() - 1 > lineEnd) {
            return Located.not("no column " + edit.column() + " on line " + edit.line());
        }
        int offset = lineStart + edit.column() - 1;
        if (text.startsWith(edit.oldUrl(), offset)) {
            // A bare URL: its extractor found where it ends, and the new one is read back the same way.
            return Located.at(offset, offset + edit.oldUrl().length(), edit.newUrl(), edit);
        }
        return switch (syntax) {
            case MARKDOWN -> inMarkdown(text, offset, edit);
            case HTML -> HtmlTag.at(text, offset).map(tag -> tag.locate(edit)).orElseGet(LinkRewriter::notThere);
            default -> notThere();
        };
    }

    private static Located notThere() {
        return Located.not("the URL is not written at this place: the file changed since it was checked, or"
                + " writes the URL in a form that is not rewritten (www. without a scheme, // without one)");
    }

    private static Located inUrlList(String text, int lineStart, int lineEnd, Edit edit) {
        String line = text.substring(lineStart, lineEnd);
        int start = 0;
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        if (!line.strip().equals(edit.oldUrl())) {
            return Located.not("the line is not this URL: the file changed since it was checked");
        }
        return Located.at(lineStart + start, lineStart + start + edit.oldUrl().length(), edit.newUrl(), edit);
    }

    // Markdown

    private static Located inMarkdown(String text, int offset, Edit edit) {
        char first = text.charAt(offset);
        if (first == '<') {
            int urlStart = offset + 1;
            int urlEnd = urlStart + edit.oldUrl().length();
            if (text.startsWith(edit.oldUrl(), urlStart) && urlEnd < text.length() && text.charAt(urlEnd) == '>') {
                String encoded = encoded(edit.newUrl(), " <>", false);
                return Located.at(urlStart, urlEnd, encoded, edit, encoded);
            }
            return HtmlTag.at(text, offset).map(tag -> tag.locate(edit)).orElseGet(LinkRewriter::notThere);
        }
        int textStart = first == '!' ? offset + 1 : offset;
        if (textStart >= text.length() || text.charAt(textStart) != '[') {
            return notThere();
        }
        int textEnd = closingBracket(text, textStart);
        if (textEnd < 0) {
            return notThere();
        }
        if (textEnd + 1 < text.length() && text.charAt(textEnd + 1) == '(') {
            return inlineDestination(text, textEnd + 2, edit);
        }
        String label = text.substring(textStart + 1, textEnd);
        if (textEnd + 1 < text.length() && text.charAt(textEnd + 1) == '[') {
            int labelEnd = closingBracket(text, textEnd + 1);
            if (labelEnd > textEnd + 2) {
                label = text.substring(textEnd + 2, labelEnd);
            }
        }
        return referenceDestination(text, label, edit);
    }

    /** Where the bracket that closes the one at {@code open} is, past escapes and code spans; -1 when none. */
    private static int closingBracket(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                int run = i;
                while (run < text.length() && text.charAt(run) == '`') {
                    run++;
                }
                int close = text.indexOf(text.substring(i, run), run);
                i = close < 0 ? run - 1 : close + (run - i) - 1;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The destination of an inline link, whose {@code (} is just before {@code start}. */
    private static Located inlineDestination(String text, int start, Edit edit) {
        int destination = start;
        while (destination < text.length() && " \t".indexOf(text.charAt(destination)) >= 0) {
            destination++;
        }
        if (destination < text.length() && (text.charAt(destination) == '\n' || text.charAt(destination) == '\r')) {
            destination++;
            if (text.charAt(destination - 1) == '\r' && text.startsWith("\n", destination)) {
                destination++;
            }
            while (destination < text.length() && " \t".indexOf(text.charAt(destination)) >= 0) {
                destination++;
            }
        }
        return writtenDestination(text, destination, edit);
    }

    /**
     * The destination of a reference link's definition, {@code [label]: url} at the start of a line: found by its
     * label as CommonMark matches labels. A definition in a block quote or list item is not looked for.
     */
    private static Located referenceDestination(String text, String label, Edit edit) {
        Matcher definition = Pattern.compile("(?m)^ {0,3}\\[((?:[^\\]\\\\]|\\\\.)+)\\]:[ \\t]*")
                .matcher(text);
        String key = labelKey(label);
        while (definition.find()) {
            if (labelKey(definition.group(1)).equals(key)) {
                if (definition.end() >= text.length() || "\r\n".indexOf(text.charAt(definition.end())) >= 0) {
                    return Located.not("the reference definition [" + label + "] writes its URL on the next line");
                }
                return writtenDestination(text, definition.end(), edit);
            }
        }
        return Located.not("no definition [" + label + "]: at the start of a line (one in a quote or a list"
                + " item is not rewritten)");
    }

    private static String labelKey(String label) {
        return label.strip()
                .replaceAll("[ \\t\\r\\n]+", " ")
                .toLowerCase(Locale.ROOT)
                .toUpperCase(Locale.ROOT);
    }

    /** A Markdown link destination written at {@code start}: {@code <...>} or up to white space or its {@code )}. */
    private static Located writtenDestination(String text, int start, Edit edit) {
        if (start < text.length() && text.charAt(start) == '<') {
            int end = start + 1;
            while (end < text.length() && "<>\r\n".indexOf(text.charAt(end)) < 0) {
                if (text.charAt(end) == '\\') {
                    end++;
                }
                end++;
            }
            if (end >= text.length() || text.charAt(end) != '>') {
                return notThere();
            }
            return markdownDestination(text, start + 1, end, edit, " <>\\", false);
        }
        int end = start;
        int parentheses = 0;
        while (end < text.length()) {
            char c = text.charAt(end);
            if (c <= ' ') {
                break;
            }
            if (c == '\\' && end + 1 < text.length()) {
                end++;
            } else if (c == '(') {
                parentheses++;
            } else if (c == ')' && parentheses-- == 0) {
                break;
            }
            end++;
        }
        return markdownDestination(text, start, end, edit, " <>\\", true);
    }

    private static Located markdownDestination(
            String text, int start, int end, Edit edit, String encodedCharacters, boolean unbalancedParentheses) {
        String written = text.substring(start, end);
        if (!BrowserUrls.clean(unescapeMarkdown(Parser.unescapeEntities(written, true)))
                .equals(edit.oldUrl())) {
            return notThere();
        }
        String encoded = encoded(edit.newUrl(), encodedCharacters, unbalancedParentheses);
        return Located.at(start, end, encoded, edit, encoded);
    }

    /** A destination with Markdown's backslash escapes of ASCII punctuation taken out. */
    private static String unescapeMarkdown(String written) {
        return written.replaceAll("\\\\(\\p{Punct})", "$1");
    }

    /**
     * A URL percent-encoded where Markdown would read a character otherwise: the given characters, and in a
     * destination that ends at a {@code )}, parentheses that do not balance.
     */
    private static String encoded(String url, String characters, boolean parenthesesMustBalance) {
        boolean encodeParentheses = parenthesesMustBalance && !balanced(url);
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (characters.indexOf(c) >= 0 || c < ' ' || (encodeParentheses && (c == '(' || c == ')'))) {
                out.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean balanced(String url) {
        int depth = 0;
        for (int i = 0; i < url.length(); i++) {
            if (url.charAt(i) == '(') {
                depth++;
            } else if (url.charAt(i) == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    // HTML

    /** An HTML start tag as written, and the values of its linking attributes. */
    private record HtmlTag(String source, List<AttributeValue> values) {

        private static final Pattern NAME = Pattern.compile("[^\\s/>=]+");

        /** An attribute's value as written: where, and the quote around it ({@code 0} for none). */
        private record AttributeValue(String name, int start, int end, char quote) {}

        static Optional<HtmlTag> at(String text, int offset) {
            if (!text.startsWith("<", offset)) {
                return Optional.empty();
            }
            Matcher name = NAME.matcher(text).region(offset + 1, text.length());
            if (!name.lookingAt()) {
                return Optional.empty();
            }
            List<AttributeValue> values = new ArrayList<>();
            int i = name.end();
            while (i < text.length()) {
                while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '/')) {
                    i++;
                }
                if (i >= text.length() || text.charAt(i) == '>') {
                    return Optional.of(new HtmlTag(text, values));
                }
                Matcher attribute = NAME.matcher(text).region(i, text.length());
                if (!attribute.lookingAt()) {
                    return Optional.empty();
                }
                String attributeName = attribute.group().toLowerCase(Locale.ROOT);
                i = skipSpace(text, attribute.end());
                if (i >= text.length() || text.charAt(i) != '=') {
                    continue;
                }
                i = skipSpace(text, i + 1);
                if (i >= text.length()) {
                    return Optional.empty();
                }
                char quote = text.charAt(i);
                if (quote == '"' || quote == '\'') {
                    int close = text.indexOf(quote, i + 1);
                    if (close < 0) {
                        return Optional.empty();
                    }
                    values.add(new AttributeValue(attributeName, i + 1, close, quote));
                    i = close + 1;
                } else {
                    int end = i;
                    while (end < text.length()
                            && !Character.isWhitespace(text.charAt(end))
                            && text.charAt(end) != '>') {
                        end++;
                    }
                    values.add(new AttributeValue(attributeName, i, end, (char) 0));
                    i = end;
                }
            }
            return Optional.empty();
        }

        private static int skipSpace(String text, int i) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        /**
         * The {@code href} or {@code src} whose value, read as a browser reads it (entities decoded, cleaned), is
         * the edit's URL, and each image candidate of a {@code srcset} that is the URL as written; a URL relative
         * to a {@code <base href>} is left alone.
         */
        Located locate(Edit edit) {
            List<Replacement> replacements = new ArrayList<>();
            for (AttributeValue value : values) {
                String written = text(value);
                if (value.name().equals("href") || value.name().equals("src")) {
                    if (BrowserUrls.clean(Parser.unescapeEntities(written, true))
                            .equals(edit.oldUrl())) {
                        Located located = replaced(value, written.strip(), written.indexOf(written.strip()), edit);
                        if (located.replacements().isEmpty()) {
                            return located;
                        }
                        replacements.addAll(located.replacements());
                    }
                } else if (value.name().equals("srcset")) {
                    for (int candidate : srcsetCandidates(written, edit.oldUrl())) {
                        Located located = replaced(value, edit.oldUrl(), candidate, edit);
                        if (located.replacements().isEmpty()) {
                            return located;
                        }
                        replacements.addAll(located.replacements());
                    }
                }
            }
            return replacements.isEmpty()
                    ? Located.not("no href, src or srcset of the tag here is this URL as written (a URL relative to"
                            + " <base href>, or the file changed since it was checked)")
                    : new Located(replacements, null);
        }

        /**
         * Where a srcset's value writes the URL as one of its image candidates, as written: after the start, a space
         * or a comma, and before the end, a space or a comma.
         */
        private static List<Integer> srcsetCandidates(String srcset, String url) {
            List<Integer> starts = new ArrayList<>();
            for (int at = srcset.indexOf(url); at >= 0; at = srcset.indexOf(url, at + 1)) {
                int after = at + url.length();
                if ((at == 0 || Character.isWhitespace(srcset.charAt(at - 1)) || srcset.charAt(at - 1) == ',')
                        && (after == srcset.length()
                                || Character.isWhitespace(srcset.charAt(after))
                                || srcset.charAt(after) == ',')) {
                    starts.add(at);
                }
            }
            return starts;
        }

        private String text(AttributeValue value) {
            return source.substring(value.start(), value.end());
        }

        /**
         * The new URL in place of the old one as written in an attribute's value.
         *
         * @param written the URL as the value writes it, white space around it left out
         * @param from where it starts in the value
         */
        private Located replaced(AttributeValue value, String written, int from, Edit edit) {
            String escaped = edit.newUrl().replace("&", "&amp;");
            if (value.quote() == '"') {
                escaped = escaped.replace("\"", "&quot;");
            } else if (value.quote() == '\'') {
                escaped = escaped.replace("'", "&#39;");
            } else if (escaped.chars().anyMatch(c -> Character.isWhitespace(c) || "\"'=<>`".indexOf(c) >= 0)) {
                return Located.not("the new URL cannot be written in an attribute value without quotes");
            }
            int start = value.start() + from;
            return Located.at(start, start + written.length(), escaped, edit);
        }
    }
}
