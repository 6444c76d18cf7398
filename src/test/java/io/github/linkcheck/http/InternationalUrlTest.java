package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.ProxyConfig;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.TestProxy;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * International host names and paths, in every mode: punycode and UTF-8 percent-encoding on the wire, the
 * Unicode form in results. No test can resolve such a host, so a proxy stands in for every server: it
 * records the request line it was sent, and answers 200.
 */
class InternationalUrlTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void anInternationalHostIsRequestedInPunycodeAndReportedAsWritten(Mode mode) throws IOException {
        try (TestProxy proxy = TestProxy.open()) {
            String url = "http://exämple.test/" + mode + "/ünï?q=ä#façade";

            CheckResult result = check(mode, proxy, url);

            assertEquals(Verdict.OK, result.verdict(), result.describe());
            assertEquals(url, result.target().url());
            assertEquals(List.of("http://xn--exmple-cua.test/" + mode + "/%C3%BCn%C3%AF?q=%C3%A4"), proxy.carried());
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aRedirectToAPunycodeHostIsFollowedAndReportedInUnicode(Mode mode) throws IOException {
        try (TestProxy proxy = TestProxy.open()) {
            // The site is reached directly as localhost; only the proxy can answer for the international host.
            String url =
                    site.baseUrl().replace("127.0.0.1", "localhost") + "/moved?to=http://xn--bcher-kva.test/" + mode;

            CheckResult result = check(mode, proxy, url);

            assertEquals(Verdict.MOVED, result.verdict(), result.describe());
            assertEquals(URI.create("http://bücher.test/" + mode), result.movedTo());
            assertEquals(List.of("http://xn--bcher-kva.test/" + mode), proxy.carried());
        }
    }

    private static CheckResult check(Mode mode, TestProxy proxy, String url) {
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .proxies(List.of(new ProxyConfig("http", "127.0.0.1", proxy.port(), null, null, List.of("localhost"))))
                .build();
        return assertTimeoutPreemptively(
                        HANG_GUARD, () -> LinkCheckRun.run(settings, LinkTargets.fromList("urls", List.of(url))))
                .results()
                .get(0);
    }
}
