package io.github.linkcheck.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A proxy for the URLs of one scheme, as Maven's {@code settings.xml} describes it. The password is a
 * secret: {@link #toString()} hides it.
 *
 * @param forScheme the scheme of the URLs it carries: {@code http} or {@code https}
 * @param host the proxy's host
 * @param port the proxy's port
 * @param username the user to authenticate as, or {@code null}
 * @param password the password, or {@code null}
 * @param nonProxyHosts host patterns reached directly, {@code *} matching any characters, as in Maven's
 *     {@code nonProxyHosts} (where they are separated by {@code |})
 */
public record ProxyConfig(
        String forScheme, String host, int port, String username, String password, List<String> nonProxyHosts) {

    public ProxyConfig {
        Objects.requireNonNull(forScheme, "forScheme");
        Objects.requireNonNull(host, "host");
        forScheme = forScheme.toLowerCase(Locale.ROOT);
        nonProxyHosts = nonProxyHosts.stream()
                .map(String::strip)
                .filter(pattern -> !pattern.isEmpty())
                .toList();
    }

    /** Whether requests to this host bypass the proxy. */
    public boolean bypasses(String targetHost) {
        String lowerCase = targetHost.toLowerCase(Locale.ROOT);
        return nonProxyHosts.stream()
                .anyMatch(pattern -> wildcard(pattern).matcher(lowerCase).matches());
    }

    public boolean hasCredentials() {
        return username != null && !username.isEmpty();
    }

    private static Pattern wildcard(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String literal : pattern.toLowerCase(Locale.ROOT).split("\\*", -1)) {
            if (regex.length() > 0 || pattern.startsWith("*")) {
                regex.append(".*");
            }
            regex.append(Pattern.quote(literal));
        }
        return Pattern.compile(regex.toString());
    }

    @Override
    public String toString() {
        return forScheme + " proxy " + host + ":" + port
                + (hasCredentials() ? " as " + username + " (password hidden)" : "");
    }
}
