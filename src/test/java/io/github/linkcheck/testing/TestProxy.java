package io.github.linkcheck.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A forward proxy for tests, on 127.0.0.1 and an ephemeral port. It forwards nothing: it answers 200 to
 * every request it is asked to carry, so a 200 proves the request went through it. It demands Basic
 * proxy authentication when given credentials, and records what it was asked for.
 */
public final class TestProxy implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "test-proxy");
        thread.setDaemon(true);
        return thread;
    });
    private final String expectedAuthorization;
    private final List<String> carried = new CopyOnWriteArrayList<>();
    private final List<String> authorizationsSeen = new CopyOnWriteArrayList<>();
    private final List<com.sun.net.httpserver.Headers> headersSeen = new CopyOnWriteArrayList<>();

    private TestProxy(String username, String password) throws IOException {
        expectedAuthorization = username == null
                ? null
                : "Basic "
                        + Base64.getEncoder()
                                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    public static TestProxy open() throws IOException {
        return new TestProxy(null, null);
    }

    public static TestProxy withCredentials(String username, String password) throws IOException {
        return new TestProxy(username, password);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The absolute URLs the proxy carried, in order. */
    public List<String> carried() {
        return List.copyOf(carried);
    }

    /** Every {@code Proxy-Authorization} header received, to check that no secret went astray. */
    public List<String> authorizationsSeen() {
        return List.copyOf(authorizationsSeen);
    }

    /** The values of a header in every request the proxy received, carried or refused, to check that none went astray. */
    public List<String> headerValuesSeen(String name) {
        return headersSeen.stream()
                .flatMap(headers -> headers.getOrDefault(name, List.of()).stream())
                .toList();
    }

    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            headersSeen.add(exchange.getRequestHeaders());
            String authorization = exchange.getRequestHeaders().getFirst("Proxy-Authorization");
            if (authorization != null) {
                authorizationsSeen.add(authorization);
            }
            if (expectedAuthorization != null && !expectedAuthorization.equals(authorization)) {
                exchange.getResponseHeaders().set("Proxy-Authenticate", "Basic realm=\"test proxy\"");
                exchange.sendResponseHeaders(407, -1);
                return;
            }
            carried.add(exchange.getRequestURI().toString());
            exchange.sendResponseHeaders(200, -1);
        }
    }
}
