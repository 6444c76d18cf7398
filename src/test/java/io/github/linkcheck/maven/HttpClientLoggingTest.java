package io.github.linkcheck.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** The levels as Maven 3 and Maven 4 read them; the ITs run Maven with -X and look for the header's value. */
class HttpClientLoggingTest {

    private static final List<String> MAVEN_3_AND_4 = List.of("org.slf4j.simpleLogger.log.", "maven.logger.log.");

    private Properties saved;

    @BeforeEach
    void clearLevels() {
        saved = (Properties) System.getProperties().clone();
        levels().keySet().forEach(System::clearProperty);
    }

    @AfterEach
    void restoreLevels() {
        System.setProperties(saved);
    }

    @Test
    void headersWireAndHttp2FramesAreOffAndTheRestWarnsOnMaven3And4() {
        HttpClientLogging.keepSecretsOutOfDebugOutput();

        Map<String, String> expected = new HashMap<>();
        for (String prefix : MAVEN_3_AND_4) {
            expected.put(prefix + "org.apache.hc.client5.http.headers", "off");
            expected.put(prefix + "org.apache.hc.client5.http.wire", "off");
            expected.put(prefix + "org.apache.hc.client5.http2", "off");
            expected.put(prefix + "org.apache.hc", "warn");
        }
        assertEquals(expected, levels());
    }

    @Test
    void aLevelTheUserSetUnderEitherNameIsKeptButNeverForHeadersWireOrHttp2Frames() {
        for (String prefix : MAVEN_3_AND_4) {
            clearLevels();
            System.setProperty(prefix + "org.apache.hc", "debug");
            System.setProperty(prefix + "org.apache.hc.client5.http.headers", "debug");

            HttpClientLogging.keepSecretsOutOfDebugOutput();

            Map<String, String> expected = new HashMap<>(Map.of(prefix + "org.apache.hc", "debug"));
            for (String either : MAVEN_3_AND_4) {
                expected.put(either + "org.apache.hc.client5.http.headers", "off");
                expected.put(either + "org.apache.hc.client5.http.wire", "off");
                expected.put(either + "org.apache.hc.client5.http2", "off");
            }
            assertEquals(expected, levels(), prefix);
        }
    }

    /** Every level set for HttpClient's loggers, under either name. */
    private static Map<String, String> levels() {
        Map<String, String> levels = new HashMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> MAVEN_3_AND_4.stream().anyMatch(prefix -> name.startsWith(prefix + "org.apache.hc")))
                .forEach(name -> levels.put(name, System.getProperty(name)));
        return levels;
    }
}
