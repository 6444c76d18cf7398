package io.github.linkcheck.maven;

import io.github.linkcheck.core.InvalidSettingException;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code <header>} of the {@code headers} parameter: {@code <name>}, {@code <value>} and, to send it
 * only to some hosts, {@code <hosts>}. Also written {@code Name: value} as the element's text.
 * {@code {env:NAME}} in a value stands for the environment variable NAME, read at run time, so that a
 * secret never passes through Maven's configuration (which {@code mvn -X} prints).
 */
public class Header {

    private static final Pattern ENV_REFERENCE = Pattern.compile("\\{env:([A-Za-z_][A-Za-z0-9_]*)}");

    private String name;
    private String value;
    private String hosts;

    /** Reads the short form {@code Name: value}, for every host. */
    public void set(String nameAndValue) {
        int colon = nameAndValue.indexOf(':');
        name = colon < 0 ? nameAndValue : nameAndValue.substring(0, colon);
        value = colon < 0 ? null : nameAndValue.substring(colon + 1);
    }

    String name() {
        return name;
    }

    /**
     * The value with every {@code {env:NAME}} replaced.
     *
     * @throws InvalidSettingException naming the header and the variable when it is not set
     */
    String value(Function<String, String> environment) {
        if (value == null) {
            return null;
        }
        Matcher reference = ENV_REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String variable = reference.group(1);
            String variableValue = environment.apply(variable);
            if (variableValue == null) {
                throw new InvalidSettingException("headers", name + ": ****",
                        "the environment variable " + variable + " it refers to is not set");
            }
            reference.appendReplacement(resolved, Matcher.quoteReplacement(variableValue));
        }
        reference.appendTail(resolved);
        return resolved.toString();
    }

    String hosts() {
        return hosts;
    }
}
