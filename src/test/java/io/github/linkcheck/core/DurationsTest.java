package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

    @Test
    void readsEveryDocumentedForm() {
        assertEquals(Duration.ofMillis(500), Durations.parsePositive("timeout", "500ms"));
        assertEquals(Duration.ofSeconds(10), Durations.parsePositive("timeout", "10s"));
        assertEquals(Duration.ofMinutes(2), Durations.parsePositive("timeout", "2m"));
        assertEquals(Duration.ofHours(1), Durations.parsePositive("timeout", "1h"));
        assertEquals(Duration.ofDays(1), Durations.parsePositive("cacheMaxAge", "1d"));
        assertEquals(Duration.ofMillis(2500), Durations.parsePositive("timeout", "2500"));
        assertEquals(Duration.ofSeconds(3), Durations.parsePositive("timeout", " 3S "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten", "", "0", "0s", "-5s", "1.5s", "10 days", "s"})
    void rejectsWhatIsNotAPositiveDuration(String value) {
        InvalidSettingException e =
                assertThrows(InvalidSettingException.class, () -> Durations.parsePositive("timeout", value));
        assertTrue(e.getMessage().startsWith("timeout = '" + value + "' is not valid: expected a positive duration"),
                e.getMessage());
    }

    @Test
    void formatsForPeople() {
        assertEquals("850 ms", Durations.format(Duration.ofMillis(850)));
        assertEquals("1.4 s", Durations.format(Duration.ofMillis(1420)));
        assertEquals("2 m 5 s", Durations.format(Duration.ofSeconds(125)));
    }
}
