package io.github.linkcheck.http;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.impl.EnglishReasonPhraseCatalog;

import java.util.Locale;

/**
 * What a link check reads of a response: the status and where a redirect points. The body is never read.
 *
 * @param status the status code
 * @param reason the reason phrase; HTTP/2 sends none, so the standard phrase stands in
 * @param location the raw {@code Location} header, or {@code null}
 */
record ResponseHead(int status, String reason, String location) {

    static ResponseHead of(HttpResponse response) {
        String reason = response.getReasonPhrase();
        if (reason == null || reason.isBlank()) {
            reason = EnglishReasonPhraseCatalog.INSTANCE.getReason(response.getCode(), Locale.ROOT);
        }
        Header location = response.getFirstHeader(HttpHeaders.LOCATION);
        return new ResponseHead(response.getCode(), reason, location == null ? null : location.getValue());
    }
}
