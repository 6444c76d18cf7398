package io.github.linkcheck.http;

/**
 * A response as far as it was read: its head and, when the request asked for it, the start of its body.
 *
 * @param head the status line and the headers a check reads
 * @param body the bytes of the body read, at most the limit the request gave; empty when none was asked for
 * @param bodyComplete whether {@code body} is the whole body
 */
record Response(ResponseHead head, byte[] body, boolean bodyComplete) {

    static final byte[] NO_BODY = new byte[0];
}
