package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Optional;

/** The rules that turn what a check ended in into a verdict, and a verdict into a failed build, at their edges. */
class VerdictRulesTest {

    private static final Outcome OK_STATUS = new Outcome.Status(200, "OK");

    private final Classifier withThreshold = new Classifier(CheckSettings.builder()
            .slowThreshold("1s")
            .acceptedStatusCodes("200-299,403")
            .build());
    private final Classifier withoutThreshold =
            new Classifier(CheckSettings.builder().build());

    @Test
    void brokenUnlessItEndedInAnAcceptedStatus() {
        assertEquals(Verdict.OK, withThreshold.classify(new Outcome.Status(403, "Forbidden"), Duration.ZERO, false));
        assertEquals(
                Verdict.BROKEN, withThreshold.classify(new Outcome.Status(404, "Not Found"), Duration.ZERO, false));
        assertEquals(
                Verdict.BROKEN,
                withThreshold.classify(new Outcome.Status(300, "Multiple Choices"), Duration.ZERO, true));
        assertEquals(
                Verdict.BROKEN,
                withThreshold.classify(new Outcome.Failure(ErrorKind.TIMEOUT, "x"), Duration.ZERO, false));
        assertEquals(Verdict.BROKEN, withThreshold.classify(new Outcome.NotRequested("x"), Duration.ZERO, false));
        assertEquals(
                Verdict.OK,
                withThreshold.classify(new Outcome.FileExists(), Duration.ofHours(1), true),
                "a file on disk is neither slow nor moved");
    }

    @Test
    void slowOnlyPastTheThresholdAndBeforeMoved() {
        assertEquals(Verdict.OK, withThreshold.classify(OK_STATUS, Duration.ofSeconds(1), false), "at the threshold");
        assertEquals(
                Verdict.SLOW,
                withThreshold.classify(OK_STATUS, Duration.ofSeconds(1).plusNanos(1), false));
        assertEquals(Verdict.SLOW, withThreshold.classify(OK_STATUS, Duration.ofSeconds(2), true));
        assertEquals(Verdict.MOVED, withThreshold.classify(OK_STATUS, Duration.ofMillis(10), true));
        assertEquals(Verdict.OK, withoutThreshold.classify(OK_STATUS, Duration.ofHours(1), false), "no threshold");
        assertEquals(Verdict.MOVED, withoutThreshold.classify(OK_STATUS, Duration.ofHours(1), true));
    }

    @Test
    void eachVerdictFailsTheBuildOnlyUnderItsSetting() {
        FailurePolicy none = new FailurePolicy(false, false, false);
        FailurePolicy all = new FailurePolicy(true, true, true, true);
        for (Verdict verdict : Verdict.values()) {
            CheckResult result = result(verdict);
            boolean failable = verdict == Verdict.BROKEN
                    || verdict == Verdict.SLOW
                    || verdict == Verdict.MOVED
                    || verdict == Verdict.INSECURE;
            assertFalse(none.fails(result), verdict.name());
            assertEquals(failable, all.fails(result), verdict.name());
            assertEquals(
                    failable ? Severity.ERROR : severityWhenNotFailing(verdict),
                    Severity.of(result, all),
                    verdict.name());
            assertEquals(severityWhenNotFailing(verdict), Severity.of(result, none), verdict.name());
        }
        assertTrue(new FailurePolicy(true, false, false).fails(result(Verdict.BROKEN)));
        assertFalse(new FailurePolicy(true, false, false).fails(result(Verdict.SLOW)));
        assertTrue(new FailurePolicy(false, true, false).fails(result(Verdict.SLOW)));
        assertFalse(new FailurePolicy(false, true, false).fails(result(Verdict.MOVED)));
        assertTrue(new FailurePolicy(false, false, true).fails(result(Verdict.MOVED)));
        assertFalse(new FailurePolicy(true, true, true).fails(result(Verdict.INSECURE)), "off by default");
        assertTrue(new FailurePolicy(false, false, false, true).fails(result(Verdict.INSECURE)));
        assertFalse(new FailurePolicy(false, false, false, true).fails(result(Verdict.MOVED)));
        assertEquals(Severity.WARNING, Severity.of(result(Verdict.INSECURE), none));
        assertTrue(Severity.ERROR.isProblem());
        assertTrue(Severity.WARNING.isProblem());
        assertFalse(Severity.INFO.isProblem());
        assertFalse(Severity.NONE.isProblem());
        assertEquals("not checked", Verdict.NOT_CHECKED.label());
    }

    @Test
    void statusCodesTakeCodesAndRangesFrom100To599() {
        StatusCodes codes = StatusCodes.parse("acceptedStatusCodes", " 100 , 200 - 204,599,302-302");
        for (int accepted : new int[] {100, 200, 204, 302, 599}) {
            assertTrue(codes.contains(accepted), Integer.toString(accepted));
        }
        for (int refused : new int[] {-1, 0, 99, 101, 199, 205, 301, 303, 598, 600}) {
            assertFalse(codes.contains(refused), Integer.toString(refused));
        }
        assertEquals("100,200-204,599,302-302", codes.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"99", "600", "100-600", "099-200", "205-204", "2OO", ",200", "200;404", " ", "1000"})
    void statusCodesOutsideTheRangeOrUnreadableAreRefused(String value) {
        InvalidSettingException e =
                assertThrows(InvalidSettingException.class, () -> StatusCodes.parse("acceptedStatusCodes", value));
        assertTrue(e.getMessage().startsWith("acceptedStatusCodes = '" + value + "' is not valid"), e.getMessage());
    }

    @Test
    void aRetryWaitsNeverLongerThanTheLongestWait() {
        RetryPolicy policy = new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertEquals(Duration.ofSeconds(30), policy.delayBefore(1, Optional.of(Duration.ofSeconds(30))));
        assertEquals(Duration.ofSeconds(29), policy.delayBefore(1, Optional.of(Duration.ofSeconds(29))));
        assertEquals(
                Duration.ZERO, policy.delayBefore(2, Optional.of(Duration.ZERO)), "the server's word, even for none");
        assertEquals(3, policy.retries());
        for (int i = 0; i < 50; i++) {
            Duration second = policy.delayBefore(2, Optional.empty());
            assertTrue(
                    second.compareTo(Duration.ofSeconds(1)) >= 0 && second.compareTo(Duration.ofSeconds(2)) <= 0,
                    second.toString());
        }
    }

    @Test
    void backoffStopsDoublingAfterTwentyRetries() {
        RetryPolicy policy = new RetryPolicy(10, Duration.ofMillis(1), Duration.ofDays(1));
        Duration most = Duration.ofMillis(1L << 20);
        for (int retry : new int[] {21, 22, 40, 64}) {
            Duration wait = policy.delayBefore(retry, Optional.empty());
            assertTrue(wait.compareTo(most.dividedBy(2)) >= 0 && wait.compareTo(most) <= 0, retry + ": " + wait);
        }
    }

    @Test
    void onlyFailuresOfTheConnectionAreTransient() {
        RetryPolicy policy = new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(30));
        for (ErrorKind kind : ErrorKind.values()) {
            boolean expected = kind == ErrorKind.CONNECTION_REFUSED
                    || kind == ErrorKind.CONNECTION_FAILED
                    || kind == ErrorKind.TIMEOUT;
            assertEquals(expected, policy.isTransient(new Outcome.Failure(kind, "")), kind.name());
        }
    }

    private static Severity severityWhenNotFailing(Verdict verdict) {
        return switch (verdict) {
            case OK, SKIPPED -> Severity.NONE;
            case EXCLUDED -> Severity.INFO;
            case SLOW, MOVED, INSECURE, BROKEN, NOT_CHECKED -> Severity.WARNING;
        };
    }

    private static CheckResult result(Verdict verdict) {
        return new CheckResult(
                LinkTarget.of("https://example.test/", Origin.entry("urls entry 1")),
                verdict,
                OK_STATUS,
                Duration.ofMillis(5),
                null,
                null,
                1,
                null);
    }
}
