package io.github.linkcheck.sources;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * The links of an HTML document, parsed as a browser would (jsoup): {@code a[href]}, {@code img[src]},
 * {@code link[href]}, {@code script[src]}, {@code iframe[src]} and {@code source[src]}, resolved against
 * {@code <base href>} when there is one.
 */
final class HtmlLinkExtractor implements LinkExtractor {

    private static final String LINKING_ELEMENTS = "a[href], link[href], img[src], script[src], iframe[src], source[src]";

    @Override
    public List<FoundLink> extract(String text) {
        Document document = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
        Element base = document.selectFirst("base[href]");
        URI baseUri = base == null ? null : parseOrNull(base.attr("href").strip());
        List<FoundLink> links = new ArrayList<>();
        for (Element element : document.select(LINKING_ELEMENTS)) {
            String attribute = element.hasAttr("href") && !element.tagName().equals("img") ? "href" : "src";
            String url = element.attr(attribute).strip();
            if (url.isEmpty()) {
                continue;
            }
            Range.Position start = element.sourceRange().start();
            links.add(new FoundLink(resolve(baseUri, url), start.lineNumber(), start.columnNumber()));
        }
        return links;
    }

    private static String resolve(URI base, String url) {
        if (base == null) {
            return url;
        }
        URI reference = parseOrNull(url);
        // A link that is not a valid URI is kept as written, to be reported as such.
        return reference == null ? url : base.resolve(reference).toString();
    }

    private static URI parseOrNull(String uri) {
        try {
            return new URI(uri);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
