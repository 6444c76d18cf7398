package io.github.linkcheck.core;

import java.util.Locale;

/**
 * Reads the switches users give as settings. Maven itself reads anything but {@code true} as false, so a typo
 * such as {@code failOnError=ture} would turn a safeguard off without a word; here it stops the build.
 */
public final class Booleans {

    private Booleans() {}

    /**
     * Parses {@code true} or {@code false}, in any letter case.
     *
     * @throws InvalidSettingException naming the setting when the value is anything else, blank included
     */
    public static boolean parse(String setting, String value) {
        String word = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (word) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidSettingException(setting, value, "expected true or false, in any letter case");
        };
    }
}
