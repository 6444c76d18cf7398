package io.github.linkcheck.core;

/** How much a result matters to the people reading a report. */
public enum Severity {
    /** It fails the build. */
    ERROR,
    /**
     * Something to fix that does not fail the build: slow, moved, insecure, not checked, or broken with failOnError
     * off.
     */
    WARNING,
    /**
     * A failure that an {@code ignores} entry excuses while it holds: listed with the entry's reason, it fails
     * nothing and warns of nothing.
     */
    IGNORED,
    /** Worth a line, nothing to fix: a URL left out by includes or excludes, or not requested offline. */
    INFO,
    /** Nothing to report: the link works, or is of a kind that is not checked. */
    NONE;

    public static Severity of(CheckResult result, FailurePolicy policy) {
        if (policy.fails(result)) {
            return ERROR;
        }
        if (result.isIgnored()) {
            return IGNORED;
        }
        return switch (result.verdict()) {
            case OK, SKIPPED -> NONE;
            case EXCLUDED -> INFO;
            // Offline, not requesting is what was asked for: the web links are counted, not warned about one by one.
            case NOT_CHECKED -> result.outcome() instanceof Outcome.Offline ? INFO : WARNING;
            case SLOW, MOVED, INSECURE, BROKEN -> WARNING;
        };
    }

    /** Whether the result needs fixing: it fails the build or is warned about. */
    public boolean isProblem() {
        return this == ERROR || this == WARNING;
    }

    /** Whether reports list the result on its own: a problem, or one an {@code ignores} entry excuses. */
    public boolean isListed() {
        return isProblem() || this == IGNORED;
    }
}
