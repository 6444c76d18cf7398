package io.github.linkcheck.report;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.RunListener;
import io.github.linkcheck.core.Verdict;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Shows that a long run is alive: every {@code interval}, a line such as
 * {@code linkcheck: 4,500/10,000 checked, 3 broken, 12 in flight}. A run that ends within the first interval
 * prints nothing, and there is never a line per URL.
 */
public final class ProgressReport implements RunListener, AutoCloseable {

    /** How often a long run reports: often enough to show it is alive, seldom enough to keep logs short. */
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private final int total;
    private final AtomicInteger started = new AtomicInteger();
    private final AtomicInteger finished = new AtomicInteger();
    private final AtomicInteger broken = new AtomicInteger();
    private final ScheduledExecutorService timer;

    /**
     * @param total how many checks the run holds
     * @param output where the lines go; called from a timer thread
     */
    public ProgressReport(int total, Duration interval, Consumer<String> output) {
        this.total = total;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "linkcheck-progress");
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        timer.scheduleAtFixedRate(() -> output.accept(line()), millis, millis, TimeUnit.MILLISECONDS);
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

    /** For example {@code linkcheck: 4,500/10,000 checked, 3 broken, 12 in flight}. */
    String line() {
        int done = finished.get();
        return String.format(Locale.ROOT, "%s%,d/%,d checked, %,d broken, %,d in flight",
                ConsoleReport.PREFIX, done, total, broken.get(), Math.max(0, started.get() - done));
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
