package io.github.linkcheck.maven;

/**
 * Keeps HttpClient's debug logging out of Maven's {@code -X} output. Its header and wire loggers print
 * every request header, secrets included, and the rest prints several lines per request. Maven does the
 * same for the HttpClient 4 it ships (MNG-6181). Maven's SLF4J provider reads a logger's level from these
 * system properties when the logger is first created, which is when HttpClient's classes load in this
 * plugin's class realm, so they must be set before the first request.
 */
final class HttpClientLogging {

    private static final String LEVEL_PREFIX = "org.slf4j.simpleLogger.log.";

    private HttpClientLogging() {}

    static void keepSecretsOutOfDebugOutput() {
        System.setProperty(LEVEL_PREFIX + "org.apache.hc.client5.http.headers", "off");
        System.setProperty(LEVEL_PREFIX + "org.apache.hc.client5.http.wire", "off");
        // HTTP/2 frames carry the request headers too (HPACK-encoded, readily decoded).
        System.setProperty(LEVEL_PREFIX + "org.apache.hc.client5.http2", "off");
        // The rest is noise to users; whoever configured a level for it keeps it.
        if (System.getProperty(LEVEL_PREFIX + "org.apache.hc") == null) {
            System.setProperty(LEVEL_PREFIX + "org.apache.hc", "warn");
        }
    }
}
