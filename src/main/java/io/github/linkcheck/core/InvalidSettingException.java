package io.github.linkcheck.core;

/**
 * A setting the user gave cannot be used. The message names the setting, the value given and what is
 * accepted, so it can be shown to the user as it is.
 */
public final class InvalidSettingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidSettingException(String setting, String value, String accepted) {
        super(setting + " = '" + value + "' is not valid: " + accepted);
    }
}
