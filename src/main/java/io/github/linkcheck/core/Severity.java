package io.github.linkcheck.core;

/** How much a result matters to the people reading a report. */
public enum Severity {
    /** It fails the build. */
    ERROR,
    /** Something to fix that does not fail the build: slow, moved, not checked, or broken with failOnError off. */
    WARNING,
    /**
     * A failure that an {@code ignores} entry excuses while it holds: listed with the entry's reason, it fails
     * nothing and warns of nothing.
     */
    IGNORED,
    /** Worth a line, nothing to fix: a URL left out by includes or excludes. */
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
            case SLOW, MOVED, BROKEN, NOT_CHECKED -> WARNING;
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
