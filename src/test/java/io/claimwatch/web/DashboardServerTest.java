package io.claimwatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The server's behaviour that needs no index: checks that answer before any query, the login,
 * security headers on every response and hostile clients. (Answers from a real index: DashboardIT.)
 */
@Timeout(60)
class DashboardServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DashboardServer.Limits TIGHT = new DashboardServer.Limits(6, 64, Duration.ofSeconds(2), 8 * 1024);
    private static EsConnection.Clients es;
    private static DashboardServer open;
    private static DashboardServer guarded;

    @BeforeAll
    static void start() throws Exception {
        es = EsConnection.local("http://127.0.0.1:1").open(); // nobody listens: these answers must not need the index
        DashboardApi api = new DashboardApi(es.sync(), new IndexCatalog("unit-"));
        open = new DashboardServer(api, "127.0.0.1", 0, null, null, TIGHT);
        guarded = new DashboardServer(api, "127.0.0.1", 0, "editor", "s3cret", TIGHT);
    }

    @AfterAll
    static void stop() throws Exception {
        open.close();
        guarded.close();
        es.close();
    }

    /** The answer to one request, read off the socket (HttpClient refuses to send "%ZZ"). */
    record Answer(int statusCode, Map<String, String> headers, String body) {
        java.util.Optional<String> header(String name) {
            return java.util.Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
        }
    }

    private static Answer get(DashboardServer s, String path, String auth) throws Exception {
        String authorization = auth == null ? ""
                : "\r\nAuthorization: Basic " + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8));
        return parse(raw(s, "GET " + path + " HTTP/1.1" + authorization));
    }

    private static Answer parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        String[] lines = response.substring(0, end).split("\r\n");
        Map<String, String> headers = new java.util.HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT), lines[i].substring(colon + 1).strip());
        }
        return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, response.substring(end + 4));
    }

    /** A raw request, for what HttpClient refuses to send (a bad escape, a huge line). */
    private static String raw(DashboardServer s, String requestLine) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", s.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertSecurityHeaders(Answer r, String what) {
        assertTrue(r.header("Content-Security-Policy").orElse("").contains("script-src 'self'"), what + ": CSP");
        assertEquals("nosniff", r.header("X-Content-Type-Options").orElse(""), what + ": nosniff");
        assertEquals("DENY", r.header("X-Frame-Options").orElse(""), what + ": framing");
        assertEquals("no-store", r.header("Cache-Control").orElse(""), what + ": caching");
        assertFalse(r.header("Server").isPresent(), what + ": no server banner");
    }

    @Test
    void badRequestsAre400JsonNamingTheProblem() throws Exception {
        Map<String, String> cases = Map.of(
                "/api/search?min_score=0.9&max_score=0.1", "min_score (0.9) is after max_score (0.1)",
                "/api/search?from=2026-03-10&to=2026-03-01", "from (2026-03-10T00:00:00Z) is after to (2026-03-01T00:00:00Z)",
                "/api/search?q=%ZZ", "badly encoded query string",
                "/api/search?from=%2B20000-01-01T00:00:00Z", "outside the years 1000 to 9999",
                "/api/search?to=0999-12-31", "outside the years",
                "/api/search?label=rumour", "label: 'rumour' is not one of",
                "/api/entities/kharkiv?x=1", "this API takes none",
                "/api/contested?sort=loudest", "sort: 'loudest'");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Answer r = get(open, c.getKey(), null);
            assertEquals(400, r.statusCode(), c.getKey() + ": " + r.body());
            assertTrue(r.header("Content-Type").orElse("").startsWith("application/json"), c.getKey());
            String error = JSON.readTree(r.body()).get("error").asText();
            assertTrue(error.contains(c.getValue()), c.getKey() + ": " + error);
            assertSecurityHeaders(r, c.getKey());
        }
    }

    @Test
    void aHugeUnknownParameterNameIsNotEchoedBack() throws Exception {
        String name = "x".repeat(6000);
        Answer r = get(open, "/api/search?" + name + "=1", null);
        assertEquals(400, r.statusCode());
        assertTrue(r.body().length() < 400, "answer of " + r.body().length() + " characters");
        assertTrue(r.body().contains("(6000 characters)"), r.body());
        String huge = raw(open, "GET /api/search?" + "y".repeat(100 * 1024) + "=1 HTTP/1.1");
        assertTrue(huge.startsWith("HTTP/1.1 414") || huge.startsWith("HTTP/1.1 431"), huge.substring(0, Math.min(200, huge.length())));
        assertTrue(huge.length() < 2000 && !huge.contains("yyyyyyyy"), "not echoed: " + huge.length() + " characters");
        assertTrue(huge.contains("Content-Security-Policy") && huge.contains("application/json"), huge);
    }

    @Test
    void whatJettyAnswersItselfIsJsonWithTheHeaders() throws Exception {
        for (String line : List.of("GET /api/entities/%ZZ HTTP/1.1", "GET /%ZZ HTTP/1.1", "GET /a b c HTTP/1.1", "BREW / HTTP/1.1")) {
            Answer bad = parse(raw(open, line));
            assertTrue(bad.statusCode() >= 400 && bad.statusCode() < 500, line + ": " + bad);
            assertSecurityHeaders(bad, line);
            assertTrue(bad.body().startsWith("{\"error\":"), line + ": " + bad.body());
        }
        Answer missing = get(open, "/nothing-here", null);
        assertEquals(404, missing.statusCode());
        assertSecurityHeaders(missing, "404");
        assertEquals(404, get(open, "/api/nothing", null).statusCode());
    }

    @Test
    void theLoginGuardsEveryPathAndItsAnswersCarryTheHeaders() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/latest", "/api/search?q=%ZZ")) {
            Answer r = get(guarded, path, null);
            assertEquals(401, r.statusCode(), path);
            assertTrue(r.header("WWW-Authenticate").orElse("").startsWith("Basic realm="), path);
            assertSecurityHeaders(r, "401 " + path);
        }
        assertEquals(401, get(guarded, "/", "editor:wrong").statusCode());
        assertEquals(401, get(guarded, "/", "editor").statusCode());
        Answer in = get(guarded, "/", "editor:s3cret");
        assertEquals(200, in.statusCode());
        assertSecurityHeaders(in, "page");
        assertEquals(200, get(guarded, "/vendor/chart.js", "editor:s3cret").statusCode(), "the chart library is served locally");
    }

    @Test
    void aUserWithoutAPasswordIsRefusedAtStart() {
        DashboardApi api = new DashboardApi(es.sync(), new IndexCatalog("unit-"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DashboardServer(api, "127.0.0.1", 0, "editor", null, TIGHT));
        assertTrue(e.getMessage().contains("CLAIMWATCH_DASHBOARD_PASSWORD is not"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new DashboardServer(api, "127.0.0.1", 0, "editor", "", TIGHT));
        assertThrows(IllegalArgumentException.class, () -> new DashboardServer(api, "127.0.0.1", 0, null, "s3cret", TIGHT));
    }

    @Test
    void idleAndSlowConnectionsDoNotBlockOthersAndAreClosed() throws Exception {
        List<Socket> hostile = new ArrayList<>();
        try {
            // More half-open requests than the pool has threads: a thread-per-request server would be stuck.
            for (int i = 0; i < 20; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", open.port()), 5000);
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                hostile.add(s);
            }
            for (int i = 0; i < 5; i++) {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", open.port()), 5000);
                hostile.add(s); // connected, sends nothing
            }
            long t0 = System.nanoTime();
            Answer r = get(open, "/", null);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(200, r.statusCode());
            assertTrue(ms < 1500, "a normal request waited " + ms + " ms behind idle sockets");
            // The idle timeout (2 s here) closes them: the server ends each stream.
            for (Socket s : hostile) {
                s.setSoTimeout(8000);
                InputStream in = s.getInputStream();
                try {
                    byte[] buf = new byte[4096];
                    while (in.read(buf) >= 0) {
                        // the server may answer 408 before closing; read to the end
                    }
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("an idle connection was still open after 8 s", e);
                } catch (java.net.SocketException e) {
                    // reset by the server: closed too
                }
            }
        } finally {
            for (Socket s : hostile) {
                s.close();
            }
        }
    }
}
