package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Settings and URLs as users write them, at the edges of what is accepted. */
class SettingsReadingTest {

    @Test
    void wholeNumbersIncludeBothEndsOfTheirRange() {
        assertEquals(1, WholeNumbers.parse("retries", "1", 1, 5));
        assertEquals(5, WholeNumbers.parse("retries", " 5 ", 1, 5));
        for (String refused : Arrays.asList("0", "6", "", null, "2.5")) {
            InvalidSettingException e =
                    assertThrows(InvalidSettingException.class, () -> WholeNumbers.parse("retries", refused, 1, 5));
            assertEquals(
                    "retries = '" + refused + "' is not valid: expected a whole number from 1 to 5", e.getMessage());
        }
    }

    @Test
    void durationsAreShownInTheUnitThatReadsBest() {
        assertEquals("0 ms", Durations.format(Duration.ZERO));
        assertEquals("999 ms", Durations.format(Duration.ofMillis(999)));
        assertEquals("1.0 s", Durations.format(Duration.ofSeconds(1)));
        assertEquals("60.0 s", Durations.format(Duration.ofMillis(59_999)));
        assertEquals("1 m 0 s", Durations.format(Duration.ofMinutes(1)));
    }

    @Test
    void unsetValuesKeepTheDefaultsAndEveryModeKeepsTheRest() {
        CheckSettings settings = CheckSettings.builder()
                .mode(" ")
                .concurrency(null)
                .timeout("")
                .slowThreshold(null)
                .maxRedirects(" ")
                .userAgent(" ")
                .acceptedStatusCodes(null)
                .retries("")
                .maxRetryWait(null)
                .maxConcurrencyPerHost("")
                .maxTotalTime(" ")
                .headers(null)
                .proxies(null)
                .includes(null)
                .excludes(null)
                .build();
        assertEquals(Mode.ASYNC, settings.mode());
        assertEquals(32, settings.concurrency());
        assertEquals(Duration.ofSeconds(10), settings.timeout());
        assertEquals(Optional.empty(), settings.slowThreshold());
        assertEquals(10, settings.maxRedirects());
        assertEquals(ProductInfo.userAgent(), settings.userAgent());
        assertEquals(StatusCodes.DEFAULT, settings.acceptedStatusCodes().toString());
        assertEquals(2, settings.retryPolicy().retries());
        assertEquals(8, settings.maxConcurrencyPerHost());
        assertEquals(Optional.empty(), settings.maxTotalTime());
        assertEquals(List.of(), settings.headers());
        assertEquals(List.of(), settings.proxies());
        assertFalse(settings.checkFragments());

        CheckSettings configured = CheckSettings.builder()
                .mode("threads")
                .concurrency("3")
                .timeout("2s")
                .slowThreshold("1s")
                .maxRedirects("4")
                .userAgent(" bot/1 ")
                .acceptedStatusCodes("200,403")
                .retries("5")
                .maxRetryWait("7s")
                .maxConcurrencyPerHost("2")
                .maxTotalTime("1m")
                .checkFragments(true)
                .headers(List.of(RequestHeader.of("X-A", "1", null)))
                .proxies(List.of(new ProxyConfig("http", "p.test", 3128, null, null, List.of())))
                .build();
        CheckSettings async = configured.withMode(Mode.ASYNC);
        assertEquals(Mode.ASYNC, async.mode());
        assertEquals(3, async.concurrency());
        assertEquals(Duration.ofSeconds(2), async.timeout());
        assertEquals(Optional.of(Duration.ofSeconds(1)), async.slowThreshold());
        assertEquals(4, async.maxRedirects());
        assertEquals("bot/1", async.userAgent());
        assertEquals("200,403", async.acceptedStatusCodes().toString());
        assertEquals(5, async.retryPolicy().retries());
        assertEquals(Duration.ofSeconds(7), async.retryPolicy().delayBefore(1, Optional.of(Duration.ofHours(1))));
        assertEquals(2, async.maxConcurrencyPerHost());
        assertEquals(Optional.of(Duration.ofMinutes(1)), async.maxTotalTime());
        assertTrue(async.checkFragments());
        assertEquals(configured.headers(), async.headers());
        assertEquals(configured.proxies(), async.proxies());
        assertEquals(configured.linkFilter(), async.linkFilter());
    }

    @Test
    void theLongestRetryWaitDefaultsToThirtySeconds() {
        assertEquals(
                Duration.ofSeconds(30),
                CheckSettings.builder().build().retryPolicy().delayBefore(1, Optional.of(Duration.ofHours(1))));
    }

    @Test
    void modesAreReadInAnyCaseAndNamedInLowerCase() {
        assertEquals(Mode.THREADS, Mode.parse("mode", " Threads "));
        assertEquals(Mode.ASYNC, Mode.parse("mode", "ASYNC"));
        assertEquals("async", Mode.ASYNC.userName());
        assertTrue(Mode.THREADS.isAvailable());
        assertTrue(Mode.ASYNC.isAvailable());
        assertEquals(Runtime.version().feature() >= 21, Mode.VIRTUAL.isAvailable());
        assertEquals(
                "mode = 'null' is not valid: expected one of threads, async, virtual",
                assertThrows(InvalidSettingException.class, () -> Mode.parse("mode", null))
                        .getMessage());
    }

    @Test
    void filtersFindTheirPatternAnywhereInTheUrl() {
        LinkFilter everything = LinkFilter.all();
        assertTrue(everything.isChecked("https://a.test/"));
        LinkFilter filter = LinkFilter.of(
                LinkFilter.compile("includes", List.of("a\\.test", "b\\.test")),
                LinkFilter.compile("excludes", Arrays.asList("/private/", null, "")));
        assertTrue(filter.isChecked("https://a.test/x"));
        assertTrue(filter.isChecked("https://b.test/x"));
        assertFalse(filter.isChecked("https://c.test/x"));
        assertFalse(filter.isChecked("https://a.test/private/x"));
        assertEquals(List.of(), LinkFilter.compile("excludes", null));
        assertEquals(1, LinkFilter.compile("excludes", List.of(" x ")).size());
        assertFalse(
                LinkFilter.of(List.of(), LinkFilter.compile("excludes", List.of(" x ")))
                        .isChecked("https://a.test/x"),
                "a pattern is stripped of the blanks around it");
    }

    @Test
    void urlsAtTheEdgesOfWhatCanBeRequested() throws InvalidUrlException {
        assertEquals(URI.create("http://a.test:65535/"), HttpUrls.parse("http://a.test:65535/"));
        assertEquals(
                "port 65536 is out of range",
                assertThrows(InvalidUrlException.class, () -> HttpUrls.parse("http://a.test:65536/"))
                        .getMessage());
        assertEquals(
                "empty URL",
                assertThrows(InvalidUrlException.class, () -> HttpUrls.parse(""))
                        .getMessage());
        URI plain = HttpUrls.parse("https://a.test/p?q");
        assertEquals(URI.create("https://a.test/p?q"), plain);
        assertEquals(URI.create("https://a.test/p"), HttpUrls.parse("https://a.test/p#"));
        assertTrue(HttpUrls.isHttp("HTTPS://a.test/"));
        assertTrue(HttpUrls.isHttp("http://a.test/"));
        assertFalse(HttpUrls.isHttp("ftp://a.test/"));
        assertFalse(HttpUrls.isHttp("https:/a.test/"));
        assertEquals("https://****@a.test/", HttpUrls.redact("https://user:@a.test/"));
    }

    @Test
    void headersAndProxiesAreReadAsWritten() {
        RequestHeader everywhere = RequestHeader.of(" X-Token ", " t0ken ", null);
        assertEquals("X-Token", everywhere.name());
        assertEquals("t0ken", everywhere.value());
        assertEquals("X-Token: ****", everywhere.toString());
        assertTrue(everywhere.appliesTo(java.net.URI.create("http://any.test/"), true));
        assertThrows(InvalidSettingException.class, () -> RequestHeader.of(null, "v", null));
        assertThrows(InvalidSettingException.class, () -> RequestHeader.of("X-A", null, null));
        assertThrows(InvalidSettingException.class, () -> RequestHeader.of("X-A", "a\u0000b", null));
        assertThrows(InvalidSettingException.class, () -> RequestHeader.of("X-A", "a\nb", null));

        ProxyConfig anonymous = new ProxyConfig("http", "p.test", 8080, "", "x", List.of("*", " "));
        assertFalse(anonymous.hasCredentials());
        assertEquals("http proxy p.test:8080", anonymous.toString());
        assertTrue(anonymous.bypasses("anything.test"));
        ProxyConfig endsWithWildcard = new ProxyConfig("http", "p.test", 8080, "bob", null, List.of("build*"));
        assertTrue(endsWithWildcard.hasCredentials());
        assertTrue(endsWithWildcard.bypasses("build-01"));
        assertFalse(endsWithWildcard.bypasses("a.build-01"));
    }

    @Test
    void aTargetNeedsAPlace() {
        assertThrows(IllegalArgumentException.class, () -> new LinkTarget("https://a.test/", List.of(), null));
        assertThrows(IllegalArgumentException.class, () -> Origin.at("a.md", 1, -1));
        assertEquals("a.md", Origin.at("a.md", 0, 0).describe());
        assertEquals(Optional.of("a.md"), Origin.at("a.md", 0, 0).inFile());
        assertEquals(Optional.empty(), Origin.entry("urls entry 1").inFile());
        assertEquals("urls entry 1", Origin.entry("urls entry 1").toString());
    }
}
