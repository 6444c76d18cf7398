package io.github.linkcheck.core;

/** Reads the whole numbers users give as settings. */
public final class WholeNumbers {

    private WholeNumbers() {}

    /**
     * Parses a whole number within a range.
     *
     * @throws InvalidSettingException naming the setting when the value is not a whole number in the range
     */
    public static int parse(String setting, String value, int min, int max) {
        String accepted = "expected a whole number from " + min + " to " + max;
        try {
            int number = Integer.parseInt(value == null ? "" : value.trim());
            if (number < min || number > max) {
                throw new InvalidSettingException(setting, value, accepted);
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidSettingException(setting, value, accepted);
        }
    }
}
