package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.LinkTarget;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs each check on one of a fixed pool of platform threads, which blocks while it waits for the server.
 * The dispatcher never launches more checks than there are threads, so none waits in the pool's queue.
 */
final class ThreadPoolLauncher implements CheckLauncher {

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

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
