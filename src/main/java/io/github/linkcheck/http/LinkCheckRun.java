package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.RunListener;
import io.github.linkcheck.core.Screening;

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
        return Screening.checkAll(
                settings, targets, deadline, admitted -> runScreened(settings, admitted, listener, deadline));
    }

    /**
     * Checks targets that {@link Screening} let through, each once, until the deadline the screening ran
     * under, and returns their results in the targets' order.
     *
     * @throws InterruptedException when the calling thread is interrupted; requests in flight are aborted
     */
    public static CheckReport runScreened(
            CheckSettings settings, List<LinkTarget> targets, RunListener listener, RunDeadline deadline)
            throws InterruptedException {
        // An engine of its own, whose closing aborts the requests still in flight when maxTotalTime ended the run.
        try (CheckEngine engine = new CheckEngine(settings, listener::runWarning)) {
            return engine.checkScreened(targets, listener, deadline);
        }
    }
}
