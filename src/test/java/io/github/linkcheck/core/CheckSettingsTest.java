package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CheckSettingsTest {

    @Test
    void readsModesInAnyCaseAndOptionalThreshold() {
        CheckSettings settings = CheckSettings.of("THREADS", "64", "2s", "");
        assertEquals(Mode.THREADS, settings.mode());
        assertEquals(64, settings.concurrency());
        assertEquals(Duration.ofSeconds(2), settings.timeout());
        assertEquals(Optional.empty(), settings.slowThreshold());
        assertEquals(10, settings.maxRedirects());
        assertTrue(settings.userAgent().startsWith("linkcheck-maven-plugin/"), settings.userAgent());

        assertEquals(Optional.of(Duration.ofMillis(300)), CheckSettings.of("Async", "1", "10s", "300ms").slowThreshold());
    }

    @Test
    void namesTheSettingTheValueAndWhatIsAccepted() {
        assertMessage("mode = 'turbo' is not valid: expected one of threads, async",
                () -> CheckSettings.of("turbo", "32", "10s", null));
        assertMessage("concurrency = '0' is not valid: expected a whole number from 1 to 10000",
                () -> CheckSettings.of("async", "0", "10s", null));
        assertMessage("concurrency = 'many' is not valid: expected a whole number from 1 to 10000",
                () -> CheckSettings.of("async", "many", "10s", null));
        assertMessage("concurrency = '10001' is not valid: expected a whole number from 1 to 10000",
                () -> CheckSettings.of("async", "10001", "10s", null));
        assertMessage("timeout = 'ten' is not valid: expected " + Durations.ACCEPTED_FORMS,
                () -> CheckSettings.of("async", "32", "ten", null));
        assertMessage("slowThreshold = 'fast' is not valid: expected " + Durations.ACCEPTED_FORMS,
                () -> CheckSettings.of("async", "32", "10s", "fast"));
    }

    private static void assertMessage(String expected, Runnable parse) {
        assertEquals(expected, assertThrows(InvalidSettingException.class, parse::run).getMessage());
    }
}
