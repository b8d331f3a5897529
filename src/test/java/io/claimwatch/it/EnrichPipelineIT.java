package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import io.claimwatch.cli.CliRun;
import io.claimwatch.jobs.KafkaIo;
import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.Entity;
import io.claimwatch.model.RecordJson;
import io.claimwatch.nlp.ArticleAnalyzer;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The enrich job on a MiniCluster, against the shared real Kafka broker and Elasticsearch node. */
@ExtendWith(SharedStack.class)
@Timeout(value = 240)
class EnrichPipelineIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void goodRecordsAreIndexedAndPublishedAndBadOnesDeadLettered() throws Exception {
        PipelineHarness run = new PipelineHarness("good-bad");
        List<byte[]> records = new ArrayList<>(TestKafka.utf8(Articles.stories("gb", 12)));
        Map<String, String> bad = new HashMap<>();
        bad.put("this is not json", "NOT_JSON");
        bad.put("[1, 2, 3]", "NOT_OBJECT");
        bad.put("{\"url\":\"https://x.example/a\",\"source\":\"X\",\"title\":\"T\",\"published_at\":\"2026-03-01T10:00:00Z\"}", "NO_TEXT");
        bad.put("{\"url\":\"https://x.example/b\",\"source\":7,\"title\":\"T\",\"published_at\":\"2026-03-01\",\"text\":\"Hi.\"}", "BAD_FIELD_TYPE");
        bad.put("{\"url\":\"https://x.example/c\",\"source\":\"X\",\"title\":\"T\",\"published_at\":\"yesterday\",\"text\":\"Hi.\"}", "BAD_DATE");
        bad.put("{\"url\":\"https://x.example/d\",\"source\":\"X\",\"title\":\"T\",\"published_at\":\"2026-03-01\",\"text\":\""
                + "x".repeat(PipelineHarness.MAX_ARTICLE_BYTES) + "\"}", "TOO_LARGE");
        bad.forEach((value, reason) -> records.add(value.getBytes(StandardCharsets.UTF_8)));
        records.add(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        TestKafka.produce(run.articlesTopic(), records);

        run.runBounded();

        assertEquals(12, TestElasticsearch.count(run.articlesIndex()));
        JsonNode doc = TestElasticsearch.get(run.articlesIndex(), "gb-3");
        assertNotNull(doc, "article gb-3 is indexed under its own id");
        assertEquals("Test Wire", doc.get("source").asText());
        assertEquals(2, doc.get("paragraphs").size());
        assertEquals(3, doc.get("sentence_count").asInt());
        assertTrue(doc.get("token_count").asInt() > 30);

        List<JsonNode> enriched = parse(TestKafka.readCommitted(run.enrichedTopic()));
        assertEquals(12, enriched.size());
        assertEquals(Set.of("article"), enriched.stream().map(e -> e.get("type").asText()).collect(Collectors.toSet()));
        assertEquals(12, enriched.stream().map(e -> e.get("id").asText()).distinct().count());

        List<JsonNode> dead = parse(TestKafka.readCommitted(run.dlqTopic()));
        assertEquals(bad.size() + 1, dead.size());
        Map<String, String> reasonByOriginal = new HashMap<>();
        for (JsonNode d : dead) {
            assertEquals(run.articlesTopic(), d.get("topic").asText());
            assertTrue(d.get("offset").asLong() >= 0);
            assertTrue(d.get("message").asText().length() > 5);
            String original = d.has("original") ? d.get("original").asText() : "base64:" + d.get("original_base64").asText();
            if (d.path("original_truncated").asBoolean()) {
                // Over the article limit: the dead letter keeps the start, the size and a digest.
                String head = original;
                original = bad.keySet().stream().filter(v -> v.startsWith(head)).findFirst().orElse(head);
                assertEquals(original.getBytes(java.nio.charset.StandardCharsets.UTF_8).length, d.get("original_size").asInt());
                assertEquals(64, d.get("original_sha256").asText().length());
            }
            reasonByOriginal.put(original, d.get("reason").asText());
        }
        bad.forEach((value, reason) -> assertEquals(reason, reasonByOriginal.get(value), "reason for " + value.substring(0, Math.min(20, value.length()))));
        assertEquals("BAD_ENCODING", reasonByOriginal.entrySet().stream()
                .filter(e -> e.getKey().startsWith("base64:")).map(Map.Entry::getValue).findFirst().orElse(null));

        // claimwatch status reads the same deployment from a job file.
        java.nio.file.Path job = java.nio.file.Files.createTempFile("status", ".yaml");
        java.nio.file.Files.writeString(job, "kafka:\n  bootstrap-servers: " + SharedStack.bootstrapServers() + "\n  group-id: "
                + run.config.kafka().groupId() + "\n  topic-prefix: " + run.prefix + "\nelasticsearch:\n  hosts: [\""
                + SharedStack.elasticsearchUrl() + "\"]\n  index-prefix: " + run.prefix + "\n");
        CliRun statusRun = CliRun.of("status", "--job", job.toString());
        assertEquals(0, statusRun.exit(), statusRun.err());
        String status = statusRun.out();
        assertTrue(status.contains("partition 0:") && status.contains("total lag"), status);
        assertTrue(status.matches("(?s).*" + run.prefix + "claimwatch-articles\\s+12 documents.*"), status);
        assertTrue(status.contains(run.prefix + "claimwatch-alerts"), status);
    }

    @Test
    void aDuplicateStoryIsRecordedOnItsOriginalAndNotIndexedTwice() throws Exception {
        PipelineHarness run = new PipelineHarness("dup");
        String story = Articles.storyText(5) + "\n" + Articles.storyText(15) + "\n" + Articles.storyText(25);
        String original = Articles.article("orig", "First Wire", story);
        // Another outlet carries the same story with page furniture around it and a changed word.
        String copy = Articles.article("copy", "Second Daily", "Share this article\n" + story.replaceFirst("Residents", "Locals")
                + "\nLeave a comment");
        String sameUrlAgain = original.replace("\"id\":\"orig\"", "\"id\":\"orig-again\"");
        // Arrival order decides which story is the original: let the original through first.
        JobClient job = run.environment(new KafkaIo(run.config, false)).executeAsync(run.prefix + "enrich");
        try {
            run.produce(List.of(original));
            assertEquals(1, TestElasticsearch.awaitCount(run.articlesIndex(), n -> n >= 1, Duration.ofSeconds(60)));
            run.produce(List.of(copy, sameUrlAgain, Articles.article("other", "First Wire", Articles.storyText(6))));
            assertEquals(4, awaitRecords(run.enrichedTopic(), 4, Duration.ofSeconds(60)).size());
            TestElasticsearch.awaitCount(run.articlesIndex(), n -> n >= 2, Duration.ofSeconds(30));
            awaitField(run.articlesIndex(), "orig", "duplicate_count", 2, Duration.ofSeconds(30));
        } finally {
            job.cancel().get();
        }

        List<JsonNode> enriched = parse(TestKafka.readCommitted(run.enrichedTopic()));
        assertEquals(2, TestElasticsearch.count(run.articlesIndex()), () -> "only the original and the unrelated story: "
                + enriched.stream().map(e -> e.get("id").asText() + ":" + e.get("type").asText()).toList());
        JsonNode doc = TestElasticsearch.get(run.articlesIndex(), "orig");
        assertNotNull(doc);
        assertEquals(2, doc.get("duplicate_count").asInt());
        Set<String> carriers = new java.util.HashSet<>();
        doc.get("also_carried_by").forEach(c -> carriers.add(c.get("id").asText() + "/" + c.get("match").asText()));
        assertEquals(Set.of("copy/near", "orig-again/url"), carriers);

        Map<String, JsonNode> byId = enriched.stream().collect(Collectors.toMap(e -> e.get("id").asText(), e -> e));
        assertEquals(4, enriched.size());
        assertEquals("duplicate", byId.get("copy").get("type").asText());
        assertEquals("orig", byId.get("copy").get("duplicate_of").asText());
        assertEquals("orig", byId.get("orig-again").get("duplicate_of").asText());
        assertEquals("article", byId.get("other").get("type").asText());
    }

    @Test
    void theJobsEntitiesAndStatementsAreThoseOfAnalyzeForTheSameArticle() throws Exception {
        PipelineHarness run = new PipelineHarness("entities");
        Map<String, String> texts = new HashMap<>();
        texts.put("ent-1", "Ukraine’s President Volodymyr Zelenskyy said on Monday that Kiev would not cede land.\n"
                + "Share this article\n"
                + "Russia’s defence ministry denied the report. Zelensky later met officials in Kyiv and the US envoy.\n");
        texts.put("ent-2", "Mayor Anna Kovalenko of Odesa said the port of Odessa reopened, according to Reuters.\n"
                + "Kovalenko added that the Northern Grain Consortium (NGC) had resumed loading.\n");
        run.produce(texts.entrySet().stream().map(e -> Articles.article(e.getKey(), "Entity Wire", e.getValue())).toList());

        run.runBounded();

        ArticleAnalyzer analyzer = ArticleAnalyzer.withDefaults();
        Map<String, JsonNode> byId = parse(TestKafka.readCommitted(run.enrichedTopic())).stream()
                .collect(Collectors.toMap(e -> e.get("id").asText(), e -> e));
        for (var t : texts.entrySet()) {
            List<Entity> expected = analyzer.analyze(t.getValue()).annotation().entities();
            assertTrue(expected.size() >= 4, "test articles name several entities: " + expected);
            JsonNode got = byId.get(t.getKey()).get("entities");
            assertEquals(expected.size(), got.size(), t.getKey());
            for (int i = 0; i < expected.size(); i++) {
                Entity e = expected.get(i);
                JsonNode g = got.get(i);
                assertEquals(e.id(), g.get("id").asText());
                assertEquals(e.name(), g.get("name").asText());
                assertEquals(e.type().name(), g.get("type").asText());
                assertEquals(e.mentions().size(), g.get("mention_count").asInt());
                assertEquals(RecordJson.entity(JSON.createObjectNode(), e, io.claimwatch.model.CodePointOffsets.of(t.getValue())).get("mentions"), g.get("mentions"));
            }
            JsonNode doc = TestElasticsearch.get(run.articlesIndex(), t.getKey());
            assertNotNull(doc);
            Set<String> indexed = new java.util.HashSet<>();
            doc.get("entity_ids").forEach(n -> indexed.add(n.asText()));
            assertEquals(expected.stream().map(Entity::id).collect(Collectors.toSet()), indexed, "the index can aggregate by entity id");

            // Statements: the job writes what analyze prints, field for field (label, score, claimer(s), cue, disputes...).
            ArticleAnalyzer.Analysis analysis = analyzer.analyze(t.getValue());
            JsonNode wanted = RecordJson.analysis(t.getKey(), t.getValue(), analysis.cleaned(), analysis.annotation()).get("statements");
            JsonNode written = byId.get(t.getKey()).get("statements");
            assertTrue(wanted.size() >= 2, "test articles have several statements: " + wanted);
            assertEquals(wanted, written, t.getKey() + ": the enriched record's statements are analyze's");
        }
        assertTrue(byId.get("ent-1").get("entity_ids").toString().contains("volodymyr-zelensky"));
    }

    @Test
    void aCounterclaimIsLinkedToTheClaimOfAnotherOutletWhicheverArrivesFirst() throws Exception {
        for (boolean claimFirst : new boolean[] {true, false}) {
            PipelineHarness run = new PipelineHarness(claimFirst ? "link-cf" : "link-kf");
            String claim = dated("claim", "First Wire", "2026-04-01T08:00:00Z",
                    "Governor Petra Lind said shelling cut power to 40,000 homes in Karvisk on Monday.");
            String counter = dated("counter", "Second Daily", "2026-04-01T12:00:00Z",
                    "The Kestrian army denied that shelling had cut power to homes in Karvisk, calling the report propaganda.");
            String unrelated = dated("other", "Third Post", "2026-04-01T13:00:00Z",
                    "The Harbour Council denied that grain ships had been turned away from Port Amara.");
            // One key, one partition: the records arrive in this order.
            List<String> order = claimFirst ? List.of(claim, unrelated, counter) : List.of(counter, unrelated, claim);
            TestKafka.produce(run.articlesTopic(), TestKafka.utf8(order), "same-partition");

            run.runBounded();

            String linksIndex = run.prefix + "claimwatch-links";
            assertEquals(1, TestElasticsearch.count(linksIndex), "claim first: " + claimFirst);
            JsonNode link = TestElasticsearch.get(linksIndex, ContestedLink.idOf("claim:0", "counter:0"));
            assertNotNull(link, "the link's id comes from both statement ids");
            assertEquals("claim", link.get("claim").get("article_id").asText());
            assertEquals("First Wire", link.get("claim").get("source").asText());
            assertEquals("Petra Lind", link.get("claim").get("claimer").asText());
            assertEquals("counter", link.get("counterclaim").get("article_id").asText());
            assertTrue(link.get("entity_ids").toString().contains("karvisk"), link.toString());

            String statementsIndex = run.prefix + "claimwatch-statements";
            JsonNode denial = TestElasticsearch.get(statementsIndex, "counter:0");
            assertNotNull(denial);
            assertEquals("counterclaim", denial.get("label").asText());
            assertEquals("claim", TestElasticsearch.get(statementsIndex, "claim:0").get("label").asText());
            List<JsonNode> topic = parse(TestKafka.readCommitted(run.prefix + "claimwatch.statements"));
            assertEquals(3, topic.size(), "one statement record per sentence");
        }
    }

    private static String dated(String id, String source, String publishedAt, String text) {
        return JSON.createObjectNode().put("id", id).put("url", "https://" + id + ".example/news").put("source", source)
                .put("title", "Story " + id).put("published_at", publishedAt).put("text", text).toString();
    }

    static List<String> awaitRecords(String topic, int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> records = TestKafka.readCommitted(topic);
        while (records.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(250);
            records = TestKafka.readCommitted(topic);
        }
        return records;
    }

    static void awaitField(String index, String id, String field, int value, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode doc = TestElasticsearch.get(index, id);
            if (doc != null && doc.path(field).asInt(-1) == value) {
                return;
            }
            Thread.sleep(250);
        }
    }

    static List<JsonNode> parse(List<String> values) {
        List<JsonNode> out = new ArrayList<>();
        for (String v : values) {
            try {
                out.add(JSON.readTree(v));
            } catch (Exception e) {
                throw new AssertionError("not JSON on an output topic: " + v, e);
            }
        }
        return out;
    }
}
