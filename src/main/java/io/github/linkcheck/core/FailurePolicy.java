package io.github.linkcheck.core;

/**
 * Which results fail the build; the others are reported as warnings. A result that an {@code ignores} entry
 * excuses today fails nothing, whatever its verdict.
 *
 * @param failOnError broken URLs fail the build
 * @param failOnSlow slow URLs fail the build
 * @param failOnPermanentRedirect URLs that moved permanently fail the build
 * @param failOnInsecure http URLs whose https form works alike ({@link Verdict#INSECURE}) fail the build
 */
public record FailurePolicy(
        boolean failOnError, boolean failOnSlow, boolean failOnPermanentRedirect, boolean failOnInsecure) {

    /** A policy under which insecure links only warn, as they do by default. */
    public FailurePolicy(boolean failOnError, boolean failOnSlow, boolean failOnPermanentRedirect) {
        this(failOnError, failOnSlow, failOnPermanentRedirect, false);
    }

    public boolean fails(CheckResult result) {
        if (result.isIgnored()) {
            return false;
        }
        return switch (result.verdict()) {
            case OK, EXCLUDED, SKIPPED, NOT_CHECKED -> false;
            case SLOW -> failOnSlow;
            case MOVED -> failOnPermanentRedirect;
            case INSECURE -> failOnInsecure;
            case BROKEN -> failOnError;
        };
    }
}
