package io.github.linkcheck.core;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An extra request header, sent to every origin or only to some. Its value is a secret as far as this
 * plugin knows: {@link #toString()} hides it, and no message shows it.
 *
 * @param name the header name
 * @param value the header value
 * @param hosts the origins it is sent to; empty for every origin
 */
public record RequestHeader(String name, String value, List<HostPattern> hosts) {

    /** The characters RFC 9110 allows in a header name. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    public RequestHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        hosts = List.copyOf(hosts);
    }

    /**
     * Validates a header as a user configured it.
     *
     * @param hosts entries in the forms of {@link HostPattern}, separated by commas; {@code null} for every origin
     * @throws InvalidSettingException naming the header, never its value
     */
    public static RequestHeader of(String name, String value, String hosts) {
        String shown = (name == null ? "" : name.strip()) + ": ****";
        if (name == null || !TOKEN.matcher(name.strip()).matches()) {
            throw new InvalidSettingException(
                    "headers",
                    shown,
                    "expected a header name made of letters, digits and - _ . ! # $ % & ' * + ^ ` | ~");
        }
        if (value == null) {
            // Nothing to hide, and a ': ****' in the message would tell of a value that is not there.
            throw new InvalidSettingException(
                    "headers", name.strip(), "no value; expected Name: value, or a header with a name and a value");
        }
        if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
            throw new InvalidSettingException("headers", shown, "expected a value on one line");
        }
        return new RequestHeader(name.strip(), value.strip(), hosts == null ? List.of() : patterns(shown, hosts));
    }

    private static List<HostPattern> patterns(String shown, String hosts) {
        List<HostPattern> patterns = new ArrayList<>();
        for (String entry : hosts.split(",", -1)) {
            if (entry.isBlank()) {
                // Read as "no restriction", an empty entry would send the header everywhere.
                throw new InvalidSettingException(
                        "headers",
                        shown,
                        "hosts '" + hosts + "' has an empty entry;"
                                + " list hosts separated by commas, or leave hosts out to send the header to every host");
            }
            patterns.add(HostPattern.parse(entry)
                    .orElseThrow(() -> new InvalidSettingException(
                            "headers",
                            shown,
                            "hosts entry '" + entry.strip() + "' is not " + HostPattern.ACCEPTED_FORMS)));
        }
        return patterns;
    }

    /**
     * Whether the header goes with a request to {@code uri}.
     *
     * @param afterHttps whether an earlier request of the same redirect chain went over https
     */
    public boolean appliesTo(URI uri, boolean afterHttps) {
        return hosts.isEmpty() || hosts.stream().anyMatch(pattern -> pattern.matches(uri, afterHttps));
    }

    @Override
    public String toString() {
        return name + ": ****"
                + (hosts.isEmpty()
                        ? ""
                        : hosts.stream()
                                .map(HostPattern::toString)
                                .collect(Collectors.joining(", ", " (only to ", ")")));
    }
}
