package io.github.linkcheck.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw socket server on 127.0.0.1 that misbehaves below HTTP, where a well-behaved server library cannot:
 *
 * <ul>
 *   <li>{@code /reset-before-headers}: resets the connection before answering
 *   <li>{@code /reset-after-headers}: sends a 200 head announcing a body, then resets the connection
 *   <li>{@code /trickle}: sends its status line and headers one byte every 200 ms, never finishing
 *   <li>{@code /malformed-status}: answers with a status line that is not HTTP
 *   <li>{@code /lying-length}: announces a longer body than it sends, then closes
 *   <li>any path given to {@link #answer}: the bytes given there, as a hostile server would send them
 * </ul>
 */
public final class FaultServer implements AutoCloseable {

    private final ServerSocket server;
    private final Thread acceptor;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> requestsByPath = new ConcurrentHashMap<>();
    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    private FaultServer() throws IOException {
        server = new ServerSocket(0, 256, InetAddress.getLoopbackAddress());
        acceptor = new Thread(this::accept, "fault-server-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static FaultServer start() throws IOException {
        return new FaultServer();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getLocalPort() + path;
    }

    /**
     * Makes a path answer with exactly this response, status line and headers included, each character sent
     * as one byte (ISO-8859-1), so that a reason phrase or header can hold any byte a server could send.
     */
    public FaultServer answer(String path, String rawResponse) {
        answers.put(path, rawResponse);
        return this;
    }

    /** How many requests, of any method, reached a path. */
    public int requests(String path) {
        AtomicInteger count = requestsByPath.get(path);
        return count == null ? 0 : count.get();
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        server.close();
        for (Socket socket : open) {
            socket.close();
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Thread handler = new Thread(() -> serve(socket), "fault-server-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closedWhileAccepting) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String requestLine = in.readLine();
            for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                // The request headers mean nothing here; they are read so the client sees its request taken.
            }
            if (requestLine == null) {
                return;
            }
            String path = requestLine.split(" ")[1];
            requestsByPath.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            OutputStream out = socket.getOutputStream();
            switch (path) {
                case "/reset-before-headers" -> reset(socket);
                case "/reset-after-headers" -> {
                    write(out, "HTTP/1.1 200 OK\r\nContent-Length: 1000\r\nContent-Type: text/html\r\n\r\n");
                    reset(socket);
                }
                case "/trickle" ->
                    trickle(
                            out,
                            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Padding: " + "x".repeat(10_000)
                                    + "\r\n\r\n");
                case "/malformed-status" -> write(out, "HTTP/1.1 2OO SUPER\r\nContent-Length: 0\r\n\r\n");
                case "/lying-length" -> write(out, "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\nonly this");
                default ->
                    write(out, answers.getOrDefault(path, "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n"));
            }
        } catch (IOException | InterruptedException clientGoneOrServerClosed) {
            // Either end hanging up is what these faults are about.
        } finally {
            open.remove(socket);
        }
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void reset(Socket socket) throws IOException {
        // Linger 0: close sends a TCP reset instead of an orderly FIN.
        socket.setSoLinger(true, 0);
        socket.close();
    }

    private void trickle(OutputStream out, String text) throws IOException, InterruptedException {
        for (byte b : text.getBytes(StandardCharsets.US_ASCII)) {
            out.write(b);
            out.flush();
            // Simulated trickle: the server, not the test, waits; it stops when the site closes.
            if (closed.await(200, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }
}
