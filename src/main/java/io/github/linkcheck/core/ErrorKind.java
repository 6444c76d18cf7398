package io.github.linkcheck.core;

/** Why a URL could not be judged by an HTTP status. */
public enum ErrorKind {
    INVALID_URL("invalid URL"),
    FILE_NOT_FOUND("file not found"),
    FRAGMENT_NOT_FOUND("fragment not found"),
    UNKNOWN_HOST("unknown host"),
    CONNECTION_REFUSED("connection refused"),
    TIMEOUT("timeout"),
    TLS_FAILURE("TLS failure"),
    CONNECTION_FAILED("connection failed"),
    PROTOCOL_ERROR("protocol error"),
    TOO_MANY_REDIRECTS("too many redirects"),
    REDIRECT_LOOP("redirect loop"),
    INVALID_REDIRECT("invalid redirect"),
    REQUEST_FAILED("request failed");

    private final String label;

    ErrorKind(String label) {
        this.label = label;
    }

    /** The words shown to users, for example {@code connection refused}. */
    public String label() {
        return label;
    }
}
