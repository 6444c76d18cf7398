package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlLinkExtractorTest {

    @Test
    void findsLinkingElementsResolvedAgainstTheBase() {
        String html = String.join("\n",
                "<!DOCTYPE html>",                                                   // 1
                "<html><head><base href=\"https://example.org/docs/\">",            // 2
                "  <link rel=\"stylesheet\" href=\"style.css\">",                   // 3
                "  <script src=\"https://cdn.example.org/app.js\"></script>",       // 4
                "</head><body>",                                                     // 5
                "  <a href=\"guide.html#install\">Guide</a> <a name=\"no-href\">x</a>", // 6
                "  <img src=\"/img/logo.png\" alt=\"\">",                           // 7
                "  <iframe src=\"https://video.example.org/embed\"></iframe>",      // 8
                "  <video><source src=\"clip.mp4\"></video>",                       // 9
                "  <a href=\"mailto:team@example.org\">mail</a>",                   // 10
                "</body></html>");

        assertEquals(List.of(
                new FoundLink("https://example.org/docs/style.css", 3, 3),
                new FoundLink("https://cdn.example.org/app.js", 4, 3),
                new FoundLink("https://example.org/docs/guide.html#install", 6, 3),
                new FoundLink("https://example.org/img/logo.png", 7, 3),
                new FoundLink("https://video.example.org/embed", 8, 3),
                new FoundLink("https://example.org/docs/clip.mp4", 9, 10),
                new FoundLink("mailto:team@example.org", 10, 3)),
                new HtmlLinkExtractor().extract(html));
    }
}
