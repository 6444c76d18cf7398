package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckSettings;

import org.apache.hc.client5.http.config.TlsConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.message.BasicHttpRequest;
import org.apache.hc.core5.http.nio.support.BasicRequestProducer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http2.HttpVersionPolicy;
import org.apache.hc.core5.io.CloseMode;

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
                        .setDefaultTlsConfig(TlsConfig.custom()
                                .setVersionPolicy(HttpVersionPolicy.NEGOTIATE)
                                .build())
                        .build())
                .setDefaultRequestConfig(ClientConfigs.requestConfig(settings))
                .setUserAgent(settings.userAgent())
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
    public CompletableFuture<ResponseHead> exchange(RequestMethod method, URI uri) {
        HeadConsumer consumer = new HeadConsumer();
        Future<Void> exchange = client.execute(
                new BasicRequestProducer(headers.addTo(new BasicHttpRequest(method.name(), uri), uri), null),
                consumer,
                null,
                consumer.exchangeEnd());
        inFlight.add(exchange);
        RunTimer.Deadline deadline = timer.startDeadline(() -> exchange.cancel(true));
        return consumer.head.handle((head, failure) -> {
            deadline.stop();
            inFlight.remove(exchange);
            if (consumer.bodyFollows) {
                // The head is all a check needs: cancelling drops the body unread (closes an HTTP/1.1
                // connection, resets an HTTP/2 stream).
                exchange.cancel(true);
            }
            if (failure != null) {
                throw new CompletionException(deadline.explain(failure));
            }
            return head;
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

    /** Completes with the response head as soon as it arrives, and never asks for the body. */
    private static final class HeadConsumer implements AsyncResponseConsumer<Void> {

        private final CompletableFuture<ResponseHead> head = new CompletableFuture<>();
        private volatile boolean bodyFollows;
        private volatile FutureCallback<Void> exchangeCallback;

        /** Reports how the exchange ended when it ends without a response head. */
        FutureCallback<Void> exchangeEnd() {
            return new FutureCallback<>() {
                @Override
                public void completed(Void result) {
                    // The head future was completed by consumeResponse already.
                }

                @Override
                public void failed(Exception cause) {
                    head.completeExceptionally(cause);
                }

                @Override
                public void cancelled() {
                    head.completeExceptionally(new CancellationException("request cancelled"));
                }
            };
        }

        @Override
        public void consumeResponse(
                HttpResponse response,
                EntityDetails entityDetails,
                HttpContext context,
                FutureCallback<Void> resultCallback) {
            if (entityDetails == null) {
                resultCallback.completed(null);
            } else {
                bodyFollows = true;
                exchangeCallback = resultCallback;
            }
            head.complete(ResponseHead.of(response));
        }

        @Override
        public void informationResponse(HttpResponse response, HttpContext context) {
            // 1xx responses carry nothing a link check needs; the final response follows.
        }

        @Override
        public void updateCapacity(CapacityChannel capacityChannel) {
            // No capacity is granted: the body is not wanted, and the exchange is cancelled once the head is in.
        }

        @Override
        public void consume(ByteBuffer data) {
            // Whatever body arrived before the cancellation took effect is dropped.
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) {
            FutureCallback<Void> callback = exchangeCallback;
            if (callback != null) {
                callback.completed(null);
            }
        }

        @Override
        public void failed(Exception cause) {
            head.completeExceptionally(cause);
        }

        @Override
        public void releaseResources() {
            // Holds nothing beyond the head future.
        }
    }
}
