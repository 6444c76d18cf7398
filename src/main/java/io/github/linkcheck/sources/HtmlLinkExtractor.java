package io.github.linkcheck.sources;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The links of an HTML document, parsed as a browser would (jsoup): {@code a[href]}, {@code img[src]},
 * {@code link[href]}, {@code script[src]}, {@code iframe[src]}, {@code source[src]}, and each image candidate of
 * {@code img[srcset]} and {@code source[srcset]}, read as a browser reads them ({@link BrowserUrls#resolve}):
 * against {@code <base href>} when there is one. A link is found once, at the start of its tag as written,
 * whatever the parser rebuilds around it. A browser renders nothing of a {@code <template>}: what it holds is no
 * link, and a {@code <base href>} in it is not the document's. Of HTML written in Markdown, only what GitHub keeps links ({@link #keptByGitHub}).
 */
final class HtmlLinkExtractor implements LinkExtractor {

    /** An attribute that links: its value is one URL, or, for a {@code srcset}, a list of image candidates. */
    private record LinkAttribute(String name, boolean isSrcset) {

        static final LinkAttribute HREF = new LinkAttribute("href", false);
        static final LinkAttribute SRC = new LinkAttribute("src", false);
        static final LinkAttribute SRCSET = new LinkAttribute("srcset", true);

        List<String> urls(String value) {
            return isSrcset ? Srcset.urls(value) : List.of(value);
        }
    }

    /** The elements of an HTML document that link, and the attributes that hold their links. */
    private static final Map<String, List<LinkAttribute>> DOCUMENT_LINK_ATTRIBUTES = Map.of(
            "a",
            List.of(LinkAttribute.HREF),
            "link",
            List.of(LinkAttribute.HREF),
            "img",
            List.of(LinkAttribute.SRC, LinkAttribute.SRCSET),
            "script",
            List.of(LinkAttribute.SRC),
            "iframe",
            List.of(LinkAttribute.SRC),
            "source",
            List.of(LinkAttribute.SRC, LinkAttribute.SRCSET));
    /**
     * What GitHub's sanitiser keeps of HTML written in Markdown and a reader can follow or see: {@code a[href]},
     * {@code img[src]}, and the {@code srcset} of a {@code <source>}, which its documentation gives for light and
     * dark images in a {@code <picture>}. It removes {@code <script>}, {@code <iframe>} and {@code <link>}, an
     * {@code img[srcset]} and a {@code source[src]}; {@code cite} and {@code longdesc}, which it keeps, are shown
     * nowhere. It removes a {@code <template>} tag but keeps what the tag holds, which a reader then sees.
     */
    private static final Map<String, List<LinkAttribute>> GITHUB_LINK_ATTRIBUTES = Map.of(
            "a",
            List.of(LinkAttribute.HREF),
            "img",
            List.of(LinkAttribute.SRC),
            "source",
            List.of(LinkAttribute.SRCSET));

    private final Map<String, List<LinkAttribute>> linkAttributes;
    private final boolean templatesRendered;
    /**
     * One parser for every text: a parser made for each text starts with no tags known, and Markdown has thousands
     * of HTML texts. jsoup's parser is reusable, one text at a time (it locks).
     */
    private final Parser parser = Parser.htmlParser().setTrackPosition(true);

    /** An extractor of every link of an HTML document. */
    HtmlLinkExtractor() {
        this(DOCUMENT_LINK_ATTRIBUTES, false);
    }

    private HtmlLinkExtractor(Map<String, List<LinkAttribute>> linkAttributes, boolean templatesRendered) {
        this.linkAttributes = linkAttributes;
        this.templatesRendered = templatesRendered;
    }

    /** An extractor of the links of HTML written in Markdown that GitHub keeps when it renders the Markdown. */
    static HtmlLinkExtractor keptByGitHub() {
        return new HtmlLinkExtractor(GITHUB_LINK_ATTRIBUTES, true);
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
        NodeTraversor.filter(found, document);
        List<FoundLink> links = new ArrayList<>();
        for (Element element : found.elements) {
            int tagStart = element.sourceRange().start().pos();
            for (String url : urlsOf(element, linkAttributes.get(element.normalName()))) {
                links.add(positions.linkAt(BrowserUrls.resolve(found.baseHref, url), tagStart));
            }
        }
        return links;
    }

    /** The URLs an element's attributes give, each once: {@code <img src=a.png srcset="a.png 1x">} links once. */
    private static Set<String> urlsOf(Element element, List<LinkAttribute> attributes) {
        Set<String> urls = new LinkedHashSet<>();
        for (LinkAttribute attribute : attributes) {
            for (String url : attribute.urls(element.attr(attribute.name()).strip())) {
                if (!url.isEmpty()) {
                    urls.add(url);
                }
            }
        }
        return urls;
    }

    /**
     * The linking elements written in a parsed text and its first {@code <base href>}, found in one walk over the
     * tree: a query for each (jsoup's {@code select}) walks it again, through streams that cost most before the
     * JIT compiles them. What a browser does not render (a {@code <template>} of an HTML document) is passed over,
     * its {@code <base href>} too.
     */
    private final class LinkingElements implements NodeFilter {

        private final List<Element> elements = new ArrayList<>();
        private final Set<Integer> tagsTaken = new HashSet<>();
        private String baseHref;

        @Override
        public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element element)) {
                return FilterResult.CONTINUE;
            }
            String name = element.normalName();
            if (!templatesRendered && name.equals("template")) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (baseHref == null && name.equals("base") && element.hasAttr("href")) {
                baseHref = element.attr("href");
            }
            if (linkAttributes.containsKey(name)
                    && writtenInTheSource(element)
                    && tagsTaken.add(element.sourceRange().start().pos())) {
                elements.add(element);
            }
            return FilterResult.CONTINUE;
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
