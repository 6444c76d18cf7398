package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

class HostIntervalsTest {

    @Test
    void theFirstMatchingEntryWinsAndOtherHostsGetTheDefault() {
        HostIntervals intervals =
                HostIntervals.parse("200ms", List.of("github.com=1s", " *.example.org = 0 ", "example.org:8443=2s"));

        assertEquals(Duration.ofSeconds(1), intervals.intervalFor(URI.create("https://github.com/a")));
        assertEquals(Duration.ofSeconds(1), intervals.intervalFor(URI.create("http://GitHub.com/a")));
        assertEquals(Duration.ZERO, intervals.intervalFor(URI.create("https://docs.example.org/")));
        assertEquals(Duration.ofSeconds(2), intervals.intervalFor(URI.create("https://example.org:8443/")));
        assertEquals(Duration.ofMillis(200), intervals.intervalFor(URI.create("https://example.org/")));
        assertEquals(
                Duration.ofMillis(200), intervals.intervalFor(URI.create("https://github.com:8443/")), "another port");
    }

    @Test
    void nothingSetOrZeroPacesNothing() {
        URI uri = URI.create("https://github.com/");
        assertEquals(Duration.ZERO, HostIntervals.parse(null, null).intervalFor(uri));
        assertEquals(Duration.ZERO, HostIntervals.parse(" ", List.of()).intervalFor(uri));
        assertEquals(Duration.ZERO, HostIntervals.parse("0", List.of()).intervalFor(uri));
        assertEquals(HostIntervals.NONE, CheckSettings.builder().build().hostIntervals());
    }

    @Test
    void theSettingsKeepThemAndTheyTakePartInTheRequestShape() {
        CheckSettings paced =
                CheckSettings.builder().hostRequestIntervals("1s", null).build();

        assertEquals(Duration.ofSeconds(1), paced.hostIntervals().intervalFor(URI.create("https://a.test/")));
        assertFalse(paced.requestShape().equals(CheckSettings.builder().build().requestShape()));
    }

    @Test
    void aBadValueNamesTheSettingTheValueAndWhatIsAccepted() {
        String durations = Durations.accepted(HostIntervals.MAX_INTERVAL)
                .replaceFirst("^expected ", "expected 0 \\(no pacing\\) or ");
        assertMessage(
                "hostRequestInterval = 'fast' is not valid: " + durations, () -> HostIntervals.parse("fast", null));
        assertMessage("hostRequestInterval = '2h' is not valid: " + durations, () -> HostIntervals.parse("2h", null));
        assertMessage(
                "hostRequestIntervals = 'github.com=soon' is not valid: " + durations,
                () -> HostIntervals.parse(null, List.of("github.com=soon")));
        String forms =
                "expected host=duration, such as github.com=1s, where host is one of " + HostPattern.ACCEPTED_FORMS;
        for (String entry : Arrays.asList("github.com", "=1s", "https://github.com/path=1s", "a b=1s")) {
            assertMessage(
                    "hostRequestIntervals = '" + entry + "' is not valid: " + forms,
                    () -> HostIntervals.parse(null, List.of(entry)));
        }
    }

    @Test
    void anEmptyEntryFromAStrayCommaSetsNothing() {
        HostIntervals intervals = HostIntervals.parse(null, Arrays.asList(null, "127.0.0.1=1s", " "));

        assertEquals(Duration.ofSeconds(1), intervals.intervalFor(URI.create("http://127.0.0.1/")));
        assertEquals(Duration.ZERO, intervals.intervalFor(URI.create("http://localhost/")));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable parse) {
        assertEquals(
                expected, assertThrows(InvalidSettingException.class, parse).getMessage());
    }
}
