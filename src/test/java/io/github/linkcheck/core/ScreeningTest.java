package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

class ScreeningTest {

    @Test
    void aLongTokenIsMaskedBeforeATooLongUrlIsShortened() throws InterruptedException {
        String token = "eyJ" + "A".repeat(300);
        String url = "https://" + token + "@example.org/" + "a".repeat(HttpUrls.MAX_LENGTH);
        CheckReport report = Screening.checkAll(
                CheckSettings.builder().build(),
                List.of(LinkTarget.of(url, Origin.entry("urls entry 1"))),
                RunDeadline.start(Optional.empty()),
                admitted -> new CheckReport(CheckSettings.builder().build(), List.of(), java.time.Duration.ZERO));
        CheckResult tooLong = report.results().get(0);
        assertEquals(Verdict.BROKEN, tooLong.verdict());
        assertFalse(tooLong.target().url().contains(token), tooLong.target().url());
        assertTrue(
                tooLong.target().url().startsWith("https://****@example.org/aaa"),
                tooLong.target().url());
    }
}
