package io.github.linkcheck.run;

/** Where a run's lines for the user go; a build tool adapts its own log to it. */
public interface RunLog {

    void info(String line);

    void warn(String line);
}
