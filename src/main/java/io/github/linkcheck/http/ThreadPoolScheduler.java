package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.LinkTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** One platform thread per request in flight: each thread checks one URL at a time, blocking while it waits. */
final class ThreadPoolScheduler implements Scheduler {

    private final int threads;

    ThreadPoolScheduler(int threads) {
        this.threads = threads;
    }

    @Override
    public List<CheckResult> checkAll(List<LinkTarget> targets, LinkChecker checker) throws InterruptedException {
        if (targets.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, targets.size()), workerThreads());
        try {
            List<Future<CheckResult>> pending = new ArrayList<>(targets.size());
            for (LinkTarget target : targets) {
                pending.add(pool.submit(() -> checker.check(target).join()));
            }
            List<CheckResult> results = new ArrayList<>(targets.size());
            for (Future<CheckResult> result : pending) {
                results.add(result.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a check failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static ThreadFactory workerThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "linkcheck-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
