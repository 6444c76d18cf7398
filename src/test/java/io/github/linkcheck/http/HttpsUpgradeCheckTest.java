package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.SentRequest;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.SelfSignedKeyStore;
import io.github.linkcheck.testing.TestSite;
import io.github.linkcheck.testing.TrustedHttpsSites;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code checkHttps} in every mode: a working http link is tried in its https form through the run's remaps, with an
 * https site and an http one on 127.0.0.1 standing for the hosts written; it is insecure only when that form works
 * and ends where the http link ends.
 */
class HttpsUpgradeCheckTest {

    /** Far above any honest run here; only a hang reaches it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    private static final Origin PLACE = Origin.at("README.md", 3, 5);

    @RegisterExtension
    static final TrustedHttpsSites sites = new TrustedHttpsSites();

    /** An https site whose certificate the client does not trust. */
    private static TestSite untrusted;
    /** A port nothing listens on: its site was closed. */
    private static int closedPort;

    @BeforeAll
    static void startSites() throws Exception {
        untrusted = TestSite.startHttps(SelfSignedKeyStore.create(
                Files.createDirectories(sites.keyStoreFolder().resolve("untrusted"))));
        TestSite closed = TestSite.start();
        closedPort = URI.create(closed.baseUrl()).getPort();
        closed.close();
    }

    @AfterAll
    static void stopSites() {
        untrusted.close();
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aLinkWhoseHttpsFormWorksAlikeIsInsecure(Mode mode) {
        String path = "/ok/same-" + mode;
        CheckReport report = run(settings(mode), "http://example.test" + path + "#part");
        CheckResult result = report.results().get(0);

        assertEquals(Verdict.INSECURE, result.verdict());
        assertEquals(new Outcome.Status(200, "OK"), result.outcome(), "the http check's outcome");
        assertEquals(Optional.of("https://example.test" + path + "#part"), result.httpsUrl());
        assertEquals(1, sites.http().requests("HEAD", path));
        assertEquals(1, sites.https().requests("HEAD", path));
        assertEquals(
                List.of(200, 200),
                result.requests().stream().map(SentRequest::status).toList(),
                "the https request counted with the link's");
        String described = report.describe(result);
        assertTrue(described.endsWith("; use https: https://example.test" + path + "#part"), described);
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aLinkRedirectedToItsHttpsFormIsInsecure(Mode mode) {
        String path = "/ok/upgraded-" + mode;
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .checkHttps(true)
                .remaps(List.of(
                        "^http://up\\.test/(.*) -> " + sites.http().baseUrl() + "/redirect-with/302?to="
                                + sites.https().baseUrl() + "/$1",
                        "^https://up\\.test/ -> " + sites.https().baseUrl() + "/"))
                .build();
        CheckResult result = run(settings, "http://up.test" + path).results().get(0);

        assertEquals(Verdict.INSECURE, result.verdict());
        assertEquals(Optional.of("https://up.test" + path), result.httpsUrl());
        assertEquals(2, sites.https().requests("HEAD", path), "the redirect's end, then the https form");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void anHttpsFormThatFailsOrLeadsElsewhereIsSaidNothingOf(Mode mode) {
        CheckSettings settings = settings(mode);
        List<CheckResult> results = run(
                        settings,
                        "http://untrusted.test/ok/untrusted-" + mode,
                        "http://refused.test/ok/refused-" + mode,
                        "http://example.test/ok/elsewhere-" + mode,
                        "http://example.test/status/404?" + mode,
                        "http://example.test/moved?to=/ok/moved-" + mode,
                        "https://example.test/ok/already-" + mode)
                .results();

        assertEquals(
                List.of(Verdict.OK, Verdict.OK, Verdict.OK, Verdict.BROKEN, Verdict.MOVED, Verdict.OK),
                results.stream().map(CheckResult::verdict).toList());
        results.forEach(result -> assertEquals(Optional.empty(), result.httpsUrl()));
        assertEquals(
                List.of(200, 0),
                results.get(0).requests().stream().map(SentRequest::status).toList(),
                "a certificate not trusted is a TLS failure, which is not retried");
        assertEquals(
                List.of(200, 0, 0, 0),
                results.get(1).requests().stream().map(SentRequest::status).toList(),
                "a refused connection retried as any is, then given up");
        assertEquals(1, sites.https().requests("/ok/other-place-" + mode), "the https form redirected there");
        assertEquals(0, sites.https().requests("/status/404"), "only working links are tried");
        assertEquals(0, sites.https().requests("/moved"), "a moved link is rewritten to where it moved");
        assertEquals(1, sites.https().requests("HEAD", "/ok/already-" + mode), "an https link is checked once");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aRemapThatSendsBothFormsToOnePlainAddressTellsNothingAndEachLinkKeepsItsOwnVerdict(Mode mode) {
        // A local preview of the site: http and https links alike are checked against one plain server.
        String path = "/ok/preview-" + mode;
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .checkHttps(true)
                .remaps(List.of("^https?://preview\\.test/ -> " + sites.http().baseUrl() + "/"))
                .build();
        List<CheckResult> results = run(
                        settings,
                        "http://preview.test" + path,
                        "https://preview.test" + path,
                        "http://preview.test" + path + "-alone")
                .results();

        assertEquals(
                List.of(Verdict.OK, Verdict.OK, Verdict.OK),
                results.stream().map(CheckResult::verdict).toList(),
                "no https was tried, so no link is called insecure");
        results.forEach(result -> assertEquals(Optional.empty(), result.httpsUrl()));
        assertEquals(2, sites.http().requests("HEAD", path), "the http and the https link are checked each for itself");
        assertEquals(0, sites.https().requests(path));
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void withCheckHttpsOffNothingIsTried(Mode mode) {
        String path = "/ok/off-" + mode;
        CheckSettings settings =
                CheckSettings.builder().mode(mode.name()).remaps(remapEntries()).build();
        CheckResult result =
                run(settings, "http://example.test" + path).results().get(0);

        assertEquals(Verdict.OK, result.verdict());
        assertEquals(0, sites.https().requests(path));
    }

    private static CheckSettings settings(Mode mode) {
        return CheckSettings.builder()
                .mode(mode.name())
                .checkHttps(true)
                .retryBackoff(Duration.ofMillis(1))
                .remaps(remapEntries())
                .build();
    }

    private static List<String> remapEntries() {
        return List.of(
                "^https://example\\.test/ok/elsewhere-(.*) -> " + sites.https().baseUrl()
                        + "/redirect-with/302?to=/ok/other-place-$1",
                "^https://example\\.test/ -> " + sites.https().baseUrl() + "/",
                "^https://untrusted\\.test/ -> " + untrusted.baseUrl() + "/",
                "^https://refused\\.test/ -> https://127.0.0.1:" + closedPort + "/",
                "^http://(example|untrusted|refused)\\.test/ -> " + sites.http().baseUrl() + "/");
    }

    private static CheckReport run(CheckSettings settings, String... urls) {
        List<LinkTarget> targets =
                List.of(urls).stream().map(url -> LinkTarget.of(url, PLACE)).toList();
        return assertTimeoutPreemptively(HANG_GUARD, () -> LinkCheckRun.run(settings, targets));
    }
}
