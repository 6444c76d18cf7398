package io.github.linkcheck.http;

import io.github.linkcheck.core.Durations;

import java.io.InterruptedIOException;
import java.time.Duration;

/** A request was cut off because no response head came within the timeout. */
final class RequestTimeoutException extends InterruptedIOException {

    private static final long serialVersionUID = 1L;

    RequestTimeoutException(Duration timeout) {
        super("no response within " + Durations.format(timeout));
    }
}
