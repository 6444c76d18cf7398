package io.github.linkcheck.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server for the benchmark that answers every request with 200 after a fixed latency. Answers
 * are scheduled rather than slept for, so that thousands of waiting requests cost the server no thread
 * each and the server's own threads do not decide the race.
 */
final class LatencyServer implements AutoCloseable {

    private static final byte[] BODY = "ok\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final HttpServer server;
    private final ExecutorService dispatch = Executors.newFixedThreadPool(2, daemon("latency-server"));
    private final ScheduledExecutorService answers = Executors.newScheduledThreadPool(2, daemon("latency-answer"));
    private final Duration latency;
    private final AtomicInteger failedAnswers = new AtomicInteger();

    LatencyServer(Duration latency) throws IOException {
        this.latency = latency;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4096);
        server.setExecutor(dispatch);
        server.createContext(
                "/", exchange -> answers.schedule(() -> answer(exchange), latency.toMillis(), TimeUnit.MILLISECONDS));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    Duration latency() {
        return latency;
    }

    /** Answers that could not be sent: the client had gone. A benchmark run should have none. */
    int failedAnswers() {
        return failedAnswers.get();
    }

    private void answer(HttpExchange exchange) {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : BODY.length);
            if (!head) {
                exchange.getResponseBody().write(BODY);
            }
        } catch (IOException e) {
            failedAnswers.incrementAndGet();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        server.stop(0);
        answers.shutdownNow();
        dispatch.shutdownNow();
    }
}
