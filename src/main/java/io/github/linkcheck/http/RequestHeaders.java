package io.github.linkcheck.http;

import io.github.linkcheck.core.RequestHeader;

import org.apache.hc.core5.http.HttpRequest;

import java.net.URI;
import java.util.List;

/**
 * Adds the configured headers to a request, each only where it belongs. Checked for every request, so a
 * header bound to one origin is never sent to another after a redirect.
 */
final class RequestHeaders {

    private final List<RequestHeader> headers;

    RequestHeaders(List<RequestHeader> headers) {
        this.headers = headers;
    }

    /** @param afterHttps whether an earlier request of the same redirect chain went over https */
    <T extends HttpRequest> T addTo(T request, URI uri, boolean afterHttps) {
        for (RequestHeader header : headers) {
            if (header.appliesTo(uri, afterHttps)) {
                request.addHeader(header.name(), header.value());
            }
        }
        return request;
    }
}
