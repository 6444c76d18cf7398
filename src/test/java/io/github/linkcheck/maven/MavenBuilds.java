package io.github.linkcheck.maven;

import org.apache.maven.execution.MavenExecutionRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.List;

/**
 * Ends a test's Maven builds as Maven does, so that what a build writes at its end is written, and its HTTP
 * clients are closed: a test harness's session never ends by itself.
 */
final class MavenBuilds implements AfterEachCallback {

    /** Tells the build's execution listener that the session ended, as Maven does after the last module. */
    static void end(AbstractLinkcheckMojo mojo) {
        mojo.session.getRequest().getExecutionListener().sessionEnded(null);
    }

    /** Ends every build a test left open. */
    @Override
    public void afterEach(ExtensionContext context) {
        List<MavenExecutionRequest> open;
        synchronized (BuildScope.BUILDS) {
            open = List.copyOf(BuildScope.BUILDS.keySet());
        }
        open.forEach(request -> request.getExecutionListener().sessionEnded(null));
    }
}
