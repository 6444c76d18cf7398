package io.github.linkcheck.maven;

import io.github.linkcheck.run.ReactorState;
import io.github.linkcheck.run.RunLog;

import org.apache.maven.execution.ExecutionEvent;
import org.apache.maven.execution.ExecutionListener;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The build a goal runs in, and the {@link ReactorState} its modules share: one per Maven session, created by
 * the first module that checks and finished when Maven ends the session, after the last module, whichever
 * failed, and before Maven prints the build's result. Maven hands every module of a build, also under
 * {@code -T}, the same execution request, whose execution listener Maven asks for each event: the state is
 * keyed by the request, and the listener is wrapped to hear the session end.
 *
 * <p>Outside a Maven session (a test harness's mock one) the state lives as long as one goal's execution.
 */
final class BuildScope {

    /**
     * The states of the builds under way; released as each ends, so a long-lived Maven (mvnd) holds none. Tests
     * end the builds their goals left open, as Maven would.
     */
    static final Map<MavenExecutionRequest, ReactorState> BUILDS = new IdentityHashMap<>();

    private final ReactorState state;
    private final boolean ownExecution;
    private final RunLog log;

    private BuildScope(ReactorState state, boolean ownExecution, RunLog log) {
        this.state = state;
        this.ownExecution = ownExecution;
        this.log = log;
    }

    /**
     * The scope of the build the session belongs to, created with {@code create} if this is the build's first
     * module to check.
     *
     * @param log where the end of the build is told: the log of the first module to check
     */
    static BuildScope join(MavenSession session, Supplier<ReactorState> create, RunLog log) {
        MavenExecutionRequest request = session == null ? null : session.getRequest();
        if (request == null) {
            return new BuildScope(create.get(), true, log);
        }
        synchronized (BUILDS) {
            ReactorState state = BUILDS.get(request);
            if (state == null) {
                state = create.get();
                BUILDS.put(request, state);
                request.setExecutionListener(new EndOfBuild(request, request.getExecutionListener(), state, log));
            }
            return new BuildScope(state, false, log);
        }
    }

    ReactorState state() {
        return state;
    }

    /** A goal's execution is over: a state that is its own ends with it. */
    void leave() {
        if (ownExecution) {
            state.finish();
        }
    }

    /** Hears the end of the session and finishes the build's state there, then tells Maven's own listener. */
    private static final class EndOfBuild implements ExecutionListener {

        private final MavenExecutionRequest request;
        private final ExecutionListener maven;
        private final ReactorState state;
        private final RunLog log;

        EndOfBuild(MavenExecutionRequest request, ExecutionListener maven, ReactorState state, RunLog log) {
            this.request = request;
            this.maven = maven;
            this.state = state;
            this.log = log;
        }

        @Override
        public void sessionEnded(ExecutionEvent event) {
            try {
                state.finish();
            } catch (RuntimeException e) {
                // Every module has passed or failed already: the build's end must reach Maven's own listener.
                log.warn("linkcheck: the end of the build's check failed: " + e);
            } finally {
                synchronized (BUILDS) {
                    BUILDS.remove(request);
                }
                tell(() -> maven.sessionEnded(event));
            }
        }

        private void tell(Runnable event) {
            if (maven != null) {
                event.run();
            }
        }

        @Override
        public void projectDiscoveryStarted(ExecutionEvent event) {
            tell(() -> maven.projectDiscoveryStarted(event));
        }

        @Override
        public void sessionStarted(ExecutionEvent event) {
            tell(() -> maven.sessionStarted(event));
        }

        @Override
        public void projectSkipped(ExecutionEvent event) {
            tell(() -> maven.projectSkipped(event));
        }

        @Override
        public void projectStarted(ExecutionEvent event) {
            tell(() -> maven.projectStarted(event));
        }

        @Override
        public void projectSucceeded(ExecutionEvent event) {
            tell(() -> maven.projectSucceeded(event));
        }

        @Override
        public void projectFailed(ExecutionEvent event) {
            tell(() -> maven.projectFailed(event));
        }

        @Override
        public void mojoSkipped(ExecutionEvent event) {
            tell(() -> maven.mojoSkipped(event));
        }

        @Override
        public void mojoStarted(ExecutionEvent event) {
            tell(() -> maven.mojoStarted(event));
        }

        @Override
        public void mojoSucceeded(ExecutionEvent event) {
            tell(() -> maven.mojoSucceeded(event));
        }

        @Override
        public void mojoFailed(ExecutionEvent event) {
            tell(() -> maven.mojoFailed(event));
        }

        @Override
        public void forkStarted(ExecutionEvent event) {
            tell(() -> maven.forkStarted(event));
        }

        @Override
        public void forkSucceeded(ExecutionEvent event) {
            tell(() -> maven.forkSucceeded(event));
        }

        @Override
        public void forkFailed(ExecutionEvent event) {
            tell(() -> maven.forkFailed(event));
        }

        @Override
        public void forkedProjectStarted(ExecutionEvent event) {
            tell(() -> maven.forkedProjectStarted(event));
        }

        @Override
        public void forkedProjectSucceeded(ExecutionEvent event) {
            tell(() -> maven.forkedProjectSucceeded(event));
        }

        @Override
        public void forkedProjectFailed(ExecutionEvent event) {
            tell(() -> maven.forkedProjectFailed(event));
        }
    }
}
