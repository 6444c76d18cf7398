package io.github.linkcheck.http;

import org.apache.hc.client5.http.utils.DateUtils;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What a link check reads of a response's head: the status, where a redirect points, and what the body is.
 *
 * @param status the status code
 * @param reason the reason phrase; HTTP/2 sends none, so the standard phrase stands in
 * @param location the raw {@code Location} header, or {@code null}
 * @param retryAfter the raw {@code Retry-After} header, or {@code null}
 * @param contentType the raw {@code Content-Type} header, or {@code null}
 */
record ResponseHead(int status, String reason, String location, String retryAfter, String contentType) {

    static ResponseHead of(HttpResponse response) {
        String reason = response.getReasonPhrase();
        if (reason == null || reason.isBlank()) {
            reason = EnglishReasonPhraseCatalog.INSTANCE.getReason(response.getCode(), Locale.ROOT);
        }
        return new ResponseHead(
                response.getCode(),
                reason,
                value(response, HttpHeaders.LOCATION),
                value(response, HttpHeaders.RETRY_AFTER),
                value(response, HttpHeaders.CONTENT_TYPE));
    }

    /** How long the server asked to wait before a retry, when it did in a form that can be read. */
    Optional<Duration> retryAfterDelay(Instant now) {
        if (retryAfter == null || retryAfter.isBlank()) {
            return Optional.empty();
        }
        String value = retryAfter.strip();
        if (value.chars().allMatch(Character::isDigit)) {
            return value.length() > 9 ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(value)));
        }
        Instant date = DateUtils.parseStandardDate(value);
        if (date == null) {
            return Optional.empty();
        }
        Duration untilDate = Duration.between(now, date);
        return Optional.of(untilDate.isNegative() ? Duration.ZERO : untilDate);
    }

    /** Whether the body is an HTML page, the only kind whose anchors are looked for. */
    boolean isHtml() {
        if (contentType == null) {
            return false;
        }
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
    }

    private static String value(HttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }
}
