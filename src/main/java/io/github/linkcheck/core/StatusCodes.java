package io.github.linkcheck.core;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A set of HTTP status codes, written as codes and ranges: {@code 200-299,403,429}. */
public final class StatusCodes {

    public static final String DEFAULT = "200-299";

    private static final Pattern ENTRY = Pattern.compile("(\\d{3})(?:\\s*-\\s*(\\d{3}))?");
    private static final String ACCEPTED =
            "expected codes and ranges from 100 to 599 separated by commas, such as 200-299,403,429";

    private final String text;
    private final BitSet codes;

    private StatusCodes(String text, BitSet codes) {
        this.text = text;
        this.codes = codes;
    }

    /**
     * Parses codes and ranges separated by commas.
     *
     * @throws InvalidSettingException naming the setting when an entry is not a code or range from 100 to 599
     */
    public static StatusCodes parse(String setting, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidSettingException(setting, value, ACCEPTED);
        }
        BitSet codes = new BitSet(600);
        for (String entry : value.split(",")) {
            Matcher matcher = ENTRY.matcher(entry.trim());
            if (!matcher.matches()) {
                throw new InvalidSettingException(setting, value, ACCEPTED);
            }
            int from = Integer.parseInt(matcher.group(1));
            int to = matcher.group(2) == null ? from : Integer.parseInt(matcher.group(2));
            if (from < 100 || to > 599 || from > to) {
                throw new InvalidSettingException(setting, value, ACCEPTED);
            }
            codes.set(from, to + 1);
        }
        return new StatusCodes(value.replaceAll("\\s", ""), codes);
    }

    public boolean contains(int code) {
        return code >= 0 && codes.get(code);
    }

    /** Sets with the same codes are equal, however written: {@code 200-201} equals {@code 200,201}. */
    @Override
    public boolean equals(Object other) {
        return other instanceof StatusCodes that && codes.equals(that.codes);
    }

    @Override
    public int hashCode() {
        return codes.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
