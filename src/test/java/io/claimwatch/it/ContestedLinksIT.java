package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.cli.CliRun;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's contested-claim links (keyed state, parallelism 2) are exactly those {@code claimwatch
 * analyze --links} finds in the same articles — the same pairs, scores and reasons — whether the
 * articles arrive in publication order or with neighbours swapped (a counterclaim before its claim).
 */
@ExtendWith(SharedStack.class)
@Timeout(value = 300)
class ContestedLinksIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long THREE_DAYS = 3 * 24 * 3_600_000L;

    @TempDir
    Path dir;

    @Test
    void theJobLinksExactlyWhatAnalyzeLinksInEitherArrivalOrder() throws Exception {
        List<String> articles = pairSet();
        Path input = dir.resolve("articles.jsonl");
        Files.write(input, articles);
        Path out = dir.resolve("links.jsonl");
        CliRun analyze = CliRun.of("analyze", "--links", out.toString(), input.toString());
        assertEquals(0, analyze.exit(), analyze.err());
        Set<String> expected = new TreeSet<>();
        for (String line : Files.readAllLines(out)) {
            expected.add(key(JSON.readTree(line)));
        }
        assertTrue(expected.size() >= 10, "the pair set links: " + expected);

        List<String> byTime = new ArrayList<>(articles);
        byTime.sort(Comparator.comparingLong(ContestedLinksIT::publishedAt));
        for (List<String> order : List.of(byTime, neighboursSwapped(byTime))) {
            PipelineHarness run = new PipelineHarness(order == byTime ? "links-in-order" : "links-swapped");
            TestKafka.produce(run.articlesTopic(), TestKafka.utf8(order), "same-partition");
            run.runBounded();
            Set<String> actual = linksIn(run.prefix + "claimwatch-links");
            String label = order == byTime ? "publication order" : "neighbours swapped";
            // On a difference, the dead letters say whether an article was lost before linking.
            assertEquals(expected, actual, () -> label + "; dead letters: " + TestKafka.readCommitted(run.dlqTopic()));
        }
    }

    /** The invented link-pair set (one article a line), each with the title the job requires (its first words). */
    private static List<String> pairSet() throws Exception {
        try (InputStream in = ContestedLinksIT.class.getResourceAsStream("/link-pairs/articles.jsonl")) {
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList()) {
                ObjectNode a = (ObjectNode) JSON.readTree(line);
                String text = a.get("text").asText();
                a.put("title", text.substring(0, Math.min(60, text.indexOf('.') > 0 ? text.indexOf('.') : text.length())));
                out.add(a.toString());
            }
            return out;
        }
    }

    /** Neighbours less than three days apart swapped: counterclaims before their claims, all inside the allowed lateness. */
    private static List<String> neighboursSwapped(List<String> byTime) {
        List<String> out = new ArrayList<>(byTime);
        for (int i = 0; i + 1 < out.size(); i += 2) {
            if (publishedAt(out.get(i + 1)) - publishedAt(out.get(i)) < THREE_DAYS) {
                String a = out.get(i);
                out.set(i, out.get(i + 1));
                out.set(i + 1, a);
            }
        }
        return out;
    }

    private static long publishedAt(String article) {
        try {
            return Instant.parse(JSON.readTree(article).get("published_at").asText()).toEpochMilli();
        } catch (Exception e) {
            throw new IllegalArgumentException(article, e);
        }
    }

    /** What must agree: both statements, the score and the evidence in words. */
    private static String key(JsonNode link) {
        return link.get("claim").get("id").asText() + " <- " + link.get("counterclaim").get("id").asText() + " " + link.get("score").asDouble()
                + " " + link.get("reason").asText();
    }

    private static Set<String> linksIn(String index) throws Exception {
        Set<String> out = new TreeSet<>();
        try (EsConnection.Clients es = EsConnection.local(SharedStack.elasticsearchUrl()).open()) {
            es.sync().indices().refresh(r -> r.index(index));
            var hits = es.sync().search(s -> s.index(index).size(1000), JsonNode.class).hits().hits();
            for (var h : hits) {
                out.add(key(h.source()));
            }
        }
        return out;
    }
}
