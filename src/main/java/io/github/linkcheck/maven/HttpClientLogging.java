package io.github.linkcheck.maven;

import java.util.List;

/**
 * Keeps HttpClient's debug logging out of Maven's {@code -X} output. Its header and wire loggers print
 * every request header, secrets included, and the rest prints several lines per request. Maven does the
 * same for the HttpClient 4 it ships (MNG-6181). Maven's SLF4J provider reads a logger's level from system
 * properties when the logger is first created, which is when HttpClient's classes load in this plugin's class
 * realm, so they must be set before the first request.
 *
 * <p>Maven 3 reads {@code org.slf4j.simpleLogger.log.<logger>}; Maven 4 reads {@code maven.logger.log.<logger>}
 * and falls back to the Maven 3 name with an {@code SLF4J(W)} warning for each logger it finds there. Each level
 * is set under both names: Maven 4 then finds its own and never looks at, nor warns about, the other.
 */
final class HttpClientLogging {

    /** The level properties' prefixes: Maven 4's, then Maven 3's. */
    private static final List<String> LEVEL_PREFIXES = List.of("maven.logger.log.", "org.slf4j.simpleLogger.log.");

    private HttpClientLogging() {}

    static void keepSecretsOutOfDebugOutput() {
        setLevel("org.apache.hc.client5.http.headers", "off");
        setLevel("org.apache.hc.client5.http.wire", "off");
        // HTTP/2 frames carry the request headers too (HPACK-encoded, readily decoded).
        setLevel("org.apache.hc.client5.http2", "off");
        // The rest is noise to users; whoever configured a level for it, under either name, keeps it.
        if (LEVEL_PREFIXES.stream().allMatch(prefix -> System.getProperty(prefix + "org.apache.hc") == null)) {
            setLevel("org.apache.hc", "warn");
        }
    }

    private static void setLevel(String logger, String level) {
        LEVEL_PREFIXES.forEach(prefix -> System.setProperty(prefix + logger, level));
    }
}
