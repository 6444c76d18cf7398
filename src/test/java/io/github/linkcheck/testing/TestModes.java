package io.github.linkcheck.testing;

import io.github.linkcheck.core.Mode;

import java.util.Arrays;
import java.util.List;

/**
 * The modes the running Java has, for tests that run in every mode: on Java 17 that leaves out
 * {@code virtual}, which the build's second test run, on Java 21 or newer, covers. The system property
 * {@code linkcheck.test.modes} (names separated by commas) narrows them, so that run repeats no other mode.
 */
public final class TestModes {

    private TestModes() {}

    public static List<Mode> available() {
        String only = System.getProperty("linkcheck.test.modes", "");
        return Arrays.stream(Mode.values())
                .filter(Mode::isAvailable)
                .filter(mode ->
                        only.isBlank() || Arrays.stream(only.split(",")).anyMatch(mode.name()::equalsIgnoreCase))
                .toList();
    }
}
