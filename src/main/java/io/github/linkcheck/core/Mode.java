package io.github.linkcheck.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the checks of one run are scheduled. Every mode gives the same verdicts; only speed and cost differ. */
public enum Mode {
    /** The classic (blocking) HTTP client on a fixed pool of platform threads. */
    THREADS,
    /** The asynchronous HTTP client on a small NIO reactor, with a bound on requests in flight. */
    ASYNC,
    /** The classic (blocking) HTTP client on a virtual thread per check; Java 21 or newer. */
    VIRTUAL;

    /** The first Java release with virtual threads. */
    static final int VIRTUAL_THREADS_SINCE = 21;

    /**
     * Parses a mode name in any letter case.
     *
     * @throws InvalidSettingException for a name that is no mode, or a mode the running Java does not have
     */
    public static Mode parse(String setting, String value) {
        if (value != null) {
            for (Mode mode : values()) {
                if (mode.name().equalsIgnoreCase(value.trim())) {
                    if (!mode.isAvailable()) {
                        throw new InvalidSettingException(
                                setting,
                                value,
                                "virtual threads need Java "
                                        + VIRTUAL_THREADS_SINCE + " or newer, and Maven runs on Java "
                                        + Runtime.version()
                                        + "; use threads or async, or run Maven on Java " + VIRTUAL_THREADS_SINCE
                                        + "+");
                    }
                    return mode;
                }
            }
        }
        throw new InvalidSettingException(setting, value, "expected one of " + names());
    }

    /** Whether the running Java can run this mode. */
    public boolean isAvailable() {
        return this != VIRTUAL || Runtime.version().feature() >= VIRTUAL_THREADS_SINCE;
    }

    /** The name users write in their configuration. */
    public String userName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String names() {
        return Arrays.stream(values()).map(Mode::userName).collect(Collectors.joining(", "));
    }
}
