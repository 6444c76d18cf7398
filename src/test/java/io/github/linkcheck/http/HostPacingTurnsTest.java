package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Duration;

/** The turns {@link HostPacing} gives, without a network: what each claim is told. */
class HostPacingTurnsTest {

    private static final Duration INTERVAL = Duration.ofHours(1);

    @Test
    void aHostsNextRequestWaitsForTheAnswerThenTheInterval() {
        HostPacing pacing = new HostPacing();

        assertEquals(Duration.ZERO, pacing.claim("a.test", INTERVAL), "the first starts at once");
        Duration whileInFlight = pacing.claim("a.test", INTERVAL);
        assertTrue(
                whileInFlight.compareTo(Duration.ZERO) > 0 && whileInFlight.compareTo(Duration.ofSeconds(1)) < 0,
                "asks again soon while the first is in flight: " + whileInFlight);

        pacing.answered("a.test");
        Duration afterAnswer = pacing.claim("a.test", INTERVAL);
        assertTrue(
                afterAnswer.compareTo(INTERVAL.minusSeconds(60)) > 0 && afterAnswer.compareTo(INTERVAL) <= 0,
                "waits the interval from the answer: " + afterAnswer);
    }

    @Test
    void hostsHaveTurnsOfTheirOwn() {
        HostPacing pacing = new HostPacing();

        assertEquals(Duration.ZERO, pacing.claim("a.test", INTERVAL));
        assertEquals(Duration.ZERO, pacing.claim("b.test", INTERVAL));
    }

    @Test
    void aShortIntervalIsAskedAgainNoLaterThanItsEnd() {
        HostPacing pacing = new HostPacing();
        pacing.claim("a.test", Duration.ofMillis(5));

        assertEquals(Duration.ofMillis(5), pacing.claim("a.test", Duration.ofMillis(5)));
    }
}
