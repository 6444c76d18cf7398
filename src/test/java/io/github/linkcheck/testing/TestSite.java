package io.github.linkcheck.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A local web site for tests, on 127.0.0.1 and an ephemeral port, whose paths behave as their names say.
 * Unit tests and the invoker ITs (through their pre-build scripts) use the same site.
 *
 * <ul>
 *   <li>{@code /ok/<anything>}: 200 with a small body
 *   <li>{@code /status/<code>}: that status
 *   <li>{@code /slow/<millis>/<anything>}: 200 after that many milliseconds
 *   <li>{@code /redirect/<n>}: a chain of n (at least one) 302 redirects ending at {@code /ok/end}
 *   <li>{@code /moved?to=<location>}: 301 to the given location, verbatim
 *   <li>{@code /redirect-with/<code>?to=<location>}: that redirect status to the given location, verbatim
 *   <li>{@code /loop/a}, {@code /loop/b}: redirect to each other
 *   <li>{@code /head-405/<anything>}: HEAD answered 405, GET 200
 *   <li>{@code /head-status/<code>/<anything>}: HEAD answered with that status, GET 200
 *   <li>{@code /head-drop/<anything>}: HEAD answered by closing the connection, GET 200
 *   <li>{@code /flaky/<n>/<anything>}: 503 to the first n requests, then 200
 *   <li>{@code /throttled/<seconds>/<anything>}: 429 with {@code Retry-After: <seconds>} to the first request, then 200
 *   <li>{@code /together/<n>/<group>/<anything>}: 200 once n requests of the group are at the site at the same
 *       time; 500 to those that waited {@link #TOGETHER_BOUND} in vain
 *   <li>{@code /gate/<name>/<anything>}: 200 once the test {@linkplain #openGate opens} that gate; 500 to those
 *       that waited {@link #GATE_BOUND} in vain
 *   <li>{@code /hang}: accepts and never answers until the site closes
 *   <li>{@code /huge}: HEAD 405; GET 200 followed by a body of up to {@link #HUGE_BODY_BYTES} bytes, which a
 *       link check must not download: {@link #hugeBodyBytesSent()} tells how much of it went out
 *   <li>{@code /huge-page}: the same body, said to be HTML
 *   <li>{@code /page/<anything>}: an HTML page with the anchors {@code intro} (an {@code id}) and
 *       {@code legacy} (an {@code <a name>})
 *   <li>{@code /text/<anything>}: 200 with a plain-text body
 *   <li>{@code /wayback/available?url=<url>}: a web archive's availability API that has a copy of every URL,
 *       {@link #ARCHIVED_AT} {@code <url>}, taken on 2013-09-19
 *   <li>{@code /wayback/none?url=<url>}: one that has no copy of any
 * </ul>
 */
public final class TestSite implements AutoCloseable, AfterAllCallback {

    /** The size of the {@code /huge} body: far beyond what socket buffers can absorb. */
    public static final long HUGE_BODY_BYTES = 256L * 1024 * 1024;

    /** How long a {@code /together/} request waits for the rest of its group: far beyond an honest client's delay. */
    public static final Duration TOGETHER_BOUND = Duration.ofSeconds(5);

    /** How long a {@code /gate/} request waits for its gate to open: far beyond any test's wait for it. */
    public static final Duration GATE_BOUND = Duration.ofSeconds(30);

    private static final byte[] OK_BODY = "<html><body>ok</body></html>".getBytes(StandardCharsets.UTF_8);
    private static final byte[] PAGE_BODY = """
            <!DOCTYPE html>
            <html><body>
            <h2 id="intro">Introduction</h2>
            <p><a name="legacy">An anchor of old</a></p>
            </body></html>
            """.getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService handlers;
    private final CountDownLatch closed = new CountDownLatch(1);
    /** Requests counted by path, by path and query, and by each of those after the method. */
    private final Map<String, AtomicInteger> requestCounts = new ConcurrentHashMap<>();

    private final Map<String, CountDownLatch> groupsArriving = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> gates = new ConcurrentHashMap<>();
    private final AtomicLong hugeBodyBytesSent = new AtomicLong();
    private final AtomicInteger hugeBodiesAbandoned = new AtomicInteger();
    private final Semaphore hugeBodiesEnded = new Semaphore(0);
    private final Map<String, com.sun.net.httpserver.Headers> lastHeadersByPath = new ConcurrentHashMap<>();
    private final AtomicInteger slowInFlight = new AtomicInteger();
    /** By path: the {@link System#nanoTime()} at which each request to it arrived, in arrival order. */
    private final Map<String, List<Long>> startsByPath = new ConcurrentHashMap<>();

    private final AtomicInteger mostSlowInFlight = new AtomicInteger();

    private TestSite(HttpServer server) {
        this.server = server;
        handlers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "test-site");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
    }

    /** What {@code /wayback/available} names a URL's copy: this, then the URL. */
    public static final String ARCHIVED_AT = "http://web.archive.org/web/20130919044612/";

    public static TestSite start() throws IOException {
        return new TestSite(HttpServer.create(loopback(), 1024));
    }

    /**
     * A site for every test of a class, registered with {@code @RegisterExtension} on a static field: started
     * with the class, closed after its last test.
     */
    public static TestSite forEachClass() {
        try {
            return start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test site", e);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The same site over https, with the certificate of {@code keyStore}. */
    public static TestSite startHttps(SelfSignedKeyStore keyStore) throws IOException {
        HttpsServer server = HttpsServer.create(loopback(), 1024);
        server.setHttpsConfigurator(new HttpsConfigurator(keyStore.serverContext()));
        return new TestSite(server);
    }

    private static InetSocketAddress loopback() {
        return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
    }

    /** The site's root, for example {@code http://127.0.0.1:41234}, without a trailing slash. */
    public String baseUrl() {
        String scheme = server instanceof HttpsServer ? "https" : "http";
        return scheme + "://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The absolute URL of a path on this site. */
    public String url(String path) {
        return baseUrl() + path;
    }

    /**
     * The absolute URL of a path on this site reached by another name of the loopback address, such as
     * {@code localhost}: a host of its own to the client, the same server here.
     */
    public String url(String host, String path) {
        return url(path).replaceFirst("//127\\.0\\.0\\.1:", "//" + host + ":");
    }

    /**
     * When each request to a path arrived, as {@link System#nanoTime()}, in arrival order, whatever its method
     * and query.
     */
    public List<Long> requestStarts(String path) {
        List<Long> starts = startsByPath.get(path);
        if (starts == null) {
            return List.of();
        }
        synchronized (starts) {
            return List.copyOf(starts);
        }
    }

    /** The value of a header in the last request to a path, or {@code null} when it had none. */
    public String lastHeader(String path, String name) {
        com.sun.net.httpserver.Headers headers = lastHeadersByPath.get(path);
        return headers == null ? null : headers.getFirst(name);
    }

    /**
     * How many requests, of any method, reached a path: any query when {@code target} has none, only that
     * query when it has one ({@code /status/404?async}).
     */
    public int requests(String target) {
        AtomicInteger count = requestCounts.get(target);
        return count == null ? 0 : count.get();
    }

    /** How many requests of a method ({@code HEAD}, {@code GET}) reached a path, or a path and query as in {@link #requests(String)}. */
    public int requests(String method, String target) {
        return requests(method + " " + target);
    }

    /**
     * Waits until at least {@code count} requests have reached a target, counted as {@link #requests(String)}
     * counts them.
     *
     * @return whether they did within the bound
     */
    public boolean awaitRequests(String target, int count, Duration bound) throws InterruptedException {
        long end = System.nanoTime() + bound.toNanos();
        synchronized (requestCounts) {
            while (requests(target) < count) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(requestCounts, left);
            }
            return true;
        }
    }

    /** Lets the requests held at {@code /gate/<name>/} through, and those that come later. */
    public void openGate(String name) {
        gate(name).countDown();
    }

    private CountDownLatch gate(String name) {
        return gates.computeIfAbsent(name, key -> new CountDownLatch(1));
    }

    public long hugeBodyBytesSent() {
        return hugeBodyBytesSent.get();
    }

    /**
     * The most {@code /slow/} requests the site was answering at once since the last call, which starts
     * the count again.
     */
    public int takeMostSlowInFlight() {
        return mostSlowInFlight.getAndSet(0);
    }

    /** Waits until a {@code /huge} response has ended, sent in full or abandoned by the client. */
    public boolean awaitHugeBodyEnd(Duration bound) throws InterruptedException {
        return hugeBodiesEnded.tryAcquire(bound.toNanos(), TimeUnit.NANOSECONDS);
    }

    /** How many {@code /huge} bodies stopped because the client went away before the end. */
    public int hugeBodiesAbandoned() {
        return hugeBodiesAbandoned.get();
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long arrived = System.nanoTime();
        URI uri = exchange.getRequestURI();
        String path = uri.getPath();
        List<Long> starts = startsByPath.computeIfAbsent(path, key -> new ArrayList<>());
        synchronized (starts) {
            starts.add(arrived);
        }
        lastHeadersByPath.put(path, exchange.getRequestHeaders());
        int requestsSoFar = count(path);
        String method = exchange.getRequestMethod();
        count(method + " " + path);
        if (uri.getRawQuery() != null) {
            count(path + "?" + uri.getRawQuery());
            count(method + " " + path + "?" + uri.getRawQuery());
        }
        boolean head = method.equals("HEAD");
        try (exchange) {
            if (path.startsWith("/ok/")) {
                ok(exchange, head);
            } else if (path.startsWith("/status/")) {
                respond(exchange, Integer.parseInt(path.substring("/status/".length())), head);
            } else if (path.startsWith("/slow/")) {
                String millis = path.substring("/slow/".length()).split("/")[0];
                mostSlowInFlight.accumulateAndGet(slowInFlight.incrementAndGet(), Math::max);
                boolean siteClosed;
                try {
                    // Simulated latency: the server, not the test, waits.
                    siteClosed = closed.await(Long.parseLong(millis), TimeUnit.MILLISECONDS);
                } finally {
                    // Counted out before answering: once the answer is sent the client may already
                    // start its next request, which must not be seen as overlapping this one.
                    slowInFlight.decrementAndGet();
                }
                if (!siteClosed) {
                    ok(exchange, head);
                }
            } else if (path.startsWith("/redirect/")) {
                int remaining = Integer.parseInt(path.substring("/redirect/".length()));
                redirect(exchange, 302, remaining <= 1 ? "/ok/end" : "/redirect/" + (remaining - 1));
            } else if (path.equals("/moved")) {
                redirect(exchange, 301, uri.getRawQuery().substring("to=".length()));
            } else if (path.startsWith("/redirect-with/")) {
                redirect(
                        exchange,
                        Integer.parseInt(path.split("/")[2]),
                        uri.getRawQuery().substring("to=".length()));
            } else if (path.equals("/loop/a")) {
                redirect(exchange, 302, "/loop/b");
            } else if (path.equals("/loop/b")) {
                redirect(exchange, 302, "/loop/a");
            } else if (path.startsWith("/head-405/")) {
                if (head) {
                    respond(exchange, 405, true);
                } else {
                    ok(exchange, false);
                }
            } else if (path.startsWith("/head-status/")) {
                if (head) {
                    respond(exchange, Integer.parseInt(path.split("/")[2]), true);
                } else {
                    ok(exchange, false);
                }
            } else if (path.startsWith("/head-drop/")) {
                if (!head) {
                    ok(exchange, false);
                }
                // HEAD: closing the exchange without a response drops the connection.
            } else if (path.startsWith("/flaky/")) {
                int failures = Integer.parseInt(path.split("/")[2]);
                if (requestsSoFar <= failures) {
                    respond(exchange, 503, head);
                } else {
                    ok(exchange, head);
                }
            } else if (path.startsWith("/throttled/")) {
                if (requestsSoFar == 1) {
                    exchange.getResponseHeaders().set("Retry-After", path.split("/")[2]);
                    respond(exchange, 429, head);
                } else {
                    ok(exchange, head);
                }
            } else if (path.startsWith("/together/")) {
                String[] parts = path.split("/");
                CountDownLatch group = groupsArriving.computeIfAbsent(
                        parts[2] + "/" + parts[3], key -> new CountDownLatch(Integer.parseInt(parts[2])));
                group.countDown();
                respond(exchange, group.await(TOGETHER_BOUND.toMillis(), TimeUnit.MILLISECONDS) ? 200 : 500, head);
            } else if (path.startsWith("/gate/")) {
                boolean opened = gate(path.split("/")[2]).await(GATE_BOUND.toMillis(), TimeUnit.MILLISECONDS);
                respond(exchange, opened ? 200 : 500, head);
            } else if (path.equals("/hang")) {
                closed.await();
            } else if (path.equals("/huge")) {
                huge(exchange, head, "application/octet-stream");
            } else if (path.equals("/huge-page")) {
                huge(exchange, head, "text/html");
            } else if (path.startsWith("/page/")) {
                send(exchange, 200, "text/html; charset=utf-8", PAGE_BODY, head);
            } else if (path.equals("/wayback/available")) {
                String url = URLDecoder.decode(uri.getRawQuery().replaceFirst("^url=", ""), StandardCharsets.UTF_8);
                String answer = "{\"archived_snapshots\":{\"closest\":{\"available\":true,\"url\":\""
                        + (ARCHIVED_AT + url).replace("\\", "\\\\").replace("\"", "\\\"")
                        + "\",\"timestamp\":\"20130919044612\",\"status\":\"200\"}}}";
                send(exchange, 200, "application/json", answer.getBytes(StandardCharsets.UTF_8), head);
            } else if (path.equals("/wayback/none")) {
                send(
                        exchange,
                        200,
                        "application/json",
                        "{\"archived_snapshots\":{}}".getBytes(StandardCharsets.UTF_8),
                        head);
            } else if (path.startsWith("/text/")) {
                send(
                        exchange,
                        200,
                        "text/plain",
                        "#intro is not an anchor here".getBytes(StandardCharsets.UTF_8),
                        head);
            } else {
                respond(exchange, 404, head);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Counts a request under a key and returns the count so far. */
    private int count(String key) {
        int count = requestCounts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        synchronized (requestCounts) {
            requestCounts.notifyAll();
        }
        return count;
    }

    private static void ok(HttpExchange exchange, boolean head) throws IOException {
        send(exchange, 200, "text/html; charset=utf-8", OK_BODY, head);
    }

    private static void respond(HttpExchange exchange, int status, boolean head) throws IOException {
        byte[] body = ("status " + status).getBytes(StandardCharsets.UTF_8);
        if (head) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body, boolean head)
            throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        if (head) {
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private void huge(HttpExchange exchange, boolean head, String contentType) throws IOException {
        if (head) {
            respond(exchange, 405, true);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, HUGE_BODY_BYTES);
        byte[] chunk = new byte[64 * 1024];
        OutputStream body = exchange.getResponseBody();
        try {
            for (long sent = 0; sent < HUGE_BODY_BYTES; sent += chunk.length) {
                body.write(chunk);
                hugeBodyBytesSent.addAndGet(chunk.length);
            }
        } catch (IOException clientWentAway) {
            hugeBodiesAbandoned.incrementAndGet();
            throw clientWentAway;
        } finally {
            hugeBodiesEnded.release();
        }
    }
}
