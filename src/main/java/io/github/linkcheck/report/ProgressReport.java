package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.Durations;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.RunListener;
import io.github.linkcheck.core.Verdict;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Shows that a long run is alive: every {@code interval}, a line such as
 * {@code linkcheck: 4,500/10,000 checked, 3 broken, 12 in flight, about 1 m 10 s left}. A run that ends within the
 * first interval prints nothing, and there is never a line per URL.
 */
public final class ProgressReport implements RunListener, AutoCloseable {

    /** How often a long run reports: often enough to show it is alive, seldom enough to keep logs short. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    /**
     * How many checks must be done, and which share of them (one in this many), before the pace says anything
     * of the time left: the first answers come from the quickest servers.
     */
    private static final int DONE_FOR_AN_ESTIMATE = 10;

    private static final int SHARE_DONE_FOR_AN_ESTIMATE = 20;

    private final int total;
    private final long startNanos = System.nanoTime();
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger broken = new AtomicInteger();
    private final AtomicInteger linesMade = new AtomicInteger();
    private final ScheduledExecutorService timer;

    /**
     * @param total how many checks the run holds
     * @param deadline the run's {@code maxTotalTime}, which bounds the time left
     * @param output where the lines go; called from a timer thread
     */
    public ProgressReport(int total, Duration interval, RunDeadline deadline, Consumer<String> output) {
        this.total = total;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "linkcheck-progress");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleAtFixedRate(
                () -> output.accept(line(Duration.ofNanos(System.nanoTime() - startNanos), deadline.nanosLeft())),
                millis,
                millis,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void started(LinkTarget target) {
        started.incrementAndGet();
    }

    @Override
    public void finished(CheckResult result) {
        if (result.verdict() == Verdict.BROKEN) {
            broken.incrementAndGet();
        }
        finished.incrementAndGet();
    }

    /**
     * For example {@code linkcheck: 4,500/10,000 checked, 3 broken, 12 in flight, about 1 m 10 s left}: the time
     * left at the pace so far, from the second line on, once enough is done to tell the pace; {@code at most ...
     * left (maxTotalTime)} when the deadline comes sooner; nothing when there is nothing sensible to say.
     *
     * @param elapsed since the checks started
     * @param nanosLeft before the deadline, {@code Long.MAX_VALUE} without one
     */
    String line(Duration elapsed, long nanosLeft) {
        int done = finished.get();
        String line = ConsoleReport.PREFIX + Counts.of(done) + "/" + Counts.of(total) + " checked, "
                + Counts.of(broken.get()) + " broken, " + Counts.of(Math.max(0, started.get() - done)) + " in flight";
        boolean firstLine = linesMade.getAndIncrement() == 0;
        int left = total - done;
        if (firstLine || left <= 0 || done < DONE_FOR_AN_ESTIMATE || (long) done * SHARE_DONE_FOR_AN_ESTIMATE < total) {
            return line;
        }
        double atThisPace = (double) elapsed.toNanos() * left / done;
        if (nanosLeft < atThisPace) {
            return nanosLeft < TimeUnit.SECONDS.toNanos(1)
                    ? line
                    : line + ", at most " + roughly(nanosLeft) + " left (maxTotalTime)";
        }
        return atThisPace < TimeUnit.SECONDS.toNanos(1)
                ? line
                : line + ", about " + roughly((long) atThisPace) + " left";
    }

    /** A time left in whole seconds, rounded up, so that a wait is never shown as none. */
    private static String roughly(long nanos) {
        long seconds = (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
        return seconds < 60 ? seconds + " s" : Durations.format(Duration.ofSeconds(seconds));
    }

    /** Stops the timer; no line is printed after this returns. */
    @Override
    public void close() {
        timer.shutdownNow();
        try {
            // A line being printed as the run ends finishes before the summary; the bound keeps a stuck
            // output from holding the build.
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
