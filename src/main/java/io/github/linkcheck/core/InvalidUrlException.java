package io.github.linkcheck.core;

/** A URL that cannot be requested; the message says why, in words for the user. */
public final class InvalidUrlException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidUrlException(String reason) {
        super(reason);
    }
}
