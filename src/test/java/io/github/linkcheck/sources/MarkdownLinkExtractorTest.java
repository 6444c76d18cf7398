package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

class MarkdownLinkExtractorTest {

    private final MarkdownLinkExtractor extractor = new MarkdownLinkExtractor();

    @Test
    void findsEveryKindOfLinkWithItsPosition() {
        String markdown = String.join(
                "\n",
                "# Title with [a link](https://example.org/inline)", // 1
                "", // 2
                "See [the guide][guide] and ![logo](images/logo.png \"Logo\").", // 3
                "Autolink <https://example.org/auto> and bare https://example.org/bare.", // 4
                "Nested [brackets [inside]](https://example.org/nested) here.", // 5
                "", // 6
                "    https://example.org/indented-code", // 7
                "", // 8
                "Inline `https://example.org/code-span` and `[x](https://example.org/in-code)`.", // 9
                "", // 10
                "```", // 11
                "[fenced](https://example.org/fenced)", // 12
                "```", // 13
                "", // 14
                "<p>Some <a href=\"https://example.org/html-block\">HTML</a></p>", // 15
                "", // 16
                "Text with <a href=\"https://example.org/html-inline\">inline HTML</a>.", // 17
                "", // 18
                "[guide]: docs/guide.md#setup", // 19
                "[unused]: https://example.org/unused"); // 20

        assertEquals(
                List.of(
                        new FoundLink("https://example.org/inline", 1, 14),
                        new FoundLink("docs/guide.md#setup", 3, 5),
                        new FoundLink("images/logo.png", 3, 28),
                        new FoundLink("https://example.org/auto", 4, 10),
                        new FoundLink("https://example.org/bare", 4, 46),
                        new FoundLink("https://example.org/nested", 5, 8),
                        new FoundLink("https://example.org/html-block", 15, 9),
                        new FoundLink("https://example.org/html-inline", 17, 11)),
                extractor.extract(markdown));
    }

    @Test
    void plainTextLinksOnlyHttpHttpsWwwAndEmailAddresses() {
        assertEquals(
                List.of(
                        new FoundLink("http://www.example.com/docs", 2, 5),
                        new FoundLink("mailto:dev@example.com", 3, 8),
                        new FoundLink("http://www.foo_bar.example.com", 4, 51)),
                extractor.extract(String.join(
                        "\n",
                        "Connect with jdbc:postgresql://127.0.0.1:5432/db or ssh://git@example.com/repo.git or irc://irc.example.com.",
                        "See www.example.com/docs, or xhttps://example.com.",
                        "Write: dev@example.com.",
                        "Bad: www.example_bad.com, xwww.example.com; good: www.foo_bar.example.com")));
    }

    @Test
    void footnotesAreParsedAndTheirReferencesAreNoLinks() {
        assertEquals(
                List.of(new FoundLink("https://en.wikipedia.org/wiki/SipHash", 3, 13)),
                extractor.extract(String.join(
                        "\n",
                        "SipHash[^siphash] is fast.",
                        "",
                        "[^siphash]: [https://en.wikipedia.org/wiki/SipHash](https://en.wikipedia.org/wiki/SipHash)")));
    }

    /**
     * GitHub drops a footnote that no {@code [^ref]} uses (cmark-gfm's process_footnotes): a reader sees none of
     * its links. A reference finds its definition as a link label does: case-insensitively, white space folded.
     */
    @Test
    void linksOfAFootnoteNothingReferencesAreNoLinks() {
        assertEquals(
                List.of(
                        new FoundLink("https://example.org/used", 5, 17),
                        new FoundLink("https://example.org/case", 7, 20)),
                extractor.extract(String.join(
                        "\n",
                        "SipHash[^siphash] is fast, and so is[^Case   LABEL].", // 1
                        "", // 2
                        "[^unused]: Never referenced http://example.org/x", // 3
                        "", // 4
                        "[^siphash]: See https://example.org/used", // 5
                        "", // 6
                        "[^case label]: See <https://example.org/case>", // 7
                        "", // 8
                        "[^orphan]: [a link](https://example.org/orphan) and ![i](orphan.png)")));
    }

    /**
     * GitHub's sanitiser removes {@code <iframe>}, {@code <script>}, {@code <link>} and a {@code <source src>}
     * written in Markdown: a reader sees nothing of them. Only {@code <a href>} and {@code <img src>} stay.
     */
    @Test
    void htmlInMarkdownLinksOnlyThroughTheTagsGitHubKeeps() {
        assertEquals(
                List.of(
                        new FoundLink("https://example.org/a", 5, 4),
                        new FoundLink("https://example.org/i.png", 5, 42),
                        new FoundLink("https://example.org/inline-a", 9, 59)),
                extractor.extract(
                        String.join(
                                "\n",
                                "<iframe src=\"https://example.org/frame\"></iframe>", // 1
                                "<script src=\"https://example.org/script.js\"></script>", // 2
                                "<link href=\"https://example.org/style.css\" rel=\"stylesheet\">", // 3
                                "", // 4
                                "<p><a href=\"https://example.org/a\">a</a> <img src=\"https://example.org/i.png\"></p>", // 5
                                "", // 6
                                "<video><source src=\"https://example.org/clip.mp4\"></video>", // 7
                                "", // 8
                                "Inline <iframe src=\"https://example.org/in\"></iframe> and <a href=\"https://example.org/inline-a\">a</a>.")));
    }

    /**
     * GitHub keeps {@code <picture>} and the {@code srcset} of its {@code <source>}s, the light and dark image
     * pattern its documentation gives, and an {@code <img src>}; it drops an {@code <img srcset>}. It removes a
     * {@code <template>} tag and keeps what it holds, which a reader then sees.
     */
    @Test
    void htmlInMarkdownLinksThroughPictureSourcesAndInsideATemplate() {
        assertEquals(
                List.of(
                        new FoundLink("https://example.org/dark.png", 2, 3),
                        new FoundLink("https://example.org/dark-2x.png", 2, 3),
                        new FoundLink("https://example.org/light.png", 3, 3),
                        new FoundLink("https://example.org/shown.html", 7, 10)),
                extractor.extract(String.join(
                        "\n",
                        "<picture>", // 1
                        "  <source media=\"(prefers-color-scheme: dark)\" srcset=\"https://example.org/dark.png, https://example.org/dark-2x.png 2x\">", // 2
                        "  <img src=\"https://example.org/light.png\" srcset=\"https://example.org/light-2x.png 2x\">", // 3
                        "</picture>", // 4
                        "", // 5
                        "<template>", // 6
                        "<p>Shown <a href=\"https://example.org/shown.html\">on GitHub</a></p>", // 7
                        "</template>")));
    }

    @Test
    void strikethroughAndTrailingPunctuationEndAnAutolink() {
        assertEquals(
                List.of(
                        new FoundLink("https://old.example.com/docs", 1, 10),
                        new FoundLink("http://example.com/foo", 2, 1),
                        new FoundLink("https://example.com/a", 3, 2),
                        new FoundLink("https://example.com/b", 3, 27),
                        new FoundLink("https://example.com/c", 4, 8),
                        new FoundLink("https://en.wikipedia.org/wiki/Pikachu_(Electric)", 5, 2),
                        new FoundLink("https://example.com/q?x=1", 6, 10)),
                extractor.extract(String.join(
                        "\n",
                        "Was at ~~https://old.example.com/docs~~.",
                        "http://example.com/foo_",
                        "*https://example.com/a*, \"https://example.com/b\"!",
                        "Really https://example.com/c?! 'quoted': yes",
                        "(https://en.wikipedia.org/wiki/Pikachu_(Electric)), right:",
                        "Ask **at https://example.com/q?x=1**...")));
    }

    @Test
    void imageAltTextAndLinkTextHoldNoLinks() {
        assertEquals(
                List.of(
                        new FoundLink("cowsay.png", 1, 1),
                        new FoundLink("https://example.com/target", 2, 1),
                        new FoundLink("https://example.com/badge", 3, 1),
                        new FoundLink("badge.svg", 3, 2)),
                extractor.extract(String.join(
                        "\n",
                        "![curl -s 'https://raw.example.com/cowsay.sh' | sh and www.example.com](cowsay.png)",
                        "[see https://example.com/text or www.example.com](https://example.com/target)",
                        "[![https://example.com/alt](badge.svg)](https://example.com/badge)")));
    }

    @Test
    void gfmSpecAutolinkExamples() {
        assertEquals(
                List.of(
                        new FoundLink("http://www.google.com/search?q=(business))+ok", 1, 1), // 626
                        new FoundLink("http://www.google.com/search?q=commonmark&hl=en", 2, 1), // 627
                        new FoundLink("http://www.google.com/search?q=commonmark", 3, 1),
                        new FoundLink("http://www.commonmark.org/he", 4, 1), // 628
                        new FoundLink("http://www.google.com/search?q=Markup+(business)", 5, 2), // 625
                        new FoundLink("https://encrypted.google.com/search?q=Markup+(business)", 6, 8), // 629
                        new FoundLink("mailto:hello+xyz@mail.example", 7, 41), // 631
                        new FoundLink("mailto:a.b-c_d@a.b", 8, 1), // 632
                        new FoundLink("mailto:a.b-c_d@a.b", 9, 1),
                        new FoundLink("mailto:foo@bar.baz", 12, 1), // 633
                        new FoundLink("mailto:a.b-c_d@a.b", 13, 1),
                        new FoundLink("xmpp:foo@bar.baz", 15, 1),
                        new FoundLink("xmpp:foo@bar.baz/txt@bin.com", 16, 1), // 634
                        new FoundLink("xmpp:foo@bar.baz/txt", 17, 1), // 635
                        new FoundLink("https://example.com/it's", 18, 5)),
                extractor.extract(String.join(
                                "\n\n",
                                "www.google.com/search?q=(business))+ok",
                                "www.google.com/search?q=commonmark&hl=en",
                                "www.google.com/search?q=commonmark&hl;",
                                "www.commonmark.org/he<lp",
                                "(www.google.com/search?q=Markup+(business))",
                                "(Visit https://encrypted.google.com/search?q=Markup+(business))",
                                "hello@mail+xyz.example isn't valid, but hello+xyz@mail.example is.",
                                "a.b-c_d@a.b",
                                "a.b-c_d@a.b.",
                                "a.b-c_d@a.b-",
                                "a.b-c_d@a.b_",
                                "mailto:foo@bar.baz",
                                "mailto:a.b-c_d@a.b/",
                                "mailto:a.b-c_d@a.b-",
                                "xmpp:foo@bar.baz.",
                                "xmpp:foo@bar.baz/txt@bin.com",
                                "xmpp:foo@bar.baz/txt/bin",
                                "See https://example.com/it's\".")
                        .replace("\n\n", "\n")));
    }

    @Test
    void autolinkColumnsCountEscapesAndEntitiesAsWritten() {
        assertEquals(
                List.of(new FoundLink("https://example.com/a_b", 1, 24), new FoundLink("https://example.com/x", 2, 25)),
                extractor.extract(String.join(
                        "\n",
                        "Escaped \\* and \\_ then https://example.com/a_b",
                        "- &copy; &amp; &#x41; > https://example.com/x")));
    }

    /**
     * cmark-gfm and micromark find a URL in text as written: a trailing {@code &amp;} is an entity-like end,
     * dropped with the punctuation before it, and an entity or escape inside a URL stays as written.
     */
    @Test
    void autolinksAreFoundInTextAsWritten() {
        assertEquals(
                List.of(
                        new FoundLink("https://example.com/?a=b", 1, 5),
                        new FoundLink("http://www.example.com/?a=b", 2, 5),
                        new FoundLink("https://example.com/a", 3, 1),
                        new FoundLink("https://example.com/?a=1&amp;b=2", 4, 8),
                        new FoundLink("https://example.com/a\\_b", 5, 1)),
                extractor.extract(String.join(
                        "\n",
                        "see https://example.com/?a=b&amp; more",
                        "see www.example.com/?a=b&amp;",
                        "https://example.com/a.&amp;, then",
                        "&copy; https://example.com/?a=1&amp;b=2",
                        "https://example.com/a\\_b")));
    }

    /** GitHub (cmark-gfm) links {@code ftp://} in text as it does {@code http://}; the checker then skips it. */
    @Test
    void ftpUrlsInTextAreLinks() {
        assertEquals(
                List.of(new FoundLink("ftp://ftp.example.com/pub/file.txt", 1, 7)),
                extractor.extract("Fetch ftp://ftp.example.com/pub/file.txt. Not sftp://example.com or ftp:/x"));
    }

    /** The container's prefix (list marker, {@code >}, their indent) is not part of an HTML block's text. */
    @Test
    void givesHtmlBlocksInListsAndQuotesTheirColumnsOnEveryLine() {
        String markdown = String.join(
                "\n",
                "- <div>", // 1
                "  <a href=\"https://example.org/list\">in a list item</a>", // 2
                "  </div>", // 3
                "", // 4
                "> <p align=\"center\">", // 5
                ">   <img src=\"quote.png\"> <a href=\"https://example.org/quote\">q</a>", // 6
                "> </p>", // 7
                "", // 8
                "> 1. <table>", // 9
                ">    <tr><td><a href=\"https://example.org/nested\">n</a></td></tr>", // 10
                ">    </table>", // 11
                "", // 12
                "- item", // 13
                "", // 14
                "  > <div>", // 15
                "  >", // 16
                "  > <a href=\"https://example.org/deep\">d</a>", // 17
                "  > </div>", // 18
                "", // 19
                ">\t<div>", // 20
                ">\t<a href=\"https://example.org/tab\">t</a>", // 21
                ">\t</div>"); // 22

        assertEquals(
                List.of(
                        new FoundLink("https://example.org/list", 2, 3),
                        new FoundLink("quote.png", 6, 5),
                        new FoundLink("https://example.org/quote", 6, 27),
                        new FoundLink("https://example.org/nested", 10, 14),
                        new FoundLink("https://example.org/deep", 17, 5),
                        new FoundLink("https://example.org/tab", 21, 3)),
                extractor.extract(markdown));
    }

    @Test
    void givesHtmlInlineOverSeveralLinesInAQuoteItsColumn() {
        String markdown = String.join(
                "\n",
                "> Some text", // 1
                "> and <img", // 2
                ">   src=\"split.png\"> then <a href=\"https://example.org/inline\">x</a>"); // 3

        assertEquals(
                List.of(new FoundLink("split.png", 2, 7), new FoundLink("https://example.org/inline", 3, 27)),
                extractor.extract(markdown));
    }

    @Test
    void givesTheColumnOnItsLineOfALinkFarIntoAVeryLongHtmlLine() {
        String longLine = "<div>" + "word ".repeat(200_000) + "<a href=\"https://example.org/end\">end</a></div>";
        String markdown = "# Title\n\n" + longLine + "\n";

        assertEquals(
                List.of(new FoundLink("https://example.org/end", 3, longLine.indexOf("<a ") + 1)),
                extractor.extract(markdown));
    }
}
