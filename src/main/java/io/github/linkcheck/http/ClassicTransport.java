package io.github.linkcheck.http;

import io.github.linkcheck.core.CheckSettings;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.io.CloseMode;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Requests with HttpClient's classic (blocking) client: the calling thread waits for the answer. */
final class ClassicTransport implements Transport {

    private final CloseableHttpClient client;
    private final RunTimer timer;
    private final RequestHeaders headers;

    ClassicTransport(CheckSettings settings, RunTimer timer) {
        this.timer = timer;
        this.headers = new RequestHeaders(settings.headers());
        ProxyRouting proxyRouting = new ProxyRouting(settings.proxies());
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(settings.concurrency())
                        .setMaxConnPerRoute(settings.concurrency())
                        .setDefaultConnectionConfig(ClientConfigs.connectionConfig(settings))
                        .setDnsResolver(AsciiHosts.DNS)
                        .setTlsSocketStrategy(new TlsOnFirstUse())
                        // By default the classic parser skips any number of lines that are not a status
                        // line, so a garbled response looks like none at all; the async client rejects it.
                        .setConnectionFactory(ManagedHttpClientConnectionFactory.builder()
                                .http1Config(Http1Config.custom()
                                        .setMaxEmptyLineCount(1)
                                        .build())
                                .build())
                        .build())
                .setDefaultRequestConfig(ClientConfigs.requestConfig(settings))
                .setUserAgent(settings.userAgent())
                .addRequestInterceptorLast(AsciiHosts.PROXY_REQUEST_LINE)
                .addExecInterceptorBefore(
                        ChainElement.MAIN_TRANSPORT.name(), ProxyTunnels.MARK, ProxyTunnels.CLASSIC_MARK)
                .setRoutePlanner(proxyRouting.routePlanner())
                .setDefaultCredentialsProvider(proxyRouting.credentials())
                .disableRedirectHandling()
                .setRetryStrategy(new StaleConnectionRetry())
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build();
    }

    @Override
    public CompletableFuture<Response> exchange(RequestMethod method, URI uri, boolean afterHttps, int bodyLimit) {
        HttpUriRequestBase request = headers.addTo(new HttpUriRequestBase(method.name(), uri), uri, afterHttps);
        RunTimer.Deadline deadline = timer.startDeadline(request);
        try {
            HttpClientContext context = HttpClientContext.create();
            ClassicHttpResponse response = client.executeOpen(null, request, context);
            boolean bodyComplete = false;
            try {
                ResponseHead head = ResponseHead.of(response);
                ProxyTunnels.requireRouteEstablished(context, uri, head);
                HttpEntity entity = response.getEntity();
                byte[] body = Response.NO_BODY;
                bodyComplete = entity == null || entity.getContentLength() == 0;
                if (!bodyComplete && bodyLimit > 0) {
                    InputStream content = entity.getContent();
                    body = content.readNBytes(bodyLimit);
                    bodyComplete = content.read() == -1;
                }
                return CompletableFuture.completedFuture(new Response(head, body, bodyComplete));
            } finally {
                if (bodyComplete) {
                    response.close();
                } else {
                    // Closing would read the rest of the body to keep the connection; aborting drops it unread.
                    request.cancel();
                }
            }
        } catch (IOException e) {
            return CompletableFuture.failedFuture(deadline.explain(e));
        } finally {
            deadline.stop();
        }
    }

    @Override
    public CompletableFuture<Void> pause(Duration delay) {
        try {
            Thread.sleep(delay.toMillis());
            return CompletableFuture.completedFuture(null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }
}
