package io.github.linkcheck.sources;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links of an HTML document, parsed as a browser would (jsoup): {@code a[href]}, {@code img[src]},
 * {@code link[href]}, {@code script[src]}, {@code iframe[src]} and {@code source[src]}, read as a browser reads
 * them ({@link BrowserUrls#resolve}): against {@code <base href>} when there is one. A link is found once, at the
 * start of its tag as written, whatever the parser rebuilds around it. Of HTML written in Markdown, only what
 * GitHub keeps links ({@link #keptByGitHub}).
 */
final class HtmlLinkExtractor implements LinkExtractor {

    /** The elements of an HTML document that link, and the attribute that holds the link. */
    private static final Map<String, String> DOCUMENT_LINK_ATTRIBUTES = Map.of(
            "a", "href", "link", "href", "img", "src", "script", "src", "iframe", "src", "source", "src");
    /**
     * What GitHub's sanitiser (html-pipeline's allowlist) keeps of HTML written in Markdown and a reader can follow
     * or see: {@code a[href]} and {@code img[src]}. It removes {@code <script>}, {@code <iframe>} and
     * {@code <link>}, and keeps of {@code <source>} only {@code srcset}; {@code cite} and {@code longdesc}, which it
     * keeps, are shown nowhere.
     */
    private static final Map<String, String> GITHUB_LINK_ATTRIBUTES = Map.of("a", "href", "img", "src");

    private final Map<String, String> linkAttributes;
    /**
     * One parser for every text: a parser made for each text starts with no tags known, and Markdown has thousands
     * of HTML texts. jsoup's parser is reusable, one text at a time (it locks).
     */
    private final Parser parser = Parser.htmlParser().setTrackPosition(true);

    /** An extractor of every link of an HTML document. */
    HtmlLinkExtractor() {
        this(DOCUMENT_LINK_ATTRIBUTES);
    }

    private HtmlLinkExtractor(Map<String, String> linkAttributes) {
        this.linkAttributes = linkAttributes;
    }

    /** An extractor of the links of HTML written in Markdown that GitHub keeps when it renders the Markdown. */
    static HtmlLinkExtractor keptByGitHub() {
        return new HtmlLinkExtractor(GITHUB_LINK_ATTRIBUTES);
    }

    @Override
    public List<FoundLink> extract(String text) {
        return extract(text, LineStarts.of(text));
    }

    /**
     * The links of an HTML text, each placed where its tag starts.
     *
     * @param positions where the text's characters are in their document
     */
    List<FoundLink> extract(String text, SourcePositions positions) {
        if (!mayHoldLinks(text)) {
            return List.of();
        }
        Document document = parser.parseInput(text, "");
        LinkingElements found = new LinkingElements();
        NodeTraversor.traverse(found, document);
        List<FoundLink> links = new ArrayList<>();
        for (Element element : found.elements) {
            String url = element.attr(linkAttributes.get(element.normalName())).strip();
            if (!url.isEmpty()) {
                links.add(positions.linkAt(BrowserUrls.resolve(found.baseHref, url),
                        element.sourceRange().start().pos()));
            }
        }
        return links;
    }

    /**
     * The linking elements written in a parsed text and its first {@code <base href>}, found in one walk over the
     * tree: a query for each (jsoup's {@code select}) walks it again, through streams that cost most before the
     * JIT compiles them.
     */
    private final class LinkingElements implements NodeVisitor {

        private final List<Element> elements = new ArrayList<>();
        private final Set<Integer> tagsTaken = new HashSet<>();
        private String baseHref;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (baseHref == null && name.equals("base") && element.hasAttr("href")) {
                    baseHref = element.attr("href");
                }
                if (linkAttributes.containsKey(name) && writtenInTheSource(element)
                        && tagsTaken.add(element.sourceRange().start().pos())) {
                    elements.add(element);
                }
            }
        }
    }

    /**
     * Whether a text has a tag named as a linking element. Most HTML written in Markdown ({@code </a>},
     * {@code <br>}, {@code <kbd>}, {@code <details>}) has none, and is not worth parsing. A tag name ends at
     * white space, {@code /} or {@code >} (HTML's tokenizer).
     */
    private boolean mayHoldLinks(String html) {
        for (int open = html.indexOf('<'); open >= 0; open = html.indexOf('<', open + 1)) {
            for (String name : linkAttributes.keySet()) {
                int end = open + 1 + name.length();
                if (html.regionMatches(true, open + 1, name, 0, name.length())
                        && (end == html.length() || " \t\n\f\r/>".indexOf(html.charAt(end)) >= 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether an element stands for a tag of the source. The parser repairs mis-nested markup as browsers do,
     * by cloning elements: {@code <p><a href=x><div>...</div></a></p>} holds the {@code <a>} and a copy of it
     * after the {@code <div>}. A copy has an implicit place where the parser made it, or (jsoup 1.23 and later)
     * its original's, which {@link LinkingElements} has already taken; either way its link is the one found at
     * the tag written.
     */
    private static boolean writtenInTheSource(Element element) {
        Range place = element.sourceRange();
        return place.isTracked() && !place.isImplicit();
    }
}
