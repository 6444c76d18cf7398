package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Each Markdown document of the corpus must give exactly the links (URL, line, column) that an independent parser
 * found in it: micromark with GFM and parse5, written to the document's {@code .links} file by
 * {@code src/test/corpus-generator} (see CONTRIBUTING.md, "The Markdown corpus").
 */
class MarkdownCorpusTest {

    private final MarkdownLinkExtractor extractor = new MarkdownLinkExtractor();

    static List<Path> documents() throws IOException, URISyntaxException {
        Path corpus = Path.of(MarkdownCorpusTest.class.getResource("/corpus").toURI());
        try (Stream<Path> files = Files.list(corpus)) {
            return files.filter(file -> file.toString().endsWith(".md"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theCorpusHasDocuments() throws IOException, URISyntaxException {
        assertFalse(documents().isEmpty());
    }

    @ParameterizedTest
    @MethodSource("documents")
    void linksAreThoseTheIndependentParserFound(Path document) throws IOException {
        Path expected =
                document.resolveSibling(document.getFileName().toString().replaceFirst("\\.md$", ".links"));
        String found = extractor.extract(Files.readString(document, StandardCharsets.UTF_8)).stream()
                .map(link -> link.line() + "\t" + link.column() + "\t" + link.url() + "\n")
                .collect(Collectors.joining());
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), found);
    }
}
