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
}
