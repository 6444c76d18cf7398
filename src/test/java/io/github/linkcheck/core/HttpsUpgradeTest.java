package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The https form of a link as written, and when an https chain ends where the http one did. */
class HttpsUpgradeTest {

    @Test
    void theHttpsFormChangesTheSchemeAndDropsAnExplicitPort80() {
        assertEquals(Optional.of("https://h.test/a?b=1#c"), HttpsUpgrade.httpsForm("http://h.test/a?b=1#c"));
        assertEquals(Optional.of("https://h.test"), HttpsUpgrade.httpsForm("HTTP://h.test"));
        assertEquals(Optional.of("https://h.test/a"), HttpsUpgrade.httpsForm("http://h.test:80/a"));
        assertEquals(Optional.of("https://h.test?x"), HttpsUpgrade.httpsForm("http://h.test:80?x"));
        assertEquals(Optional.of("https://h.test/a"), HttpsUpgrade.httpsForm("http://h.test:/a"), "an empty port");
        assertEquals(Optional.empty(), HttpsUpgrade.httpsForm("http://h.test:8080/a"), "another port serves http");
        assertEquals(Optional.empty(), HttpsUpgrade.httpsForm("http://h.test:800/"));
        assertEquals(Optional.empty(), HttpsUpgrade.httpsForm("http://127.0.0.1:41234/ok"));
        assertEquals(Optional.of("https://[::80]/"), HttpsUpgrade.httpsForm("http://[::80]/"), "an address, no port");
        assertEquals(Optional.of("https://[::1]/"), HttpsUpgrade.httpsForm("http://[::1]:80/"));
        assertEquals(
                Optional.of("https://user:pw@h.test/a"),
                HttpsUpgrade.httpsForm("http://user:pw@h.test:80/a"),
                "user info kept: reports redact it");
        assertEquals(Optional.of("https://h.test/p:80"), HttpsUpgrade.httpsForm("http://h.test/p:80"));
        assertEquals(Optional.empty(), HttpsUpgrade.httpsForm("https://h.test/"));
        assertEquals(Optional.empty(), HttpsUpgrade.httpsForm("ftp://h.test/"));
        assertEquals(Optional.empty(), HttpsUpgrade.httpsForm("docs/a.md"));
        assertEquals(Optional.empty(), HttpsUpgrade.httpsForm("http:/h.test"));
    }

    @Test
    void aWrittenOriginLeavesTheUserInfoOut() throws Exception {
        URI origin = HttpsUpgrade.writtenOrigin("http://u:s3cret@example.test:8080/a?b#c");
        assertEquals("example.test", origin.getHost());
        assertEquals(8080, origin.getPort());
        assertEquals(null, origin.getRawUserInfo());
        assertEquals("https", HttpsUpgrade.writtenOrigin("https://example.test").getScheme());
    }

    @Test
    void theSamePlaceSetsTheSchemeAndDefaultPortsAside() {
        assertTrue(same(route("http://h.test/a"), route("https://h.test/a")), "each answers itself");
        assertTrue(
                same(route("http://h.test/a", "https://h.test/a"), route("https://h.test/a")),
                "http redirected to https");
        assertTrue(same(route("http://h.test:80/a"), route("https://h.test:443/a")));
        assertTrue(same(route("http://H.test/a?q=1#x"), route("https://h.TEST/a?q=1#y")), "fragments say nothing");
        assertTrue(
                same(
                        route("http://h.test/a", "http://www.h.test/b"),
                        route("https://h.test/a", "https://www.h.test/b")),
                "both redirected to the same page");
        assertTrue(same(route("http://h.test:8080/a"), route("https://h.test:8080/a")));
    }

    @Test
    void anotherPlaceOrAnEndOverHttpIsNoUpgrade() {
        assertFalse(same(route("http://h.test/a"), route("https://h.test/a", "https://h.test/login")));
        assertFalse(same(route("http://h.test/a"), route("https://h.test/a?x")), "another query");
        assertFalse(same(route("http://h.test/a"), route("https://h.test/a", "https://other.test/a")));
        assertFalse(same(route("http://h.test/a"), route("https://h.test/a", "http://h.test/a")), "back to http");
        assertFalse(same(route("http://h.test:8080/a"), route("https://h.test:8443/a")));
    }

    @Test
    void remappedChainsAreComparedAsWritten() {
        String plain = "http://127.0.0.1:4001";
        String tls = "https://127.0.0.1:4002";
        HttpsUpgrade.Route http = remapped("http://example.test/a", plain + "/a", plain + "/a");
        assertTrue(same(http, remapped("https://example.test/a", tls + "/a", tls + "/a")));
        assertFalse(same(http, remapped("https://example.test/a", tls + "/a", tls + "/b")));
        assertTrue(
                same(
                        remapped("http://example.test/a", plain + "/r", tls + "/a"),
                        remapped("https://example.test/a", tls + "/a", tls + "/a")),
                "the http chain redirected to where the https form is requested");
        assertFalse(
                same(http, remapped("https://example.test/a", tls + "/a", plain + "/a")),
                "the https chain redirected to the http address");
    }

    @Test
    void anInsecureResultNamesTheHttpsFormOfItsUrlAsWritten() {
        LinkTarget target = new LinkTarget(
                        "http://u:secret@example.test:80/a#part", List.of(Origin.entry("urls entry 1")), null)
                .checkedAs("http://127.0.0.1:4001/a#part");
        CheckResult insecure = new CheckResult(
                target, Verdict.INSECURE, new Outcome.Status(200, "OK"), Duration.ofMillis(3), null, null, 1, null);
        assertEquals(Optional.of("https://u:secret@example.test/a#part"), insecure.httpsUrl());
        CheckReport report = new CheckReport(CheckSettings.builder().build(), List.of(insecure), Duration.ZERO);
        String described = report.describe(insecure);
        assertTrue(described.endsWith("; use https: https://****@example.test/a#part"), described);
        assertFalse(described.contains("secret"), described);
        CheckResult ok = new CheckResult(
                target, Verdict.OK, new Outcome.Status(200, "OK"), Duration.ofMillis(3), null, null, 1, null);
        assertEquals(Optional.empty(), ok.httpsUrl());
        assertFalse(report.describe(ok).contains("use https"));
    }

    private static boolean same(HttpsUpgrade.Route http, HttpsUpgrade.Route https) {
        return HttpsUpgrade.leadsToSamePlace(http, https);
    }

    private static HttpsUpgrade.Route route(String url) {
        return route(url, url);
    }

    private static HttpsUpgrade.Route route(String url, String end) {
        return remapped(url, url, end);
    }

    private static HttpsUpgrade.Route remapped(String written, String requested, String end) {
        return new HttpsUpgrade.Route(URI.create(written), URI.create(requested), URI.create(end));
    }
}
