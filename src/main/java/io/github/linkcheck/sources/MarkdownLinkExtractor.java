package io.github.linkcheck.sources;

import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The links of a Markdown document, parsed as CommonMark with GitHub's bare-URL autolinks: inline and
 * reference links, {@code <autolinks>}, bare URLs, images, and the links of HTML written in the Markdown.
 * Code spans and code blocks hold no links.
 */
final class MarkdownLinkExtractor implements LinkExtractor {

    private final Parser parser = Parser.builder()
            .extensions(List.of(AutolinkExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final HtmlLinkExtractor html = new HtmlLinkExtractor();

    @Override
    public List<FoundLink> extract(String text) {
        List<FoundLink> links = new ArrayList<>();
        parser.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                add(link.getDestination(), link);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                add(image.getDestination(), image);
                visitChildren(image);
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

            private void addHtml(String literal, Node node) {
                links.addAll(html.extract(literal, new MarkdownHtmlPositions(literal, node.getSourceSpans())));
            }
        });
        return links;
    }
}
