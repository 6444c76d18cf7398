package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownLinkExtractorTest {

    private final MarkdownLinkExtractor extractor = new MarkdownLinkExtractor();

    @Test
    void findsEveryKindOfLinkWithItsPosition() {
        String markdown = String.join("\n",
                "# Title with [a link](https://example.org/inline)",               // 1
                "",                                                                 // 2
                "See [the guide][guide] and ![logo](images/logo.png \"Logo\").",   // 3
                "Autolink <https://example.org/auto> and bare https://example.org/bare.", // 4
                "Nested [brackets [inside]](https://example.org/nested) here.",    // 5
                "",                                                                 // 6
                "    https://example.org/indented-code",                            // 7
                "",                                                                 // 8
                "Inline `https://example.org/code-span` and `[x](https://example.org/in-code)`.", // 9
                "",                                                                 // 10
                "```",                                                              // 11
                "[fenced](https://example.org/fenced)",                             // 12
                "```",                                                              // 13
                "",                                                                 // 14
                "<p>Some <a href=\"https://example.org/html-block\">HTML</a></p>",  // 15
                "",                                                                 // 16
                "Text with <a href=\"https://example.org/html-inline\">inline HTML</a>.", // 17
                "",                                                                 // 18
                "[guide]: docs/guide.md#setup",                                     // 19
                "[unused]: https://example.org/unused");                            // 20

        assertEquals(List.of(
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

    /** The container's prefix (list marker, {@code >}, their indent) is not part of an HTML block's text. */
    @Test
    void givesHtmlBlocksInListsAndQuotesTheirColumnsOnEveryLine() {
        String markdown = String.join("\n",
                "- <div>",                                                          // 1
                "  <a href=\"https://example.org/list\">in a list item</a>",        // 2
                "  </div>",                                                         // 3
                "",                                                                 // 4
                "> <p align=\"center\">",                                           // 5
                ">   <img src=\"quote.png\"> <a href=\"https://example.org/quote\">q</a>", // 6
                "> </p>",                                                           // 7
                "",                                                                 // 8
                "> 1. <table>",                                                     // 9
                ">    <tr><td><a href=\"https://example.org/nested\">n</a></td></tr>", // 10
                ">    </table>",                                                    // 11
                "",                                                                 // 12
                "- item",                                                           // 13
                "",                                                                 // 14
                "  > <div>",                                                        // 15
                "  >",                                                              // 16
                "  > <a href=\"https://example.org/deep\">d</a>",                   // 17
                "  > </div>",                                                       // 18
                "",                                                                 // 19
                ">\t<div>",                                                         // 20
                ">\t<a href=\"https://example.org/tab\">t</a>",                      // 21
                ">\t</div>");                                                       // 22

        assertEquals(List.of(
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
        String markdown = String.join("\n",
                "> Some text",                                           // 1
                "> and <img",                                            // 2
                ">   src=\"split.png\"> then <a href=\"https://example.org/inline\">x</a>"); // 3

        assertEquals(List.of(
                new FoundLink("split.png", 2, 7),
                new FoundLink("https://example.org/inline", 3, 27)),
                extractor.extract(markdown));
    }

    @Test
    void givesTheColumnOnItsLineOfALinkFarIntoAVeryLongHtmlLine() {
        String longLine = "<div>" + "word ".repeat(200_000) + "<a href=\"https://example.org/end\">end</a></div>";
        String markdown = "# Title\n\n" + longLine + "\n";

        assertEquals(List.of(new FoundLink("https://example.org/end", 3, longLine.indexOf("<a ") + 1)),
                extractor.extract(markdown));
    }
}
