package io.github.linkcheck.sources;

import org.apache.hc.client5.http.utils.URIUtils;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a link's destination as a browser reads an {@code href}: cleaned first as the WHATWG URL parser
 * cleans its input, then resolved against a {@code <base href>} as browsers resolve it (RFC 3986, section 5.2,
 * with its {@code ..} stopping at the root). A redirect's {@code Location} is read the same way, against the URL
 * that answered.
 *
 * <p>Resolution is jsoup's, the parser that reads the documents, through its public {@link Element#absUrl}: it
 * gives every result of RFC 3986's examples (section 5.4), the abnormal ones included, and the dot segments it
 * leaves in a path written from the root ({@code /a/../g}) are taken out after it. HttpClient's
 * {@code URIUtils.resolve} keeps a {@code ..} above the root ({@code http://a/../g}) and adds a {@code /} to
 * {@code //g}, and {@code java.net.URI} is RFC 2396's ({@code ?y} loses the last name of the path); jsoup
 * resolves only in the schemes the JDK has handlers for, and HttpClient's serves the others. The cleaning is
 * written here, being a few character sets that none of these libraries applies: jsoup removes every control
 * character, and HttpClient and {@code java.net.URI} refuse a space.
 */
public final class BrowserUrls {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    /** The schemes the WHATWG URL standard calls special: for them a {@code \} is a {@code /} before the query. */
    private static final Set<String> SPECIAL_SCHEMES = Set.of("http", "https", "file", "ftp", "ws", "wss");

    /** The scheme and authority of a URL of a special scheme, up to where its path starts. */
    private static final Pattern SPECIAL_AUTHORITY =
            Pattern.compile("(?i)^(?:" + String.join("|", SPECIAL_SCHEMES) + ")://[^/?#]*");

    /** The parts of a URL, each with what the WHATWG URL parser percent-encodes in it besides C0 controls. */
    private enum Part {
        /** The path percent-encode set, less {@code ?} and {@code #}, which end the path. */
        PATH(" \"<>`{}"),
        /** The special-query percent-encode set, less {@code #}, which ends the query. */
        QUERY(" \"<>'"),
        /** The fragment percent-encode set. */
        FRAGMENT(" \"<>`");

        private final String encoded;

        Part(String encoded) {
            this.encoded = encoded;
        }

        boolean encodes(char c) {
            return c < ' ' || c == 0x7f || encoded.indexOf(c) >= 0;
        }
    }

    private BrowserUrls() {}

    /** Whether a link starts with a scheme, as RFC 3986 spells one, and so stands on its own. */
    static boolean hasScheme(String link) {
        return SCHEME.matcher(link).find();
    }

    /**
     * The destination as the WHATWG URL parser reads it before it parses: C0 controls and spaces stripped from
     * both ends, tabs and line breaks taken out, and spaces, other controls and the characters browsers encode
     * ({@code " < > `}, and {@code { }} in a path) percent-encoded. A {@code \} is kept, as GitHub keeps it in a
     * Markdown link; characters outside ASCII are kept for the checker to encode. Cleaning a cleaned link changes
     * nothing.
     */
    static String clean(String href) {
        int start = 0;
        int end = href.length();
        while (start < end && href.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && href.charAt(end - 1) <= ' ') {
            end--;
        }
        StringBuilder cleaned = new StringBuilder(end - start);
        Part part = Part.PATH;
        for (int i = start; i < end; i++) {
            char c = href.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                continue;
            }
            if (c == '?' && part == Part.PATH) {
                part = Part.QUERY;
            } else if (c == '#' && part != Part.FRAGMENT) {
                part = Part.FRAGMENT;
            } else if (part.encodes(c)) {
                cleaned.append('%').append(String.format(Locale.ROOT, "%02X", (int) c));
                continue;
            }
            cleaned.append(c);
        }
        return cleaned.toString();
    }

    /**
     * An HTML link's destination as a browser resolves it against the document's {@code <base href>}: both
     * {@linkplain #clean cleaned}, a {@code \} before the query read as {@code /} in web and file URLs and in
     * relative ones, and the link resolved against the base. A base without a scheme is itself relative to the
     * document: the link is joined to its folder, for the document's folder to resolve as any relative link.
     *
     * @param baseHref the {@code href} of the document's first {@code <base href>}, or the URL a redirect came
     *     from; {@code null} for none
     */
    public static String resolve(String baseHref, String href) {
        String link = slashesForBackslashes(clean(href));
        if (baseHref == null) {
            return withoutDotSegments(link);
        }
        String base = slashesForBackslashes(clean(baseHref));
        if (base.isEmpty()) {
            return withoutDotSegments(link);
        }
        Matcher baseScheme = SCHEME.matcher(base);
        if (!baseScheme.find()) {
            return base.startsWith("//") ? resolve("https:" + base, link) : joined(base, link);
        }
        if (isAbsolute(link, baseScheme.group(1))) {
            return withoutDotSegments(link);
        }
        String resolved = new Element(Tag.valueOf("a"), base).attr("href", link).absUrl("href");
        return resolved.isEmpty()
                ? resolvedInAnotherScheme(base, baseScheme.group(), link)
                : withoutDotSegments(resolved);
    }

    /**
     * A web or file URL with the {@code .} and {@code ..} segments of its path taken out as browsers take them out
     * (RFC 3986, section 5.2.4, remove_dot_segments): jsoup leaves those of a path written from the root
     * ({@code /a/b/../../g}), and a link with a scheme is not resolved at all. Other URLs are left as written.
     */
    private static String withoutDotSegments(String url) {
        Matcher authority = SPECIAL_AUTHORITY.matcher(url);
        if (!authority.find()) {
            return url;
        }
        int pathStart = authority.end();
        int pathEnd = pathStart;
        while (pathEnd < url.length() && url.charAt(pathEnd) != '?' && url.charAt(pathEnd) != '#') {
            pathEnd++;
        }
        String path = url.substring(pathStart, pathEnd);
        return url.substring(0, pathStart) + removeDotSegments(path) + url.substring(pathEnd);
    }

    /** RFC 3986's remove_dot_segments, step for step, over a path that starts with {@code /} or is empty. */
    private static String removeDotSegments(String path) {
        StringBuilder output = new StringBuilder(path.length());
        String input = path;
        while (!input.isEmpty()) {
            if (input.startsWith("/./") || input.equals("/.")) {
                input = "/" + input.substring(input.length() == 2 ? 2 : 3);
            } else if (input.startsWith("/../") || input.equals("/..")) {
                input = "/" + input.substring(input.length() == 3 ? 3 : 4);
                output.setLength(Math.max(output.lastIndexOf("/"), 0));
            } else {
                int segmentEnd = input.indexOf('/', 1);
                segmentEnd = segmentEnd < 0 ? input.length() : segmentEnd;
                output.append(input, 0, segmentEnd);
                input = input.substring(segmentEnd);
            }
        }
        return output.toString();
    }

    /**
     * A link against a base of a scheme jsoup cannot resolve in ({@code irc:}, a custom one), by HttpClient's RFC
     * 3986 resolution, whose only flaw, a {@code ..} above the root kept, matters little for a link that is
     * skipped. It stays in the base's scheme even when not a valid URI, rather than be taken for a local file.
     */
    private static String resolvedInAnotherScheme(String base, String baseScheme, String link) {
        try {
            return URIUtils.resolve(new URI(base), new URI(link)).toString();
        } catch (URISyntaxException | IllegalArgumentException notAUri) {
            return baseScheme + link;
        }
    }

    /**
     * Whether a link stands on its own whatever the base: it has a scheme, other than {@code http:g} written in
     * the base's own web scheme, which browsers resolve against the base (RFC 3986, section 5.4.2, "for backward
     * compatibility"). Such a link is kept as written: resolving would change nothing a browser sends, but
     * jsoup drops a user name and password, which the checker must see to refuse.
     */
    private static boolean isAbsolute(String link, String baseScheme) {
        Matcher linkScheme = SCHEME.matcher(link);
        if (!linkScheme.find()) {
            return false;
        }
        String scheme = linkScheme.group(1);
        return !scheme.equalsIgnoreCase(baseScheme)
                || !SPECIAL_SCHEMES.contains(scheme.toLowerCase(Locale.ROOT))
                || link.startsWith("//", linkScheme.end());
    }

    /** A link joined to a relative base's folder; one that starts from the root keeps its place. */
    private static String joined(String relativeBase, String link) {
        if (hasScheme(link) || link.startsWith("/")) {
            return link;
        }
        String basePath = relativeBase.replaceFirst("[?#].*$", "");
        if (link.isEmpty() || link.startsWith("#")) {
            return relativeBase.replaceFirst("#.*$", "") + link;
        }
        if (link.startsWith("?")) {
            return basePath + link;
        }
        return basePath.substring(0, basePath.lastIndexOf('/') + 1) + link;
    }

    /**
     * The link with each {@code \} before its query or fragment read as {@code /}, as browsers read HTML links to
     * web and file URLs and relative ones; a link of another scheme is left as written.
     */
    private static String slashesForBackslashes(String link) {
        if (link.indexOf('\\') < 0) {
            return link; // nearly every link: spared the scheme pattern and two copies
        }
        Matcher scheme = SCHEME.matcher(link);
        if (scheme.find() && !SPECIAL_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT))) {
            return link;
        }
        int pathEnd = link.length();
        for (int i = 0; i < link.length(); i++) {
            if (link.charAt(i) == '?' || link.charAt(i) == '#') {
                pathEnd = i;
                break;
            }
        }
        return link.substring(0, pathEnd).replace('\\', '/') + link.substring(pathEnd);
    }
}
