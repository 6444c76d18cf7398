package io.github.linkcheck.run;

import io.github.linkcheck.core.CheckReport;
import io.github.linkcheck.core.CheckSettings;
import io.github.linkcheck.core.LinkTarget;
import io.github.linkcheck.core.RunDeadline;
import io.github.linkcheck.core.RunListener;
import io.github.linkcheck.http.CheckEngine;
import io.github.linkcheck.http.HostPacing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of a whole build: runs whose settings send the same requests and judge them alike (see
 * {@link CheckSettings#requestShape()}) share one {@link CheckEngine}, and so its HTTP clients, its politeness
 * budget and its results, each URL requested once for all of them. In a multi-module build configured in the
 * parent, that is every module. Runs configured otherwise get an engine of their own. Engines are set up on first
 * use and kept until {@link #close()}.
 *
 * <p>Thread-safe: runs of the modules of a parallel build may call it at once.
 */
public final class SharedLinkChecks implements LinkChecks, AutoCloseable {

    private final RunLog log;
    /** One for every engine: modules configured differently still pace each host together. */
    private final HostPacing pacing = new HostPacing();
    /** By request shape. Guarded by {@code this}. */
    private final Map<CheckSettings, CheckEngine> engines = new HashMap<>();
    /** Guarded by {@code this}. */
    private boolean closed;

    /** @param log where warnings about the engines as a whole go, such as threads that outlive them */
    public SharedLinkChecks(RunLog log) {
        this.log = log;
    }

    /**
     * Checks with the engine of these settings' request shape, each run waiting until its own deadline; the
     * report carries the run's own settings.
     *
     * @throws IllegalStateException once closed
     */
    @Override
    public CheckReport checkScreened(
            CheckSettings settings, List<LinkTarget> targets, RunListener listener, RunDeadline deadline)
            throws InterruptedException {
        CheckReport report = engineFor(settings).checkScreened(targets, listener, deadline);
        return new CheckReport(settings, report.results(), report.wallTime());
    }

    private synchronized CheckEngine engineFor(CheckSettings settings) {
        if (closed) {
            throw new IllegalStateException("the build's link checks are closed");
        }
        // Set up under the lock: a run that needs the engine being set up waits for it rather than make another.
        return engines.computeIfAbsent(
                settings.requestShape(),
                shape -> new CheckEngine(shape, pacing, warning -> log.warn("linkcheck: " + warning)));
    }

    /** Closes every engine: requests still in flight are aborted, threads stopped within a bound. */
    @Override
    public void close() {
        List<CheckEngine> open;
        synchronized (this) {
            closed = true;
            open = new ArrayList<>(engines.values());
            engines.clear();
        }
        // Outside the lock: closing waits for threads, and a run asking for an engine now must fail at once.
        open.forEach(CheckEngine::close);
    }
}
