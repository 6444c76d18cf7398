package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckSettings;

import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;

/**
 * Requests with HttpClient's asynchronous client: a few reactor threads multiplex every connection, and
 * HTTP/2 is used where a TLS server offers it.
 */
final class AsyncTransport implements Transport {

    private final CloseableHttpAsyncClient client;
    private final RunTimer timer;
    private final RequestHeaders headers;
    /** Exchanges not yet ended, to abort when the run closes early (after {@code maxTotalTime}). */
    private final Set<Future<Void>> inFlight = ConcurrentHashMap.newKeySet();

    AsyncTransport(CheckSettings settings, RunTimer timer) {
        this.timer = timer;
        this.headers = new RequestHeaders(settings.headers());
        ProxyRouting proxyRouting = new ProxyRouting(settings.proxies());
        this.client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(settings.concurrency())
                        .setMaxConnPerRoute(settings.concurrency())
                        .setDefaultConnectionConfig(ClientConfigs.connectionConfig(settings))
                        .setDnsResolver(AsciiHosts.DNS)
                        .setTlsStrategy(new TlsOnFirstUse())
                        .setDefaultTlsConfig(TlsConfig.custom()
                                .setVersionPolicy(HttpVersionPolicy.NEGOTIATE)
                                .build())
                        .build())
                .setDefaultRequestConfig(ClientConfigs.requestConfig(settings))
                .setUserAgent(settings.userAgent())
                .addRequestInterceptorLast(AsciiHosts.PROXY_REQUEST_LINE)
                .addExecInterceptorBefore(
                        ChainElement.MAIN_TRANSPORT.name(), ProxyTunnels.MARK, ProxyTunnels.ASYNC_MARK)
                .setRoutePlanner(proxyRouting.routePlanner())
                .setDefaultCredentialsProvider(proxyRouting.credentials())
                .disableRedirectHandling()
                .setRetryStrategy(new StaleConnectionRetry())
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
        client.start();
    }

    @Override
    public CompletableFuture<Response> exchange(RequestMethod method, URI uri, boolean afterHttps, int bodyLimit) {
        ResponseReader reader = new ResponseReader(uri, bodyLimit);
        Future<Void> exchange = client.execute(
                new BasicRequestProducer(
                        headers.addTo(new BasicHttpRequest(method.name(), uri), uri, afterHttps), null),
                reader,
                null,
                reader.exchangeEnd());
        inFlight.add(exchange);
        RunTimer.Deadline deadline = timer.startDeadline(() -> exchange.cancel(true));
        return reader.response.handle((response, failure) -> {
            deadline.stop();
            inFlight.remove(exchange);
            if (response != null && !response.bodyComplete()) {
                // Cancelling drops the rest of the body unread (closes an HTTP/1.1 connection, resets an
                // HTTP/2 stream).
                exchange.cancel(true);
            }
            if (failure != null) {
                throw new CompletionException(deadline.explain(failure));
            }
            return response;
        });
    }

    @Override
    public CompletableFuture<Void> pause(Duration delay) {
        return timer.after(delay);
    }

    @Override
    public void close() {
        // Aborting what is left first lets the graceful close end at once; an immediate close races
        // with the reactor threads, which then log a ClosedSelectorException.
        inFlight.forEach(exchange -> exchange.cancel(true));
        client.close(CloseMode.GRACEFUL);
    }

    /**
     * Completes with the response as soon as it has the head and at most {@code bodyLimit} bytes of the body.
     * With a limit of 0 it never asks for the body.
     */
    private static final class ResponseReader implements AsyncResponseConsumer<Void> {

        private final CompletableFuture<Response> response = new CompletableFuture<>();
        private final URI uri;
        private final int bodyLimit;
        /** Written by the reactor thread of this exchange only; published through {@link #response}. */
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();

        private ResponseHead head;
        /** How many body bytes the reactor may read: written by the reactor thread of this exchange only. */
        private int granted;

        private volatile FutureCallback<Void> exchangeCallback;

        ResponseReader(URI uri, int bodyLimit) {
            this.uri = uri;
            this.bodyLimit = bodyLimit;
        }

        /** Reports how the exchange ended when it ends before the response is read. */
        FutureCallback<Void> exchangeEnd() {
            return new FutureCallback<>() {
                @Override
                public void completed(Void result) {
                    // The response future was completed by the consumer already.
                }

                @Override
                public void failed(Exception cause) {
                    response.completeExceptionally(cause);
                }

                @Override
                public void cancelled() {
                    response.completeExceptionally(new CancellationException("request cancelled"));
                }
            };
        }

        @Override
        public void consumeResponse(
                HttpResponse httpResponse,
                EntityDetails entityDetails,
                HttpContext context,
                FutureCallback<Void> resultCallback)
                throws ProxyTunnels.RefusedException {
            head = ResponseHead.of(httpResponse);
            ProxyTunnels.requireRouteEstablished(context, uri, head);
            if (entityDetails == null) {
                resultCallback.completed(null);
                response.complete(new Response(head, Response.NO_BODY, true));
            } else {
                exchangeCallback = resultCallback;
                if (bodyLimit == 0) {
                    response.complete(new Response(head, Response.NO_BODY, false));
                }
            }
        }

        @Override
        public void informationResponse(HttpResponse httpResponse, HttpContext context) {
            // 1xx responses carry nothing a link check needs; the final response follows.
        }

        @Override
        public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
            // No more than the limit and one byte, to tell a body that ends there from a longer one: the
            // reactor then stops reading until the exchange is cancelled, however fast the server sends.
            // Without a body limit nothing is granted: the exchange is cancelled once the head is in.
            int wanted = bodyLimit == 0 ? 0 : bodyLimit + 1 - granted;
            if (wanted > 0) {
                granted += wanted;
                capacityChannel.update(wanted);
            }
        }

        @Override
        public void consume(ByteBuffer data) {
            int wanted = Math.min(data.remaining(), bodyLimit - body.size());
            if (wanted > 0) {
                byte[] bytes = new byte[wanted];
                data.get(bytes);
                body.write(bytes, 0, wanted);
            }
            if (data.hasRemaining()) {
                // Past the limit: the rest is dropped, and the exchange cancelled once this completes.
                data.position(data.limit());
                response.complete(new Response(head, body.toByteArray(), false));
            }
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) {
            response.complete(new Response(head, body.toByteArray(), true));
            FutureCallback<Void> callback = exchangeCallback;
            if (callback != null) {
                callback.completed(null);
            }
        }

        @Override
        public void failed(Exception cause) {
            response.completeExceptionally(cause);
        }

        @Override
        public void releaseResources() {
            // Holds nothing beyond the response future and the body read so far.
        }
    }
}
