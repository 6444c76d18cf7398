package io.github.linkcheck.maven;

/** Ends a test's Maven build as Maven does, so that what the build writes at its end is written. */
final class MavenBuilds {

    private MavenBuilds() {}

    /** Tells the build's execution listener that the session ended, as Maven does after the last module. */
    static void end(AbstractLinkcheckMojo mojo) {
        mojo.session.getRequest().getExecutionListener().sessionEnded(null);
    }
}
