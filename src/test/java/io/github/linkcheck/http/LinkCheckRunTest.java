package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.ProductInfo;
import io.github.linkcheck.core.ProxyConfig;
import io.github.linkcheck.core.RequestHeader;
import io.github.linkcheck.core.RunListener;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.FaultServer;
import io.github.linkcheck.testing.SelfSignedKeyStore;
import io.github.linkcheck.testing.TestProxy;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/** The whole check pipeline, in every mode, against a real local site and the real HttpClient. */
class LinkCheckRunTest {

    /** Far above any honest run here; only a hang reaches it. */
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void okStatusPasses(Mode mode) {
        CheckResult result = checkOne(mode, site.url("/ok/plain"));
        assertEquals(Verdict.OK, result.verdict());
        assertEquals(new Outcome.Status(200, "OK"), result.outcome());
        assertNull(result.finalUri());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void notFoundIsBrokenAfterGetConfirmsIt(Mode mode) {
        String path = "/status/404?" + mode;
        CheckResult result = checkOne(mode, site.url(path));
        assertEquals(Verdict.BROKEN, result.verdict());
        assertEquals(404, ((Outcome.Status) result.outcome()).code());
        assertTrue(result.describe().contains("-> 404 Not Found ("), result.describe());
        assertEquals(1, site.requests("HEAD", path));
        assertEquals(1, site.requests("GET", path), "the GET that confirms it");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void serverErrorIsBroken(Mode mode) {
        CheckResult result = checkOne(mode, site.url("/status/500"));
        assertEquals(Verdict.BROKEN, result.verdict());
        assertEquals(new Outcome.Status(500, "Internal Server Error"), result.outcome());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void redirectChainIsFollowedToItsEnd(Mode mode) {
        CheckResult result = checkOne(mode, site.url("/redirect/3"));
        assertEquals(Verdict.OK, result.verdict());
        assertEquals(URI.create(site.url("/ok/end")), result.finalUri());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void redirectLoopIsReportedAsSuch(Mode mode) {
        CheckResult result = checkOne(mode, site.url("/loop/a"));
        assertEquals(Verdict.BROKEN, result.verdict());
        assertEquals(new Outcome.Failure(ErrorKind.REDIRECT_LOOP, "back to " + site.url("/loop/a")), result.outcome());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void moreThanTenRedirectsIsTooMany(Mode mode) {
        assertEquals(Verdict.OK, checkOne(mode, site.url("/redirect/10")).verdict());
        CheckResult result = checkOne(mode, site.url("/redirect/11"));
        assertEquals(Verdict.BROKEN, result.verdict());
        assertEquals(new Outcome.Failure(ErrorKind.TOO_MANY_REDIRECTS, "more than 10"), result.outcome());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void redirectToAnotherSchemeIsNotFollowed(Mode mode) {
        CheckResult result = checkOne(mode, site.url("/moved?to=file:///etc/passwd"));
        assertEquals(Verdict.BROKEN, result.verdict());
        assertEquals(
                new Outcome.Failure(
                        ErrorKind.INVALID_REDIRECT,
                        "to 'file:///etc/passwd': unsupported scheme 'file'; expected http or https"),
                result.outcome());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void serverRefusingHeadWithStatusIsJudgedByGet(Mode mode) {
        CheckResult result = checkOne(mode, site.url("/head-405/" + mode));
        assertEquals(Verdict.OK, result.verdict());
        assertEquals(2, site.requests("/head-405/" + mode), "one HEAD, then one GET");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void serverDroppingHeadIsJudgedByGet(Mode mode) {
        CheckResult result = checkOne(mode, site.url("/head-drop/" + mode));
        assertEquals(Verdict.OK, result.verdict(), result.describe());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void getReadsTheHeadAndLeavesTheBody(Mode mode) throws InterruptedException {
        int abandonedBefore = site.hugeBodiesAbandoned();
        long sentBefore = site.hugeBodyBytesSent();

        CheckResult result = checkOne(mode, site.url("/huge"));

        assertEquals(Verdict.OK, result.verdict(), result.describe());
        assertTrue(site.awaitHugeBodyEnd(HANG_GUARD), "the site never finished the response");
        assertEquals(abandonedBefore + 1, site.hugeBodiesAbandoned(), "the client should hang up, not read the body");
        long sent = site.hugeBodyBytesSent() - sentBefore;
        assertTrue(sent < TestSite.HUGE_BODY_BYTES / 4, "sent " + sent + " bytes of the body");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void slowResponseIsSlowOnlyPastTheThreshold(Mode mode) {
        String url = site.url("/slow/400/" + mode);
        CheckSettings withThreshold = settings(mode, "10s", "100ms");
        CheckResult slow = run(withThreshold, List.of(LinkTarget.of(url, Origin.entry("test"))))
                .results()
                .get(0);
        assertEquals(Verdict.SLOW, slow.verdict());
        assertTrue(slow.elapsed().compareTo(Duration.ofMillis(400)) >= 0, slow.describe());

        assertEquals(
                Verdict.OK,
                run(settings(mode, "10s", "1m"), List.of(LinkTarget.of(url, Origin.entry("test"))))
                        .results()
                        .get(0)
                        .verdict());
        assertEquals(Verdict.OK, checkOne(mode, url).verdict(), "no threshold, never slow");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void hangingServerTimesOut(Mode mode) {
        CheckSettings settings = settings(mode, "500ms", null);
        CheckResult result = run(settings, List.of(LinkTarget.of(site.url("/hang"), Origin.entry("test"))))
                .results()
                .get(0);
        assertEquals(Verdict.BROKEN, result.verdict());
        assertEquals(new Outcome.Failure(ErrorKind.TIMEOUT, "no response within 500 ms"), result.outcome());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void refusedConnectionIsNamed(Mode mode) throws IOException {
        int closedPort = closedPort();
        CheckResult result = checkOne(mode, "http://127.0.0.1:" + closedPort + "/");
        assertEquals(Verdict.BROKEN, result.verdict());
        assertEquals(new Outcome.Failure(ErrorKind.CONNECTION_REFUSED, "127.0.0.1:" + closedPort), result.outcome());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void invalidUrlsAreBrokenAndTheOthersStillChecked(Mode mode) {
        List<LinkTarget> targets = LinkTargets.fromList(
                "urls",
                List.of("htp:/x", site.url("/ok/between"), "http://", "http://exa mple.org/", "ftp://example.org/"));

        // With unsupportedSchemes=fail, as before that setting: htp: and ftp: are broken, not skipped.
        List<CheckResult> results =
                run(builder(mode).unsupportedSchemes("fail").build(), targets).results();

        assertEquals(
                List.of(Verdict.BROKEN, Verdict.OK, Verdict.BROKEN, Verdict.BROKEN, Verdict.BROKEN),
                results.stream().map(CheckResult::verdict).toList());
        for (int i : new int[] {0, 2, 3, 4}) {
            Outcome.Failure failure =
                    assertInstanceOf(Outcome.Failure.class, results.get(i).outcome());
            assertEquals(ErrorKind.INVALID_URL, failure.kind());
        }
        assertEquals(
                "htp:/x -> invalid URL: unsupported scheme 'htp'; expected http or https",
                results.get(0).describe().replaceFirst(" \\(\\d+ ms\\)$", ""));
        assertEquals(
                List.of(Origin.entry("urls entry 1")), results.get(0).target().origins());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void linksOfSchemesThatCannotBeCheckedAreSkippedNamingTheSchemeByDefault(Mode mode) {
        List<LinkTarget> targets = LinkTargets.fromList(
                "urls",
                List.of(
                        "data:image/png;base64,iVBORw0KGgo=",
                        "ftp://ftp.example.org/pub/",
                        "irc://irc.libera.chat/#maven",
                        "file:///etc/hosts",
                        "localhost:8080",
                        "vscode://file/src/Main.java",
                        site.url("/ok/among-schemes"),
                        "mailto:team@example.org"));

        List<CheckResult> results = run(settings(mode, "10s", null), targets).results();

        assertEquals(
                List.of(
                        "data:image/png;base64,iVBORw0KGgo= -> data: links are not checked; only http and https are requested",
                        "ftp://ftp.example.org/pub/ -> ftp: links are not checked; only http and https are requested",
                        "irc://irc.libera.chat/#maven -> irc: links are not checked; only http and https are requested",
                        "file:///etc/hosts -> file: links are not checked but for a path relative to their document"
                                + " (file:docs/setup.md), looked for on disk",
                        "localhost:8080 -> localhost: links are not checked; a host and port need http:// before them"
                                + " to be a web address",
                        "vscode://file/src/Main.java -> vscode: links are not checked; only http and https are requested",
                        "mailto:team@example.org -> mailto: links are not checked"),
                results.stream()
                        .filter(result -> result.verdict() == Verdict.SKIPPED)
                        .map(result -> result.describe().replaceFirst(" \\(\\d+ ms\\)$", ""))
                        .toList());
        assertEquals(Verdict.OK, results.get(6).verdict());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void withUnsupportedSchemesFailTheyAreBrokenButMailIsStillSkipped(Mode mode) {
        List<LinkTarget> targets = LinkTargets.fromList(
                "urls",
                List.of("data:,x", "irc://irc.libera.chat/", "file:///etc/hosts", "localhost:8080", "mailto:a@b.test"));

        List<CheckResult> results =
                run(builder(mode).unsupportedSchemes("FAIL").build(), targets).results();

        assertEquals(
                List.of(Verdict.BROKEN, Verdict.BROKEN, Verdict.BROKEN, Verdict.BROKEN, Verdict.SKIPPED),
                results.stream().map(CheckResult::verdict).toList());
        assertEquals(
                "irc://irc.libera.chat/ -> invalid URL: unsupported scheme 'irc'; expected http or https",
                results.get(1).describe().replaceFirst(" \\(\\d+ ms\\)$", ""));
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aUrlWithCharactersBrowsersSendAsWrittenIsRequestedEncoded(Mode mode) {
        CheckResult result = checkOne(mode, site.url("/ok/fonts?family=Roboto|Open+Sans&v=" + mode));
        assertEquals(Verdict.OK, result.verdict(), result.describe());
        assertEquals(1, site.requests("/ok/fonts?family=Roboto%7COpen+Sans&v=" + mode), "one HEAD, with the | encoded");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aPercentThatStartsNoEscapeIsRequestedAsABrowserSendsIt(Mode mode) {
        // A browser sends /ok/%zz as written and the server reads %zz; it is sent here as %25zz, read alike.
        CheckResult result = checkOne(mode, site.url("/ok/%zz-" + mode + "?q=100%"));
        assertEquals(Verdict.OK, result.verdict(), result.describe());
        assertEquals(
                1,
                site.requests("/ok/%zz-" + mode + "?q=100%25"),
                "one HEAD, whose path the server reads as /ok/%zz and whose query was sent as q=100%25");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aRedirectIsFollowedWithWhatBrowsersSendAsWrittenEncoded(Mode mode) throws IOException {
        // Only a raw server can send a Location that java.net.URI refuses.
        try (FaultServer server = FaultServer.start()) {
            server.answer(
                            "/found",
                            "HTTP/1.1 302 Found\r\nLocation: /ok/%zz|x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                    .answer("/ok/%25zz%7Cx", "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");

            CheckResult result = checkOne(mode, server.url("/found"));

            assertEquals(Verdict.OK, result.verdict(), result.describe());
            assertEquals(1, server.requests("/ok/%25zz%7Cx"), "the Location, encoded as a link would be");
        }
    }

    /**
     * A Location is resolved against the URL that answered as a browser resolves it (WHATWG URL, RFC 3986 section
     * 5.2): a {@code ..} above the root stops there, dot segments go, a {@code \} is a {@code /}, a space is sent
     * as {@code %20}. Each pair: the Location, and the path a browser requests next.
     */
    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aRedirectIsResolvedAsABrowserResolvesIt(Mode mode) throws IOException {
        List<List<String>> locationsAndPaths = List.of(
                List.of("../../../x-above-root", "/x-above-root"),
                List.of("/../y-above-root", "/y-above-root"),
                List.of("/./a/b/../../dot-segments", "/dot-segments"),
                List.of("g.", "/r/g."),
                List.of("..\\back\\slash", "/back/slash"),
                List.of("?y", "/r/from?y"),
                List.of("/space in path", "/space%20in%20path"));
        try (FaultServer server = FaultServer.start()) {
            List<LinkTarget> targets = new ArrayList<>();
            for (List<String> locationAndPath : locationsAndPaths) {
                String from = "/r/from" + (targets.isEmpty() ? "" : "?" + targets.size());
                server.answer(
                                from,
                                "HTTP/1.1 302 Found\r\nLocation: " + locationAndPath.get(0)
                                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                        .answer(
                                locationAndPath.get(1),
                                "HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                targets.add(LinkTarget.of(server.url(from), Origin.entry("test")));
            }

            List<CheckResult> results =
                    run(settings(mode, "10s", null), targets).results();

            List<String> expected = new ArrayList<>();
            List<String> found = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                String path = locationsAndPaths.get(i).get(1);
                expected.add(locationsAndPaths.get(i).get(0) + " -> OK, " + path + " requested once");
                found.add(locationsAndPaths.get(i).get(0) + " -> "
                        + results.get(i).verdict() + ", " + path
                        + (server.requests(path) == 1
                                ? " requested once"
                                : " not requested: " + results.get(i).describe()));
            }
            assertEquals(expected, found);
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void acceptedStatusCodesDecideWhatWorks(Mode mode) {
        CheckSettings settings =
                builder(mode).acceptedStatusCodes("200-299,403").build();
        List<CheckResult> results = run(
                        settings,
                        LinkTargets.fromList(
                                "urls",
                                List.of(site.url("/status/403"), site.url("/status/404"), site.url("/status/204"))))
                .results();
        assertEquals(
                List.of(Verdict.OK, Verdict.BROKEN, Verdict.OK),
                results.stream().map(CheckResult::verdict).toList());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void excludedUrlsAreNotRequested(Mode mode) {
        String excludedPath = "/ok/excluded-" + mode;
        String notIncludedPath = "/status/500?not-included-" + mode;
        CheckSettings settings = builder(mode)
                .includes(List.of("/ok/", "^http://$"))
                .excludes(List.of("excluded-"))
                .build();

        List<CheckResult> results = run(
                        settings,
                        LinkTargets.fromList(
                                "urls",
                                List.of(
                                        site.url(excludedPath),
                                        site.url("/ok/included"),
                                        site.url(notIncludedPath),
                                        "http://")))
                .results();

        assertEquals(
                List.of(Verdict.EXCLUDED, Verdict.OK, Verdict.EXCLUDED, Verdict.BROKEN),
                results.stream().map(CheckResult::verdict).toList());
        assertEquals(0, site.requests(excludedPath));
        assertEquals(
                new Outcome.NotRequested("left out by exclude 'excluded-'"),
                results.get(0).outcome());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void maxRedirectsIsConfigurable(Mode mode) {
        CheckSettings settings = builder(mode).maxRedirects("2").build();
        List<CheckResult> results = run(
                        settings,
                        LinkTargets.fromList("urls", List.of(site.url("/redirect/2"), site.url("/redirect/3"))))
                .results();
        assertEquals(Verdict.OK, results.get(0).verdict());
        assertEquals(
                new Outcome.Failure(ErrorKind.TOO_MANY_REDIRECTS, "more than 2"),
                results.get(1).outcome());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void transientStatusIsRetriedUntilTheRetriesRunOut(Mode mode) {
        CheckSettings settings = builder(mode).retries("2").build();
        List<CheckResult> results = run(
                        settings,
                        LinkTargets.fromList(
                                "urls", List.of(site.url("/flaky/2/" + mode), site.url("/flaky/3/" + mode))))
                .results();

        assertEquals(Verdict.OK, results.get(0).verdict());
        assertEquals(3, results.get(0).attempts());
        assertEquals(Verdict.BROKEN, results.get(1).verdict());
        assertEquals(
                new Outcome.Status(503, "Service Unavailable"), results.get(1).outcome());
        assertEquals(3, results.get(1).attempts());
        assertEquals(3, site.requests("/flaky/3/" + mode), "no GET after the retries: 503 is not about HEAD");
        assertTrue(
                results.get(1).describe().contains(", 3 attempts)"),
                results.get(1).describe());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void throttledUrlPassesAfterTheWaitTheServerAsksFor(Mode mode) {
        CheckResult result = checkOne(mode, site.url("/throttled/1/" + mode));
        assertEquals(Verdict.OK, result.verdict());
        assertEquals(2, result.attempts());
        assertEquals(2, site.requests("/throttled/1/" + mode));
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void connectionFailuresAreRetriedToo(Mode mode) throws IOException {
        CheckSettings settings = builder(mode).retries("1").build();
        CheckResult result = run(
                        settings, List.of(LinkTarget.of("http://127.0.0.1:" + closedPort() + "/", Origin.entry("t"))))
                .results()
                .get(0);
        assertEquals(ErrorKind.CONNECTION_REFUSED, ((Outcome.Failure) result.outcome()).kind());
        assertEquals(2, result.attempts());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void noHostGetsMoreThanItsShareOfRequests(Mode mode) {
        List<String> urls = IntStream.range(0, 24)
                .mapToObj(i -> site.url("/slow/100/per-host-" + mode + i))
                .toList();
        site.takeMostSlowInFlight();

        CheckReport capped = run(
                builder(mode).concurrency("32").maxConcurrencyPerHost("3").build(), LinkTargets.fromList("urls", urls));
        int mostWithCap = site.takeMostSlowInFlight();
        // Answered only once all eight are at the site together, however slowly they arrive.
        List<String> together = IntStream.range(0, 8)
                .mapToObj(i -> site.url("/together/8/uncapped-" + mode + "/" + i))
                .toList();
        CheckReport uncapped = run(
                builder(mode).concurrency("32").maxConcurrencyPerHost("8").build(),
                LinkTargets.fromList("urls", together));

        assertEquals(24, capped.count(Verdict.OK));
        assertTrue(mostWithCap <= 3, "at most 3 at once, saw " + mostWithCap);
        assertEquals(8, uncapped.count(Verdict.OK), "a cap of 8 lets 8 requests be at the site at once");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void maxTotalTimeEndsTheRunAndReportsTheRestAsNotChecked(Mode mode) {
        CheckSettings settings =
                builder(mode).timeout("1m").retries("0").maxTotalTime("5s").build();
        List<CheckResult> results = run(
                        settings,
                        LinkTargets.fromList(
                                "urls",
                                List.of(site.url("/ok/before-" + mode), site.url("/hang"), site.url("/hang?again"))))
                .results();

        assertEquals(
                List.of(Verdict.OK, Verdict.NOT_CHECKED, Verdict.NOT_CHECKED),
                results.stream().map(CheckResult::verdict).toList());
        assertEquals(
                new Outcome.NotRequested("maxTotalTime of 5.0 s reached"),
                results.get(1).outcome());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void hostBoundHeadersStayWithTheirHostAcrossRedirects(Mode mode) {
        String end = "/ok/after-redirect-" + mode;
        String start = "/moved?to=" + site.url(end);
        String onLocalhost = site.baseUrl().replace("127.0.0.1", "localhost") + start;
        CheckSettings settings = builder(mode)
                .headers(List.of(
                        RequestHeader.of(
                                "Authorization",
                                "Bearer s3cret",
                                "localhost:" + URI.create(site.baseUrl()).getPort()),
                        RequestHeader.of("X-Everywhere", "yes", null)))
                .build();

        CheckResult result = run(settings, List.of(LinkTarget.of(onLocalhost, Origin.entry("test"))))
                .results()
                .get(0);

        assertEquals(Verdict.MOVED, result.verdict());
        assertEquals(URI.create(site.url(end)), result.finalUri());
        assertEquals("Bearer s3cret", site.lastHeader("/moved", "Authorization"));
        assertNull(site.lastHeader(end, "Authorization"), "a header bound to localhost went to 127.0.0.1");
        assertEquals("yes", site.lastHeader(end, "X-Everywhere"));
        assertEquals(ProductInfo.userAgent(), site.lastHeader(end, "User-Agent"));
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void permanentRedirectsSayWhereTheLinkMoved(Mode mode) {
        String permanentThenTemporary = site.url("/moved?to=" + site.url("/redirect/1"));
        String temporaryOnly = site.url("/redirect/2");
        List<CheckResult> results = run(
                        settings(mode, "10s", null),
                        LinkTargets.fromList("urls", List.of(permanentThenTemporary, temporaryOnly)))
                .results();

        assertEquals(Verdict.MOVED, results.get(0).verdict());
        assertEquals(URI.create(site.url("/redirect/1")), results.get(0).movedTo());
        assertEquals(URI.create(site.url("/ok/end")), results.get(0).finalUri());
        assertEquals(Verdict.OK, results.get(1).verdict());
        assertNull(results.get(1).movedTo());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void requestsGoThroughTheProxyWithItsCredentialsExceptForNonProxyHosts(Mode mode) throws IOException {
        try (TestProxy proxy = TestProxy.withCredentials("alice", "pr0xy-secret")) {
            // Nothing listens there: only the proxy can answer for it.
            String viaProxy = "http://127.0.0.1:" + closedPort() + "/via-proxy-" + mode;
            String direct = site.baseUrl().replace("127.0.0.1", "localhost") + "/ok/direct-" + mode;
            CheckSettings settings = builder(mode)
                    .proxies(List.of(new ProxyConfig(
                            "http",
                            "127.0.0.1",
                            proxy.port(),
                            "alice",
                            "pr0xy-secret",
                            List.of("local*", "*.internal"))))
                    .build();

            List<CheckResult> results = run(settings, LinkTargets.fromList("urls", List.of(viaProxy, direct)))
                    .results();

            assertEquals(
                    List.of(Verdict.OK, Verdict.OK),
                    results.stream().map(CheckResult::verdict).toList());
            assertEquals(List.of(viaProxy), proxy.carried());
            assertEquals(1, site.requests("/ok/direct-" + mode));
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void wrongProxyCredentialsAreABrokenLinkNotAHang(Mode mode) throws IOException {
        try (TestProxy proxy = TestProxy.withCredentials("alice", "right")) {
            CheckSettings settings = builder(mode)
                    .proxies(List.of(new ProxyConfig("http", "127.0.0.1", proxy.port(), "alice", "wrong", List.of())))
                    .build();
            CheckResult result = run(settings, List.of(LinkTarget.of(site.url("/ok/x"), Origin.entry("t"))))
                    .results()
                    .get(0);
            assertEquals(Verdict.BROKEN, result.verdict());
            assertEquals(new Outcome.Status(407, "Proxy Authentication Required"), result.outcome());
            assertFalse(result.describe().contains("wrong"), result.describe());
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aProxyThatRefusesToTunnelIsNamedNotTakenForTheSite(Mode mode) throws IOException {
        // The test proxy cannot tunnel: the JDK's server under it answers CONNECT with 400.
        try (TestProxy proxy = TestProxy.open()) {
            int sitePort = closedPort();
            CheckSettings settings = builder(mode)
                    .proxies(List.of(new ProxyConfig("https", "127.0.0.1", proxy.port(), null, null, List.of())))
                    .build();

            CheckResult result = run(
                            settings, List.of(LinkTarget.of("https://127.0.0.1:" + sitePort + "/x", Origin.entry("t"))))
                    .results()
                    .get(0);

            assertEquals(Verdict.BROKEN, result.verdict());
            assertEquals(
                    new Outcome.Failure(
                            ErrorKind.REQUEST_FAILED,
                            "proxy refused CONNECT to 127.0.0.1:" + sitePort + ": 400 Bad Request"),
                    result.outcome());
            assertEquals(List.of(), proxy.carried());
        }
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void untrustedCertificateIsATlsFailureWithItsReason(Mode mode, @TempDir Path directory) throws Exception {
        try (TestSite https = TestSite.startHttps(SelfSignedKeyStore.create(directory))) {
            CheckResult result = checkOne(mode, https.url("/ok/tls"));
            assertEquals(Verdict.BROKEN, result.verdict());
            Outcome.Failure failure = assertInstanceOf(Outcome.Failure.class, result.outcome());
            assertEquals(ErrorKind.TLS_FAILURE, failure.kind());
            assertTrue(failure.detail().contains("certification path"), failure.detail());
            assertEquals(1, result.attempts(), "a TLS failure is not transient");
        }
    }

    @Test
    void everyModeGivesTheSameVerdictsInTheGivenOrder() {
        List<String> urls = new ArrayList<>();
        IntStream.range(0, 60).forEach(i -> urls.add(site.url("/ok/many-" + i)));
        urls.add(7, site.url("/status/404"));
        urls.add(20, site.url("/redirect/2"));
        urls.add(33, site.url("/loop/b"));
        urls.add(40, site.url("/head-405/same"));
        urls.add(41, "http:///nope");
        List<LinkTarget> targets = LinkTargets.fromList("urls", urls);

        List<List<String>> verdictsByMode = new ArrayList<>();
        // Every mode this Java has, whatever linkcheck.test.modes narrows the other tests to.
        for (Mode mode : Arrays.stream(Mode.values()).filter(Mode::isAvailable).toList()) {
            CheckReport report = run(settings(mode, "10s", null), targets);
            assertEquals(
                    urls,
                    report.results().stream()
                            .map(result -> result.target().url())
                            .toList());
            verdictsByMode.add(report.results().stream()
                    .map(result -> result.verdict() + " " + result.outcome().describe() + " " + result.finalUri())
                    .toList());
        }
        verdictsByMode.forEach(verdicts -> assertEquals(verdictsByMode.get(0), verdicts));
        assertEquals(
                3,
                verdictsByMode.get(0).stream()
                        .filter(verdict -> verdict.startsWith("BROKEN"))
                        .count());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void theUserInfoOfARefusedRedirectIsNotRepeated(Mode mode) {
        CheckResult password = checkOne(mode, site.url("/moved?to=http://user:s3cret@127.0.0.1:9/x"));
        assertEquals(
                new Outcome.Failure(
                        ErrorKind.INVALID_REDIRECT,
                        "to 'http://****@127.0.0.1:9/x': credentials "
                                + "in the URL (user@ or user:password@) are not supported"),
                password.outcome());
        CheckResult token = checkOne(mode, site.url("/moved?to=http://ghp_T0KEN@127.0.0.1:9/y"));
        assertEquals(
                new Outcome.Failure(
                        ErrorKind.INVALID_REDIRECT,
                        "to 'http://****@127.0.0.1:9/y': credentials "
                                + "in the URL (user@ or user:password@) are not supported"),
                token.outcome());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aListenerThatFailsCannotStallTheRun(Mode mode) {
        RunListener failing = new RunListener() {
            @Override
            public void started(LinkTarget target) {}

            @Override
            public void finished(CheckResult result) {
                throw new IllegalStateException("listener bug");
            }
        };
        List<LinkTarget> targets = LinkTargets.fromList(
                "urls",
                IntStream.range(0, 20)
                        .mapToObj(i -> site.url("/ok/listened-" + mode + "-" + i))
                        .toList());

        CheckReport report = assertTimeoutPreemptively(
                HANG_GUARD, () -> LinkCheckRun.run(CheckSettings.of(mode.name(), "4", "10s", null), targets, failing));

        assertEquals(20, report.count(Verdict.OK));
    }

    @Tag("slow")
    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void manyUrlsThroughFewSlots(Mode mode) {
        List<String> urls = IntStream.range(0, 500)
                .mapToObj(i -> site.url("/ok/bulk-" + mode + "-" + i))
                .toList();
        CheckReport report = run(CheckSettings.of(mode.name(), "8", "10s", null), LinkTargets.fromList("urls", urls));
        assertEquals(500, report.count(Verdict.OK));
    }

    /** A loopback port nothing listens on. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static CheckResult checkOne(Mode mode, String url) {
        return run(settings(mode, "10s", null), List.of(LinkTarget.of(url, Origin.entry("test"))))
                .results()
                .get(0);
    }

    private static CheckSettings settings(Mode mode, String timeout, String slowThreshold) {
        return builder(mode).timeout(timeout).slowThreshold(slowThreshold).build();
    }

    /** Settings as users get them, but for retries that wait milliseconds, not seconds. */
    private static CheckSettings.Builder builder(Mode mode) {
        return CheckSettings.builder().mode(mode.name()).concurrency("16").retryBackoff(Duration.ofMillis(20));
    }

    private static CheckReport run(CheckSettings settings, List<LinkTarget> targets) {
        return assertTimeoutPreemptively(HANG_GUARD, () -> LinkCheckRun.run(settings, targets));
    }
}
