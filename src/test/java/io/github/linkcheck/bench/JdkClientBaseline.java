package io.github.linkcheck.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The benchmark's baseline of what the JDK alone does: the least program that requests N distinct URLs of the
 * latency server with the JDK's own {@code HttpClient}, at most {@code concurrency} at a time, and prints how
 * many answered 200. It uses nothing of the plugin, so that its process, timed from outside, is the floor a
 * JVM-based check can aim at. Arguments: base URL, N, concurrency.
 */
public final class JdkClientBaseline {

    private JdkClientBaseline() {}

    public static void main(String[] args) throws InterruptedException {
        String baseUrl = args[0];
        int count = Integer.parseInt(args[1]);
        Semaphore inFlight = new Semaphore(Integer.parseInt(args[2]));
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger ok = new AtomicInteger();
        CompletableFuture<?>[] requests = new CompletableFuture<?>[count];
        for (int i = 0; i < count; i++) {
            inFlight.acquire();
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/page/" + i))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build();
            requests[i] = client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .whenComplete((response, failure) -> {
                        inFlight.release();
                        if (failure == null && response.statusCode() == 200) {
                            ok.incrementAndGet();
                        }
                    });
        }
        CompletableFuture.allOf(requests).exceptionally(failure -> null).join();
        System.out.println("ok=" + ok.get());
    }
}
