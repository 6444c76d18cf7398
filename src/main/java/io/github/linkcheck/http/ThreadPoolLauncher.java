package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.Durations;
import io.github.linkcheck.core.LinkTarget;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each check on one of a fixed pool of platform threads, which blocks while it waits for the server.
 * The dispatcher never launches more checks than there are threads, so none waits in the pool's queue.
 */
final class ThreadPoolLauncher implements CheckLauncher {

    /** Far more than a worker needs to end once its requests are aborted. */
    private static final Duration WORKER_END_BOUND = Duration.ofSeconds(30);

    private final LinkChecker checker;
    private final ExecutorService pool;

    ThreadPoolLauncher(LinkChecker checker, int threads) {
        this.checker = checker;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "linkcheck-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public CompletableFuture<CheckResult> launch(LinkTarget target) {
        return CompletableFuture.supplyAsync(() -> checker.check(target).join(), pool);
    }

    /** Stops the workers and waits, within a bound, until they have ended, so that none outlives the run. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            if (!pool.awaitTermination(WORKER_END_BOUND.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("linkcheck worker threads still running "
                        + Durations.format(WORKER_END_BOUND) + " after the check ended");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
