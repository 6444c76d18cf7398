package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.InvalidUrlException;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.RunListener;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Launches the checks of a run as slots free up: at most {@code maxInFlight} at once in all, and at most
 * {@code maxPerHost} for any one host, so that one slow or throttling host cannot take every slot. Every
 * mode is scheduled by this one class; only the launcher differs.
 */
final class HostDispatcher {

    private final int maxInFlight;
    private final int maxPerHost;
    private final RunListener listener;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition slotFreed = lock.newCondition();
    private final Map<String, HostQueue> hosts = new HashMap<>();
    /** Hosts with waiting checks and a free host slot, each queued at most once. */
    private final Queue<HostQueue> ready = new ArrayDeque<>();
    private int inFlight;
    private int unfinished;

    HostDispatcher(int maxInFlight, int maxPerHost, RunListener listener) {
        this.maxInFlight = maxInFlight;
        this.maxPerHost = maxPerHost;
        this.listener = listener;
    }

    /**
     * Checks every target and returns their results in the targets' order.
     *
     * @param deadline when to stop waiting for checks; a target still unchecked then gets the deadline's
     *     {@linkplain RunDeadline#notChecked not checked} result
     */
    List<CheckResult> checkAll(List<LinkTarget> targets, CheckLauncher launcher, RunDeadline deadline)
            throws InterruptedException {
        List<CompletableFuture<CheckResult>> results = new ArrayList<>(targets.size());
        HostQueue[] hostOfTarget = new HostQueue[targets.size()];
        lock.lock();
        try {
            for (int i = 0; i < targets.size(); i++) {
                results.add(new CompletableFuture<>());
                HostQueue host = hosts.computeIfAbsent(hostOf(targets.get(i)), name -> new HostQueue());
                hostOfTarget[i] = host;
                host.waiting.add(i);
                makeReadyIfPossible(host);
            }
            unfinished = targets.size();
        } finally {
            lock.unlock();
        }
        launchAndAwait(targets, launcher, results, hostOfTarget, deadline);
        List<CheckResult> ordered = new ArrayList<>(targets.size());
        for (int i = 0; i < targets.size(); i++) {
            CompletableFuture<CheckResult> result = results.get(i);
            ordered.add(result.isDone() ? result.join() : deadline.notChecked(targets.get(i)));
        }
        return ordered;
    }

    private void launchAndAwait(
            List<LinkTarget> targets,
            CheckLauncher launcher,
            List<CompletableFuture<CheckResult>> results,
            HostQueue[] hostOfTarget,
            RunDeadline deadline) throws InterruptedException {
        List<Integer> batch = new ArrayList<>();
        while (true) {
            lock.lock();
            try {
                while (unfinished > 0 && (inFlight == maxInFlight || ready.isEmpty())) {
                    if (!deadline.isBounded()) {
                        // Unbounded here, but bounded by each check's request deadlines and retry waits.
                        slotFreed.await();
                    } else {
                        long left = deadline.nanosLeft();
                        if (left <= 0) {
                            return;
                        }
                        slotFreed.awaitNanos(left);
                    }
                }
                if (unfinished == 0) {
                    return;
                }
                while (inFlight < maxInFlight && !ready.isEmpty()) {
                    HostQueue host = ready.poll();
                    host.queued = false;
                    batch.add(host.waiting.poll());
                    host.inFlight++;
                    inFlight++;
                    makeReadyIfPossible(host);
                }
            } finally {
                lock.unlock();
            }
            // Launched outside the lock: a check may complete at once, on this thread, and report back.
            for (int index : batch) {
                HostQueue host = hostOfTarget[index];
                listener.started(targets.get(index));
                launcher.launch(targets.get(index)).whenComplete((result, failure) -> {
                    // The result first: once the last check reports finished, the results are read. The slot
                    // is freed whatever the listener does, or the run would wait for it for ever.
                    try {
                        if (failure == null) {
                            results.get(index).complete(result);
                            listener.finished(result);
                        } else {
                            results.get(index).completeExceptionally(failure);
                        }
                    } finally {
                        finished(host);
                    }
                });
            }
            batch.clear();
        }
    }

    private void finished(HostQueue host) {
        lock.lock();
        try {
            host.inFlight--;
            inFlight--;
            unfinished--;
            makeReadyIfPossible(host);
            slotFreed.signal();
        } finally {
            lock.unlock();
        }
    }

    private void makeReadyIfPossible(HostQueue host) {
        if (!host.queued && !host.waiting.isEmpty() && host.inFlight < maxPerHost) {
            host.queued = true;
            ready.add(host);
        }
    }

    /**
     * The host a target's requests go to first, as sent (an international name in punycode); URLs that cannot
     * be parsed share one key, and finish at once.
     */
    private static String hostOf(LinkTarget target) {
        try {
            String host = HttpUrls.parse(target.url()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (InvalidUrlException invalid) {
            return "";
        }
    }

    /** The checks of one host: those waiting for a slot, and how many are in flight. */
    private static final class HostQueue {
        private final Queue<Integer> waiting = new ArrayDeque<>();
        private int inFlight;
        private boolean queued;
    }
}
