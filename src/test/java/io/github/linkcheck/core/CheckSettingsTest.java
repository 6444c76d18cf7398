package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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

        assertEquals(
                Optional.of(Duration.ofMillis(300)),
                CheckSettings.of("Async", "1", "10s", "300ms").slowThreshold());
    }

    @Test
    void virtualModeOnlyWhereJavaHasVirtualThreads() {
        if (Runtime.version().feature() >= 21) {
            assertEquals(
                    Mode.VIRTUAL, CheckSettings.of("Virtual", "32", "10s", null).mode());
        } else {
            assertMessage(
                    "mode = 'virtual' is not valid: virtual threads need Java 21 or newer, and Maven runs on Java "
                            + Runtime.version() + "; use threads or async, or run Maven on Java 21+",
                    () -> CheckSettings.of("virtual", "32", "10s", null));
        }
    }

    @Test
    void namesTheSettingTheValueAndWhatIsAccepted() {
        assertMessage(
                "mode = 'turbo' is not valid: expected one of threads, async, virtual",
                () -> CheckSettings.of("turbo", "32", "10s", null));
        assertMessage(
                "concurrency = '0' is not valid: expected a whole number from 1 to 10000",
                () -> CheckSettings.of("async", "0", "10s", null));
        assertMessage(
                "concurrency = 'many' is not valid: expected a whole number from 1 to 10000",
                () -> CheckSettings.of("async", "many", "10s", null));
        assertMessage(
                "concurrency = '10001' is not valid: expected a whole number from 1 to 10000",
                () -> CheckSettings.of("async", "10001", "10s", null));
        assertMessage(
                "timeout = 'ten' is not valid: " + Durations.accepted(Duration.ofHours(1)),
                () -> CheckSettings.of("async", "32", "ten", null));
        assertMessage(
                "slowThreshold = 'fast' is not valid: " + Durations.accepted(Duration.ofHours(1)),
                () -> CheckSettings.of("async", "32", "10s", "fast"));
        assertMessage(
                "maxRedirects = '-1' is not valid: expected a whole number from 0 to 50",
                () -> CheckSettings.builder().maxRedirects("-1"));
        assertMessage(
                "retries = '11' is not valid: expected a whole number from 0 to 10",
                () -> CheckSettings.builder().retries("11"));
        assertMessage(
                "maxRetryWait = 'forever' is not valid: " + Durations.accepted(Duration.ofHours(1)),
                () -> CheckSettings.builder().maxRetryWait("forever"));
        assertMessage(
                "maxConcurrencyPerHost = '0' is not valid: expected a whole number from 1 to 10000",
                () -> CheckSettings.builder().maxConcurrencyPerHost("0"));
        assertMessage(
                "maxTotalTime = '5 minutes' is not valid: " + Durations.accepted(Duration.ofDays(7)),
                () -> CheckSettings.builder().maxTotalTime("5 minutes"));
        assertMessage(
                "acceptedStatusCodes = '200-299,4O3' is not valid: expected codes and ranges from 100 to 599"
                        + " separated by commas, such as 200-299,403,429",
                () -> CheckSettings.builder().acceptedStatusCodes("200-299,4O3"));
        assertMessage(
                "acceptedStatusCodes = '299-200' is not valid: expected codes and ranges from 100 to 599"
                        + " separated by commas, such as 200-299,403,429",
                () -> CheckSettings.builder().acceptedStatusCodes("299-200"));
        assertMessage(
                "excludes = 'linkedin(' is not valid: expected a Java regular expression (Unclosed group)",
                () -> CheckSettings.builder().excludes(List.of("ok", "linkedin(")));
    }

    @Test
    void aCommaEscapedWithABackslashKeepsTogetherThePatternMavenSplitAtIt() {
        // -Dlinkcheck.excludes=status/40{1\,3},/never reaches the plugin split at every comma.
        LinkFilter filter = CheckSettings.builder()
                .excludes(List.of("status/40{1\\", "3}", "/never"))
                .includes(List.of("^http://a\\.test:\\d{1\\", "5}/"))
                .build()
                .linkFilter();

        assertFalse(filter.isChecked("http://a.test:80/status/400"), "a 4 and one to three 0s");
        assertFalse(filter.isChecked("http://a.test:80/status/4000"));
        assertTrue(filter.isChecked("http://a.test:80/status/410"));
        assertFalse(filter.isChecked("http://a.test:80/never"), "the commas Maven should split at still separate");
        assertFalse(filter.isChecked("http://b.test:80/ok"), "included only what the joined include matches");
    }

    @Test
    void aPatternEndingInAnEscapedBackslashIsNotJoinedWithTheNext() {
        LinkFilter filter =
                CheckSettings.builder().excludes(List.of("x\\\\", "b")).build().linkFilter();

        assertFalse(filter.isChecked("http://h.test/b"));
        assertFalse(filter.isChecked("http://h.test/x\\"));
    }

    @Test
    void aPatternSplitAtItsCommaIsNamedWithHowToKeepTheComma() {
        assertMessage(
                "excludes = 'status/40{1' is not valid: expected a Java regular expression (Unclosed counted"
                        + " closure); Maven splits a list given on the command line at every comma: write"
                        + " status/40{1\\,3} to keep this one in the pattern",
                () -> CheckSettings.builder().excludes(List.of("status/40{1", "3}")));
    }

    @Test
    void everyDurationHasItsDocumentedMaximum() {
        CheckSettings longest = CheckSettings.builder()
                .timeout("1h")
                .slowThreshold("60m")
                .maxRetryWait("3600s")
                .maxTotalTime("7d")
                .build();
        assertEquals(Duration.ofHours(1), longest.timeout());
        assertEquals(Optional.of(Duration.ofHours(1)), longest.slowThreshold());
        assertEquals(Optional.of(Duration.ofDays(7)), longest.maxTotalTime());

        assertMessage(
                "timeout = '999999999999d' is not valid: " + Durations.accepted(Duration.ofHours(1)),
                () -> CheckSettings.builder().timeout("999999999999d"));
        assertMessage(
                "slowThreshold = '61m' is not valid: " + Durations.accepted(Duration.ofHours(1)),
                () -> CheckSettings.builder().slowThreshold("61m"));
        assertMessage(
                "maxRetryWait = '3600001' is not valid: " + Durations.accepted(Duration.ofHours(1)),
                () -> CheckSettings.builder().maxRetryWait("3600001"));
        assertMessage(
                "maxTotalTime = '999999999999d' is not valid: " + Durations.accepted(Duration.ofDays(7)),
                () -> CheckSettings.builder().maxTotalTime("999999999999d"));
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        CheckSettings settings = CheckSettings.builder().build();
        assertEquals(Mode.ASYNC, settings.mode());
        assertEquals(32, settings.concurrency());
        assertEquals(Duration.ofSeconds(10), settings.timeout());
        assertEquals(Optional.empty(), settings.slowThreshold());
        assertEquals(10, settings.maxRedirects());
        assertEquals("200-299", settings.acceptedStatusCodes().toString());
        assertEquals(2, settings.retryPolicy().retries());
        assertEquals(8, settings.maxConcurrencyPerHost());
        assertEquals(Optional.empty(), settings.maxTotalTime());
        assertEquals(List.of(), settings.headers());
        assertEquals(List.of(), settings.proxies());
        assertEquals(ProductInfo.userAgent(), settings.userAgent());
        assertTrue(settings.linkFilter().isChecked("https://anything.example/"));
        assertEquals(UnsupportedSchemes.SKIP, settings.unsupportedSchemes());
    }

    @Test
    void readsUnsupportedSchemesInAnyCaseAndNamesWhatIsAccepted() {
        assertEquals(
                UnsupportedSchemes.FAIL,
                CheckSettings.builder().unsupportedSchemes(" Fail ").build().unsupportedSchemes());
        assertEquals(
                UnsupportedSchemes.SKIP,
                CheckSettings.builder().unsupportedSchemes("SKIP").build().unsupportedSchemes());
        assertMessage(
                "unsupportedSchemes = 'ignore' is not valid: expected skip or fail, in any letter case",
                () -> CheckSettings.builder().unsupportedSchemes("ignore"));
    }

    @Test
    void readsStatusCodesAndFilters() {
        CheckSettings settings = CheckSettings.builder()
                .acceptedStatusCodes(" 200-204, 403 ,429")
                .includes(List.of("example\\.org"))
                .excludes(List.of("/private/", " "))
                .build();
        assertTrue(settings.acceptedStatusCodes().contains(204));
        assertTrue(settings.acceptedStatusCodes().contains(403));
        assertFalse(settings.acceptedStatusCodes().contains(205));
        assertFalse(settings.acceptedStatusCodes().contains(404));
        assertTrue(settings.linkFilter().isChecked("https://example.org/public/"));
        assertFalse(settings.linkFilter().isChecked("https://example.org/private/a"));
        assertFalse(settings.linkFilter().isChecked("https://example.com/"));
        assertEquals("200-204,403,429", settings.acceptedStatusCodes().toString());
    }

    @Test
    void runsThatDifferOnlyInFiltersAndTotalTimeHaveOneRequestShape() {
        CheckSettings plain = CheckSettings.builder().build();
        CheckSettings filteredAndBounded = CheckSettings.builder()
                .includes(List.of("example"))
                .excludes(List.of("x"))
                .maxTotalTime("1m")
                .acceptedStatusCodes("200-204,205-299")
                .build();

        assertEquals(plain.requestShape(), filteredAndBounded.requestShape());
        assertEquals(
                plain.requestShape().hashCode(),
                filteredAndBounded.requestShape().hashCode());
        assertEquals(Optional.empty(), filteredAndBounded.requestShape().maxTotalTime());
        assertTrue(filteredAndBounded.requestShape().linkFilter().isChecked("http://other.test/"));
        assertEquals(new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(30)), plain.retryPolicy());
        assertEquals(StatusCodes.parse("s", "200,201"), StatusCodes.parse("s", "200-201"));
        List.of(
                        CheckSettings.builder().mode("threads"),
                        CheckSettings.builder().concurrency("7"),
                        CheckSettings.builder().timeout("3s"),
                        CheckSettings.builder().slowThreshold("2s"),
                        CheckSettings.builder().maxRedirects("3"),
                        CheckSettings.builder().userAgent("other"),
                        CheckSettings.builder().acceptedStatusCodes("200-299,403"),
                        CheckSettings.builder().retries("1"),
                        CheckSettings.builder().maxRetryWait("5s"),
                        CheckSettings.builder().retryBackoff(Duration.ofMillis(5)),
                        CheckSettings.builder().maxConcurrencyPerHost("3"),
                        CheckSettings.builder().headers(List.of(RequestHeader.of("X-Token", "t", null))),
                        CheckSettings.builder()
                                .proxies(List.of(new ProxyConfig("http", "proxy.test", 3128, null, null, List.of()))),
                        CheckSettings.builder().checkFragments(true),
                        CheckSettings.builder().checkHttps(true))
                .forEach(other -> assertFalse(
                        plain.requestShape().equals(other.build().requestShape()), other.build()::toString));
    }

    @Test
    void withCheckHttpsTheRemapsArePartOfTheRequestShape() {
        List<String> remaps = List.of("^https://example\\.test/ -> https://127.0.0.1:8443/");
        assertEquals(
                Remaps.NONE,
                CheckSettings.builder().remaps(remaps).build().requestShape().remaps(),
                "screening alone applies them");
        CheckSettings upgrading =
                CheckSettings.builder().remaps(remaps).checkHttps(true).build();
        assertEquals(upgrading.remaps(), upgrading.requestShape().remaps(), "the https form is remapped in the check");
        assertFalse(upgrading
                .requestShape()
                .equals(CheckSettings.builder().checkHttps(true).build().requestShape()));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable parse) {
        assertEquals(
                expected, assertThrows(InvalidSettingException.class, parse).getMessage());
    }
}
