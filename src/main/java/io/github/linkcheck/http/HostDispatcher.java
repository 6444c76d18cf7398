package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.HttpUrls;
import io.github.linkcheck.core.InvalidUrlException;
import io.github.linkcheck.core.LinkTarget;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Launches checks as slots free up: at most {@code maxInFlight} at once in all, and at most {@code maxPerHost}
 * for any one host, so that one slow or throttling host cannot take every slot. Every mode is scheduled by this
 * one class; only the launcher differs. Checks may be submitted from any number of threads: the limits hold over
 * all of them together.
 *
 * <p>One thread of its own launches the checks. A check that completes while it is launched (an invalid URL
 * in async mode) only frees its slot and signals that thread, so that thousands of them cannot nest launches
 * in one another's completions.
 */
final class HostDispatcher implements AutoCloseable {

    /** Far more than the dispatching thread needs to notice that it is to stop: it never blocks while launching. */
    private static final Duration END_BOUND = Duration.ofSeconds(5);

    /** A check to launch, told when it starts and how it ended. */
    interface Job {

        LinkTarget target();

        /** Called on the dispatching thread just before the check is launched. */
        void starting();

        /** Called with the result, or the failure of a launch, on whatever thread the check ends on. */
        void ended(CheckResult result, Throwable failure);
    }

    private final int maxInFlight;
    private final int maxPerHost;
    private final CheckLauncher launcher;
    private final Thread dispatching;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition launchable = lock.newCondition();
    private final Map<String, HostQueue> hosts = new HashMap<>();
    /** Hosts with waiting checks and a free host slot, each queued at most once. */
    private final Queue<HostQueue> ready = new ArrayDeque<>();

    private int inFlight;
    private boolean closed;

    HostDispatcher(int maxInFlight, int maxPerHost, CheckLauncher launcher) {
        this.maxInFlight = maxInFlight;
        this.maxPerHost = maxPerHost;
        this.launcher = launcher;
        this.dispatching = new Thread(this::dispatch, "linkcheck-dispatcher");
        dispatching.setDaemon(true);
        dispatching.start();
    }

    /** Queues a check behind the others of its host; it is launched once slots allow. */
    void submit(Job job) {
        // Parsed before taking the lock, which the dispatching thread needs to launch what is already queued.
        String hostName = hostOf(job.target());
        lock.lock();
        try {
            HostQueue host = hosts.computeIfAbsent(hostName, name -> new HostQueue());
            host.waiting.add(job);
            makeReadyIfPossible(host);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes a check out of its queue when it has not been launched yet.
     *
     * @return whether it was still waiting: if so it will never be launched; if not it is launched or ended
     */
    boolean withdraw(Job job) {
        String hostName = hostOf(job.target());
        lock.lock();
        try {
            HostQueue host = hosts.get(hostName);
            return host != null && host.waiting.remove(job);
        } finally {
            lock.unlock();
        }
    }

    private void dispatch() {
        List<Launch> batch = new ArrayList<>();
        while (true) {
            lock.lock();
            try {
                while (!closed && (inFlight == maxInFlight || ready.isEmpty())) {
                    // Unbounded here, but every check in flight is bounded by its request deadlines and retry
                    // waits, and close() ends the wait.
                    launchable.awaitUninterruptibly();
                }
                if (closed) {
                    return;
                }
                while (inFlight < maxInFlight && !ready.isEmpty()) {
                    HostQueue host = ready.poll();
                    host.queued = false;
                    // Empty when every check it held was withdrawn after the host became ready.
                    Job job = host.next();
                    if (job != null) {
                        batch.add(new Launch(job, host));
                        host.inFlight++;
                        inFlight++;
                        makeReadyIfPossible(host);
                    }
                }
            } finally {
                lock.unlock();
            }
            // Launched outside the lock: a check may complete at once, on this thread, and report back.
            batch.forEach(this::launch);
            batch.clear();
        }
    }

    private void launch(Launch launch) {
        CompletableFuture<CheckResult> check;
        try {
            launch.job.starting();
            check = launcher.launch(launch.job.target());
        } catch (RuntimeException failure) {
            // The job hears of it as of any failure; this thread must go on launching the others.
            check = CompletableFuture.failedFuture(failure);
        }
        check.whenComplete((result, failure) -> {
            // The slot is freed whatever the job does with the result, or the checks behind it would wait for ever.
            try {
                launch.job.ended(result, failure);
            } finally {
                finished(launch.host);
            }
        });
    }

    private void finished(HostQueue host) {
        lock.lock();
        try {
            host.inFlight--;
            inFlight--;
            makeReadyIfPossible(host);
            launchable.signal();
        } finally {
            lock.unlock();
        }
    }

    private void makeReadyIfPossible(HostQueue host) {
        if (!host.queued && !host.waiting.isEmpty() && host.inFlight < maxPerHost) {
            host.queued = true;
            ready.add(host);
            launchable.signal();
        }
    }

    /**
     * Stops launching; checks still queued are never launched, and those in flight go on until the launcher
     * stops them. Waits, within a bound, for the dispatching thread to end, which it does at once.
     */
    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            launchable.signal();
        } finally {
            lock.unlock();
        }
        try {
            dispatching.join(END_BOUND.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The host a target's requests go to first, as sent (an international name in punycode); URLs that cannot
     * be parsed share one key, and finish at once.
     */
    private static String hostOf(LinkTarget target) {
        try {
            String host = HttpUrls.parse(target.checkedUrl()).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (InvalidUrlException invalid) {
            return "";
        }
    }

    private record Launch(Job job, HostQueue host) {}

    /** The checks of one host: those waiting for a slot, in the order submitted, and how many are in flight. */
    private static final class HostQueue {
        /** A set, so that a withdrawn check leaves at once rather than when its turn comes. */
        private final LinkedHashSet<Job> waiting = new LinkedHashSet<>();

        private int inFlight;
        private boolean queued;

        /** Takes the check that waited longest, or returns {@code null} when none waits. */
        private Job next() {
            Iterator<Job> first = waiting.iterator();
            if (!first.hasNext()) {
                return null;
            }
            Job job = first.next();
            first.remove();
            return job;
        }
    }
}
