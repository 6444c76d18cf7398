package io.github.linkcheck.sources;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Reads the percent-encoding of URL paths and fragments as written in documents. */
final class PercentEncoding {

    private PercentEncoding() {}

    /** The text with {@code %XX} sequences decoded as UTF-8; {@code +} stays, and text that is not encoded is kept. */
    static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notEncoded) {
            return text;
        }
    }
}
