package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.RunListener;
import io.github.linkcheck.core.Screening;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Checks a list of URLs with the configured mode: the entry point of the check pipeline. */
public final class LinkCheckRun {

    private LinkCheckRun() {}

    /**
     * Checks every target once and returns their results in the targets' order.
     *
     * @param targets distinct URLs, see {@link io.github.linkcheck.core.LinkTargets#distinct}
     * @throws InterruptedException when the calling thread is interrupted; requests in flight are aborted
     */
    public static CheckReport run(CheckSettings settings, List<LinkTarget> targets) throws InterruptedException {
        return run(settings, targets, RunListener.NONE);
    }

    /**
     * Screens every target, checks those that pass once, telling the listener as checks start and end, and
     * returns every result in the targets' order; {@code maxTotalTime} counts from this call.
     *
     * @throws InterruptedException when the calling thread is interrupted; requests in flight are aborted
     */
    public static CheckReport run(CheckSettings settings, List<LinkTarget> targets, RunListener listener)
            throws InterruptedException {
        RunDeadline deadline = RunDeadline.start(settings.maxTotalTime());
        return Screening.checkAll(settings, targets, deadline, admitted -> runScreened(settings, admitted, listener, deadline));
    }

    /**
     * Checks targets that {@link Screening} let through, each once, until the deadline the screening ran
     * under, and returns their results in the targets' order.
     *
     * @throws InterruptedException when the calling thread is interrupted; requests in flight are aborted
     */
    public static CheckReport runScreened(CheckSettings settings, List<LinkTarget> targets, RunListener listener,
            RunDeadline deadline) throws InterruptedException {
        try (RunTimer timer = new RunTimer(settings.timeout());
                Transport transport = transport(settings, timer);
                CheckLauncher launcher = launcher(settings, new LinkChecker(transport, settings), listener)) {
            long start = System.nanoTime();
            List<CheckResult> results = new HostDispatcher(settings.concurrency(), settings.maxConcurrencyPerHost(), listener)
                    .checkAll(targets, launcher, deadline);
            Duration wallTime = Duration.ofNanos(System.nanoTime() - start);
            // Before the launcher waits for its threads: closing aborts requests still in flight, which
            // there are when maxTotalTime ended the run. Closing twice is harmless.
            transport.close();
            return new CheckReport(settings, results, wallTime);
        }
    }

    private static Transport transport(CheckSettings settings, RunTimer timer) {
        return switch (settings.mode()) {
            case THREADS, VIRTUAL -> new ClassicTransport(settings, timer);
            case ASYNC -> new AsyncTransport(settings, timer);
        };
    }

    private static CheckLauncher launcher(CheckSettings settings, LinkChecker checker, RunListener listener) {
        return switch (settings.mode()) {
            case THREADS -> ExecutorLauncher.platformThreads(checker, settings.concurrency(), listener);
            case VIRTUAL -> ExecutorLauncher.virtualThreads(checker, listener);
            // The asynchronous client never blocks: its checks start on the dispatching thread.
            case ASYNC -> new CheckLauncher() {
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
}
