package io.github.linkcheck.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(2, Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void retriesWhatServersAndNetworksRecoverFrom() {
        for (int status : new int[] {429, 502, 503, 504}) {
            assertTrue(policy.isTransient(status), "status " + status);
        }
        for (int status : new int[] {200, 400, 403, 404, 410, 500, 501}) {
            assertFalse(policy.isTransient(status), "status " + status);
        }
        assertTrue(policy.isTransient(new Outcome.Failure(ErrorKind.TIMEOUT, "")));
        assertTrue(policy.isTransient(new Outcome.Failure(ErrorKind.CONNECTION_REFUSED, "")));
        assertTrue(policy.isTransient(new Outcome.Failure(ErrorKind.CONNECTION_FAILED, "")));
        assertFalse(policy.isTransient(new Outcome.Failure(ErrorKind.UNKNOWN_HOST, "")));
        assertFalse(policy.isTransient(new Outcome.Failure(ErrorKind.TLS_FAILURE, "")));
        assertFalse(policy.isTransient(new Outcome.Failure(ErrorKind.INVALID_URL, "")));
    }

    @Test
    void backsOffExponentiallyWithJitter() {
        for (int i = 0; i < 200; i++) {
            Duration first = policy.delayBefore(1, Optional.empty());
            Duration third = policy.delayBefore(3, Optional.empty());
            assertTrue(
                    first.compareTo(Duration.ofMillis(500)) >= 0 && first.compareTo(Duration.ofSeconds(1)) <= 0,
                    first.toString());
            assertTrue(
                    third.compareTo(Duration.ofSeconds(2)) >= 0 && third.compareTo(Duration.ofSeconds(4)) <= 0,
                    third.toString());
        }
        assertEquals(Duration.ofSeconds(30), policy.delayBefore(10, Optional.empty()));
    }

    @Test
    void honoursRetryAfterUpToTheLongestWait() {
        assertEquals(Duration.ofSeconds(7), policy.delayBefore(1, Optional.of(Duration.ofSeconds(7))));
        assertEquals(Duration.ofSeconds(30), policy.delayBefore(1, Optional.of(Duration.ofHours(1))));
    }
}
