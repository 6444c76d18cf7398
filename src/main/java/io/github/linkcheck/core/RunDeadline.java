package io.github.linkcheck.core;

import java.time.Duration;
import java.util.Optional;

/**
 * The end of a run's {@code maxTotalTime}, whose clock starts once the sources are read, so that every
 * later step (filtering, the cache, the requests) stops at the same moment. Without {@code maxTotalTime}
 * it never passes.
 */
public final class RunDeadline {

    private final Optional<Duration> budget;
    private final long startNanos;
    private final long budgetNanos;

    private RunDeadline(Optional<Duration> budget) {
        this.budget = budget;
        this.startNanos = System.nanoTime();
        this.budgetNanos = budget.map(RunDeadline::saturatedNanos).orElse(Long.MAX_VALUE);
    }

    /** Starts the clock now. */
    public static RunDeadline start(Optional<Duration> maxTotalTime) {
        return new RunDeadline(maxTotalTime);
    }

    public boolean isBounded() {
        return budget.isPresent();
    }

    public boolean passed() {
        return nanosLeft() <= 0;
    }

    /** The time left, {@code Long.MAX_VALUE} when unbounded, zero or less once passed. */
    public long nanosLeft() {
        return isBounded() ? budgetNanos - (System.nanoTime() - startNanos) : Long.MAX_VALUE;
    }

    /** The result of a target that the run had no time left for. */
    public CheckResult notChecked(LinkTarget target) {
        String reason = "maxTotalTime of " + budget.map(Durations::format).orElse("none") + " reached";
        return CheckResult.notRequested(target, Verdict.NOT_CHECKED, new Outcome.NotRequested(reason));
    }

    /**
     * The text as a regular expression reads it, but ending the match once the deadline has passed: a
     * pattern that backtracks over a long URL cannot outlast the run.
     */
    CharSequence bound(CharSequence text) {
        return isBounded() ? new BoundText(text) : text;
    }

    private static long saturatedNanos(Duration duration) {
        try {
            return duration.toNanos();
        } catch (ArithmeticException beyondThreeCenturies) {
            return Long.MAX_VALUE;
        }
    }

    /** Thrown out of a match that the deadline cut short. */
    static final class Passed extends RuntimeException {
        Passed() {
            super("maxTotalTime reached", null, false, false);
        }
    }

    private final class BoundText implements CharSequence {
        /** Reading the clock on every character would slow every match down; this often is soon enough. */
        private static final int READS_PER_CLOCK_CHECK = 4096;

        private final CharSequence text;
        private int reads;

        BoundText(CharSequence text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            if (++reads % READS_PER_CLOCK_CHECK == 0 && passed()) {
                throw new Passed();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new BoundText(text.subSequence(start, end));
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
