package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.RequestHeader;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.SelfSignedKeyStore;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Headers bound with {@code hosts} go to their origins only (scheme, host and port), and never over http once a
 * redirect chain has been on https, unless bound to an {@code http://} origin by name. In every mode, with a real
 * https site that redirects to a real http site, both on localhost.
 */
class HostBoundHeadersTest {

    /** Far above any honest run here; only a hang reaches it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @TempDir
    static Path keyStoreFolder;

    private static TestSite https;
    private static TestSite http;
    /** The trust store properties as they were, {@code null} for those not set, to put back. */
    private static final Map<String, String> SAVED_PROPERTIES = new HashMap<>();

    @BeforeAll
    static void startSites() throws Exception {
        SelfSignedKeyStore keyStore = SelfSignedKeyStore.create(keyStoreFolder);
        https = TestSite.startHttps(keyStore);
        http = TestSite.start();
        // The client trusts what these name, read again whenever a run builds its client.
        trust("javax.net.ssl.trustStore", keyStore.file().toString());
        trust("javax.net.ssl.trustStorePassword", SelfSignedKeyStore.PASSWORD);
        trust("javax.net.ssl.trustStoreType", "PKCS12");
    }

    @AfterAll
    static void stopSites() {
        SAVED_PROPERTIES.forEach((name, saved) -> {
            if (saved == null) {
                System.clearProperty(name);
            } else {
                System.setProperty(name, saved);
            }
        });
        https.close();
        http.close();
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aHeaderBoundWithoutSchemeIsNotSentOverHttpAfterHttps(Mode mode) {
        String end = "/ok/after-https-" + mode;
        String page = "/page/after-https-" + mode;
        CheckSettings settings = builder(mode)
                .checkFragments(true)
                .headers(List.of(
                        RequestHeader.of("X-Default-Ports", "1", "localhost"),
                        RequestHeader.of(
                                "Authorization",
                                "Bearer s3cret",
                                "localhost:" + port(https) + ", localhost:" + port(http)),
                        RequestHeader.of(
                                "X-Named-Origins",
                                "2",
                                "https://localhost:" + port(https) + ", http://localhost:" + port(http)),
                        RequestHeader.of(
                                "X-Https-Only",
                                "3",
                                "https://localhost:" + port(https) + ", https://localhost:" + port(http))))
                .build();

        List<CheckResult> results = run(settings, redirectToHttp(end), redirectToHttp(page) + "#intro");

        assertEquals(
                List.of(Verdict.MOVED, Verdict.MOVED),
                results.stream().map(CheckResult::verdict).toList());
        assertEquals(URI.create(onLocalhost(http, end)), results.get(0).finalUri());
        assertNull(https.lastHeader("/moved", "X-Default-Ports"), "localhost means port 443 for https");
        assertEquals("Bearer s3cret", https.lastHeader("/moved", "Authorization"));
        assertEquals("2", https.lastHeader("/moved", "X-Named-Origins"));
        assertEquals("3", https.lastHeader("/moved", "X-Https-Only"));
        assertEquals(1, http.requests(end), "a HEAD");
        assertEquals(2, http.requests(page), "a HEAD, and a GET for its anchors");
        for (String path : List.of(end, page)) {
            assertNull(http.lastHeader(path, "X-Default-Ports"), "localhost means port 80 for http");
            assertNull(http.lastHeader(path, "Authorization"), "a header sent over https followed it to http");
            assertEquals("2", http.lastHeader(path, "X-Named-Origins"), "bound to the http origin by name");
            assertNull(http.lastHeader(path, "X-Https-Only"), "bound to https only");
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aHeaderBoundWithoutSchemeGoesToAnHttpLinkOfItsPort(Mode mode) {
        String path = "/ok/plain-http-" + mode;
        CheckSettings settings = builder(mode)
                .headers(List.of(
                        RequestHeader.of("Authorization", "Bearer s3cret", "localhost:" + port(http)),
                        RequestHeader.of("X-Other-Port", "1", "localhost:" + port(https))))
                .build();

        List<CheckResult> results = run(settings, onLocalhost(http, path));

        assertEquals(Verdict.OK, results.get(0).verdict());
        assertEquals("Bearer s3cret", http.lastHeader(path, "Authorization"));
        assertNull(http.lastHeader(path, "X-Other-Port"));
    }

    private static void trust(String property, String value) {
        SAVED_PROPERTIES.put(property, System.getProperty(property));
        System.setProperty(property, value);
    }

    private static String redirectToHttp(String path) {
        return onLocalhost(https, "/moved?to=" + onLocalhost(http, path));
    }

    private static String onLocalhost(TestSite site, String path) {
        return site.url(path).replace("127.0.0.1", "localhost");
    }

    private static int port(TestSite site) {
        return URI.create(site.baseUrl()).getPort();
    }

    private static CheckSettings.Builder builder(Mode mode) {
        return CheckSettings.builder().mode(mode.name()).concurrency("4").retries("0");
    }

    private static List<CheckResult> run(CheckSettings settings, String... urls) {
        return assertTimeoutPreemptively(
                        HANG_GUARD, () -> LinkCheckRun.run(settings, LinkTargets.fromList("urls", List.of(urls))))
                .results();
    }
}
