package io.github.linkcheck.sources;

import org.commonmark.node.SourceSpan;

import java.util.List;

/**
 * Where the characters of HTML written in Markdown are in the Markdown document. CommonMark takes an HTML
 * block's lines out of their containers: in a list item or a block quote, each line loses the item's indent
 * or the quote's {@code >} (and a tab the container half used becomes spaces), so the block's text is not a
 * copy of the source from its second line on. Each line of the text is placed by the source span of its own
 * line, counted from the line's end, which the container leaves as written.
 */
final class MarkdownHtmlPositions implements SourcePositions {

    private final String literal;
    private final List<SourceSpan> spans;
    /** Worked out at the first link: most HTML written in Markdown ({@code </a>}, {@code <br>}) has none. */
    private LineStarts lines;

    private int[] columnShifts;

    /**
     * @param literal the HTML as the Markdown parser gives it, its lines joined by line breaks
     * @param spans where its lines are in the document, one for each line that is not empty
     */
    MarkdownHtmlPositions(String literal, List<SourceSpan> spans) {
        this.literal = literal;
        this.spans = spans;
    }

    @Override
    public FoundLink linkAt(String url, int offset) {
        if (lines == null) {
            placeLines();
        }
        int firstLine = spans.get(0).getLineIndex();
        int line = lines.lineOf(offset);
        return new FoundLink(url, firstLine + line + 1, offset - lines.start(line) + columnShifts[line] + 1);
    }

    private void placeLines() {
        lines = LineStarts.of(literal);
        columnShifts = new int[lines.lineCount()];
        int firstLine = spans.get(0).getLineIndex();
        for (SourceSpan span : spans) {
            int line = span.getLineIndex() - firstLine;
            // Spans and lines agree; a span past the text, should a parser version give one, places nothing.
            if (line < columnShifts.length) {
                int lineLength = lines.end(line) - lines.start(line);
                columnShifts[line] = span.getColumnIndex() + span.getLength() - lineLength;
            }
        }
    }
}
