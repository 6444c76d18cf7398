package io.github.linkcheck.core;

/**
 * Told as the checks of a run start and end, on whatever thread they do. Implementations are thread-safe,
 * return at once and do not throw: they run on the threads that carry the checks.
 */
public interface RunListener {

    /** Listens to nothing. */
    RunListener NONE = new RunListener() {
        @Override
        public void started(LinkTarget target) {}

        @Override
        public void finished(CheckResult result) {}
    };

    /** A check was launched: its first request is about to go out. */
    void started(LinkTarget target);

    /** A check ended with this result. */
    void finished(CheckResult result);

    /** Something about the run as a whole that the user should know, which is no link's result. */
    default void runWarning(String message) {}
}
