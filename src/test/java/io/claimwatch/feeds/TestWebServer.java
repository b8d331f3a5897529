package io.claimwatch.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A web server on loopback inside the test JVM (the JDK's com.sun.net.httpserver), serving invented
 * feeds and pages by path, with the behaviours a follower meets: conditional answers, redirects,
 * slow and endless answers. Every request is logged with its headers.
 */
public final class TestWebServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        void handle(HttpExchange exchange) throws IOException;
    }

    /** A request as received: path (with query) and headers (names lower-cased). */
    public record Request(String path, Map<String, String> headers) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final ExecutorService pool;
    private final Map<String, Handler> routes = new ConcurrentHashMap<>();
    private final List<Request> log = new CopyOnWriteArrayList<>();

    private TestWebServer(HttpServer server, ExecutorService pool) {
        this.server = server;
        this.pool = pool;
    }

    public static TestWebServer start() throws IOException {
        // The JDK server writes headers and body apart; with Nagle's algorithm against the client's
        // delayed ACK every answer would wait ~40 ms, which no real web server does.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "test-web");
            t.setDaemon(true);
            return t;
        });
        s.setExecutor(pool); // many at once: a slow page must not hold up the others
        TestWebServer w = new TestWebServer(s, pool);
        s.createContext("/", w::dispatch);
        s.start();
        return w;
    }

    private void dispatch(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getRawPath() + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery());
        Map<String, String> headers = new ConcurrentHashMap<>();
        x.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        log.add(new Request(path, headers));
        Handler h = routes.get(path);
        try {
            if (h == null) {
                send(x, 404, "text/plain", "not found");
            } else {
                h.handle(x);
            }
        } catch (IOException e) {
            // the client went away (a cap or a time-out on its side): expected in these tests
        } finally {
            x.close();
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public TestWebServer route(String path, Handler h) {
        routes.put(path, h);
        return this;
    }

    public List<Request> requests(String path) {
        List<Request> out = new ArrayList<>();
        for (Request r : log) {
            if (r.path().equals(path)) {
                out.add(r);
            }
        }
        return out;
    }

    public List<Request> all() {
        return List.copyOf(log);
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    // ---- answers ----

    public static void send(HttpExchange x, int status, String contentType, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        if (contentType != null) {
            x.getResponseHeaders().set("Content-Type", contentType);
        }
        x.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream o = x.getResponseBody()) {
                o.write(b);
            }
        }
    }

    public static Handler text(int status, String contentType, String body) {
        return x -> send(x, status, contentType, body);
    }

    public static Handler html(String page) {
        return text(200, "text/html; charset=utf-8", page);
    }

    /** A feed with an ETag: 304 when the request carries it. */
    public static Handler withEtag(String etag, String contentType, String body) {
        return x -> {
            x.getResponseHeaders().set("ETag", etag);
            if (etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
                x.sendResponseHeaders(304, -1);
                return;
            }
            send(x, 200, contentType, body);
        };
    }

    /** A feed with a Last-Modified date: 304 when If-Modified-Since repeats it. */
    public static Handler withLastModified(String lastModified, String contentType, String body) {
        return x -> {
            x.getResponseHeaders().set("Last-Modified", lastModified);
            if (lastModified.equals(x.getRequestHeaders().getFirst("If-Modified-Since"))) {
                x.sendResponseHeaders(304, -1);
                return;
            }
            send(x, 200, contentType, body);
        };
    }

    public static Handler redirect(int status, String location) {
        return x -> {
            x.getResponseHeaders().set("Location", location);
            x.sendResponseHeaders(status, -1);
        };
    }

    /** Waits before answering (a page that times out when the wait exceeds the client's limit). */
    public static Handler after(Duration wait, Handler then) {
        return x -> {
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            then.handle(x);
        };
    }

    /**
     * Streams {@code total} bytes of a feed-like document without ever holding it: an RSS head, then
     * items until the size is reached. {@code written} counts what clients actually took, all answers together.
     */
    public static Handler endlessFeed(long total, AtomicLong written) {
        return x -> {
            x.getResponseHeaders().set("Content-Type", "application/rss+xml");
            x.sendResponseHeaders(200, 0); // chunked: the size is not announced
            byte[] head = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Big</title>".getBytes(StandardCharsets.UTF_8);
            byte[] item = "<item><title>Filler item</title><link>http://127.0.0.1/filler</link></item>\n".getBytes(StandardCharsets.UTF_8);
            long n = 0; // this answer's bytes; {@code written} adds up all answers
            try (OutputStream o = x.getResponseBody()) {
                o.write(head);
                n += head.length;
                written.addAndGet(head.length);
                while (n < total) {
                    o.write(item);
                    n += item.length;
                    written.addAndGet(item.length);
                }
                o.write("</channel></rss>".getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    /** Sends the headers, then one byte every {@code every}, for ever (a server that trickles). */
    public static Handler trickle(Duration every) {
        return x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.sendResponseHeaders(200, 0);
            OutputStream o = x.getResponseBody();
            for (int i = 0; i < 10_000; i++) {
                o.write('<');
                o.flush();
                try {
                    Thread.sleep(every.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        };
    }
}
