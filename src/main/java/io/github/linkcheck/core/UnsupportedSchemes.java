package io.github.linkcheck.core;

import java.util.Locale;

/** What becomes of a link whose scheme the plugin cannot check ({@code ftp:}, {@code data:}, {@code irc:}...). */
public enum UnsupportedSchemes {
    /** Counted as skipped, with the scheme named: never a reason to fail. */
    SKIP,
    /** Broken: {@code unsupported scheme}, so that a project can allow web addresses only. */
    FAIL;

    /**
     * Parses {@code skip} or {@code fail} in any letter case.
     *
     * @throws InvalidSettingException for any other value
     */
    public static UnsupportedSchemes parse(String setting, String value) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (UnsupportedSchemes choice : values()) {
            if (choice.name().equals(name)) {
                return choice;
            }
        }
        throw new InvalidSettingException(setting, value, "expected skip or fail, in any letter case");
    }
}
