package io.github.linkcheck.core;

import java.time.Duration;
import java.util.Optional;

/** Turns what a check ended in into a verdict. Every mode judges through this one class. */
public final class Classifier {

    private final Optional<Duration> slowThreshold;
    private final StatusCodes acceptedStatusCodes;

    public Classifier(CheckSettings settings) {
        this.slowThreshold = settings.slowThreshold();
        this.acceptedStatusCodes = settings.acceptedStatusCodes();
    }

    /**
     * Judges a check: broken unless it ended in an accepted status; then slow before moved, since a slow
     * link hurts readers now and a moved one only later.
     */
    public Verdict classify(Outcome outcome, Duration elapsed, boolean movedPermanently) {
        if (outcome instanceof Outcome.FileExists) {
            return Verdict.OK;
        }
        if (!(outcome instanceof Outcome.Status status) || !isAccepted(status.code())) {
            return Verdict.BROKEN;
        }
        if (slowThreshold.map(threshold -> elapsed.compareTo(threshold) > 0).orElse(false)) {
            return Verdict.SLOW;
        }
        return movedPermanently ? Verdict.MOVED : Verdict.OK;
    }

    /** Whether a final status means the link works. */
    public boolean isAccepted(int statusCode) {
        return acceptedStatusCodes.contains(statusCode);
    }
}
