package io.claimwatch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the dashboard page, its scripts and the JSON API from the JDK's HTTP server. Binds where it is
 * told (localhost by default); with a user and password set, every request needs basic authentication.
 */
public final class DashboardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    private static final Map<String, String[]> STATIC = Map.of(
            "/", new String[] {"/web/index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"/web/app.js", "text/javascript; charset=utf-8"},
            "/app.css", new String[] {"/web/app.css", "text/css; charset=utf-8"},
            "/vendor/chart.js", new String[] {CHART_JS, "text/javascript; charset=utf-8"});

    private final HttpServer server;

    public DashboardServer(DashboardApi api, String host, int port, String user, String password) throws IOException {
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        var context = server.createContext("/", exchange -> handle(api, exchange));
        if (user != null && password != null) {
            context.setAuthenticator(new BasicAuthenticator("claimwatch") {
                @Override
                public boolean checkCredentials(String u, String p) {
                    return MessageDigest.isEqual(u.getBytes(StandardCharsets.UTF_8), user.getBytes(StandardCharsets.UTF_8))
                            & MessageDigest.isEqual(p.getBytes(StandardCharsets.UTF_8), password.getBytes(StandardCharsets.UTF_8));
                }
            });
        }
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void handle(DashboardApi api, HttpExchange ex) throws IOException {
        try (ex) {
            var headers = ex.getResponseHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
            headers.set("Referrer-Policy", "no-referrer");
            String path = ex.getRequestURI().getPath();
            if (!ex.getRequestMethod().equals("GET")) {
                send(ex, 405, "application/json", error("only GET is supported"));
                return;
            }
            if (path.startsWith("/api/")) {
                try {
                    byte[] body = JSON.writeValueAsBytes(api.handle(path, ex.getRequestURI().getRawQuery()));
                    send(ex, 200, "application/json; charset=utf-8", body);
                } catch (ApiException e) {
                    send(ex, e.status(), "application/json; charset=utf-8", error(e.getMessage()));
                } catch (RuntimeException e) {
                    LOG.warn("API request {} failed: {}", path, e.toString());
                    send(ex, 502, "application/json; charset=utf-8", error("the index could not be queried: " + e.getMessage()));
                }
                return;
            }
            String[] file = STATIC.get(path);
            if (file == null) {
                send(ex, 404, "text/plain; charset=utf-8", ("not found: " + path).getBytes(StandardCharsets.UTF_8));
                return;
            }
            try (InputStream in = DashboardServer.class.getResourceAsStream(file[0])) {
                if (in == null) {
                    send(ex, 500, "text/plain; charset=utf-8", ("missing resource " + file[0]).getBytes(StandardCharsets.UTF_8));
                    return;
                }
                send(ex, 200, file[1], in.readAllBytes());
            }
        }
    }

    private static byte[] error(String message) {
        try {
            return JSON.writeValueAsBytes(JSON.createObjectNode().put("error", message));
        } catch (IOException e) {
            return "{\"error\":\"error\"}".getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
