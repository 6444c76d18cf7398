package io.github.linkcheck.run;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.RunListener;
import io.github.linkcheck.http.LinkCheckRun;

import java.util.List;

/**
 * Sends the requests of a run: checks links already screened, each once, until the deadline. The part of a run
 * that schedules requests and holds HTTP clients, so that several runs can be given one that they share:
 * {@link SharedLinkChecks}. Implementations are thread-safe.
 */
@FunctionalInterface
public interface LinkChecks {

    /** A client and a scheduler of their own for every call, closed when it returns. */
    LinkChecks PER_RUN = LinkCheckRun::runScreened;

    /**
     * Returns the results in the targets' order.
     *
     * @throws InterruptedException when the calling thread is interrupted; requests in flight are aborted
     */
    CheckReport checkScreened(
            CheckSettings settings, List<LinkTarget> targets, RunListener listener, RunDeadline deadline)
            throws InterruptedException;
}
