package io.github.linkcheck.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BrowserUrlsTest {

    /** Every example of RFC 3986, section 5.4, against its base {@code http://a/b/c/d;p?q}. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            # 5.4.1 Normal Examples
            g:h           | g:h
            g             | http://a/b/c/g
            ./g           | http://a/b/c/g
            g/            | http://a/b/c/g/
            /g            | http://a/g
            //g           | http://g
            ?y            | http://a/b/c/d;p?y
            g?y           | http://a/b/c/g?y
            #s            | http://a/b/c/d;p?q#s
            g#s           | http://a/b/c/g#s
            g?y#s         | http://a/b/c/g?y#s
            ;x            | http://a/b/c/;x
            g;x           | http://a/b/c/g;x
            g;x?y#s       | http://a/b/c/g;x?y#s
            ''            | http://a/b/c/d;p?q
            .             | http://a/b/c/
            ./            | http://a/b/c/
            ..            | http://a/b/
            ../           | http://a/b/
            ../g          | http://a/b/g
            ../..         | http://a/
            ../../        | http://a/
            ../../g       | http://a/g
            # 5.4.2 Abnormal Examples
            ../../../g    | http://a/g
            ../../../../g | http://a/g
            /./g          | http://a/g
            /../g         | http://a/g
            g.            | http://a/b/c/g.
            .g            | http://a/b/c/.g
            g..           | http://a/b/c/g..
            ..g           | http://a/b/c/..g
            ./../g        | http://a/b/g
            ./g/.         | http://a/b/c/g/
            g/./h         | http://a/b/c/g/h
            g/../h        | http://a/b/c/h
            g;x=1/./y     | http://a/b/c/g;x=1/y
            g;x=1/../y    | http://a/b/c/y
            g?y/./x       | http://a/b/c/g?y/./x
            g?y/../x      | http://a/b/c/g?y/../x
            g#s/./x       | http://a/b/c/g#s/./x
            g#s/../x      | http://a/b/c/g#s/../x
            # "for backward compatibility", which browsers keep (the strict reading gives http:g)
            http:g        | http://a/b/c/g
            """)
    void resolvesEveryExampleOfRfc3986(String reference, String resolved) {
        assertEquals(resolved, BrowserUrls.resolve("http://a/b/c/d;p?q", reference));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ?y                   | https://example.com/a/b/c?y
            ../../../../g        | https://example.com/g
            #top                 | https://example.com/a/b/c?q#top
            d                    | https://example.com/a/b/d
            //cdn.example.org/x  | https://cdn.example.org/x
            mailto:a@example.org | mailto:a@example.org
            https://user:secret@example.org/x | https://user:secret@example.org/x
            HTTPS://example.org/./a/../b | HTTPS://example.org/b
            /./a/b/../../g       | https://example.com/g
            https://example.org/../x?a/../b#c/../d | https://example.org/x?a/../b#c/../d
            """)
    void resolvesAgainstABaseWithAQueryAsBrowsersDo(String reference, String resolved) {
        assertEquals(resolved, BrowserUrls.resolve("https://example.com/a/b/c?q", reference));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            z             | irc://irc.example.org/z
            ftp://h/d/    | ftp://h/d/
            'a b|c'       | 'irc:a%20b|c'
            """)
    void aLinkAgainstABaseOfAnotherSchemeStaysInThatScheme(String reference, String resolved) {
        assertEquals(resolved, BrowserUrls.resolve("irc://irc.example.org/room", reference));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            x.html      | shared/x.html
            ../x.html   | shared/../x.html
            /top.html   | /top.html
            ?v=1        | shared/page.html?v=1
            #part       | shared/page.html?old#part
            ftp://h/x   | ftp://h/x
            """)
    void joinsALinkToARelativeBaseForTheDocumentsFolderToResolve(String reference, String joined) {
        assertEquals(joined, BrowserUrls.resolve("shared/page.html?old#old", reference));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "  https://example.org/a  "        | https://example.org/a
            "https://exa\\tmple.org/\\r\\npath" | https://example.org/path
            "https://example.org/a b?c d#e f"  | https://example.org/a%20b?c%20d#e%20f
            "https://example.org/<""x"">`{}"   | https://example.org/%3C%22x%22%3E%60%7B%7D
            "https://example.org/?q=<'`>"      | https://example.org/?q=%3C%27`%3E
            "https://example.org/#<`>"         | https://example.org/#%3C%60%3E
            "https://example.org/%20%zz"       | https://example.org/%20%zz
            "my file.md"                       | my%20file.md
            "docs\\setup.md"                   | docs\\setup.md
            "über uns.md"                      | über%20uns.md
            """)
    void cleansAsTheWhatwgUrlParserDoesKeepingABackslash(String href, String cleaned) {
        assertEquals(
                cleaned,
                BrowserUrls.clean(href.replace("\\t", "\t").replace("\\r", "\r").replace("\\n", "\n")));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            docs\\setup.html              | docs/setup.html
            https://example.org\\a\\b?c\\d | https://example.org/a/b?c\\d
            custom:a\\b                   | custom:a\\b
            """)
    void readsABackslashAsASlashInHtmlAsBrowsersDoForWebAndFileUrls(String href, String resolved) {
        assertEquals(resolved, BrowserUrls.resolve(null, href));
    }

    /** Without a base too, a browser requests a web URL with its dot segments resolved; a relative link keeps its own. */
    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            https://example.org/./a/../b?c/../d | https://example.org/b?c/../d
            http://example.org/../../x          | http://example.org/x
            ../docs/./x.html                    | ../docs/./x.html
            irc://example.org/a/../b            | irc://example.org/a/../b
            """)
    void resolvesTheDotSegmentsOfAWebUrlAsBrowsersDo(String href, String resolved) {
        assertEquals(resolved, BrowserUrls.resolve(null, href));
    }

    @Test
    void stripsC0ControlsAtTheEndsAndEncodesThemInside() {
        assertEquals("https://example.org/a%02b", BrowserUrls.clean("\u0001 https://example.org/a\u0002b \u001f"));
    }
}
