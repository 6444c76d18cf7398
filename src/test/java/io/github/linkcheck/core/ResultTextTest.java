package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The one line a result is described by, for each kind of result. */
class ResultTextTest {

    private static final LinkTarget TARGET =
            LinkTarget.of("https://user:s3cret@a.test/x", Origin.entry("urls entry 1"));
    private static final Outcome OK = new Outcome.Status(200, "OK");

    @Test
    void describesTimeAttemptsAndWhereTheLinkLed() {
        assertEquals(
                "https://****@a.test/x -> 200 OK (5 ms)",
                result(Verdict.OK, 1, null, null, null).describe());
        assertEquals(
                "200 OK (5 ms, 2 attempts)",
                result(Verdict.OK, 2, null, null, null).describeOutcome());
        assertEquals(
                "200 OK (5 ms), redirected to https://b.test/",
                result(Verdict.OK, 1, URI.create("https://b.test/"), null, null).describeOutcome());
        assertEquals(
                "200 OK (5 ms), moved permanently to https://b.test/",
                result(Verdict.MOVED, 1, URI.create("https://b.test/"), URI.create("https://b.test/"), null)
                        .describeOutcome());
        assertEquals(
                "200 OK (5 ms), moved permanently to https://b.test/, then redirected to https://c.test/",
                result(Verdict.MOVED, 1, URI.create("https://c.test/"), URI.create("https://b.test/"), null)
                        .describeOutcome());
        assertEquals(
                "200 OK (cached)",
                result(Verdict.OK, 0, null, null, Instant.EPOCH).describeOutcome());
        assertEquals(
                "left out",
                CheckResult.notRequested(TARGET, Verdict.EXCLUDED, new Outcome.NotRequested("left out"))
                        .describeOutcome());
        assertEquals("404", new Outcome.Status(404, " ").describe());
        assertEquals("404", new Outcome.Status(404, null).describe());
        assertEquals("timeout", new Outcome.Failure(ErrorKind.TIMEOUT, "").describe());
        assertEquals("timeout", new Outcome.Failure(ErrorKind.TIMEOUT, null).describe());
        assertEquals("exists", new Outcome.FileExists().describe());
    }

    @Test
    void aMovedLinkIsToldWithItsFragmentAsTheLinkToWriteInstead() {
        LinkTarget anchored = LinkTarget.of("https://a.test/old#install", Origin.entry("urls entry 1"));
        URI moved = URI.create("https://b.test/new");
        CheckResult result = new CheckResult(anchored, Verdict.MOVED, OK, Duration.ofMillis(5), moved, moved, 1, null);

        assertEquals("https://b.test/new#install", result.movedLink());
        assertEquals("200 OK (5 ms), moved permanently to https://b.test/new#install", result.describeOutcome());

        URI movedWithOwnFragment = URI.create("https://b.test/new#setup");
        assertEquals(
                "https://b.test/new#setup",
                new CheckResult(anchored, Verdict.MOVED, OK, Duration.ZERO, null, movedWithOwnFragment, 1, null)
                        .movedLink());
        assertEquals(null, result(Verdict.OK, 1, null, null, null).movedLink());
    }

    @Test
    void whereALinkLedHidesTheUserInfoARelativeRedirectKept() {
        URI next = URI.create("https://user:s3cret@a.test/next");
        URI last = URI.create("https://user:s3cret@a.test/final");

        assertEquals(
                "200 OK (5 ms), redirected to https://****@a.test/next",
                result(Verdict.OK, 1, next, null, null).describeOutcome());
        assertEquals(
                "200 OK (5 ms), moved permanently to https://****@a.test/next, then redirected to "
                        + "https://****@a.test/final",
                result(Verdict.MOVED, 1, last, next, null).describeOutcome());
    }

    @Test
    void resultsKnowWhetherTheyComeFromTheCache() {
        assertTrue(result(Verdict.OK, 0, null, null, Instant.EPOCH).isCached());
        assertFalse(result(Verdict.OK, 1, null, null, null).isCached());
        assertEquals(Optional.empty(), result(Verdict.OK, 1, null, null, null).redirectedTo());
        CheckResult notRequested = CheckResult.notRequested(TARGET, Verdict.SKIPPED, new Outcome.NotRequested("x"));
        assertEquals(0, notRequested.attempts());
        assertEquals(Duration.ZERO, notRequested.elapsed());
    }

    @Test
    void aSlowResultSaysWhatItWasSlowerThan() {
        CheckSettings settings = CheckSettings.builder().slowThreshold("3s").build();
        CheckResult slow = result(Verdict.SLOW, 1, null, null, null);
        CheckResult ok = result(Verdict.OK, 1, null, null, null);
        CheckReport report = new CheckReport(settings, List.of(slow, ok, slow), Duration.ofSeconds(1));
        assertEquals("200 OK (5 ms), slower than 3.0 s", report.describeOutcome(slow));
        assertEquals("https://****@a.test/x -> 200 OK (5 ms), slower than 3.0 s", report.describe(slow));
        assertEquals("200 OK (5 ms)", report.describeOutcome(ok));
        assertEquals(2, report.count(Verdict.SLOW));
        assertEquals(List.of(ok), report.withVerdict(Verdict.OK));
        CheckReport withoutThreshold = new CheckReport(CheckSettings.builder().build(), List.of(slow), Duration.ZERO);
        assertEquals("200 OK (5 ms)", withoutThreshold.describeOutcome(slow));
    }

    private static CheckResult result(Verdict verdict, int attempts, URI finalUri, URI movedTo, Instant cachedAt) {
        return new CheckResult(TARGET, verdict, OK, Duration.ofMillis(5), finalUri, movedTo, attempts, cachedAt);
    }
}
