package io.github.linkcheck.sources;

import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The links of a Markdown document as GitHub renders it (GFM): inline and reference links, {@code <autolinks>},
 * GFM's plain-text autolinks (see {@link GfmAutolinks}), images, links in footnotes and tables, and the links of
 * HTML written in the Markdown that GitHub keeps ({@link HtmlLinkExtractor#keptByGitHub}). Code spans and code
 * blocks hold no links; neither do an image's alt text nor a link's text, nor a footnote that nothing references
 * (GitHub drops it), and a footnote reference is no link.
 */
final class MarkdownLinkExtractor implements LinkExtractor {

    private final Parser parser = Parser.builder()
            .extensions(List.of(FootnotesExtension.create(), StrikethroughExtension.create(), TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final HtmlLinkExtractor html = HtmlLinkExtractor.keptByGitHub();
    /** White space a label folds to one space, as in link labels (CommonMark 4.7). */
    private static final Pattern LABEL_WHITE_SPACE = Pattern.compile("[ \\t\\r\\n]+");

    @Override
    public List<FoundLink> extract(String text) {
        List<FoundLink> links = new ArrayList<>();
        List<FootnoteLinks> footnotes = new ArrayList<>();
        Set<String> referencedFootnotes = new HashSet<>();
        // One walk over the tree: the links of every footnote are found, and those of a footnote that nothing
        // references are taken out at the end, when all references are known.
        parser.parse(text).accept(new AbstractVisitor() {
            private boolean inLinkText;

            @Override
            public void visit(CustomBlock block) {
                int first = links.size();
                visitChildren(block);
                if (block instanceof FootnoteDefinition footnote) {
                    footnotes.add(new FootnoteLinks(footnoteKey(footnote.getLabel()), first, links.size()));
                }
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof FootnoteReference reference) {
                    referencedFootnotes.add(footnoteKey(reference.getLabel()));
                }
                visitChildren(node);
            }

            @Override
            public void visit(Link link) {
                add(link.getDestination(), link);
                inLinkText = true;
                visitChildren(link);
                inLinkText = false;
            }

            @Override
            public void visit(Image image) {
                add(image.getDestination(), image);
            }

            @Override
            public void visit(Text textNode) {
                if (!inLinkText) {
                    addAutolinks(textNode);
                }
            }

            @Override
            public void visit(HtmlInline htmlInline) {
                addHtml(htmlInline.getLiteral(), htmlInline);
            }

            @Override
            public void visit(HtmlBlock htmlBlock) {
                addHtml(htmlBlock.getLiteral(), htmlBlock);
            }

            private void add(String destination, Node node) {
                if (destination != null && !destination.isBlank()) {
                    SourceSpan start = node.getSourceSpans().get(0);
                    links.add(new FoundLink(destination, start.getLineIndex() + 1, start.getColumnIndex() + 1));
                }
            }

            /**
             * A text's autolinks, found in the text as written, as cmark-gfm and micromark find them: an entity or
             * an escape stays in a URL as written, and a trailing {@code &amp;} is no part of it.
             */
            private void addAutolinks(Text textNode) {
                SourceSpan span = textNode.getSourceSpans().get(0);
                int inputIndex = span.getInputIndex();
                String written = text.substring(inputIndex, inputIndex + span.getLength());
                char before = span.getColumnIndex() == 0 ? ' ' : text.charAt(inputIndex - 1);
                for (GfmAutolinks.Autolink autolink : GfmAutolinks.find(written, before)) {
                    links.add(new FoundLink(
                            autolink.destination(),
                            span.getLineIndex() + 1,
                            span.getColumnIndex() + autolink.start() + 1));
                }
            }

            private void addHtml(String literal, Node node) {
                links.addAll(html.extract(literal, new MarkdownHtmlPositions(literal, node.getSourceSpans())));
            }
        });
        return withoutUnreferencedFootnotes(links, footnotes, referencedFootnotes);
    }

    /** A footnote definition, by {@link #footnoteKey}, and where its links are in the document's: first to end. */
    private record FootnoteLinks(String key, int first, int end) {}

    private static List<FoundLink> withoutUnreferencedFootnotes(
            List<FoundLink> links, List<FootnoteLinks> footnotes, Set<String> referenced) {
        BitSet unreferenced = new BitSet(links.size());
        for (FootnoteLinks footnote : footnotes) {
            if (!referenced.contains(footnote.key())) {
                unreferenced.set(footnote.first(), footnote.end());
            }
        }
        if (unreferenced.isEmpty()) {
            return links;
        }
        List<FoundLink> kept = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            if (!unreferenced.get(i)) {
                kept.add(links.get(i));
            }
        }
        return kept;
    }

    /** A footnote label as a reference matches it: case-folded, its white space folded, like a link label. */
    private static String footnoteKey(String label) {
        String folded = LABEL_WHITE_SPACE.matcher(label.strip()).replaceAll(" ");
        return folded.toLowerCase(Locale.ROOT).toUpperCase(Locale.ROOT);
    }
}
