package io.github.linkcheck.bench;

import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.io.CloseMode;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's baseline of the plugin's own stack: the least program that requests N distinct URLs of the
 * latency server with HttpClient 5's asynchronous client, pooled as the plugin pools it, at most
 * {@code concurrency} at a time, and prints how many answered 200. It uses nothing of the plugin, so that its
 * process, timed from outside, is the floor that {@code async} mode can reach in a JVM of its own: the plugin's
 * time beyond it is the plugin's. Arguments: base URL, N, concurrency.
 */
public final class HttpClient5Baseline {

    private HttpClient5Baseline() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        String baseUrl = args[0];
        int count = Integer.parseInt(args[1]);
        int concurrency = Integer.parseInt(args[2]);
        Semaphore inFlight = new Semaphore(concurrency);
        CountDownLatch ended = new CountDownLatch(count);
        AtomicInteger ok = new AtomicInteger();
        try (CloseableHttpAsyncClient client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(concurrency)
                        .setMaxConnPerRoute(concurrency)
                        .build())
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .disableContentCompression()
                .build()) {
            client.start();
            for (int i = 0; i < count; i++) {
                inFlight.acquire();
                client.execute(SimpleRequestBuilder.head(baseUrl + "/page/" + i).build(), new FutureCallback<>() {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        if (response.getCode() == 200) {
                            ok.incrementAndGet();
                        }
                        end();
                    }

                    @Override
                    public void failed(Exception failure) {
                        end();
                    }

                    @Override
                    public void cancelled() {
                        end();
                    }

                    private void end() {
                        inFlight.release();
                        ended.countDown();
                    }
                });
            }
            ended.await();
            client.close(CloseMode.GRACEFUL);
        }
        System.out.println("ok=" + ok.get());
    }
}
