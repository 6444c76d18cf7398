package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URI;

class RequestHeaderTest {

    @Test
    void goesOnlyToItsHostsOrSubdomains() {
        RequestHeader header = RequestHeader.of("Authorization", "Bearer t0ken", "api.github.com, *.example.org");
        assertTrue(applies(header, "https://api.github.com/repos"));
        assertTrue(applies(header, "https://API.GitHub.com/"));
        assertTrue(applies(header, "https://docs.example.org/"));
        assertFalse(applies(header, "https://example.org/"));
        assertFalse(applies(header, "https://github.com/"));
        assertFalse(applies(header, "https://api.github.com.evil.test/"));
        assertTrue(applies(RequestHeader.of("X-Any", "1", null), "http://anything.test:8080/"));
    }

    @Test
    void anEntryWithoutPortMeansTheDefaultPortOfTheRequestsScheme() {
        RequestHeader header = RequestHeader.of("Authorization", "t0ken", "example.org");
        assertTrue(applies(header, "https://example.org/"));
        assertTrue(applies(header, "https://example.org:443/"));
        assertTrue(applies(header, "http://example.org/"));
        assertTrue(applies(header, "http://example.org:80/"));
        assertFalse(applies(header, "https://example.org:8443/"));
        assertFalse(applies(header, "http://example.org:443/"));
        assertFalse(applies(header, "https://example.org:80/"));
    }

    @Test
    void anEntryWithPortMeansThatPortOnEitherScheme() {
        RequestHeader header = RequestHeader.of("Authorization", "t0ken", "localhost:8443, [::1]:9000");
        assertTrue(applies(header, "https://localhost:8443/"));
        assertTrue(applies(header, "http://localhost:8443/"));
        assertFalse(applies(header, "https://localhost/"));
        assertFalse(applies(header, "https://localhost:8444/"));
        assertTrue(applies(header, "http://[::1]:9000/"));
        assertFalse(applies(header, "http://[::1]:9001/"));
    }

    @Test
    void anEntryWithSchemeMeansThatSchemeOnly() {
        RequestHeader https = RequestHeader.of("Authorization", "t0ken", "HTTPS://*.Example.org:8443/");
        assertTrue(applies(https, "https://docs.example.org:8443/"));
        assertFalse(applies(https, "http://docs.example.org:8443/"));
        RequestHeader http = RequestHeader.of("Authorization", "t0ken", "http://intranet.test");
        assertTrue(applies(http, "http://intranet.test/"));
        assertFalse(applies(http, "https://intranet.test/"));
        assertFalse(applies(http, "http://intranet.test:8080/"));
        assertEquals("Authorization: **** (only to https://*.example.org:8443)", https.toString());
    }

    @Test
    void afterHttpsOnlyAnEntryNamingHttpLetsTheHeaderGoOverHttp() {
        RequestHeader anyScheme = RequestHeader.of("Authorization", "t0ken", "example.org");
        RequestHeader namedHttp = RequestHeader.of("Authorization", "t0ken", "http://example.org");
        RequestHeader everywhere = RequestHeader.of("Accept-Language", "en", null);
        URI http = URI.create("http://example.org/");
        URI https = URI.create("https://example.org/");
        assertFalse(anyScheme.appliesTo(http, true));
        assertTrue(anyScheme.appliesTo(https, true));
        assertTrue(namedHttp.appliesTo(http, true));
        assertTrue(everywhere.appliesTo(http, true), "an unbound header is no secret of any origin");
    }

    @Test
    void readsInternationalHostNamesInTheirAsciiForm() {
        RequestHeader header = RequestHeader.of("Authorization", "t0ken", "exämple.com");
        assertTrue(applies(header, "https://xn--exmple-cua.com/"));
    }

    @ParameterizedTest
    @ValueSource(strings = {",", " , ", "", "  ", "example.org,", "example.org,,docs.example.org"})
    void anEmptyHostsEntryIsAnErrorNotEveryHost(String hosts) {
        InvalidSettingException e =
                assertThrows(InvalidSettingException.class, () -> RequestHeader.of("Authorization", "t0ken", hosts));
        assertEquals(
                "headers = 'Authorization: ****' is not valid: hosts '" + hosts + "' has an empty entry; list"
                        + " hosts separated by commas, or leave hosts out to send the header to every host",
                e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://example.org",
                "example.org/path",
                "example.org:0",
                "example.org:65536",
                "example.org:http",
                "user@example.org",
                "exa mple.org",
                "*",
                "*.",
                "https://",
                "example.*.org"
            })
    void anEntryInNoAcceptedFormIsAnError(String entry) {
        InvalidSettingException e = assertThrows(
                InvalidSettingException.class,
                () -> RequestHeader.of("Authorization", "t0ken", "example.org, " + entry));
        assertEquals(
                "headers = 'Authorization: ****' is not valid: hosts entry '" + entry + "' is not host,"
                        + " host:port, https://host[:port] or http://host[:port], where host may be *.domain",
                e.getMessage());
    }

    @Test
    void neverShowsItsValue() {
        RequestHeader header = RequestHeader.of("Authorization", "Bearer t0ken", "api.github.com");
        assertEquals("Authorization: **** (only to api.github.com)", header.toString());

        InvalidSettingException badName =
                assertThrows(InvalidSettingException.class, () -> RequestHeader.of("Bad Name", "t0ken", null));
        InvalidSettingException badValue = assertThrows(
                InvalidSettingException.class, () -> RequestHeader.of("X-Token", "t0ken\r\nX-Injected: 1", null));
        assertFalse(badName.getMessage().contains("t0ken"), badName.getMessage());
        assertFalse(badValue.getMessage().contains("t0ken"), badValue.getMessage());
        assertEquals("headers = 'X-Token: ****' is not valid: expected a value on one line", badValue.getMessage());
    }

    private static boolean applies(RequestHeader header, String uri) {
        return header.appliesTo(URI.create(uri), false);
    }
}
