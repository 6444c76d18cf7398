package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.LocalFile;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.RunListener;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/** The checker and the dispatcher at their edges: each redirect status, redirects without a place, the global cap. */
class CheckerEdgesTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(60);

    @RegisterExtension
    static final TestSite site = TestSite.forEachClass();

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void onlyPermanentRedirectsMoveALink(Mode mode) {
        String end = site.url("/ok/redirected-" + mode);
        List<String> urls = List.of(301, 302, 303, 307, 308).stream()
                .map(code -> site.url("/redirect-with/" + code + "?to=" + end))
                .toList();

        List<CheckResult> results = run(mode, urls).results();

        assertEquals(
                List.of(Verdict.MOVED, Verdict.OK, Verdict.OK, Verdict.OK, Verdict.MOVED),
                results.stream().map(CheckResult::verdict).toList());
        results.forEach(result -> assertEquals(URI.create(end), result.finalUri(), result.describe()));
        assertEquals(URI.create(end), results.get(4).movedTo());
        assertNull(results.get(1).movedTo());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aTemporaryRedirectFirstMeansTheLinkHasNotMoved(Mode mode) {
        String url = site.url("/redirect-with/307?to=/moved?to=/ok/after-temporary-" + mode);

        CheckResult result = run(mode, List.of(url)).results().get(0);

        assertEquals(Verdict.OK, result.verdict(), result.describe());
        assertNull(result.movedTo());
        assertEquals(URI.create(site.url("/ok/after-temporary-" + mode)), result.finalUri());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void aRedirectWithoutALocationIsItsOwnStatus(Mode mode) {
        CheckResult result =
                run(mode, List.of(site.url("/status/302?" + mode))).results().get(0);

        assertEquals(Verdict.BROKEN, result.verdict());
        assertEquals(302, ((Outcome.Status) result.outcome()).code());
        assertNull(result.finalUri());
        assertEquals(1, site.requests("GET", "/status/302?" + mode), "a HEAD that is not OK is asked again with GET");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void noMoreChecksAtOnceThanTheConcurrencyAndEachToldToTheListener(Mode mode) {
        List<String> urls = IntStream.range(0, 8)
                .mapToObj(i -> site.url("/slow/100/global-" + mode + i))
                .toList();
        Queue<String> started = new ConcurrentLinkedQueue<>();
        Queue<String> finished = new ConcurrentLinkedQueue<>();
        RunListener listener = new RunListener() {
            @Override
            public void started(LinkTarget target) {
                started.add(target.url());
            }

            @Override
            public void finished(CheckResult result) {
                finished.add(result.target().url());
            }
        };
        site.takeMostSlowInFlight();

        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .concurrency("2")
                .maxConcurrencyPerHost("8")
                .build();
        CheckReport report = assertTimeoutPreemptively(
                HANG_GUARD, () -> LinkCheckRun.run(settings, LinkTargets.fromList("urls", urls), listener));

        assertEquals(8, report.count(Verdict.OK));
        int most = site.takeMostSlowInFlight();
        assertTrue(most <= 2, "at most 2 at once, saw " + most);
        assertEquals(
                urls,
                started.stream()
                        .sorted(java.util.Comparator.comparing(urls::indexOf))
                        .toList());
        assertEquals(8, finished.size());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void relativeLinksAreCheckedOnDiskWithoutARequest(Mode mode, @TempDir Path folder) throws IOException {
        Path present = Files.writeString(folder.resolve("present.md"), "# Present\n");
        List<LinkTarget> targets = List.of(
                LinkTarget.localFile("present.md", new LocalFile(present, null), Origin.at("README.md", 1, 1)),
                LinkTarget.localFile(
                        "missing.md", new LocalFile(folder.resolve("missing.md"), null), Origin.at("README.md", 2, 1)));

        CheckSettings settings = CheckSettings.builder().mode(mode.name()).build();
        List<CheckResult> results = assertTimeoutPreemptively(HANG_GUARD, () -> LinkCheckRun.run(settings, targets))
                .results();

        assertEquals(
                List.of(Verdict.OK, Verdict.BROKEN),
                results.stream().map(CheckResult::verdict).toList());
        assertEquals(new Outcome.FileExists(), results.get(0).outcome());
        assertEquals(
                new Outcome.Failure(ErrorKind.FILE_NOT_FOUND, null),
                results.get(1).outcome());
        for (CheckResult result : results) {
            assertEquals(1, result.attempts());
            assertFalse(result.elapsed().isNegative(), result.describe());
            assertTrue(result.elapsed().compareTo(HANG_GUARD) < 0, result.describe());
        }
    }

    @Test
    void retryAfterIsReadInSecondsOrAsADateAndOtherwiseIgnored() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        assertEquals(Optional.empty(), head(" ", null).retryAfterDelay(now));
        assertEquals(Optional.of(Duration.ofSeconds(7)), head(" 7 ", null).retryAfterDelay(now));
        assertEquals(
                Optional.of(Duration.ofSeconds(999_999_999)),
                head("999999999", null).retryAfterDelay(now));
        assertEquals(Optional.empty(), head("1000000000", null).retryAfterDelay(now));
        assertEquals(
                Optional.of(Duration.ZERO),
                head("Wed, 25 Nov 2026 10:00:00 GMT", null).retryAfterDelay(now));
        assertEquals(
                Optional.of(Duration.ofSeconds(1)),
                head("Wed, 25 Nov 2026 10:00:01 GMT", null).retryAfterDelay(now));
    }

    @Test
    void onlyHtmlPagesHaveAnchors() {
        assertTrue(head(null, "text/html").isHtml());
        assertTrue(head(null, " TEXT/HTML ; charset=utf-8").isHtml());
        assertTrue(head(null, "application/xhtml+xml").isHtml());
        assertFalse(head(null, "text/plain").isHtml());
        assertFalse(head(null, "text/html-sandboxed").isHtml());
        assertFalse(head(null, null).isHtml());
    }

    @Test
    void failuresAreNamedThroughTheirWrappers() {
        ExchangeFailures failures = new ExchangeFailures(Duration.ofMillis(500));
        URI uri = URI.create("http://a.test/x");
        assertEquals(
                new Outcome.Failure(ErrorKind.TIMEOUT, "no response within 500 ms"),
                failures.describe(
                        new java.util.concurrent.ExecutionException(new java.net.SocketTimeoutException("read")), uri));
        assertEquals(
                new Outcome.Failure(ErrorKind.TIMEOUT, "no response within 500 ms"),
                failures.describe(new org.apache.hc.client5.http.ConnectTimeoutException("connect"), uri));
        assertEquals(
                new Outcome.Failure(ErrorKind.CONNECTION_REFUSED, "a.test"),
                failures.describe(new java.net.ConnectException("Connection refused"), uri));
        assertEquals(
                new Outcome.Failure(ErrorKind.CONNECTION_FAILED, "Network is unreachable"),
                failures.describe(new java.net.ConnectException("Network is unreachable"), uri));
        assertEquals(
                new Outcome.Failure(ErrorKind.CONNECTION_FAILED, "ConnectException"),
                failures.describe(new java.net.ConnectException(), uri));
        assertEquals(
                new Outcome.Failure(ErrorKind.CONNECTION_FAILED, "the server closed the connection without a response"),
                failures.describe(new org.apache.hc.core5.http.ConnectionClosedException("closed"), uri));
        assertEquals(
                new Outcome.Failure(ErrorKind.PROTOCOL_ERROR, "the response is not valid HTTP"),
                failures.describe(new org.apache.hc.core5.http.MessageConstraintException("too long"), uri));
        assertEquals(
                new Outcome.Failure(ErrorKind.PROTOCOL_ERROR, "bad header"),
                failures.describe(new org.apache.hc.core5.http.ParseException("bad header"), uri));
        assertEquals(
                new Outcome.Failure(ErrorKind.REQUEST_FAILED, "the request was cancelled"),
                failures.describe(new java.util.concurrent.CancellationException(), uri));
        assertEquals(
                new Outcome.Failure(ErrorKind.CONNECTION_FAILED, "root cause"),
                failures.describe(new IOException("  ", new IOException("root cause")), uri));
    }

    private static ResponseHead head(String retryAfter, String contentType) {
        return new ResponseHead(200, "OK", null, retryAfter, contentType);
    }

    private static CheckReport run(Mode mode, List<String> urls) {
        CheckSettings settings = CheckSettings.builder().mode(mode.name()).build();
        return assertTimeoutPreemptively(
                HANG_GUARD, () -> LinkCheckRun.run(settings, LinkTargets.fromList("urls", urls)));
    }
}
