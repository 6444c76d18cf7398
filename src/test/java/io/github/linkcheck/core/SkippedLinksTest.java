package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

class SkippedLinksTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            data:image/png;base64,iVBORw0KGgo=     | data: links are not checked; only http and https are requested
            ftp://ftp.example.org/pub/file.tar.gz  | ftp: links are not checked; only http and https are requested
            IRC://irc.libera.chat/#maven           | irc: links are not checked; only http and https are requested
            vscode://file/src/Main.java            | vscode: links are not checked; only http and https are requested
            file:///etc/hosts                      | file: links are not checked but for a path relative to their document (file:docs/setup.md), looked for on disk
            localhost:8080                         | localhost: links are not checked; a host and port need http:// before them to be a web address
            localhost:8080/admin                   | localhost: links are not checked; a host and port need http:// before them to be a web address
            """)
    void aSchemeThePluginCannotCheckIsSkippedWithItsNameByDefault(String url, String reason) {
        assertEquals(Optional.of(reason), SkippedLinks.reason(url, UnsupportedSchemes.SKIP));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            data:image/png;base64,iVBORw0KGgo=
            ftp://ftp.example.org/pub/file.tar.gz
            file:///etc/hosts
            localhost:8080
            htp:/typo
            """)
    void withFailTheyAreLeftToTheCheckerWhichFindsThemBroken(String url) {
        assertEquals(Optional.empty(), SkippedLinks.reason(url, UnsupportedSchemes.FAIL));
    }

    @ParameterizedTest
    @EnumSource(UnsupportedSchemes.class)
    void mailChatPhoneAndScriptLinksAreSkippedWhateverTheSetting(UnsupportedSchemes setting) {
        assertEquals(Optional.of("mailto: links are not checked"), SkippedLinks.reason(" MAILTO:a@b.test", setting));
        assertEquals(Optional.of("xmpp: links are not checked"), SkippedLinks.reason("xmpp:foo@bar.baz/txt", setting));
        assertEquals(Optional.of("tel: links are not checked"), SkippedLinks.reason("tel:+1", setting));
        assertEquals(
                Optional.of("javascript: links are not checked"), SkippedLinks.reason("JavaScript:void(0)", setting));
    }

    @ParameterizedTest
    @EnumSource(UnsupportedSchemes.class)
    void webAddressesAndLinksWithoutASchemeAreChecked(UnsupportedSchemes setting) {
        assertEquals(Optional.empty(), SkippedLinks.reason("https://a.test/mailto:x", setting));
        assertEquals(Optional.empty(), SkippedLinks.reason("HTTP://a.test/", setting));
        assertEquals(Optional.empty(), SkippedLinks.reason("a.test/page", setting));
        assertEquals(Optional.empty(), SkippedLinks.reason("", setting));
    }
}
