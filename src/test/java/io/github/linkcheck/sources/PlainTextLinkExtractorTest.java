package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.util.List;

class PlainTextLinkExtractorTest {

    @Test
    void findsBareUrlsWithoutTheSentenceAroundThem() {
        String text = "Docs: https://example.org/docs.\n"
                + "(see https://example.org/a) and https://en.wikipedia.org/wiki/Foo_(bar), then\r\n"
                + "<https://example.org/angle> \"https://example.org/quoted\" ftp://example.org/not-http";

        assertEquals(
                List.of(
                        new FoundLink("https://example.org/docs", 1, 7),
                        new FoundLink("https://example.org/a", 2, 6),
                        new FoundLink("https://en.wikipedia.org/wiki/Foo_(bar)", 2, 33),
                        new FoundLink("https://example.org/angle", 3, 2),
                        new FoundLink("https://example.org/quoted", 3, 30)),
                new PlainTextLinkExtractor().extract(text));
    }
}
