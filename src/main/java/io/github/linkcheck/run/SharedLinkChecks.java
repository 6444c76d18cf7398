package io.github.linkcheck.run;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.RunListener;

import java.util.List;

/** PLACEHOLDER until i-engine lands: replaced by the engine's shared checks at merge. */
public final class SharedLinkChecks implements LinkChecks, AutoCloseable {

    public SharedLinkChecks(RunLog log) {}

    @Override
    public CheckReport checkScreened(CheckSettings settings, List<LinkTarget> targets, RunListener listener,
            RunDeadline deadline) throws InterruptedException {
        return PER_RUN.checkScreened(settings, targets, listener, deadline);
    }

    @Override
    public void close() {}
}
