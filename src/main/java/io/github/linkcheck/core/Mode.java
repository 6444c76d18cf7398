package io.github.linkcheck.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the checks of one run are scheduled. Every mode gives the same verdicts; only speed and cost differ. */
public enum Mode {
    /** The classic (blocking) HTTP client on a fixed pool of platform threads. */
    THREADS,
    /** The asynchronous HTTP client on a small NIO reactor, with a bound on requests in flight. */
    ASYNC;

    /** Parses a mode name in any letter case. */
    public static Mode parse(String setting, String value) {
        if (value != null) {
            for (Mode mode : values()) {
                if (mode.name().equalsIgnoreCase(value.trim())) {
                    return mode;
                }
            }
        }
        throw new InvalidSettingException(setting, value, "expected one of " + names());
    }

    /** The name users write in their configuration. */
    public String userName() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String names() {
        return Arrays.stream(values()).map(Mode::userName).collect(Collectors.joining(", "));
    }
}
