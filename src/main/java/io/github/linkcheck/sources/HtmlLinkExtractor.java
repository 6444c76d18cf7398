package io.github.linkcheck.sources;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * The links of an HTML document, parsed as a browser would (jsoup): {@code a[href]}, {@code img[src]},
 * {@code link[href]}, {@code script[src]}, {@code iframe[src]} and {@code source[src]}, read as a browser reads
 * them ({@link BrowserUrls#resolve}): against {@code <base href>} when there is one.
 */
final class HtmlLinkExtractor implements LinkExtractor {

    private static final String LINKING_ELEMENTS = "a[href], link[href], img[src], script[src], iframe[src], source[src]";

    @Override
    public List<FoundLink> extract(String text) {
        Document document = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
        Element base = document.selectFirst("base[href]");
        String baseHref = base == null ? null : base.attr("href");
        List<FoundLink> links = new ArrayList<>();
        for (Element element : document.select(LINKING_ELEMENTS)) {
            String attribute = element.hasAttr("href") && !element.tagName().equals("img") ? "href" : "src";
            String url = element.attr(attribute).strip();
            if (url.isEmpty()) {
                continue;
            }
            Range.Position start = element.sourceRange().start();
            links.add(new FoundLink(BrowserUrls.resolve(baseHref, url), start.lineNumber(), start.columnNumber()));
        }
        return links;
    }
}
