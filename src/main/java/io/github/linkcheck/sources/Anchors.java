package io.github.linkcheck.sources;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The places of a page or document that a {@code #fragment} can point to: the {@code id}s and
 * {@code <a name>}s of HTML, and the headings of Markdown under GitHub's rules for heading anchors.
 */
public final class Anchors {

    private static final Parser MARKDOWN = Parser.builder().build();

    /**
     * What GitHub puts before every id and name of rendered Markdown ({@code # Foo} gets
     * {@code id="user-content-foo"}), so that a document cannot clash with the ids of the page around it.
     */
    private static final String GITHUB_ID_PREFIX = "user-content-";

    private final Set<String> names;

    private Anchors(Set<String> names) {
        this.names = Set.copyOf(names);
    }

    /** The anchors of an HTML page received as bytes, its encoding read from a BOM or {@code <meta charset>}. */
    public static Anchors ofHtml(byte[] page) {
        try {
            return ofHtml(Jsoup.parse(new ByteArrayInputStream(page), null, ""));
        } catch (IOException e) {
            // Reading from memory fails only through a bug, never through the page.
            throw new UncheckedIOException(e);
        }
    }

    public static Anchors ofHtml(String page) {
        return ofHtml(Jsoup.parse(page));
    }

    private static Anchors ofHtml(Document document) {
        Set<String> names = new HashSet<>();
        collectHtml(document, names);
        return new Anchors(names);
    }

    /**
     * The anchors of a Markdown document: a slug for each heading, numbered {@code -1}, {@code -2} on repeats
     * as GitHub numbers them, and the {@code id}s and names of the HTML written in it; each also as GitHub
     * renders it, after {@code user-content-}, since links to those work on GitHub too.
     */
    public static Anchors ofMarkdown(String markdown) {
        Set<String> names = new HashSet<>();
        Map<String, Integer> slugsSeen = new HashMap<>();
        MARKDOWN.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                StringBuilder text = new StringBuilder();
                heading.accept(new AbstractVisitor() {
                    @Override
                    public void visit(Text literal) {
                        text.append(literal.getLiteral());
                    }

                    @Override
                    public void visit(Code code) {
                        text.append(code.getLiteral());
                    }
                });
                names.add(uniqueSlug(slug(text.toString()), slugsSeen));
                visitChildren(heading);
            }

            @Override
            public void visit(HtmlInline html) {
                collectHtml(Jsoup.parseBodyFragment(html.getLiteral()), names);
            }

            @Override
            public void visit(HtmlBlock html) {
                collectHtml(Jsoup.parseBodyFragment(html.getLiteral()), names);
            }
        });
        Set<String> asGithubRendersThem = new HashSet<>(names);
        names.forEach(name -> asGithubRendersThem.add(GITHUB_ID_PREFIX + name));
        return new Anchors(asGithubRendersThem);
    }

    /**
     * Whether a fragment, as written after {@code #} and perhaps percent-encoded, names a place here. The
     * empty fragment and {@code top} always do: browsers scroll to the top for them.
     */
    public boolean contains(String fragment) {
        String decoded = PercentEncoding.decode(fragment);
        return decoded.isEmpty() || decoded.equalsIgnoreCase("top") || names.contains(decoded);
    }

    /** GitHub's heading slug: lower case, punctuation and symbols dropped, spaces turned into hyphens. */
    static String slug(String heading) {
        StringBuilder slug = new StringBuilder();
        heading.strip().toLowerCase(Locale.ROOT).codePoints().forEach(codePoint -> {
            if (codePoint == ' ') {
                slug.append('-');
            } else if (codePoint == '-'
                    || codePoint == '_'
                    || Character.isLetterOrDigit(codePoint)
                    || isMark(codePoint)) {
                slug.appendCodePoint(codePoint);
            }
        });
        return slug.toString();
    }

    private static String uniqueSlug(String slug, Map<String, Integer> seen) {
        Integer repeats = seen.get(slug);
        if (repeats == null) {
            seen.put(slug, 0);
            return slug;
        }
        String numbered;
        do {
            repeats++;
            numbered = slug + "-" + repeats;
        } while (seen.containsKey(numbered));
        seen.put(slug, repeats);
        seen.put(numbered, 0);
        return numbered;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static void collectHtml(Element root, Set<String> names) {
        for (Element element : root.select("[id]")) {
            names.add(element.id());
        }
        for (Element anchor : root.select("a[name]")) {
            names.add(anchor.attr("name"));
        }
    }
}
