package io.claimwatch.feeds;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a real local server: headers, conditional answers, redirects, caps and time limits. */
class HttpFetcherTest {

    private TestWebServer web;
    private HttpFetcher fetcher;
    private final FetchSettings settings = FetchSettings.DEFAULTS.withHostInterval(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(800), Duration.ofMillis(1500));

    @BeforeEach
    void start() throws Exception {
        web = TestWebServer.start();
        fetcher = new HttpFetcher(settings, new HostRateLimiter(Duration.ZERO));
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private FetchResponse get(String path, Map<String, String> headers, long cap) throws Exception {
        return fetcher.get(URI.create(web.url(path)), headers, cap, "the cap", HttpFetcher.HopCheck.NONE);
    }

    @Test
    void itSaysWhoItIsAndAnUnchangedFeedCostsA304() throws Exception {
        web.route("/rss", TestWebServer.withEtag("\"v1\"", "application/rss+xml", "<rss/>"));
        FetchResponse first = get("/rss", Map.of(), 10_000);
        assertEquals(200, first.status());
        Validators v = Validators.of(first);
        FetchResponse second = get("/rss", v.requestHeaders(), 10_000);
        assertEquals(304, second.status());
        assertEquals(0, second.body().length);
        assertEquals(FetchSettings.DEFAULT_USER_AGENT, web.requests("/rss").get(0).header("User-Agent"));
        assertEquals("\"v1\"", web.requests("/rss").get(1).header("If-None-Match"));
    }

    @Test
    void redirectsAreFollowedEachHopCheckedAndTheFinalAddressKept() throws Exception {
        web.route("/a", TestWebServer.redirect(301, "/b")).route("/b", TestWebServer.redirect(302, web.url("/c")))
                .route("/c", TestWebServer.html("<p>here</p>"));
        List<URI> hops = new ArrayList<>();
        FetchResponse r = fetcher.get(URI.create(web.url("/a")), Map.of(), 10_000, "cap", hops::add);
        assertEquals(200, r.status());
        assertEquals(URI.create(web.url("/c")), r.uri());
        assertEquals(List.of(URI.create(web.url("/a")), URI.create(web.url("/b")), URI.create(web.url("/c"))), hops);
    }

    @Test
    void aRedirectLoopStopsAtTheLimit() {
        web.route("/loop", TestWebServer.redirect(302, "/loop"));
        FetchException e = assertThrows(FetchException.class, () -> get("/loop", Map.of(), 10_000));
        assertTrue(e.getMessage().startsWith("more than 5 redirects"), e.getMessage());
        assertFalse(e.mayPass());
        assertEquals(6, web.requests("/loop").size(), "the first request and five redirects, no more");
    }

    @Test
    void aRedirectToAnotherSchemeIsRefused() {
        web.route("/ftp", TestWebServer.redirect(302, "ftp://files.example/x"));
        FetchException e = assertThrows(FetchException.class, () -> get("/ftp", Map.of(), 10_000));
        assertTrue(e.getMessage().contains("not an http(s) URL"), e.getMessage());
    }

    @Test
    void aHugeBodyIsCutAtTheCapWithoutBeingRead() throws Exception {
        AtomicLong written = new AtomicLong();
        web.route("/big", TestWebServer.endlessFeed(50L * 1024 * 1024, written));
        long before = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        FetchException e = assertThrows(FetchException.class, () -> get("/big", Map.of(), 1024 * 1024));
        assertTrue(e.getMessage().startsWith("larger than 1048576 bytes (the cap)"), e.getMessage());
        assertFalse(e.mayPass());
        Thread.sleep(300);
        assertTrue(written.get() < 20L * 1024 * 1024, "the server could send only what buffers hold past the cap: " + written.get());
        long after = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
        System.out.printf("50 MB feed: cut after the server wrote %.1f MB; heap grew by at most %.1f MB%n",
                written.get() / 1e6, Math.max(0, after - before) / 1e6);
    }

    @Test
    void aDeclaredLengthOverTheCapIsRefusedAtOnce() {
        web.route("/declared", TestWebServer.text(200, "text/html", "x".repeat(5000)));
        FetchException e = assertThrows(FetchException.class, () -> get("/declared", Map.of(), 1024));
        assertTrue(e.getMessage().startsWith("larger than 1024 bytes"), e.getMessage());
    }

    @Test
    void aServerThatNeverAnswersHitsTheResponseTimeout() {
        web.route("/silent", TestWebServer.after(Duration.ofSeconds(5), TestWebServer.html("late")));
        long t0 = System.nanoTime();
        FetchException e = assertThrows(FetchException.class, () -> get("/silent", Map.of(), 10_000));
        double s = (System.nanoTime() - t0) / 1e9;
        assertTrue(e.getMessage().startsWith("no response within 800 ms"), e.getMessage());
        assertTrue(e.mayPass(), "a time-out may pass: the item is tried again");
        assertTrue(s < 3, "gave up in time: " + s);
    }

    @Test
    void aTricklingBodyHitsTheTotalTimeout() {
        web.route("/trickle", TestWebServer.trickle(Duration.ofMillis(100)));
        long t0 = System.nanoTime();
        FetchException e = assertThrows(FetchException.class, () -> get("/trickle", Map.of(), 10_000_000));
        double s = (System.nanoTime() - t0) / 1e9;
        assertTrue(e.getMessage().startsWith("no complete answer within 1500 ms"), e.getMessage());
        assertTrue(s < 4, "cut off at the total limit: " + s);
    }

    @Test
    void gzipIsUnpackedAndABombIsCappedUnpacked() throws Exception {
        byte[] page = "<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] zipped = gzip(page);
        web.route("/gz", x -> {
            x.getResponseHeaders().set("Content-Type", "text/html");
            x.getResponseHeaders().set("Content-Encoding", "gzip");
            x.sendResponseHeaders(200, zipped.length);
            x.getResponseBody().write(zipped);
        });
        assertArrayEquals(page, get("/gz", Map.of(), 10_000).body());
        assertEquals("gzip", web.requests("/gz").get(0).header("Accept-Encoding"));
        byte[] bomb = gzip(new byte[5_000_000]);
        web.route("/bomb", x -> {
            x.getResponseHeaders().set("Content-Encoding", "gzip");
            x.sendResponseHeaders(200, bomb.length);
            x.getResponseBody().write(bomb);
        });
        FetchException e = assertThrows(FetchException.class, () -> get("/bomb", Map.of(), 100_000));
        assertTrue(e.getMessage().contains("once unpacked"), e.getMessage());
    }

    @Test
    void aClosedPortIsAFailureThatMayPass() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        FetchException e = assertThrows(FetchException.class,
                () -> fetcher.get(URI.create("http://127.0.0.1:" + port + "/x"), Map.of(), 1000, "cap", HttpFetcher.HopCheck.NONE));
        assertTrue(e.mayPass());
        assertTrue(e.getMessage().contains("refused") || e.getMessage().contains("connection"), e.getMessage());
    }

    private static byte[] gzip(byte[] data) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }
}
