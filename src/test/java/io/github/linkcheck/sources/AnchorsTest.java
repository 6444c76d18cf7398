package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;

class AnchorsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Getting Started            | getting-started",
                "What's new in 2.0?         | whats-new-in-20",
                "C++ & Java                 | c--java",
                "foo_bar-baz                | foo_bar-baz",
                "Émigré Ünïcode             | émigré-ünïcode",
                "🚀 Launch                   | -launch",
                "  Spaces around  |   spaces-around",
            })
    void headingSlugsFollowGitHub(String heading, String slug) {
        assertEquals(slug, Anchors.slug(heading));
    }

    @Test
    void markdownHeadingsRepeatedAreNumberedAndHtmlAnchorsCount() {
        Anchors anchors = Anchors.ofMarkdown("""
                # Usage
                Some text.
                ## Usage
                ## `mvn verify` *now* works!
                Setext heading
                --------------
                <a name="legacy"></a>
                <div id="block-anchor">x</div>

                ```
                # not a heading
                ```
                """);

        assertTrue(anchors.contains("usage"));
        assertTrue(anchors.contains("usage-1"));
        assertTrue(anchors.contains("mvn-verify-now-works"));
        assertTrue(anchors.contains("setext-heading"));
        assertTrue(anchors.contains("legacy"));
        assertTrue(anchors.contains("block-anchor"));
        assertFalse(anchors.contains("not-a-heading"));
        assertFalse(anchors.contains("usage-2"));
    }

    @Test
    void markdownAnchorsAlsoAnswerToGithubsUserContentIds() {
        // GitHub renders "# Foo" with id="user-content-foo" (and prefixes written ids alike): both links work there.
        Anchors anchors = Anchors.ofMarkdown("""
                # Foo
                <a name="legacy"></a>
                """);

        assertTrue(anchors.contains("user-content-foo"));
        assertTrue(anchors.contains("user-content-legacy"));
        assertTrue(anchors.contains("foo"));
        assertFalse(anchors.contains("user-content-bar"));
        assertFalse(anchors.contains("user-content-"), "the prefix alone names no place");
        assertFalse(
                Anchors.ofHtml("<h1 id=\"foo\">Foo</h1>").contains("user-content-foo"),
                "only Markdown is rendered by GitHub; an HTML page's ids are its own");
    }

    @Test
    void htmlIdsAndNamesCountAndTopAlwaysExists() {
        Anchors anchors = Anchors.ofHtml("""
                <html><body><h2 id="intro">Intro</h2><a name="old name">x</a><p class="intro2">y</p></body></html>
                """.getBytes(StandardCharsets.UTF_8));

        assertTrue(anchors.contains("intro"));
        assertTrue(anchors.contains("old%20name"), "fragments are percent-decoded");
        assertTrue(anchors.contains("top"));
        assertTrue(anchors.contains(""));
        assertFalse(anchors.contains("intro2"));
        assertFalse(anchors.contains("Intro"), "ids are case-sensitive");
    }
}
