package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

class HtmlLinkExtractorTest {

    @Test
    void findsLinkingElementsResolvedAgainstTheBase() {
        String html = String.join(
                "\n",
                "<!DOCTYPE html>", // 1
                "<html><head><base href=\"https://example.org/docs/\">", // 2
                "  <link rel=\"stylesheet\" href=\"style.css\">", // 3
                "  <script src=\"https://cdn.example.org/app.js\"></script>", // 4
                "</head><body>", // 5
                "  <a href=\"guide.html#install\">Guide</a> <a name=\"no-href\">x</a>", // 6
                "  <img src=\"/img/logo.png\" alt=\"\">", // 7
                "  <iframe src=\"https://video.example.org/embed\"></iframe>", // 8
                "  <video><source src=\"clip.mp4\"></video>", // 9
                "  <a href=\"mailto:team@example.org\">mail</a>", // 10
                "</body></html>");

        assertEquals(
                List.of(
                        new FoundLink("https://example.org/docs/style.css", 3, 3),
                        new FoundLink("https://cdn.example.org/app.js", 4, 3),
                        new FoundLink("https://example.org/docs/guide.html#install", 6, 3),
                        new FoundLink("https://example.org/img/logo.png", 7, 3),
                        new FoundLink("https://video.example.org/embed", 8, 3),
                        new FoundLink("https://example.org/docs/clip.mp4", 9, 10),
                        new FoundLink("mailto:team@example.org", 10, 3)),
                new HtmlLinkExtractor().extract(html));
    }

    /** Mis-nested markup the parser repairs by cloning the {@code <a>}, once or more, at other places. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "<p><a href=\"https://example.org/x\"><div>one</div><div>two</div></a></p>",
                "<a href=\"https://example.org/x\"><p>one</a>two</p>",
                "<b><a href=\"https://example.org/x\">one<p>two</a>three</b>",
                "<p><a href=\"https://example.org/x\">one</p><p>two</p><p>three</p>",
                "<a href=\"https://example.org/x\"><table><tr><td>one</td></tr></table><div>two</div>"
            })
    void reportsALinkWrittenOnceOnceAtItsTag(String misNested) {
        String html = "<!DOCTYPE html>\n<body>\n  " + misNested + "\n</body>";

        int tagColumn = 3 + misNested.indexOf("<a ");
        assertEquals(
                List.of(new FoundLink("https://example.org/x", 3, tagColumn)), new HtmlLinkExtractor().extract(html));
    }

    /** The text of a {@code <textarea>} or {@code <title>} is text up to its end tag, whatever its case. */
    @Test
    void findsNoLinkInTheTextOfATextareaOrTitle() {
        String html = "<textarea><a href=\"in-textarea.html\">x</a></TeXtArEa><title><img src=\"in-title.png\"></TITLE>"
                + "<a href=\"after.html\">y</a>";

        assertEquals(List.of(new FoundLink("after.html", 1, 93)), new HtmlLinkExtractor().extract(html));
    }

    @Test
    void givesTheColumnOnItsLineOfALinkFarIntoAVeryLongLine() {
        String longLine = "<p>" + "word ".repeat(200_000) + "<a href=\"https://example.org/end\">end</a></p>";
        String html = "<!DOCTYPE html>\r\n<title>long</title>\n" + longLine + "\n<img src=\"after.png\">";

        assertEquals(
                List.of(
                        new FoundLink("https://example.org/end", 3, longLine.indexOf("<a ") + 1),
                        new FoundLink("after.png", 4, 1)),
                new HtmlLinkExtractor().extract(html));
    }

    @Test
    void countsLinesEndedByALoneCarriageReturnAsBrowsersDo() {
        String html = "<!DOCTYPE html>\r<title>old Mac</title>\r\r  <a href=\"https://example.org/cr\">x</a>";

        assertEquals(List.of(new FoundLink("https://example.org/cr", 4, 3)), new HtmlLinkExtractor().extract(html));
    }

    /** Texts without a linking tag are not parsed: the test for one must not miss a tag the parser reads. */
    @Test
    void findsLinkingTagsInEveryCaseAndSpacingAndNothingInOtherTags() {
        String html = "<A HREF=\"upper.html\">a</A><abbr title=\"x\">b</abbr><img/src=\"slash.png\"><link\n"
                + "href=\"newline.css\"><SCRIPT\tsrc=\"tab.js\"></SCRIPT>";

        assertEquals(
                List.of(
                        new FoundLink("upper.html", 1, 1),
                        new FoundLink("slash.png", 1, 51),
                        new FoundLink("newline.css", 1, 72),
                        new FoundLink("tab.js", 2, 20)),
                new HtmlLinkExtractor().extract(html));
        assertEquals(
                List.of(),
                new HtmlLinkExtractor().extract("</a><br><abbr>x</abbr><aside>y</aside><!-- <a href=x> -->"));
    }

    /**
     * Each image candidate of a {@code srcset} is a link, placed at its tag as every link is; GitHub's light and dark
     * {@code <picture>} is the common case. A {@code data:} URL keeps its commas: a URL runs to white space.
     */
    @Test
    void findsEveryImageCandidateOfASrcset() {
        String html = String.join(
                "\n",
                "<!DOCTYPE html>", // 1
                "<picture>", // 2
                "  <source media=\"(prefers-color-scheme: dark)\" srcset=\"dark.png\">", // 3
                "  <source srcset=\"wide.png 1200w,narrow.png 600w\" media=\"(min-width: 600px)\">", // 4
                "  <img src=\"light.png\" srcset=\"light.png 1x, light@2x.png 2x\" alt=\"\">", // 5
                "</picture>", // 6
                "<img srcset=\"data:image/png;base64,iVBO,RK5C 1x, https://example.org/a,b.png 2x,, last.png\">", // 7
                "<img srcset=\" , \"><img srcset=\"one.png,two.png\">"); // 8

        assertEquals(
                List.of(
                        new FoundLink("dark.png", 3, 3),
                        new FoundLink("wide.png", 4, 3),
                        new FoundLink("narrow.png", 4, 3),
                        new FoundLink("light.png", 5, 3),
                        new FoundLink("light@2x.png", 5, 3),
                        new FoundLink("data:image/png;base64,iVBO,RK5C", 7, 1),
                        new FoundLink("https://example.org/a,b.png", 7, 1),
                        new FoundLink("last.png", 7, 1),
                        new FoundLink("one.png,two.png", 8, 19)),
                new HtmlLinkExtractor().extract(html));
    }

    /** A browser renders nothing of a {@code <template>}: what it holds is no link. */
    @Test
    void findsNoLinkInATemplate() {
        String html = String.join(
                "\n",
                "<!DOCTYPE html><body>",
                "<template id=\"row\"><tr><td><a href=\"in-template.html\">x</a><img src=\"t.png\"></td></tr>",
                "  <template><a href=\"nested.html\">y</a></template></template>",
                "<a href=\"after.html\">after</a>");

        assertEquals(List.of(new FoundLink("after.html", 4, 1)), new HtmlLinkExtractor().extract(html));
    }

    /** Nor is a {@code <base href>} in a template the document's base. */
    @Test
    void readsNoBaseFromATemplate() {
        String html =
                "<template><base href=\"https://other.example/\"></template><base href=\"https://example.org/d/\">"
                        + "<a href=\"x.html\">x</a>";

        assertEquals(
                List.of(new FoundLink("https://example.org/d/x.html", 1, 94)), new HtmlLinkExtractor().extract(html));
    }
}
