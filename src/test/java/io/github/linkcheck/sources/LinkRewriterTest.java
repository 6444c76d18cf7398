package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Origin;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rewriter at the places {@link DocumentScanner} finds links, as the fix goal gives them: only the URL's
 * characters change, whatever surrounds them.
 */
class LinkRewriterTest {

    private static final String OLD = "https://old.example/a_b?x=1&y=2";
    private static final String NEW = "https://new.example/c?z=3&w=4";

    @TempDir
    Path folder;

    /** The edits of every place the scanner finds each old URL at, as the fixer makes them. */
    private List<LinkRewriter.Edit> editsFor(Path document, Map<String, String> moves) {
        List<LinkRewriter.Edit> edits = new ArrayList<>();
        LinkSources found = new DocumentScanner(folder, false)
                .scan(List.of(
                        new DocumentSet(folder, List.of(document.getFileName().toString()), List.of())));
        for (LinkTarget target : found.targets()) {
            String newUrl = moves.get(target.url());
            if (newUrl != null) {
                for (Origin place : target.origins()) {
                    edits.add(new LinkRewriter.Edit(place.line(), place.column(), target.url(), newUrl));
                }
            }
        }
        return edits;
    }

    private LinkRewriter.Rewrite rewrite(String name, byte[] content, Map<String, String> moves) throws IOException {
        Path document = folder.resolve(name);
        Files.write(document, content);
        return LinkRewriter.forDocument(document).rewrite(content, editsFor(document, moves));
    }

    private String rewritten(String name, String text, Map<String, String> moves) throws IOException {
        LinkRewriter.Rewrite rewrite = rewrite(name, text.getBytes(StandardCharsets.UTF_8), moves);
        assertEquals(List.of(), rewrite.skipped());
        return new String(rewrite.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void markdownWithBomCrLfAndNonAsciiChangesOnlyTheUrls() throws IOException {
        String before = "\uFEFF# Tïtle ✓\r\n\r\nSée [the doc](" + OLD + ") and ![img](" + OLD + " \"title\") — "
                + "<" + OLD + ">\r\nBare: " + OLD + ". Again [ref][r] and [r].\r\n\r\n[r]: " + OLD + "\r\n"
                + "`" + OLD + "` in code stays\r\n";
        String after = before.replace(OLD, NEW).replace("`" + NEW + "`", "`" + OLD + "`");
        byte[] expected = after.getBytes(StandardCharsets.UTF_8);
        LinkRewriter.Rewrite rewrite = rewrite("README.md", before.getBytes(StandardCharsets.UTF_8), Map.of(OLD, NEW));
        assertEquals(List.of(), rewrite.skipped());
        assertArrayEquals(expected, rewrite.bytes());
        assertEquals(5, rewrite.changes().size(), rewrite.changes().toString());
        assertEquals(new LinkRewriter.Change(3, 15, OLD, NEW), rewrite.changes().get(0));
    }

    @Test
    void severalMovedUrlsOnOneLineChangeEach() throws IOException {
        String other = "https://other.example/p";
        String text = "[a](" + OLD + ") [b](" + other + ") [c](" + OLD + ")\n";
        String newOther = "https://elsewhere.example/longer/path";
        assertEquals(
                "[a](" + NEW + ") [b](" + newOther + ") [c](" + NEW + ")\n",
                rewritten("a.md", text, Map.of(OLD, NEW, other, newOther)));
    }

    @Test
    void markdownEscapesAndEntitiesAreReadThenWrittenPlain() throws IOException {
        String text = "[x](https://old.example/a\\_b?x=1&amp;y=2)\n";
        assertEquals("[x](" + NEW + ")\n", rewritten("a.md", text, Map.of(OLD, NEW)));
    }

    @Test
    void markdownDestinationGetsWhatWouldEndItEncoded() throws IOException {
        String text = "[x](" + OLD + ") and <" + OLD + ">\n";
        assertEquals(
                "[x](https://new.example/a%29b) and <https://new.example/a)b>\n",
                rewritten("a.md", text, Map.of(OLD, "https://new.example/a)b")));
        assertEquals(
                "[x](https://new.example/(a)) and <https://new.example/(a)>\n",
                rewritten("a.md", text, Map.of(OLD, "https://new.example/(a)")));
    }

    @Test
    void htmlAttributesInEitherQuoteGetTheNewUrlEscaped() throws IOException {
        String before = "<!DOCTYPE html>\r\n<p>Voilà <a class=x href=\"https://old.example/a_b?x=1&amp;y=2\">a</a>"
                + " <img alt='i' src='" + OLD.replace("&", "&amp;") + "'>\r\n<a href=https://old.example/p>p</a>\r\n";
        String after = "<!DOCTYPE html>\r\n<p>Voilà <a class=x href=\"https://new.example/c?z=3&amp;w=4\">a</a>"
                + " <img alt='i' src='https://new.example/c?z=3&amp;w=4'>\r\n<a href=https://new.example/q>p</a>\r\n";
        assertEquals(
                after,
                rewritten("page.html", before, Map.of(OLD, NEW, "https://old.example/p", "https://new.example/q")));
    }

    @Test
    void htmlQuoteInTheNewUrlIsEscaped() throws IOException {
        String text = "<a href=\"" + OLD + "\">x</a> <a href='" + OLD + "'>y</a>";
        assertEquals(
                "<a href=\"https://new.example/&quot;q'\">x</a> <a href='https://new.example/\"q&#39;'>y</a>",
                rewritten("p.html", text, Map.of(OLD, "https://new.example/\"q'")));
    }

    @Test
    void htmlInMarkdownIsRewrittenInItsAttribute() throws IOException {
        String text = "Text\n\n<p align=\"center\"><a href=\"" + OLD.replace("&", "&amp;") + "\">x</a></p>\n";
        assertEquals(
                "Text\n\n<p align=\"center\"><a href=\"" + NEW.replace("&", "&amp;") + "\">x</a></p>\n",
                rewritten("a.md", text, Map.of(OLD, NEW)));
    }

    @Test
    void aUrlRelativeToBaseHrefIsLeftAloneWithWhy() throws IOException {
        String text = "<base href=\"https://old.example/\"><a href=\"p\">x</a>";
        LinkRewriter.Rewrite rewrite =
                rewrite("p.html", text.getBytes(StandardCharsets.UTF_8), Map.of("https://old.example/p", NEW));
        assertFalse(rewrite.changed());
        assertEquals(1, rewrite.skipped().size());
        assertTrue(
                rewrite.skipped().get(0).reason().contains("<base href>"),
                rewrite.skipped().toString());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), rewrite.bytes());
    }

    @Test
    void aWwwAutolinkIsLeftAlone() throws IOException {
        String text = "See www.old.example/x today\n";
        LinkRewriter.Rewrite rewrite =
                rewrite("a.md", text.getBytes(StandardCharsets.UTF_8), Map.of("http://www.old.example/x", NEW));
        assertFalse(rewrite.changed());
        assertEquals(1, rewrite.skipped().size());
    }

    @Test
    void srcsetCandidatesChangeWithTheSrcOfTheirTag() throws IOException {
        String image = "https://old.example/i.png";
        String text = "<img src=\"" + image + "\" srcset=\"" + image + " 1x, " + image + "-2x.png 2x," + image
                + " 3x\">\r\n<picture><source srcset='" + image + "'></picture>";
        String moved = "https://new.example/i.png";
        assertEquals(
                "<img src=\"" + moved + "\" srcset=\"" + moved + " 1x, " + image + "-2x.png 2x," + moved
                        + " 3x\">\r\n<picture><source srcset='" + moved + "'></picture>",
                rewritten("p.html", text, Map.of(image, moved)));
    }

    @Test
    void aPlaceThatNoLongerHoldsTheUrlIsLeftAlone() throws IOException {
        Path document = folder.resolve("a.md");
        Files.writeString(document, "[x](" + OLD + ")\n");
        List<LinkRewriter.Edit> edits = editsFor(document, Map.of(OLD, NEW));
        byte[] changed = ("New first line\n[x](" + OLD + ")\n").getBytes(StandardCharsets.UTF_8);
        LinkRewriter.Rewrite rewrite = LinkRewriter.forDocument(document).rewrite(changed, edits);
        assertFalse(rewrite.changed());
        assertArrayEquals(changed, rewrite.bytes());
        assertEquals(1, rewrite.skipped().size());
    }

    @Test
    void plainTextBareUrls() throws IOException {
        String text = "first " + OLD + ", then (" + OLD + ").\r\n";
        assertEquals("first " + NEW + ", then (" + NEW + ").\r\n", rewritten("notes.txt", text, Map.of(OLD, NEW)));
    }

    @Test
    void aNewUrlThatWouldNotReadBackLeavesTheFileAlone() throws IOException {
        String text = "Bare " + OLD + " here\n";
        LinkRewriter.Rewrite rewrite =
                rewrite("notes.txt", text.getBytes(StandardCharsets.UTF_8), Map.of(OLD, "https://new.example/a b"));
        assertFalse(rewrite.changed());
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), rewrite.bytes());
        assertTrue(rewrite.skipped().get(0).reason().contains("read back"));
    }

    @Test
    void urlFileLinesKeepTheirIndentAndLineBreaks() throws IOException {
        byte[] before =
                ("# links\r\n  " + OLD + "  \r\nhttps://ok.example/\r\n" + OLD + "\n").getBytes(StandardCharsets.UTF_8);
        Path file = folder.resolve("links.txt");
        Files.write(file, before);
        List<LinkRewriter.Edit> edits = new ArrayList<>();
        for (LinkTarget target : UrlFiles.read(file, "links.txt")) {
            if (target.url().equals(OLD)) {
                edits.add(new LinkRewriter.Edit(target.origins().get(0).line(), 0, OLD, NEW));
            }
        }
        LinkRewriter.Rewrite rewrite = LinkRewriter.forUrlFile().rewrite(before, edits);
        assertArrayEquals(
                ("# links\r\n  " + NEW + "  \r\nhttps://ok.example/\r\n" + NEW + "\n").getBytes(StandardCharsets.UTF_8),
                rewrite.bytes());
        assertEquals(
                List.of(new LinkRewriter.Change(2, 3, OLD, NEW), new LinkRewriter.Change(4, 1, OLD, NEW)),
                rewrite.changes());
    }

    @Test
    void linkedImagesPointyDestinationsAndTitledDefinitions() throws IOException {
        String image = "https://old.example/badge.svg";
        String text = "[![build](" + image + ")](" + OLD + ")\n[y](<" + OLD + "> \"t\")\n\n[Ref Label]: <" + OLD
                + "> 'title'\n\nUse [it][ref   label].\n";
        String expected = "[![build](https://new.example/b.svg)](" + NEW + ")\n[y](<" + NEW + "> \"t\")\n\n"
                + "[Ref Label]: <" + NEW + "> 'title'\n\nUse [it][ref   label].\n";
        assertEquals(expected, rewritten("a.md", text, Map.of(OLD, NEW, image, "https://new.example/b.svg")));
    }

    @Test
    void aReferenceDefinitionInAQuoteIsLeftAloneWithWhy() throws IOException {
        String text = "See [x].\n\n> [x]: " + OLD + "\n";
        LinkRewriter.Rewrite rewrite = rewrite("a.md", text.getBytes(StandardCharsets.UTF_8), Map.of(OLD, NEW));
        assertFalse(rewrite.changed());
        assertTrue(
                rewrite.skipped().get(0).reason().startsWith("no definition [x]:"),
                rewrite.skipped().toString());
    }
}
