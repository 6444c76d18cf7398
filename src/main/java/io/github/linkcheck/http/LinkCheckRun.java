package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;

import java.time.Duration;
import java.util.List;

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
        try (RunTimer timer = new RunTimer(settings.timeout());
                Transport transport = transport(settings, timer)) {
            LinkChecker checker = new LinkChecker(transport, settings);
            long start = System.nanoTime();
            List<CheckResult> results = scheduler(settings).checkAll(targets, checker);
            return new CheckReport(settings, results, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    private static Transport transport(CheckSettings settings, RunTimer timer) {
        return switch (settings.mode()) {
            case THREADS -> new ClassicTransport(settings, timer);
            case ASYNC -> new AsyncTransport(settings, timer);
        };
    }

    private static Scheduler scheduler(CheckSettings settings) {
        return switch (settings.mode()) {
            case THREADS -> new ThreadPoolScheduler(settings.concurrency());
            case ASYNC -> new InFlightLimitScheduler(settings.concurrency());
        };
    }
}
