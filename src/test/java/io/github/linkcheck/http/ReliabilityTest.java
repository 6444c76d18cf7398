package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.ErrorKind;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.LinkTargets;
import io.github.linkcheck.core.Mode;
import io.github.linkcheck.core.Origin;
import io.github.linkcheck.core.Outcome;
import io.github.linkcheck.core.Verdict;
import io.github.linkcheck.testing.FaultServer;
import io.github.linkcheck.testing.TestSite;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Servers that misbehave below HTTP, and a large run: each ends in its documented verdict, in bounded time. */
class ReliabilityTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(120);

    private static FaultServer faults;

    @BeforeAll
    static void startServer() throws IOException {
        faults = FaultServer.start();
    }

    @AfterAll
    static void stopServer() throws IOException {
        faults.close();
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void resetBeforeAnyAnswerIsAConnectionFailureAfterEveryAttempt(Mode mode) {
        CheckResult result = check(mode, "/reset-before-headers", "10s");
        assertEquals(Verdict.BROKEN, result.verdict());
        assertEquals(ErrorKind.CONNECTION_FAILED, ((Outcome.Failure) result.outcome()).kind(), result.describe());
        assertEquals(2, result.attempts(), "a reset is transient: retried once");
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void resetAfterTheHeadStillCountsTheStatus(Mode mode) {
        // The status line and headers arrived whole; the body that was cut off is never read.
        CheckResult result = check(mode, "/reset-after-headers", "10s");
        assertEquals(Verdict.OK, result.verdict(), result.describe());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void tricklingServerIsCutOffAtTheTimeout(Mode mode) {
        CheckResult result = check(mode, "/trickle", "1s");
        assertEquals(Verdict.BROKEN, result.verdict());
        assertEquals(new Outcome.Failure(ErrorKind.TIMEOUT, "no response within 1.0 s"), result.outcome());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void malformedStatusLineIsAProtocolError(Mode mode) {
        CheckResult result = check(mode, "/malformed-status", "10s");
        assertEquals(Verdict.BROKEN, result.verdict());
        assertEquals(ErrorKind.PROTOCOL_ERROR, ((Outcome.Failure) result.outcome()).kind(), result.describe());
    }

    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void lyingContentLengthDoesNotMatterToAStatusCheck(Mode mode) {
        CheckResult result = check(mode, "/lying-length", "10s");
        assertEquals(Verdict.OK, result.verdict(), result.describe());
    }

    @Tag("slow")
    @ParameterizedTest
    @MethodSource("io.github.linkcheck.testing.TestModes#available")
    void tenThousandUrlsInOneRunLeaveNothingRunning(Mode mode) throws IOException, InterruptedException {
        Set<Thread> threadsBefore = liveLinkcheckThreads();
        try (TestSite site = TestSite.start()) {
            List<String> urls = IntStream.range(0, 10_000)
                    .mapToObj(i -> site.url("/ok/" + i))
                    .toList();
            // Above the JDK server's cap of 200 idle keep-alive connections, which it closes as responses
            // end: every request still gets an answer, on another connection, with no retry of the link's.
            CheckSettings settings = CheckSettings.builder()
                    .mode(mode.name())
                    .retries("0")
                    .concurrency("256")
                    .maxConcurrencyPerHost("256")
                    .build();

            CheckReport report = assertTimeoutPreemptively(
                    HANG_GUARD, () -> LinkCheckRun.run(settings, LinkTargets.fromList("urls", urls)));

            assertEquals(10_000, report.results().size());
            assertEquals(
                    List.of(),
                    report.results().stream()
                            .filter(r -> r.verdict() != Verdict.OK)
                            .map(CheckResult::describe)
                            .toList());
        }
        // Threads of earlier tests may still be ending, or not: only the ones this run started must be gone.
        assertEquals(
                Set.of(),
                namesOf(startedSinceEndingWithin(threadsBefore, Duration.ofSeconds(10))),
                "the run's threads outlive it");
    }

    private static CheckResult check(Mode mode, String path, String timeout) {
        CheckSettings settings = CheckSettings.builder()
                .mode(mode.name())
                .timeout(timeout)
                .retries("1")
                .retryBackoff(Duration.ofMillis(20))
                .build();
        return assertTimeoutPreemptively(
                        HANG_GUARD,
                        () -> LinkCheckRun.run(
                                settings, List.of(LinkTarget.of(faults.url(path), Origin.entry("test")))))
                .results()
                .get(0);
    }

    /** The live threads of this plugin's runs and of the HTTP clients they start. */
    private static Set<Thread> liveLinkcheckThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("linkcheck-")
                        || thread.getName().startsWith("httpclient-"))
                .collect(Collectors.toCollection(HashSet::new));
    }

    /**
     * The threads started since {@code before} that are still alive after each was given until the bound to
     * end: a pool reports itself terminated a moment before its threads have quite exited.
     */
    private static Set<Thread> startedSinceEndingWithin(Set<Thread> before, Duration bound)
            throws InterruptedException {
        long deadline = System.nanoTime() + bound.toNanos();
        for (Thread thread : startedSince(before)) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
        return startedSince(before);
    }

    private static Set<Thread> startedSince(Set<Thread> before) {
        Set<Thread> started = liveLinkcheckThreads();
        started.removeAll(before);
        return started;
    }

    private static Set<String> namesOf(Set<Thread> threads) {
        return threads.stream().map(Thread::getName).collect(Collectors.toSet());
    }
}
