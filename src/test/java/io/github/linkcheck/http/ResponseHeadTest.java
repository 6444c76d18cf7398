package io.github.linkcheck.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

class ResponseHeadTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void readsRetryAfterInSecondsOrAsAnHttpDate() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), retryAfter("120"));
        assertEquals(Optional.of(Duration.ofSeconds(90)), retryAfter("Wed, 25 Nov 2026 10:01:30 GMT"));
        assertEquals(Optional.of(Duration.ZERO), retryAfter("Wed, 25 Nov 2026 09:00:00 GMT"));
        assertEquals(Optional.empty(), retryAfter("soon"));
        assertEquals(Optional.empty(), retryAfter("99999999999999"));
        assertEquals(Optional.empty(), retryAfter(null));
    }

    private static Optional<Duration> retryAfter(String header) {
        return new ResponseHead(429, "Too Many Requests", null, header, null).retryAfterDelay(NOW);
    }
}
