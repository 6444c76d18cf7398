package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;

class DurationsTest {

    private static final Duration DAY = Duration.ofDays(1);

    @Test
    void readsEveryDocumentedForm() {
        assertEquals(Duration.ofMillis(500), Durations.parse("timeout", "500ms", DAY));
        assertEquals(Duration.ofSeconds(10), Durations.parse("timeout", "10s", DAY));
        assertEquals(Duration.ofMinutes(2), Durations.parse("timeout", "2m", DAY));
        assertEquals(Duration.ofHours(1), Durations.parse("timeout", "1h", DAY));
        assertEquals(Duration.ofDays(1), Durations.parse("cacheMaxAge", "1d", DAY));
        assertEquals(Duration.ofMillis(2500), Durations.parse("timeout", "2500", DAY));
        assertEquals(Duration.ofSeconds(3), Durations.parse("timeout", " 3S ", DAY));
        assertEquals(Duration.ofHours(24), Durations.parse("timeout", "0000000000000000000000024h", DAY));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ten",
                "",
                "0",
                "0s",
                "-5s",
                "1.5s",
                "10 days",
                "s",
                "1d1ms",
                "86400001",
                "999999999999d",
                "99999999999999999999999999999999ms"
            })
    void rejectsWhatIsNotADurationWithinTheRange(String value) {
        InvalidSettingException e =
                assertThrows(InvalidSettingException.class, () -> Durations.parse("timeout", value, DAY));
        assertEquals(
                "timeout = '" + value + "' is not valid: expected a duration from 1ms to 1d: a whole number"
                        + " followed by ms, s, m, h or d, such as 500ms, 10s or 2m, or a bare number of milliseconds",
                e.getMessage());
    }

    @Test
    void writesAMaximumAsUsersTypeIt() {
        assertEquals("365d", Durations.written(Duration.ofDays(365)));
        assertEquals("1h", Durations.written(Duration.ofHours(1)));
        assertEquals("90m", Durations.written(Duration.ofMinutes(90)));
        assertEquals("61s", Durations.written(Duration.ofSeconds(61)));
        assertEquals("1500ms", Durations.written(Duration.ofMillis(1500)));
    }

    @Test
    void formatsForPeople() {
        assertEquals("850 ms", Durations.format(Duration.ofMillis(850)));
        assertEquals("1.4 s", Durations.format(Duration.ofMillis(1420)));
        assertEquals("2 m 5 s", Durations.format(Duration.ofSeconds(125)));
    }
}
