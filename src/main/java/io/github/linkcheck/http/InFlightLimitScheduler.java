package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckResult;
import io.github.linkcheck.core.LinkTarget;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Starts checks from the calling thread without waiting for them, keeping at most a fixed number in
 * flight; the asynchronous client's reactor threads carry them to their end.
 */
final class InFlightLimitScheduler implements Scheduler {

    private final int maxInFlight;

    InFlightLimitScheduler(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    @Override
    public List<CheckResult> checkAll(List<LinkTarget> targets, LinkChecker checker) throws InterruptedException {
        Semaphore inFlight = new Semaphore(maxInFlight);
        List<CompletableFuture<CheckResult>> pending = new ArrayList<>(targets.size());
        for (LinkTarget target : targets) {
            // Every check ends within its requests' deadlines, so this wait is bounded.
            inFlight.acquire();
            pending.add(checker.check(target).whenComplete((result, failure) -> inFlight.release()));
        }
        List<CheckResult> results = new ArrayList<>(targets.size());
        for (CompletableFuture<CheckResult> result : pending) {
            results.add(result.join());
        }
        return results;
    }
}
