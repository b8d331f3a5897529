package io.claimwatch.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.model.ArticleParser;
import io.claimwatch.model.InputLimits;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The follower's logic on a local web server and a store in memory. */
class FeedFollowerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T1 = Instant.parse("2026-03-02T08:00:00Z");
    private static final String RSS = "application/rss+xml";

    private TestWebServer web;
    private final MemoryFeedStore store = new MemoryFeedStore();
    private FetchSettings settings = FetchSettings.DEFAULTS.withHostInterval(Duration.ZERO)
            .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(700), Duration.ofSeconds(2));

    @BeforeEach
    void start() throws Exception {
        web = TestWebServer.start();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private FeedSpec feed(String path, String outlet) {
        return new FeedSpec(web.url(path), URI.create(web.url(path)), outlet, Duration.ofMinutes(5));
    }

    private FeedFollower follower(FeedSpec... feeds) throws Exception {
        return new FeedFollower(List.of(feeds), settings, store, new ArticleParser(InputLimits.DEFAULTS, Clock.systemUTC()),
                Clock.systemUTC(), FollowerEvents.NONE, "test");
    }

    private String page(String title, Instant published) {
        return FeedFixtures.articlePage(title, published, "extend the fishing season by three weeks");
    }

    private List<JsonNode> articles() throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String a : store.articles) {
            out.add(JSON.readTree(a));
        }
        return out;
    }

    @Test
    void newItemsAreSentOnceWithTheFeedsFieldsAndAnUnchangedFeedCostsA304() throws Exception {
        web.route("/rss", TestWebServer.withEtag("\"v1\"", RSS, FeedFixtures.rss2("Harbour Gazette", List.of(
                new String[] {"g1", web.url("/p1"), "Council extends the season", "Mon, 02 Mar 2026 08:00:00 GMT"},
                new String[] {"g2", web.url("/p2"), null, null}))));
        web.route("/p1", TestWebServer.html(page("Page title one", T1)));
        web.route("/p2", TestWebServer.html(page("Second story from the page", Instant.parse("2026-03-02T09:30:00Z"))));
        FeedSpec f = feed("/rss", "Harbour Gazette");
        try (FeedFollower follower = follower(f)) {
            PollReport first = follower.poll(f);
            assertEquals(2, first.sent(), first.toString());
            PollReport second = follower.poll(f);
            assertTrue(second.notModified(), second.summary());
        }
        List<JsonNode> sent = articles();
        assertEquals(2, sent.size());
        JsonNode a = sent.get(0);
        assertEquals(web.url("/p1"), a.get("url").asText());
        assertEquals("Harbour Gazette", a.get("source").asText());
        assertEquals("Council extends the season", a.get("title").asText(), "the feed's title wins over the page's");
        assertEquals("2026-03-02T08:00:00Z", a.get("published_at").asText());
        assertEquals("en", a.get("language").asText());
        assertTrue(a.get("text").asText().startsWith("The harbour council of Velmora voted"), a.get("text").asText());
        assertTrue(!a.get("text").asText().contains("Copyright") && !a.get("text").asText().contains("Home"), "page furniture is gone");
        JsonNode b = sent.get(1);
        assertEquals("Second story from the page", b.get("title").asText(), "what the feed leaves out, the page's metadata gives");
        assertEquals("2026-03-02T09:30:00Z", b.get("published_at").asText());
        assertEquals(1, web.requests("/p1").size(), "each page fetched once");
        assertEquals("\"v1\"", web.requests("/rss").get(1).header("If-None-Match"));
    }

    @Test
    void aRestartedFollowerSendsNothingAgainAndPollsConditionally() throws Exception {
        web.route("/rss", TestWebServer.withLastModified("Mon, 02 Mar 2026 10:00:00 GMT", RSS, FeedFixtures.rss2("G", List.<String[]>of(
                new String[] {"g1", web.url("/p1"), "One", "Mon, 02 Mar 2026 08:00:00 GMT"}))));
        web.route("/p1", TestWebServer.html(page("One", T1)));
        FeedSpec f = feed("/rss", "G");
        try (FeedFollower first = follower(f)) {
            first.pollAllOnce();
        }
        try (FeedFollower again = follower(f)) {
            PollReport r = again.pollAllOnce().get(0);
            assertTrue(r.notModified(), r.summary());
            assertEquals(1, again.status(f.id()).itemsSent(), "the count is carried over");
        }
        assertEquals("Mon, 02 Mar 2026 10:00:00 GMT", web.requests("/rss").get(1).header("If-Modified-Since"));
        assertEquals(1, store.articles.size());
    }

    @Test
    void aPageThatFailsIsTriedAgainAtTheNextPollsThenGivenUpAndUntilThenNo304HidesIt() throws Exception {
        settings = new FetchSettings(settings.userAgent(), settings.hostInterval(), settings.maxCrawlDelay(), settings.connectTimeout(),
                settings.responseTimeout(), settings.totalTimeout(), settings.maxFeedBytes(), settings.maxPageBytes(),
                settings.maxRedirects(), 2, settings.minArticleWords(), settings.maxItemsPerPoll(), settings.workers());
        web.route("/rss", TestWebServer.withEtag("\"v1\"", RSS, FeedFixtures.rss2("G", List.<String[]>of(
                new String[] {"g1", web.url("/down"), "Down", "Mon, 02 Mar 2026 08:00:00 GMT"}))));
        web.route("/down", TestWebServer.text(503, "text/plain", "busy"));
        FeedSpec f = feed("/rss", "G");
        try (FeedFollower follower = follower(f)) {
            PollReport r1 = follower.poll(f);
            assertEquals(1, r1.failed());
            assertTrue(r1.problems().get(0).contains("answered HTTP 503") && r1.problems().get(0).contains("attempt 1 of 2"),
                    r1.problems().toString());
            PollReport r2 = follower.poll(f);
            assertEquals(200, r2.status(), "validators were not advanced: the feed is read again, not a 304");
            assertTrue(r2.problems().get(0).startsWith("'Down' <" + web.url("/down") + ">: gave up after 2 attempts"), r2.problems().toString());
            PollReport r3 = follower.poll(f);
            assertTrue(r3.notModified(), "settled now: the validators advance " + r3.summary());
        }
        assertEquals(2, web.requests("/down").size());
        assertEquals(LedgerEntry.State.GAVE_UP, store.ledger.values().iterator().next().state());
        assertTrue(store.articles.isEmpty());
    }

    @Test
    void everyBadItemIsReportedWithItsReasonAndTheGoodOnesAreSent() throws Exception {
        web.route("/rss", TestWebServer.withEtag("\"v1\"", RSS, FeedFixtures.rss2("G", List.of(
                new String[] {"g-nolink", null, "No link here", "Mon, 02 Mar 2026 08:00:00 GMT"},
                new String[] {"g-pdf", web.url("/doc.pdf"), "A PDF", "Mon, 02 Mar 2026 08:01:00 GMT"},
                new String[] {"g-short", web.url("/gallery"), "A gallery", "Mon, 02 Mar 2026 08:02:00 GMT"},
                new String[] {"g-private", web.url("/private/x"), "Forbidden", "Mon, 02 Mar 2026 08:03:00 GMT"},
                new String[] {"g-gone", web.url("/gone"), "Gone", "Mon, 02 Mar 2026 08:04:00 GMT"},
                new String[] {"g-future", web.url("/future"), "From the future", "Mon, 02 Mar 2099 08:00:00 GMT"},
                new String[] {"g-ok", web.url("/ok"), "Fine", "Mon, 02 Mar 2026 08:05:00 GMT"}))));
        web.route("/robots.txt", TestWebServer.text(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
        web.route("/doc.pdf", TestWebServer.text(200, "application/pdf", "%PDF-1.4 invented"));
        web.route("/gallery", TestWebServer.html("<html><head><title>Pictures</title></head><body><p>Twelve pictures.</p></body></html>"));
        web.route("/private/x", TestWebServer.html(page("Private", T1)));
        web.route("/future", TestWebServer.html(page("Future", T1)));
        web.route("/ok", TestWebServer.html(page("Fine", T1)));
        FeedSpec f = feed("/rss", "G");
        PollReport r;
        try (FeedFollower follower = follower(f)) {
            r = follower.poll(f);
        }
        assertEquals(1, r.sent(), r.toString());
        assertEquals(6, r.skipped());
        assertEquals(0, r.failed());
        String all = String.join("\n", r.problems());
        assertTrue(all.contains("'No link here': the item has no link to a page"), all);
        assertTrue(all.contains("is not an HTML page (Content-Type application/pdf)"), all);
        assertTrue(all.contains("is not an article: 2 words of article text"), all);
        assertTrue(all.contains("robots.txt of 127.0.0.1 disallows /private/x"), all);
        assertTrue(all.contains("is not there (HTTP 404)"), all);
        assertTrue(all.contains("refused by the input contract (BAD_DATE)"), all);
        assertTrue(web.requests("/private/x").isEmpty(), "a page robots.txt forbids is never requested");
        FeedStatus s = store.statuses.get(f.id());
        assertNotNull(s.lastError());
        assertEquals(1, s.itemsSent());
        assertEquals("\"v1\"", s.validators().etag(), "all settled (skipped for good): the validators advance");
    }

    @Test
    void aBrokenFeedIsReportedAndTheOthersAreFollowed() throws Exception {
        web.route("/broken", TestWebServer.text(200, RSS, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</channel>"));
        web.route("/error", TestWebServer.text(500, "text/plain", "oops"));
        web.route("/good", TestWebServer.text(200, RSS, FeedFixtures.rss2("Good", List.<String[]>of(
                new String[] {"g1", web.url("/p"), "One", "Mon, 02 Mar 2026 08:00:00 GMT"}))));
        web.route("/p", TestWebServer.html(page("One", T1)));
        FeedSpec broken = feed("/broken", "Broken");
        FeedSpec error = feed("/error", "Error");
        FeedSpec good = feed("/good", null);
        List<PollReport> reports;
        try (FeedFollower follower = follower(broken, error, good)) {
            reports = follower.pollAllOnce();
        }
        assertTrue(reports.get(0).error().startsWith("not a well-formed feed at line 1"), reports.get(0).error());
        assertEquals("the feed answered HTTP 500 (a server error)", reports.get(1).error());
        assertNull(reports.get(2).error());
        assertEquals(1, reports.get(2).sent());
        assertEquals("Good", JSON.readTree(store.articles.get(0)).get("source").asText(), "no outlet given: the feed's title");
        assertTrue(store.statuses.get(broken.id()).lastError().startsWith("not a well-formed feed"));
        assertTrue(store.statuses.get(broken.id()).validators().isEmpty());
    }

    @Test
    void aPageListedByTwoFeedsIsSentOnce() throws Exception {
        String item = FeedFixtures.rss2("G", List.<String[]>of(new String[] {null, web.url("/shared"), "Shared", "Mon, 02 Mar 2026 08:00:00 GMT"}));
        web.route("/world", TestWebServer.text(200, RSS, item));
        web.route("/politics", TestWebServer.text(200, RSS, item.replace("/shared", "/shared?utm_source=politics")));
        web.route("/shared", TestWebServer.html(page("Shared", T1)));
        web.route("/shared?utm_source=politics", TestWebServer.html(page("Shared", T1)));
        FeedSpec world = feed("/world", "G");
        FeedSpec politics = feed("/politics", "G");
        try (FeedFollower follower = follower(world, politics)) {
            follower.poll(world);
            PollReport r = follower.poll(politics);
            assertTrue(r.problems().get(0).contains("the same page was already sent from the feed " + world.id()), r.problems().toString());
        }
        assertEquals(1, store.articles.size());
        assertTrue(web.requests("/shared?utm_source=politics").isEmpty(), "known by its normalised URL before any fetch");
    }

    @Test
    void aFailingStoreLeavesTheItemUnrememberedAndATakeOverStopsTheFollower() throws Exception {
        web.route("/rss", TestWebServer.withEtag("\"v1\"", RSS, FeedFixtures.rss2("G", List.<String[]>of(
                new String[] {"g1", web.url("/p1"), "One", "Mon, 02 Mar 2026 08:00:00 GMT"}))));
        web.route("/p1", TestWebServer.html(page("One", T1)));
        FeedSpec f = feed("/rss", "G");
        try (FeedFollower follower = follower(f)) {
            store.failNext = new FeedStore.StoreException("Kafka write failed (nothing was sent): broker down", false, null);
            PollReport r = follower.poll(f);
            assertEquals("Kafka write failed (nothing was sent): broker down", r.error());
            assertNull(follower.fatalError());
            assertEquals(1, follower.poll(f).sent(), "sent at the next poll: the feed was read again, not a 304");
            store.failNext = new FeedStore.StoreException("another follower with the same name has taken over", true, null);
            web.route("/rss", TestWebServer.text(200, RSS, FeedFixtures.rss2("G", List.<String[]>of(
                    new String[] {"g2", web.url("/p1?2"), "Two", "Mon, 02 Mar 2026 09:00:00 GMT"}))));
            web.route("/p1?2", TestWebServer.html(page("Two", T1)));
            follower.poll(f);
            assertEquals("another follower with the same name has taken over", follower.fatalError());
            Thread runner = new Thread(() -> {
                try {
                    follower.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            runner.start();
            runner.join(5000);
            assertTrue(!runner.isAlive(), "a stopped follower does not run on");
        }
        assertEquals(1, store.articles.size());
    }

    @Test
    void onlyMaxItemsPerPollAreHandledAndTheRestWaitWithoutA304() throws Exception {
        settings = new FetchSettings(settings.userAgent(), settings.hostInterval(), settings.maxCrawlDelay(), settings.connectTimeout(),
                settings.responseTimeout(), settings.totalTimeout(), settings.maxFeedBytes(), settings.maxPageBytes(),
                settings.maxRedirects(), settings.maxAttempts(), settings.minArticleWords(), 2, settings.workers());
        List<String[]> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(new String[] {"g" + i, web.url("/p" + i), "Item " + i, "Mon, 02 Mar 2026 0" + i + ":00:00 GMT"});
            web.route("/p" + i, TestWebServer.html(page("Item " + i, T1)));
        }
        web.route("/rss", TestWebServer.withEtag("\"v1\"", RSS, FeedFixtures.rss2("G", items)));
        FeedSpec f = feed("/rss", "G");
        try (FeedFollower follower = follower(f)) {
            assertEquals(2, follower.poll(f).sent());
            assertEquals(2, follower.poll(f).sent());
            assertEquals(1, follower.poll(f).sent());
            assertTrue(follower.poll(f).notModified());
        }
        List<String> titles = articles().stream().map(a -> a.get("title").asText()).toList();
        assertEquals(List.of("Item 0", "Item 1", "Item 2", "Item 3", "Item 4"), titles, "oldest first");
    }

    @Test
    void anItemListedTwiceInOneFeedIsOneItem() throws Exception {
        web.route("/rss", TestWebServer.text(200, RSS, FeedFixtures.rss2("G", List.of(
                new String[] {null, web.url("/twice"), "Twice", "Mon, 02 Mar 2026 08:00:00 GMT"},
                new String[] {null, web.url("/twice"), "Twice again", "Mon, 02 Mar 2026 08:00:00 GMT"}))));
        web.route("/twice", TestWebServer.text(503, "text/plain", "busy"));
        FeedSpec f = feed("/rss", "G");
        PollReport r;
        try (FeedFollower follower = follower(f)) {
            r = follower.poll(f);
        }
        assertEquals(1, r.fresh(), r.toString());
        assertEquals(1, web.requests("/twice").size());
        assertEquals(1, store.ledger.values().iterator().next().attempts(), "one attempt, not one per listing");
    }
}
