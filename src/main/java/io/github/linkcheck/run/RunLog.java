package io.github.linkcheck.run;

/** Where a run's lines for the user go; a build tool adapts its own log to it. */
public interface RunLog {

    void info(String line);

    void warn(String line);

    /** A line for whoever looks into a run, such as the time each phase took; dropped unless asked for. */
    void debug(String line);
}
