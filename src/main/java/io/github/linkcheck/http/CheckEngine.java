package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.RunListener;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Checks links for any number of runs, one after another or at once, with what a check needs set up once: one
 * HTTP client, one timer, one set of worker threads and one dispatcher. So that runs of one build (the modules
 * of a reactor, also under {@code -T}) behave as one run towards the servers:
 * <ul>
 * <li>{@code concurrency} and {@code maxConcurrencyPerHost} hold over every run together;
 * <li>each web URL (the exact string) is requested at most once: a run that asks for a URL another run has
 *     checked or is checking waits for that result, which it gets for its own target, with its own places;
 * <li>each run waits only until its own deadline; checks that other runs wait for go on without it.
 * </ul>
 * Links to local files are looked at for each run: that costs no request.
 *
 * <p>Thread-safe: {@link #checkScreened} may be called by several threads at once. The settings' {@code linkFilter}
 * and {@code maxTotalTime} play no part here: each run screens its links and brings its own deadline.
 */
public final class CheckEngine implements AutoCloseable {

    private final CheckSettings settings;
    private final RunTimer timer;
    private final Transport transport;
    private final CheckLauncher launcher;
    private final HostDispatcher dispatcher;

    private final ReentrantLock lock = new ReentrantLock();
    /** Every web URL asked for and not withdrawn, checked or being checked. Guarded by {@link #lock}. */
    private final Map<String, SharedCheck> checksByUrl = new HashMap<>();
    /** The calls waiting for results. Guarded by {@link #lock}. */
    private final Set<Caller> callers = new HashSet<>();
    /** Guarded by {@link #lock}. */
    private boolean closed;

    /**
     * Sets up the clients and threads; they stay until {@link #close()}.
     *
     * @param warnings told of what the user should know about the engine as a whole, such as threads that do
     *     not end when it closes
     */
    public CheckEngine(CheckSettings settings, Consumer<String> warnings) {
        this(settings, new HostPacing(), warnings);
    }

    /**
     * As {@link #CheckEngine(CheckSettings, Consumer)}, pacing requests with others that share {@code pacing}.
     *
     * @param pacing when each host was last sent a request, by this engine and any other that shares it
     */
    public CheckEngine(CheckSettings settings, HostPacing pacing, Consumer<String> warnings) {
        this.settings = settings;
        this.timer = new RunTimer(settings.timeout());
        this.transport = transport(settings, timer);
        this.launcher = launcher(settings, new LinkChecker(transport, pacing, settings), warnings);
        this.dispatcher = new HostDispatcher(settings.concurrency(), settings.maxConcurrencyPerHost(), launcher);
    }

    /**
     * Checks targets that {@link io.github.linkcheck.core.Screening} let through, each web URL once for the whole
     * engine, until the deadline, and returns their results in the targets' order, with this call's wall time.
     * The listener hears of this call's targets only, and of none once the call has returned: a target answered by
     * another call's check is heard of as it starts and ends, or at once when it had ended already.
     *
     * <p>Once the deadline has passed, the targets still unanswered get the deadline's
     * {@linkplain RunDeadline#notChecked not checked} result. Their checks that had not started and that no other
     * call waits for are dropped, so that they take no slot from calls still waiting and a later call requests
     * them afresh; those in flight go on to their end (bounded by the timeout and retries), since their requests
     * are already out and their results serve later calls.
     *
     * @throws InterruptedException when the calling thread is interrupted; as after the deadline, checks that only
     *     this call wanted and that had not started are dropped
     * @throws IllegalStateException when the engine is closed, or closes before every target is answered
     */
    public CheckReport checkScreened(List<LinkTarget> targets, RunListener listener, RunDeadline deadline)
            throws InterruptedException {
        long start = System.nanoTime();
        Caller caller = new Caller(targets, listener);
        join(caller);
        try {
            caller.awaitAnswers(deadline);
        } finally {
            leave(caller);
        }
        return new CheckReport(settings, caller.results(deadline), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Ties each target of the call to the check of its URL, submitting the checks no call asked for yet. */
    private void join(Caller caller) {
        List<Runnable> alreadyUnderWay = new ArrayList<>();
        List<SharedCheck> toSubmit = new ArrayList<>();
        lock.lock();
        try {
            if (closed) {
                throw new IllegalStateException("the link check engine is closed");
            }
            callers.add(caller);
            for (int index = 0; index < caller.targets.size(); index++) {
                LinkTarget target = caller.targets.get(index);
                boolean shared = target.localFile() == null;
                SharedCheck check = shared ? checksByUrl.get(sharingKey(target)) : null;
                if (check == null) {
                    check = new SharedCheck(target);
                    if (shared) {
                        checksByUrl.put(sharingKey(target), check);
                    }
                    toSubmit.add(check);
                }
                caller.checks[index] = check;
                alreadyUnderWay.add(check.add(new Interest(caller, index)));
            }
        } finally {
            lock.unlock();
        }
        // Outside the lock: a check that starts takes it, so the first requests go out while the rest are
        // submitted, rather than after all of them (seconds for 100,000 URLs).
        toSubmit.forEach(dispatcher::submit);
        // Outside the lock: listeners are the caller's code.
        alreadyUnderWay.forEach(Runnable::run);
    }

    /**
     * What makes two web links one check: the URL requested, and its {@code #fragment} only when fragments are
     * checked, since otherwise {@code page#a} and {@code page#b} send the same requests and get the same verdict.
     * With {@code checkHttps}, a remapped link also by the URL as written, whose https form is tried: two links
     * written differently ({@code http://} and {@code https://}) that a remap sends to one address are not one.
     */
    private String sharingKey(LinkTarget target) {
        String requested = withoutUncheckedFragment(target.checkedUrl());
        return settings.checkHttps() && target.checkedAs() != null
                ? withoutUncheckedFragment(target.url()) + " -> " + requested
                : requested;
    }

    private String withoutUncheckedFragment(String url) {
        int fragment = url.indexOf('#');
        return settings.checkFragments() || fragment < 0 ? url : url.substring(0, fragment);
    }

    /** Stops telling the call anything, and drops the checks nobody waits for any more that have not started. */
    private void leave(Caller caller) {
        caller.leave();
        lock.lock();
        try {
            callers.remove(caller);
            for (SharedCheck check : caller.checks) {
                if (check != null && check.withdraw(caller) && dispatcher.withdraw(check)) {
                    checksByUrl.remove(sharingKey(check.target), check);
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Aborts the requests in flight and stops the engine's threads, waiting for them within a bound. Calls still
     * waiting end with an {@link IllegalStateException}.
     */
    @Override
    public void close() {
        List<Caller> waiting;
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            waiting = List.copyOf(callers);
        } finally {
            lock.unlock();
        }
        dispatcher.close();
        waiting.forEach(Caller::abandon);
        // Before the launcher waits for its threads: closing the transport aborts the requests they wait for.
        transport.close();
        launcher.close();
        timer.close();
    }

    private static Transport transport(CheckSettings settings, RunTimer timer) {
        return switch (settings.mode()) {
            case THREADS, VIRTUAL -> new ClassicTransport(settings, timer);
            case ASYNC -> new AsyncTransport(settings, timer);
        };
    }

    private static CheckLauncher launcher(CheckSettings settings, LinkChecker checker, Consumer<String> warnings) {
        return switch (settings.mode()) {
            case THREADS -> ExecutorLauncher.platformThreads(checker, settings.concurrency(), warnings);
            case VIRTUAL -> ExecutorLauncher.virtualThreads(checker, warnings);
            // The asynchronous client never blocks: its checks start on the dispatching thread.
            case ASYNC ->
                new CheckLauncher() {
                    @Override
                    public CompletableFuture<CheckResult> launch(LinkTarget target) {
                        return checker.check(target);
                    }

                    @Override
                    public void close() {
                        // Holds no threads of its own: the transport's reactor carries the checks.
                    }
                };
        };
    }

    /**
     * The one check of a URL, and the calls waiting for it. Its fields are guarded by the engine's lock; the
     * calls are told outside it.
     */
    private final class SharedCheck implements HostDispatcher.Job {

        /** The target of the call that asked first: its places are replaced by each call's own. */
        private final LinkTarget target;

        private final List<Interest> waiting = new ArrayList<>();
        private boolean started;
        private boolean ended;
        private CheckResult result;
        private Throwable failure;

        SharedCheck(LinkTarget target) {
            this.target = target;
        }

        @Override
        public LinkTarget target() {
            return target;
        }

        /** Adds a call's interest, and returns what that call is to be told at once of the check so far. */
        Runnable add(Interest interest) {
            if (ended) {
                CheckResult endedWith = result;
                Throwable failedWith = failure;
                return () -> interest.answer(endedWith, failedWith);
            }
            waiting.add(interest);
            return started ? interest::started : () -> {};
        }

        /** Removes a call's interest; returns whether the check has not started and nobody waits for it now. */
        boolean withdraw(Caller caller) {
            waiting.removeIf(interest -> interest.caller == caller);
            return waiting.isEmpty() && !started && !ended;
        }

        @Override
        public void starting() {
            List<Interest> told;
            lock.lock();
            try {
                started = true;
                told = List.copyOf(waiting);
            } finally {
                lock.unlock();
            }
            told.forEach(Interest::started);
        }

        @Override
        public void ended(CheckResult endedWith, Throwable failedWith) {
            List<Interest> told;
            lock.lock();
            try {
                ended = true;
                result = endedWith;
                failure = failedWith;
                told = List.copyOf(waiting);
                waiting.clear();
            } finally {
                lock.unlock();
            }
            told.forEach(interest -> interest.answer(endedWith, failedWith));
        }
    }

    /** A call's wish for the result of one of its targets. */
    private record Interest(Caller caller, int index) {

        void started() {
            caller.started(index);
        }

        void answer(CheckResult result, Throwable failure) {
            caller.answer(index, result, failure);
        }
    }

    /**
     * One call of {@link #checkScreened}: its targets, its listener and the results it has so far. Its state is
     * guarded by its own lock, which is held while its listener is told, so that nothing is told after it left.
     */
    private static final class Caller {

        private final List<LinkTarget> targets;
        private final RunListener listener;
        /** The check of each target. Guarded by the engine's lock, not this call's. */
        private final SharedCheck[] checks;

        private final CheckResult[] results;
        private final boolean[] toldStarted;
        private final CountDownLatch unanswered;
        private Throwable failure;
        private RuntimeException listenerFailure;
        private boolean left;
        private boolean abandoned;

        Caller(List<LinkTarget> targets, RunListener listener) {
            this.targets = List.copyOf(targets);
            this.listener = listener;
            this.checks = new SharedCheck[targets.size()];
            this.results = new CheckResult[targets.size()];
            this.toldStarted = new boolean[targets.size()];
            this.unanswered = new CountDownLatch(targets.size());
        }

        synchronized void started(int index) {
            if (!left && !toldStarted[index]) {
                toldStarted[index] = true;
                tell(() -> listener.started(targets.get(index)));
            }
        }

        /** Keeps the result for this call's own target, telling the listener; a call that left keeps nothing. */
        synchronized void answer(int index, CheckResult shared, Throwable failed) {
            if (left) {
                return;
            }
            try {
                if (failed != null) {
                    failure = failed;
                } else {
                    results[index] = shared.withTarget(targets.get(index));
                    // A call that joined a check in flight may be answered before it was told of the start.
                    started(index);
                    tell(() -> listener.finished(results[index]));
                }
            } finally {
                unanswered.countDown();
            }
        }

        /**
         * A listener that fails must not cost other calls their results, nor this call its own, nor the engine
         * its threads: its first failure is kept, to be told as a warning on this call's own thread.
         */
        private void tell(Runnable news) {
            try {
                news.run();
            } catch (RuntimeException failed) {
                if (listenerFailure == null) {
                    listenerFailure = failed;
                }
            }
        }

        void awaitAnswers(RunDeadline deadline) throws InterruptedException {
            if (deadline.isBounded()) {
                unanswered.await(deadline.nanosLeft(), TimeUnit.NANOSECONDS);
            } else {
                // Unbounded here, but bounded by each check's request deadlines and retry waits.
                unanswered.await();
            }
        }

        synchronized void leave() {
            left = true;
        }

        /** Ends the wait of a call that the engine closed under. */
        void abandon() {
            synchronized (this) {
                abandoned = !left && unanswered.getCount() > 0;
            }
            while (unanswered.getCount() > 0) {
                unanswered.countDown();
            }
        }

        /** The results in the targets' order, those not answered in time not checked. */
        synchronized List<CheckResult> results(RunDeadline deadline) {
            if (abandoned) {
                throw new IllegalStateException("the link check engine closed before every link was checked");
            }
            if (failure != null) {
                throw new IllegalStateException("a link check failed", failure);
            }
            if (listenerFailure != null) {
                listener.runWarning("the progress of the check could not be reported: " + listenerFailure);
            }
            List<CheckResult> ordered = new ArrayList<>(targets.size());
            for (int i = 0; i < targets.size(); i++) {
                ordered.add(results[i] != null ? results[i] : deadline.notChecked(targets.get(i)));
            }
            return ordered;
        }
    }
}
