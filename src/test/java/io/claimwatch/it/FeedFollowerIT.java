package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.connectors.kafka.TopicAdmin;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.feeds.FeedFixtures;
import io.claimwatch.feeds.FeedFollower;
import io.claimwatch.feeds.FeedSpec;
import io.claimwatch.feeds.FeedStatus;
import io.claimwatch.feeds.FeedsFile;
import io.claimwatch.feeds.FollowerEvents;
import io.claimwatch.feeds.ItemKeys;
import io.claimwatch.feeds.KafkaFeedStore;
import io.claimwatch.feeds.LedgerEntry;
import io.claimwatch.feeds.PollReport;
import io.claimwatch.feeds.TestWebServer;
import io.claimwatch.model.ArticleParser;
import io.claimwatch.model.InputLimits;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The feed follower end to end: `claimwatch feeds` as a separate process against a web server in
 * this JVM and the shared Kafka broker. An RSS feed (an item behind a redirect, one robots.txt
 * forbids, one without a link, one that is a PDF), an Atom feed, a feed whose page times out, a
 * malformed feed, a 50 MB feed and a feed that answers 500. The follower is killed with SIGKILL
 * in the middle of a feed, a killed follower's open transaction is left behind, and it is started
 * again: exactly the new items reach the articles topic, once each; the broken ones are reported
 * and send nothing; the second polls are 304s; a second follower of the same name takes over
 * from the first without a duplicate.
 */
@ExtendWith(SharedStack.class)
@Timeout(value = 300)
class FeedFollowerIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final String RSS = "application/rss+xml; charset=utf-8";
    private static final String NAME = "claimwatch-feeds";

    @Test
    void exactlyTheNewItemsReachTheArticlesTopicOnceEachAcrossAKillAndARestart(@TempDir Path dir) throws Exception {
        String prefix = "feeds-it-" + RUNS.incrementAndGet() + "-" + System.currentTimeMillis() % 100000 + "-";
        TopicCatalog topics = TopicCatalog.load(prefix);
        TopicAdmin.ensureTopics(SharedStack.bootstrapServers(), Map.of(), topics, (short) 1);
        String articlesTopic = topics.name(TopicCatalog.ARTICLES);

        CountDownLatch gateReached = new CountDownLatch(1);
        CountDownLatch gateOpen = new CountDownLatch(1);
        AtomicLong hugeWritten = new AtomicLong();
        try (TestWebServer web = TestWebServer.start()) {
            serve(web, gateReached, gateOpen, hugeWritten, "\"rss-1\"", List.of());
            Path feedsFile = dir.resolve("feeds.yaml");
            Files.writeString(feedsFile, feedsYaml(web));
            FeedsFile.Contents contents = FeedsFile.load(feedsFile);
            FeedSpec rss = contents.feeds().get(0);

            // Run 1: the long-running follower, killed (SIGKILL) while it waits for the last page of the RSS feed.
            long t0 = System.nanoTime();
            Path out1 = dir.resolve("run1.out");
            Process run1 = follower(prefix, feedsFile, out1, false);
            assertTrue(gateReached.await(90, TimeUnit.SECONDS), "the follower reached the last RSS page: " + read(out1));
            String seen = awaitOutput(out1, List.of("Broken Feed: failed", "Huge Feed: failed", "Error Feed: failed", "Slow Feed: 200",
                    "Atom Gazette: 200"), Duration.ofSeconds(60));
            assertTrue(run1.isAlive(), "bad feeds and bad pages do not stop the follower: " + seen);
            run1.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            double killedAfter = (System.nanoTime() - t0) / 1e9;
            Map<String, Integer> afterKill = countByUrl(articlesTopic);
            // Oldest first: r1, r3 (and the skipped r4, r6, r7) went before r5; r2, undated, comes last.
            assertTrue(afterKill.keySet().containsAll(List.of(web.url("/news/r1"), web.url("/news/r3"))),
                    "what was sent before the kill is committed: " + afterKill);
            assertTrue(!afterKill.containsKey(web.url("/gate/r5")) && !afterKill.containsKey(web.url("/news/r2")),
                    "the page it was fetching, and what came after, was not sent: " + afterKill);

            // A killed follower may leave a transaction open: its article and ledger entry must never count.
            KafkaProducer<byte[], byte[]> zombie = openTransaction(prefix + NAME, articlesTopic, topics.name(TopicCatalog.FEEDS_SENT),
                    ItemKeys.ledgerKey(rss.id(), "rss-r5"), web.url("/gate/r5"));
            gateOpen.countDown();

            // Run 2: one-shot, after the kill. It takes over the name (aborting the open transaction) and finishes the job.
            long t1 = System.nanoTime();
            Path out2 = dir.resolve("run2.out");
            Process run2 = follower(prefix, feedsFile, out2, true);
            assertTrue(run2.waitFor(120, TimeUnit.SECONDS), "the one-shot run ends: " + read(out2));
            double oneShot = (System.nanoTime() - t1) / 1e9;
            String summary = read(out2);
            assertEquals(2, run2.exitValue(), "a broken feed and a failed page make exit code 2: " + summary);
            closeQuietly(zombie);
            assertTrue(summary.contains("Summary: 6 feeds polled"), summary);
            assertTrue(summary.contains("Following 6 feeds from "), summary);
            for (String reason : List.of(
                    "Broken Feed (" + web.url("/broken.xml") + "): failed: not a well-formed feed at line",
                    "Huge Feed (" + web.url("/huge.xml") + "): failed: the feed could not be fetched: larger than 10485760 bytes (fetch.max-feed-bytes)",
                    "Error Feed (" + web.url("/error.xml") + "): failed: the feed answered HTTP 500",
                    "failed: no response within 2 s (fetch.response-timeout) (attempt 2 of 3")) {
                assertTrue(summary.contains(reason), "reported: " + reason + "\n" + summary);
            }
            // Items skipped for good were reported once, by the first run, as it met them.
            for (String reason : List.of(
                    "Harbour Gazette: skipped 'Internal memo': its page " + web.url("/private/r4")
                            + " was not fetched: robots.txt of 127.0.0.1 disallows /private/r4",
                    "Harbour Gazette: skipped 'Without a link': the item has no link to a page",
                    "Harbour Gazette: skipped 'Budget as a PDF': its page " + web.url("/files/r7.pdf")
                            + " is not an HTML page (Content-Type application/pdf)",
                    "Slow Feed: failed 'Slow page': its page " + web.url("/slow/s2") + " failed: no response within 2 s")) {
                assertTrue(seen.contains(reason), "reported: " + reason + "\n" + seen);
            }
            assertTrue(web.requests("/private/r4").isEmpty(), "robots.txt was honoured");

            List<String> expected = new ArrayList<>(List.of("/news/r1", "/news/r2", "/news/r3", "/gate/r5", "/news/a1", "/news/a2",
                    "/news/s1"));
            assertOnceEach(web, articlesTopic, expected);
            Map<String, JsonNode> byUrl = byUrl(articlesTopic);
            assertEquals("Harbour Gazette", byUrl.get(web.url("/news/r1")).get("source").asText());
            assertEquals("Quay repairs to start in April", byUrl.get(web.url("/news/r2")).get("title").asText(), "the page's title fills the gap");
            assertEquals("2026-03-02T07:00:00Z", byUrl.get(web.url("/news/r2")).get("published_at").asText());
            assertTrue(byUrl.containsKey(web.url("/news/r3")), "a redirected item is sent under the page's own address");
            long hugePolls = web.requests("/huge.xml").size();
            assertTrue(hugeWritten.get() / hugePolls < 16L * 1024 * 1024, "the 50 MB feed was cut off at the cap, not read: "
                    + hugeWritten.get() + " bytes in " + hugePolls + " polls");

            // Run 3, in this JVM: nothing changed, so the RSS and Atom feeds are 304s and nothing is sent.
            long t3 = System.nanoTime();
            List<PollReport> third = pollOnce(prefix, contents);
            double thirdSeconds = (System.nanoTime() - t3) / 1e9;
            Map<String, PollReport> reports = third.stream().collect(Collectors.toMap(r -> r.feed().label(), Function.identity()));
            assertTrue(reports.get("Harbour Gazette").notModified(), reports.get("Harbour Gazette").summary());
            assertTrue(reports.get("Atom Gazette").notModified(), reports.get("Atom Gazette").summary());
            List<TestWebServer.Request> rssPolls = web.requests("/rss.xml");
            assertEquals("\"rss-1\"", rssPolls.get(rssPolls.size() - 1).header("If-None-Match"));
            List<TestWebServer.Request> atomPolls = web.requests("/atom.xml");
            assertEquals("Sun, 01 Mar 2026 12:00:00 GMT", atomPolls.get(atomPolls.size() - 1).header("If-Modified-Since"));
            assertTrue(reports.get("Slow Feed").problems().stream().anyMatch(p -> p.contains("gave up after 3 attempts")),
                    reports.get("Slow Feed").problems().toString());
            assertOnceEach(web, articlesTopic, expected);

            // Run 4: one new item in the RSS feed → exactly that one is sent.
            serve(web, gateReached, gateOpen, hugeWritten, "\"rss-2\"", List.<String[]>of(
                    new String[] {"rss-r8", web.url("/news/r8"), "Ferry timetable changes", "Tue, 03 Mar 2026 10:00:00 GMT"}));
            List<PollReport> fourth = pollOnce(prefix, contents);
            assertEquals(1, fourth.get(0).sent(), fourth.get(0).summary() + " " + fourth.get(0).problems());
            expected.add("/news/r8");
            assertOnceEach(web, articlesTopic, expected);

            // Run 5: a second follower of the same name (another machine) takes over; the first stops, nothing is sent twice.
            serve(web, gateReached, gateOpen, hugeWritten, "\"rss-3\"", List.of(
                    new String[] {"rss-r8", web.url("/news/r8"), "Ferry timetable changes", "Tue, 03 Mar 2026 10:00:00 GMT"},
                    new String[] {"rss-r9", web.url("/news/r9"), "Lighthouse reopens", "Wed, 04 Mar 2026 10:00:00 GMT"}));
            try (FeedFollower first = open(prefix, List.of(rss))) {
                try (FeedFollower second = open(prefix, List.of(rss))) {
                    first.pollAllOnce();
                    assertNotNull(first.fatalError(), "the first follower was fenced");
                    assertTrue(first.fatalError().contains("taken over"), first.fatalError());
                    PollReport r = second.pollAllOnce().get(0);
                    assertEquals(1, r.sent(), r.summary());
                    assertNull(second.fatalError());
                }
            }
            expected.add("/news/r9");
            assertOnceEach(web, articlesTopic, expected);

            // The status topic: each feed's last poll, items sent and last error.
            Map<String, FeedStatus> statuses = KafkaFeedStore.readStatuses(SharedStack.bootstrapServers(), Map.of(),
                    topics.name(TopicCatalog.FEEDS_STATUS), Duration.ofSeconds(30));
            Map<String, FeedStatus> byOutlet = new TreeMap<>();
            statuses.values().forEach(s -> byOutlet.put(s.outlet(), s));
            assertEquals(6, byOutlet.size(), byOutlet.keySet().toString());
            assertEquals(6, byOutlet.get("Harbour Gazette").itemsSent(), "r1 r2 r3 r5 r8 r9");
            assertEquals(2, byOutlet.get("Atom Gazette").itemsSent());
            assertEquals(1, byOutlet.get("Slow Feed").itemsSent());
            assertTrue(byOutlet.get("Broken Feed").lastError().startsWith("not a well-formed feed"), byOutlet.get("Broken Feed").lastError());
            assertTrue(byOutlet.get("Huge Feed").lastError().contains("larger than"), byOutlet.get("Huge Feed").lastError());
            assertEquals(0, byOutlet.get("Error Feed").itemsSent());
            byOutlet.values().forEach(s -> assertNotNull(s.lastPollAt(), s.feedId()));
            String shown = String.join("\n", byOutlet.get("Slow Feed").describe());
            assertTrue(shown.contains("items sent") && shown.contains("last error"), shown);

            // `claimwatch status` shows them (a job file points it at this run's broker, prefix and node).
            Path job = dir.resolve("job.yaml");
            Files.writeString(job, "kafka:\n  bootstrap-servers: " + SharedStack.bootstrapServers() + "\n  topic-prefix: " + prefix
                    + "\nelasticsearch:\n  hosts: [\"" + SharedStack.elasticsearchUrl() + "\"]\n");
            io.claimwatch.cli.CliRun status = io.claimwatch.cli.CliRun.of("status", "--job", job.toString());
            assertTrue(status.out().contains("Feeds (" + topics.name(TopicCatalog.FEEDS_STATUS) + "): 6 followed"), status.out() + status.err());
            assertTrue(status.out().contains("  Harbour Gazette  " + web.url("/rss.xml")), status.out());
            assertTrue(status.out().contains("; 6 items sent; next poll "), status.out());
            assertTrue(status.out().contains("last error ") && status.out().contains("not a well-formed feed"), status.out());

            System.out.printf("FeedFollowerIT: run 1 killed after %.1f s; one-shot run 2 (a new JVM) %.1f s; run 3 (in-process, "
                    + "304s and a retry) %.1f s; 50 MB feed cut after %.1f MB a poll; %d articles, each once%n", killedAfter, oneShot,
                    thirdSeconds, hugeWritten.get() / 1e6 / web.requests("/huge.xml").size(), expected.size());
        }
    }

    /** Items per second of the one-shot mode on a local feed of 500 items (a figure for the report, not asserted). */
    @Test
    void oneShotThroughputOnALocalFeedOf500Items() throws Exception {
        String prefix = "feeds-bench-" + RUNS.incrementAndGet() + "-" + System.currentTimeMillis() % 100000 + "-";
        TopicCatalog topics = TopicCatalog.load(prefix);
        TopicAdmin.ensureTopics(SharedStack.bootstrapServers(), Map.of(), topics, (short) 1);
        try (TestWebServer web = TestWebServer.start()) {
            List<String[]> items = new ArrayList<>();
            Instant base = Instant.parse("2026-03-01T00:00:00Z");
            for (int i = 0; i < 500; i++) {
                String path = "/story/" + i;
                items.add(new String[] {"bench-" + i, web.url(path), "Story number " + i, rfc1123(base.plusSeconds(60L * i))});
                web.route(path, TestWebServer.html(FeedFixtures.articlePage("Story number " + i, base.plusSeconds(60L * i),
                        "approve plan number " + i + " for the harbour")));
            }
            web.route("/bench.xml", TestWebServer.text(200, RSS, FeedFixtures.rss2("Bench", items)));
            FeedsFile.Contents contents = FeedsFile.parse("feeds:\n  - url: " + web.url("/bench.xml") + "\n    outlet: Bench\n"
                    + "fetch:\n  host-interval: 0s\n  max-items-per-poll: 1000\n", "bench");
            long t0 = System.nanoTime();
            List<PollReport> r = pollOnce(prefix, contents);
            double s = (System.nanoTime() - t0) / 1e9;
            assertEquals(500, r.get(0).sent(), r.get(0).summary());
            assertEquals(500, TestKafka.readCommitted(topics.name(TopicCatalog.ARTICLES)).size());
            System.out.printf("FeedFollowerIT: one-shot, 500 local items (fetch, extract, validate, one transaction each): %.1f s, %.0f items/s%n",
                    s, 500 / s);
        }
    }

    // ---- the web the follower sees ----

    private static void serve(TestWebServer web, CountDownLatch gateReached, CountDownLatch gateOpen, AtomicLong hugeWritten,
            String rssEtag, List<String[]> extraRss) {
        web.route("/robots.txt", TestWebServer.text(200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
        List<String[]> rssItems = new ArrayList<>(extraRss);
        rssItems.addAll(List.of(
                new String[] {"rss-r1", web.url("/news/r1"), "Council extends the fishing season", "Mon, 02 Mar 2026 06:00:00 GMT"},
                new String[] {null, web.url("/news/r2"), null, null},
                new String[] {"rss-r3", web.url("/go/r3"), "Harbour fees to rise", "Mon, 02 Mar 2026 07:30:00 GMT"},
                new String[] {"rss-r4", web.url("/private/r4"), "Internal memo", "Mon, 02 Mar 2026 07:40:00 GMT"},
                new String[] {"rss-r5", web.url("/gate/r5"), "Mayor answers critics", "Mon, 02 Mar 2026 09:00:00 GMT"},
                new String[] {"rss-r6", null, "Without a link", "Mon, 02 Mar 2026 07:50:00 GMT"},
                new String[] {"rss-r7", web.url("/files/r7.pdf"), "Budget as a PDF", "Mon, 02 Mar 2026 07:55:00 GMT"}));
        web.route("/rss.xml", TestWebServer.withEtag(rssEtag, RSS, FeedFixtures.rss2("Harbour Gazette", rssItems)));
        web.route("/news/r1", page("Council extends the fishing season", "2026-03-02T06:00:00Z"));
        web.route("/news/r2", page("Quay repairs to start in April", "2026-03-02T07:00:00Z"));
        web.route("/go/r3", TestWebServer.redirect(302, "/news/r3"));
        web.route("/news/r3", page("Harbour fees to rise", "2026-03-02T07:30:00Z"));
        web.route("/private/r4", page("Internal memo", "2026-03-02T07:40:00Z"));
        web.route("/files/r7.pdf", TestWebServer.text(200, "application/pdf", "%PDF-1.4 an invented budget"));
        TestWebServer.Handler r5 = page("Mayor answers critics", "2026-03-02T09:00:00Z");
        web.route("/gate/r5", x -> {
            gateReached.countDown();
            try {
                if (!gateOpen.await(120, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            r5.handle(x);
        });
        web.route("/news/r8", page("Ferry timetable changes", "2026-03-03T10:00:00Z"));
        web.route("/news/r9", page("Lighthouse reopens", "2026-03-04T10:00:00Z"));

        web.route("/atom.xml", TestWebServer.withLastModified("Sun, 01 Mar 2026 12:00:00 GMT", "application/atom+xml",
                FeedFixtures.atom("Atom Gazette", List.of(
                        new String[] {"urn:atom:a1", web.url("/news/a1"), "Bridge &lt;b&gt;reopens&lt;/b&gt;", "2026-03-01T10:00:00Z"},
                        new String[] {"urn:atom:a2", web.url("/news/a2"), "School year to start later", "2026-03-01T11:00:00Z"}))));
        web.route("/news/a1", page("Bridge reopens", "2026-03-01T10:00:00Z"));
        web.route("/news/a2", page("School year to start later", "2026-03-01T11:00:00Z"));

        web.route("/slow.xml", TestWebServer.text(200, "text/xml", "<?xml version=\"1.0\"?><rss version=\"0.92\"><channel><title>Slow</title>"
                + "<link>" + web.url("/") + "</link><description>d</description>"
                + "<item><title>Quick page</title><link>" + web.url("/news/s1") + "</link></item>"
                + "<item><title>Slow page</title><link>" + web.url("/slow/s2") + "</link></item></channel></rss>"));
        web.route("/news/s1", page("Quick page", "2026-03-01T08:00:00Z"));
        web.route("/slow/s2", TestWebServer.after(Duration.ofSeconds(10), page("Slow page", "2026-03-01T09:00:00Z")));

        web.route("/broken.xml", TestWebServer.text(200, RSS, "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Broken"
                + "</channel>\n<item><link>" + web.url("/news/x") + "</link></item>"));
        web.route("/huge.xml", TestWebServer.endlessFeed(50L * 1024 * 1024, hugeWritten));
        web.route("/error.xml", TestWebServer.text(500, "text/plain", "internal error"));
    }

    private static TestWebServer.Handler page(String title, String published) {
        return TestWebServer.html(FeedFixtures.articlePage(title, Instant.parse(published), "decide on " + title.toLowerCase()));
    }

    private static String feedsYaml(TestWebServer web) {
        return "feeds:\n"
                + "  - url: " + web.url("/rss.xml") + "\n    outlet: Harbour Gazette\n"
                + "  - url: " + web.url("/atom.xml") + "\n    outlet: Atom Gazette\n"
                + "  - url: " + web.url("/slow.xml") + "\n    outlet: Slow Feed\n"
                + "  - url: " + web.url("/broken.xml") + "\n    outlet: Broken Feed\n"
                + "  - url: " + web.url("/huge.xml") + "\n    outlet: Huge Feed\n"
                + "  - url: " + web.url("/error.xml") + "\n    outlet: Error Feed\n"
                + "interval: 1h\n"
                + "fetch:\n  host-interval: 20ms\n  response-timeout: 2s\n  total-timeout: 6s\n  workers: 4\n";
    }

    // ---- followers ----

    /** `claimwatch feeds` in a JVM of its own, so it can be killed for real. */
    private static Process follower(String prefix, Path feedsFile, Path out, boolean once) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-Dclaimwatch.runs.dir=" + System.getProperty("claimwatch.runs.dir", System.getProperty("java.io.tmpdir")),
                "io.claimwatch.cli.Main", "feeds", "--feeds", feedsFile.toString(), "--bootstrap-servers", SharedStack.bootstrapServers()));
        if (once) {
            cmd.add("--once");
        }
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("CLAIMWATCH_KAFKA_TOPIC_PREFIX", prefix);
        pb.environment().remove("CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS");
        return pb.start();
    }

    private static FeedFollower open(String prefix, List<FeedSpec> feeds) throws Exception {
        TopicCatalog topics = TopicCatalog.load(prefix);
        KafkaFeedStore store = new KafkaFeedStore(SharedStack.bootstrapServers(), Map.of(), new KafkaFeedStore.Topics(
                topics.name(TopicCatalog.ARTICLES), topics.name(TopicCatalog.FEEDS_SENT), topics.name(TopicCatalog.FEEDS_STATUS)),
                prefix + NAME, 8 * 1024 * 1024);
        FeedsFile.Contents defaults = FeedsFile.parse("fetch:\n  host-interval: 0s\n  response-timeout: 2s\n", "it");
        return new FeedFollower(feeds, defaults.fetch(), store, new ArticleParser(InputLimits.DEFAULTS, Clock.systemUTC()),
                Clock.systemUTC(), FollowerEvents.NONE, "FeedFollowerIT");
    }

    private static List<PollReport> pollOnce(String prefix, FeedsFile.Contents contents) throws Exception {
        TopicCatalog topics = TopicCatalog.load(prefix);
        KafkaFeedStore store = new KafkaFeedStore(SharedStack.bootstrapServers(), Map.of(), new KafkaFeedStore.Topics(
                topics.name(TopicCatalog.ARTICLES), topics.name(TopicCatalog.FEEDS_SENT), topics.name(TopicCatalog.FEEDS_STATUS)),
                prefix + NAME, 8 * 1024 * 1024);
        try (FeedFollower f = new FeedFollower(contents.feeds(), contents.fetch(), store,
                new ArticleParser(InputLimits.DEFAULTS, Clock.systemUTC()), Clock.systemUTC(), FollowerEvents.NONE, "FeedFollowerIT")) {
            return f.pollAllOnce();
        }
    }

    /** What a follower killed mid-item leaves: an open transaction holding an article and its ledger entry. */
    private static KafkaProducer<byte[], byte[]> openTransaction(String transactionalId, String articles, String ledger, String key,
            String url) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.bootstrapServers());
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        p.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "120000");
        KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
        producer.initTransactions();
        producer.beginTransaction();
        String article = JSON.createObjectNode().put("url", url).put("source", "Harbour Gazette").put("title", "Left open")
                .put("published_at", "2026-03-02T09:00:00Z").put("text", "A transaction a killed follower never committed.").toString();
        producer.send(new ProducerRecord<>(articles, article.getBytes(StandardCharsets.UTF_8)));
        LedgerEntry e = new LedgerEntry(key, ItemKeys.feedOf(key), "rss-r5", LedgerEntry.State.SENT, url, null, 1, Instant.now());
        producer.send(new ProducerRecord<>(ledger, key.getBytes(StandardCharsets.UTF_8), e.toJson()));
        producer.flush();
        return producer;
    }

    private static void closeQuietly(KafkaProducer<byte[], byte[]> producer) {
        try {
            producer.close(Duration.ofSeconds(2));
        } catch (RuntimeException fenced) {
            // fenced by the follower that took over: what it means to be a zombie
        }
    }

    // ---- what reached the articles topic ----

    private static Map<String, Integer> countByUrl(String topic) throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        for (String v : TestKafka.readCommitted(topic)) {
            out.merge(JSON.readTree(v).path("url").asText(), 1, Integer::sum);
        }
        return out;
    }

    private static Map<String, JsonNode> byUrl(String topic) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        for (String v : TestKafka.readCommitted(topic)) {
            JsonNode n = JSON.readTree(v);
            out.put(n.path("url").asText(), n);
        }
        return out;
    }

    private static void assertOnceEach(TestWebServer web, String topic, List<String> paths) throws Exception {
        Map<String, Integer> expected = new TreeMap<>();
        paths.forEach(p -> expected.put(web.url(p), 1));
        Map<String, Integer> got = countByUrl(topic);
        assertEquals(expected, got, "exactly these articles, once each");
        for (JsonNode n : byUrl(topic).values()) {
            assertTrue(!n.path("text").asText().contains("never committed"), "nothing of an aborted transaction is visible");
        }
    }

    // ---- helpers ----

    private static String awaitOutput(Path out, List<String> needles, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String text = read(out);
        while (System.nanoTime() < deadline) {
            text = read(out);
            String current = text;
            if (needles.stream().allMatch(current::contains)) {
                return text;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the follower did not report " + needles + " within " + timeout.toSeconds() + " s:\n" + text);
    }

    private static String read(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static String rfc1123(Instant t) {
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atZone(java.time.ZoneOffset.UTC));
    }

    @SuppressWarnings("unused")
    private static String classpath() {
        return System.getProperty("java.class.path").replace(File.pathSeparator, "\n");
    }
}
