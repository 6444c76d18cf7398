package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;

class HttpUrlsTest {

    @Test
    void acceptsHttpAndHttpsAndDropsTheFragment() throws InvalidUrlException {
        assertEquals(URI.create("https://example.org/a?b=c"), HttpUrls.parse("https://example.org/a?b=c#part"));
        assertEquals(URI.create("HTTP://example.org:8080"), HttpUrls.parse("HTTP://example.org:8080"));
    }

    @Test
    void sendsAnInternationalHostInPunycodeAndOtherCharactersPercentEncoded() throws InvalidUrlException {
        assertEquals(
                URI.create("http://xn--exmple-cua.com:8080/%C3%BC?q=%C3%A4"),
                HttpUrls.parse("http://exämple.com:8080/ü?q=ä#ö"));
        assertEquals(URI.create("https://xn--bcher-kva.example/"), HttpUrls.parse("https://BÜCHER.example/"));
        assertEquals(URI.create("https://example.org/%C3%A4%20b"), HttpUrls.parse("https://example.org/%C3%A4%20b"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ' ',
            value = {
                "https://fonts.example/css?family=Roboto|Open+Sans https://fonts.example/css?family=Roboto%7COpen+Sans",
                "https://example.org/a[1]^{x}`\\y https://example.org/a%5B1%5D%5E%7Bx%7D%60%5Cy",
                "http://[::1]:8080/p|q http://[::1]:8080/p%7Cq",
            })
    void encodesWhatBrowsersSendAsWrittenButAUriRefuses(String url, String sent) throws InvalidUrlException {
        assertEquals(URI.create(sent), HttpUrls.parse(url));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ' ',
            value = {
                "http://127.0.0.1:8080/ok/%zz http://127.0.0.1:8080/ok/%25zz",
                "https://example.org/a%2 https://example.org/a%252",
                "https://example.org/a% https://example.org/a%25",
                "https://example.org/%41%e2%82%AC?q=100%&r=%2g https://example.org/%41%e2%82%AC?q=100%25&r=%252g",
                "https://example.org/%%20#%zz https://example.org/%25%20",
            })
    void sendsAPercentThatStartsNoEscapeEncodedAsBrowsersSendItAsWritten(String url, String sent)
            throws InvalidUrlException {
        // A browser sends "/ok/%zz" and the server reads a literal %: in a URI that % must be written %25.
        assertEquals(URI.create(sent), HttpUrls.parse(url));
    }

    @Test
    void showsAPunycodeHostInUnicode() {
        assertEquals(
                URI.create("http://bücher.example:81/xn--path?a=xn--b"),
                HttpUrls.readable(URI.create("http://xn--bcher-kva.example:81/xn--path?a=xn--b")));
        assertEquals(URI.create("https://example.org/"), HttpUrls.readable(URI.create("https://example.org/")));
        // Decodes to "a", RIGHT-TO-LEFT OVERRIDE, "b": not a valid name, so shown as sent.
        URI notAName = URI.create("http://xn--ab-g4t.example/");
        assertEquals(notAName, HttpUrls.readable(notAName));
    }

    @Test
    void aUrlOverTheLengthLimitIsTooLong() {
        String longest = "https://example.org/" + "a".repeat(HttpUrls.MAX_LENGTH - "https://example.org/".length());
        assertFalse(HttpUrls.isTooLong(longest));
        assertTrue(HttpUrls.isTooLong(longest + "a"));
        assertEquals(
                "too long (8193 characters; the limit is 8192)",
                assertThrows(InvalidUrlException.class, () -> HttpUrls.parse(longest + "a"))
                        .getMessage());
    }

    @Test
    void masksTheWholeUserInfoForReports() {
        assertEquals("https://****@example.org/a@b", HttpUrls.redact("https://user:s3cr:et@example.org/a@b"));
        assertEquals("https://****@example.org/", HttpUrls.redact("https://ghp_T0KEN@example.org/"));
        assertEquals("HTTP://****@example.org", HttpUrls.redact("HTTP://x-access-token:ghs_T0KEN@example.org"));
        assertEquals("https://****@example.org/", HttpUrls.redact("https://us@er:p@ss@example.org/"), "to the last @");
        assertEquals("https://****@example.org?q", HttpUrls.redact("https://t0ken@example.org?q"));
        assertEquals("ftp://****@example.org/", HttpUrls.redact("ftp://t0ken@example.org/"));
        assertEquals("https://example.org/a?x=y:z@w", HttpUrls.redact("https://example.org/a?x=y:z@w"));
        assertEquals("https://example.org/#a@b", HttpUrls.redact("https://example.org/#a@b"));
        assertEquals("mailto:someone@example.org", HttpUrls.redact("mailto:someone@example.org"));
        assertEquals("htp:/x", HttpUrls.redact("htp:/x"));
        assertEquals(
                "//****@example.org/x", HttpUrls.redact("//ghp_T0KEN@example.org/x"), "a scheme-relative Location");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "htp:/x|unsupported scheme 'htp'; expected http or https",
                "ftp://example.org/file|unsupported scheme 'ftp'; expected http or https",
                "mailto:someone@example.org|unsupported scheme 'mailto'; expected http or https",
                "http://|no valid host name",
                "http://exa<mple.org/|no valid host name",
                "http://ex%zz.org/|no valid host name",
                "http://[zz]/|no valid host name",
                "1http://example.org/|not an absolute URL; expected one starting with http:// or https://",
                "http:|no valid host name",
                "http:/x|no valid host name",
                "http://exa mple.org/|contains whitespace; encode spaces as %20",
                "example.org/page|not an absolute URL; expected one starting with http:// or https://",
                "http://example.org:99999/|port 99999 is out of range",
                "http://[::1/|no valid host name",
                "https://127.0.0.1:8080:bad/|port '8080:bad' is not valid; expected a number up to 65535",
                "http://example.org:abc/x|port 'abc' is not valid; expected a number up to 65535",
                "http://exämple.org:8o/|port '8o' is not valid; expected a number up to 65535",
                "http://[::1]:x/|port 'x' is not valid; expected a number up to 65535",
                "http://example.org/a\u0001b|character 21 (U+0001) is not allowed in a URL",
                "http://example.org/a^b?c\u00A0d|character 25 (U+00A0) is not allowed in a URL",
                "http://example.org/{x}#\u0085y|character 24 (U+0085) is not allowed in a URL",
                "http://user:secret@example.org/|credentials in the URL (user@ or user:password@) are not supported",
                "http://user@exämple.org/|credentials in the URL (user@ or user:password@) are not supported",
                "http://ex_ämple.org/|no valid host name",
                "https://ghp_T0KEN@example.org/|credentials in the URL (user@ or user:password@) are not supported",
            })
    void saysWhyAUrlCannotBeRequested(String url, String reason) {
        assertEquals(
                reason,
                assertThrows(InvalidUrlException.class, () -> HttpUrls.parse(url))
                        .getMessage());
    }
}
