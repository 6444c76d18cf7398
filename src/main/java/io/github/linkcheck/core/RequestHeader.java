package io.github.linkcheck.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An extra request header, sent to every host or only to some. Its value is a secret as far as this
 * plugin knows: {@link #toString()} hides it, and no message shows it.
 *
 * @param name the header name
 * @param value the header value
 * @param hosts the hosts it is sent to, exact names or {@code *.example.org} for every subdomain; empty for
 *     every host
 */
public record RequestHeader(String name, String value, List<String> hosts) {

    /** The characters RFC 9110 allows in a header name. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    public RequestHeader {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        hosts = hosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty()).toList();
    }

    /**
     * Validates a header as a user configured it.
     *
     * @param hosts host names separated by commas; blank for every host
     * @throws InvalidSettingException naming the header, never its value
     */
    public static RequestHeader of(String name, String value, String hosts) {
        String shown = (name == null ? "" : name.strip()) + ": ****";
        if (name == null || !TOKEN.matcher(name.strip()).matches()) {
            throw new InvalidSettingException("headers", shown, "expected a header name made of letters, digits and - _ . ! # $ % & ' * + ^ ` | ~");
        }
        if (value == null || value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
            throw new InvalidSettingException("headers", shown, "expected a value on one line");
        }
        return new RequestHeader(name.strip(), value.strip(), hosts == null ? List.of() : List.of(hosts.split(",")));
    }

    /** Whether the header goes with a request to this host. */
    public boolean appliesTo(String host) {
        if (hosts.isEmpty()) {
            return true;
        }
        String lowerCase = host.toLowerCase(Locale.ROOT);
        return hosts.stream().anyMatch(pattern -> pattern.startsWith("*.")
                ? lowerCase.endsWith(pattern.substring(1))
                : lowerCase.equals(pattern));
    }

    @Override
    public String toString() {
        return name + ": ****" + (hosts.isEmpty() ? "" : " (only to " + String.join(", ", hosts) + ")");
    }
}
