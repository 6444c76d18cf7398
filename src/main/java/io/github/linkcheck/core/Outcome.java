package io.github.linkcheck.core;

/** What checking a URL ended in: a final HTTP status, or a failure that kept it from getting one. */
public sealed interface Outcome {

    /** A short description for people, for example {@code 404 Not Found} or {@code timeout: no response in 10 s}. */
    String describe();

    /** The final response's status line. */
    record Status(int code, String reason) implements Outcome {
        @Override
        public String describe() {
            return reason == null || reason.isBlank() ? Integer.toString(code) : code + " " + reason;
        }
    }

    /** A relative link's file or folder exists. */
    record FileExists() implements Outcome {
        @Override
        public String describe() {
            return "exists";
        }
    }

    /** The URL was deliberately not requested. */
    record NotRequested(String reason) implements Outcome {
        @Override
        public String describe() {
            return reason;
        }
    }

    /**
     * A web URL that was not requested because the run is offline (Maven's {@code -o}, or {@code offline}): the
     * network was not to be used, so nothing is known of it.
     */
    record Offline() implements Outcome {
        @Override
        public String describe() {
            return "offline, not requested";
        }
    }

    /** No usable final status: the request failed, or the URL could not be requested at all. */
    record Failure(ErrorKind kind, String detail) implements Outcome {
        @Override
        public String describe() {
            return detail == null || detail.isBlank() ? kind.label() : kind.label() + ": " + detail;
        }
    }
}
