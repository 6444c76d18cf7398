package io.github.linkcheck.maven;

import io.github.linkcheck.core.InvalidSettingException;
import io.github.linkcheck.core.RequestHeader;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code header} element of the {@code headers} parameter: {@code name}, {@code value} and, to send it
 * only to some hosts, {@code hosts}. Also written {@code Name: value} as the element's text.
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

    String hosts() {
        return hosts;
    }

    /**
     * The header to send, every {@code {env:NAME}} of its value replaced. When a variable it refers to is not set
     * (as in a pull request from a fork, which gets no secrets) the header is left out, and {@code warning} is told
     * which variables, never a value: the links are still checked, without it.
     *
     * @throws InvalidSettingException naming the header when its name, value or hosts cannot be used; checked
     *     even when the header is left out, so that a mistake shows in every build
     */
    Optional<RequestHeader> resolve(Function<String, String> environment, Consumer<String> warning) {
        Set<String> unset = new LinkedHashSet<>();
        Matcher reference = ENV_REFERENCE.matcher(value == null ? "" : value);
        StringBuilder resolved = new StringBuilder();
        while (reference.find()) {
            String variableValue = environment.apply(reference.group(1));
            if (variableValue == null) {
                unset.add(reference.group(1));
                variableValue = "";
            }
            reference.appendReplacement(resolved, Matcher.quoteReplacement(variableValue));
        }
        reference.appendTail(resolved);
        // A missing value stays missing, for RequestHeader to refuse naming the header.
        RequestHeader header = RequestHeader.of(name, value == null ? null : resolved.toString(), hosts);
        if (unset.isEmpty()) {
            return Optional.of(header);
        }
        String variables = String.join(", ", unset);
        warning.accept("header " + header.name() + " is left out: "
                + (unset.size() == 1
                        ? "the environment variable " + variables + " it refers to is not set"
                        : "the environment variables " + variables + " it refers to are not set"));
        return Optional.empty();
    }
}
