package io.claimwatch.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the dashboard page, its scripts and the JSON API (Jetty). Binds where it is told (localhost by
 * default); with a user and password set, every request needs basic authentication.
 *
 * <p>Hostile clients: requests are parsed without holding a thread, so half-open and slow
 * connections cost a socket, not a worker; connections idle longer than the idle timeout are closed;
 * a bounded pool serves the requests and a connection limit bounds the sockets. Every response,
 * including 401s and the errors Jetty answers itself (a malformed request line, headers too large),
 * carries the security headers, and errors are JSON that never repeats the request.
 */
public final class DashboardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.5.1/dist/chart.umd.min.js";
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final Map<String, String[]> STATIC = Map.of(
            "/", new String[] {"/web/index.html", "text/html; charset=utf-8"},
            "/app.js", new String[] {"/web/app.js", "text/javascript; charset=utf-8"},
            "/app.css", new String[] {"/web/app.css", "text/css; charset=utf-8"},
            "/vendor/chart.js", new String[] {CHART_JS, "text/javascript; charset=utf-8"});

    /** On every response: what the page may load (only its own scripts and styles), and no framing, sniffing or caching. */
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cross-Origin-Resource-Policy", "same-origin",
            "Cache-Control", "no-store");

    /**
     * How much the server gives any client.
     *
     * @param threads the pool serving requests (Jetty's acceptor and selector take two of them)
     * @param maxConnections open sockets at most; beyond it new ones wait in the kernel's backlog
     * @param idleTimeout a connection that sends nothing for this long is closed (slowloris, forgotten tabs)
     * @param maxHeaderBytes the request line and headers at most (a longer one is answered 431 or 414)
     */
    public record Limits(int threads, int maxConnections, Duration idleTimeout, int maxHeaderBytes) {
        public static final Limits DEFAULT = new Limits(16, 512, Duration.ofSeconds(30), 16 * 1024);
    }

    private final Server server;
    private final ServerConnector connector;

    public DashboardServer(DashboardApi api, String host, int port, String user, String password) throws IOException {
        this(api, host, port, user, password, Limits.DEFAULT);
    }

    /** @throws IllegalArgumentException when only one of user and password is set: a half-configured login would serve everyone */
    public DashboardServer(DashboardApi api, String host, int port, String user, String password, Limits limits) throws IOException {
        BasicAuth auth = BasicAuth.of(user, password);
        QueuedThreadPool pool = new QueuedThreadPool(limits.threads(), 2);
        pool.setName("dashboard");
        server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setRequestHeaderSize(limits.maxHeaderBytes());
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(port);
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.maxConnections(), server));
        server.setHandler(new Pages(api, auth));
        server.setErrorHandler(DashboardServer::error);
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw new IOException("cannot start the dashboard on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException when the login settings cannot be used (see the constructor) */
    public static void checkLogin(String user, String password) {
        BasicAuth.of(user, password);
    }

    public int port() {
        return connector.getLocalPort();
    }

    private static void secure(HttpFields.Mutable headers) {
        SECURITY_HEADERS.forEach(headers::put);
    }

    /** Basic authentication against one configured user. */
    private record BasicAuth(byte[] expected) {

        static BasicAuth of(String user, String password) {
            boolean hasUser = user != null && !user.isEmpty();
            boolean hasPassword = password != null && !password.isEmpty();
            if (hasUser != hasPassword) {
                throw new IllegalArgumentException(hasUser
                        ? "CLAIMWATCH_DASHBOARD_USER is set but CLAIMWATCH_DASHBOARD_PASSWORD is not: refusing to serve without the login "
                                + "you asked for; set both (or neither, for a dashboard only this machine can reach)"
                        : "CLAIMWATCH_DASHBOARD_PASSWORD is set but CLAIMWATCH_DASHBOARD_USER is not: set both, or neither");
            }
            if (user != null && user.contains(":")) {
                throw new IllegalArgumentException("CLAIMWATCH_DASHBOARD_USER must not contain ':' (basic authentication cannot carry it)");
            }
            return hasUser ? new BasicAuth((user + ":" + password).getBytes(StandardCharsets.UTF_8)) : null;
        }

        boolean allows(String authorization) {
            if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
                return false;
            }
            byte[] given;
            try {
                given = Base64.getDecoder().decode(authorization.substring(6).strip());
            } catch (IllegalArgumentException e) {
                return false;
            }
            return MessageDigest.isEqual(given, expected);
        }
    }

    /** The page, its files and the API. Runs on the pool: the API's Elasticsearch calls block. */
    private static final class Pages extends Handler.Abstract {

        private final DashboardApi api;
        private final BasicAuth auth;

        Pages(DashboardApi api, BasicAuth auth) {
            super(InvocationType.BLOCKING);
            this.api = api;
            this.auth = auth;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            secure(response.getHeaders());
            if (auth != null && !auth.allows(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
                response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"claimwatch\", charset=\"UTF-8\"");
                send(response, callback, 401, JSON_TYPE, error("sign in: this dashboard needs its user name and password"));
                return true;
            }
            if (!request.getMethod().equals("GET")) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET");
                send(response, callback, 405, JSON_TYPE, error("only GET is supported"));
                return true;
            }
            String path = request.getHttpURI().getPath();
            if (path.startsWith("/api/")) {
                api(path, request.getHttpURI().getQuery(), response, callback);
                return true;
            }
            String[] file = STATIC.get(path);
            if (file == null) {
                send(response, callback, 404, JSON_TYPE, error("not found: " + Params.shown(path) + " (the dashboard is at /)"));
                return true;
            }
            try (InputStream in = DashboardServer.class.getResourceAsStream(file[0])) {
                if (in == null) {
                    send(response, callback, 500, JSON_TYPE, error("missing resource " + file[0]));
                } else {
                    send(response, callback, 200, file[1], in.readAllBytes());
                }
            } catch (IOException e) {
                callback.failed(e);
            }
            return true;
        }

        private void api(String path, String query, Response response, Callback callback) {
            JsonNode answer;
            try {
                answer = api.handle(path, query);
            } catch (ApiException e) {
                send(response, callback, e.status(), JSON_TYPE, error(e.getMessage()));
                return;
            } catch (RuntimeException e) {
                LOG.warn("API request {} failed: {}", path, e.toString());
                send(response, callback, 502, JSON_TYPE, error("the index could not be queried: " + Params.shown(String.valueOf(e.getMessage()))));
                return;
            }
            try {
                send(response, callback, 200, JSON_TYPE, JSON.writeValueAsBytes(answer));
            } catch (IOException e) {
                callback.failed(e);
            }
        }
    }

    /**
     * Jetty's own answers (a request it could not parse, headers too large, an unexpected failure):
     * JSON with the security headers, saying what was wrong without repeating the request.
     */
    private static boolean error(Request request, Response response, Callback callback) {
        secure(response.getHeaders());
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer s ? s : response.getStatus();
        if (status < 400) {
            status = 500;
        }
        String message = switch (status) {
            case 400 -> "bad request: the request line or a header is malformed (check the URL's percent-encoding)";
            case 414 -> "the URL is too long";
            case 431 -> "the request headers are too large";
            case 413 -> "the request is too large";
            default -> "the request failed (HTTP " + status + ")";
        };
        send(response, callback, status, JSON_TYPE, error(message));
        return true;
    }

    private static byte[] error(String message) {
        try {
            return JSON.writeValueAsBytes(JSON.createObjectNode().put("error", message));
        } catch (IOException e) {
            return "{\"error\":\"error\"}".getBytes(StandardCharsets.UTF_8);
        }
    }

    private static void send(Response response, Callback callback, int status, String type, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("dashboard did not stop cleanly: {}", e.toString());
        }
    }
}
