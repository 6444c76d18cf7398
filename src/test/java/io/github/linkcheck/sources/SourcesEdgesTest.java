package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LocalFile;
import io.github.linkcheck.core.Origin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Where links come from, at the edges: file patterns, kinds of documents, URL files, and the forms a link takes. */
class SourcesEdgesTest {

    @TempDir
    Path project;

    @Test
    void filePatternsAsMavenWritesThem() {
        assertTrue(PathPattern.of("docs/**/*.md").matches("docs/a.md"));
        assertTrue(PathPattern.of("docs/**/*.md").matches("docs/x/y/a.md"));
        assertFalse(PathPattern.of("docs/**/*.md").matches("docs/a.txt"));
        assertFalse(PathPattern.of("docs/*.md").matches("docs/x/a.md"));
        assertTrue(PathPattern.of("docs/").matches("docs/x/a.md"), "a folder means everything under it");
        assertTrue(PathPattern.of("docs\\**").matches("docs/x/a.md"));
        assertTrue(PathPattern.of("a?.md").matches("ab.md"));
        assertFalse(PathPattern.of("a?.md").matches("a/.md"));
        assertFalse(PathPattern.of("a?.md").matches("abc.md"));
        assertTrue(PathPattern.of(" **/README.md ").matches("README.md"));
        assertFalse(PathPattern.of("a.md").matches("aXmd"), "a dot is a dot");
        assertTrue(PathPattern.of("**").matches("a/b/c"));
    }

    @Test
    void theKindOfADocumentIsToldByItsName() {
        assertEquals(DocumentKind.MARKDOWN, DocumentKind.of(Path.of("a.MD")));
        assertEquals(DocumentKind.MARKDOWN, DocumentKind.of(Path.of("a.markdown")));
        assertEquals(DocumentKind.HTML, DocumentKind.of(Path.of("a.html")));
        assertEquals(DocumentKind.HTML, DocumentKind.of(Path.of("a.htm")));
        assertEquals(DocumentKind.HTML, DocumentKind.of(Path.of("a.xhtml")));
        assertEquals(DocumentKind.PLAIN_TEXT, DocumentKind.of(Path.of("a.txt")));
        assertEquals(DocumentKind.PLAIN_TEXT, DocumentKind.of(Path.of("md")));
    }

    @Test
    void onlyUtf8TextIsRead() throws IOException {
        assertEquals("é", DocumentKind.readText(Files.writeString(project.resolve("ok.md"), "é")));
        Path zero = Files.write(project.resolve("zero.md"), new byte[] {'a', 0, 'b'});
        assertThrows(CharacterCodingException.class, () -> DocumentKind.readText(zero));
        Path latin1 = Files.write(project.resolve("latin1.md"), "é".getBytes(StandardCharsets.ISO_8859_1));
        assertThrows(CharacterCodingException.class, () -> DocumentKind.readText(latin1));
        // U+FFFD, what a decoder puts for bytes that are not UTF-8, is valid text when written.
        assertEquals(
                "a \uFFFD b",
                DocumentKind.readText(Files.writeString(project.resolve("replacement.md"), "a \uFFFD b")));
        Path both = Files.write(
                project.resolve("both.md"), new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD, (byte) 0xE9});
        assertThrows(CharacterCodingException.class, () -> DocumentKind.readText(both));
    }

    @Test
    void urlFilesSkipBlankLinesAndComments() throws IOException {
        Path file = Files.writeString(
                project.resolve("links.txt"), "# a comment\n\n  https://a.test/  \n   # indented\nhttps://b.test/\n");
        assertEquals(
                List.of(
                        LinkTarget.of("https://a.test/", Origin.at("links.txt", 3, 0)),
                        LinkTarget.of("https://b.test/", Origin.at("links.txt", 5, 0))),
                UrlFiles.read(file, "links.txt"));
    }

    @Test
    void eachFormOfLinkBecomesItsTarget() throws IOException {
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(
                project.resolve("docs/page.md"),
                String.join(
                        "\n",
                        "[a](//cdn.test/x) [b](/README.md?plain=1) [c](guide.md#part) [d](HTTPS://a.test/)",
                        "[e](?query) [f](#here) [g](a%20b.md) [h](c+d.md)",
                        ""));

        List<LinkTarget> found = new DocumentScanner(project, false)
                .scan(List.of(new DocumentSet(project, List.of("docs/*.md"), List.of())))
                .targets();

        Path page = project.resolve("docs/page.md");
        assertEquals(
                List.of(
                        LinkTarget.of("https://cdn.test/x", Origin.at("docs/page.md", 1, 1)),
                        LinkTarget.localFile(
                                "README.md",
                                new LocalFile(project.resolve("README.md"), null),
                                Origin.at("docs/page.md", 1, 19)),
                        LinkTarget.localFile(
                                "docs/guide.md",
                                new LocalFile(project.resolve("docs/guide.md"), null),
                                Origin.at("docs/page.md", 1, 43)),
                        LinkTarget.of("HTTPS://a.test/", Origin.at("docs/page.md", 1, 62)),
                        LinkTarget.localFile(
                                "docs/page.md", new LocalFile(page, null), Origin.at("docs/page.md", 2, 1)),
                        LinkTarget.localFile(
                                "docs/a b.md",
                                new LocalFile(project.resolve("docs/a b.md"), null),
                                Origin.at("docs/page.md", 2, 24)),
                        LinkTarget.localFile(
                                "docs/c+d.md",
                                new LocalFile(project.resolve("docs/c+d.md"), null),
                                Origin.at("docs/page.md", 2, 38))),
                found);
    }

    @Test
    void percentEncodingIsReadWhereItIsOne() {
        assertEquals("a b", PercentEncoding.decode("a%20b"));
        assertEquals("a+b", PercentEncoding.decode("a+b"));
        assertEquals("100%", PercentEncoding.decode("100%"));
        assertEquals("é", PercentEncoding.decode("%C3%A9"));
    }

    @Test
    void bareUrlsEndBeforeTheSentenceDoes() {
        assertEquals(
                List.of(new FoundLink("https://a.test/x", 1, 1), new FoundLink("http://b.test/(y)", 1, 22)),
                new PlainTextLinkExtractor().extract("https://a.test/x?!:; http://b.test/(y)."));
        assertEquals(
                List.of(new FoundLink("HTTP://C.test/", 2, 3)),
                new PlainTextLinkExtractor().extract("\r\n  HTTP://C.test/)"));
    }

    @Test
    void placesAreRelativeToTheReactorRootEvenOutsideIt() {
        assertEquals("docs/a.md", ProjectPaths.shown(project, project.resolve("docs/../docs/a.md")));
        assertEquals("mod-a/README.md", ProjectPaths.shown(project, project.resolve("mod-a/README.md")));
        assertEquals(
                "../elsewhere.md",
                ProjectPaths.shown(project, project.getParent().resolve("elsewhere.md")));
        assertEquals(
                "../../shared/links.txt",
                ProjectPaths.shown(project.resolve("build"), project.getParent().resolve("shared/links.txt")));
    }
}
