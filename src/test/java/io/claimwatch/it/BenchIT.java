package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.cli.CliRun;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke test of {@code claimwatch bench --job}: a few generated articles through the whole
 * pipeline on the shared broker and node; every output field is there, every article was found
 * searchable, nothing restarted, the chart and the summary are written, and the bench's own topics and
 * indices are gone afterwards. Figures are not asserted (a CI machine's speed is nobody's target).
 */
@ExtendWith(SharedStack.class)
@Timeout(value = 600)
class BenchIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void benchOnAFewArticlesReportsEveryFieldAndLeavesNothingBehind(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("articles.jsonl");
        List<String> articles = new NewsGenerator(17).articles("bench", 8, Instant.parse("2026-02-01T00:00:00Z"));
        Files.write(input, articles);
        Path job = dir.resolve("bench.yaml");
        Files.writeString(job, "kafka:\n  bootstrap-servers: " + SharedStack.bootstrapServers() + "\nelasticsearch:\n  hosts: [ \""
                + SharedStack.elasticsearchUrl() + "\" ]\ncheckpointing:\n  interval-ms: 2000\n");
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("bench", "--job", job.toString(), "--input", input.toString(), "--articles", "6", "--parallelism", "1",
                "--rate", "3", "--warmup", "1", "--warmup-rounds", "2", "--json", "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        String last = run.out().strip().lines().reduce((a, b) -> b).orElse("");
        JsonNode summary = JSON.readTree(last);
        for (String field : List.of("articles", "tokens", "nlp_only_tokens_per_s", "pipeline_tokens_per_s", "ratio", "latency_ms",
                "parallelism", "restarts")) {
            assertTrue(summary.has(field), field + " in " + summary);
        }
        assertEquals(6, summary.get("articles").asInt());
        assertEquals(1, summary.get("parallelism").asInt());
        assertEquals(0, summary.get("restarts").asInt());
        assertTrue(summary.get("complete").asBoolean(), summary.toString());
        assertTrue(summary.get("tokens").asLong() > 100, summary.toString());
        assertTrue(summary.get("nlp_only_tokens_per_s").asDouble() > 0 && summary.get("pipeline_tokens_per_s").asDouble() > 0);
        assertTrue(summary.get("ratio").asDouble() > 0);
        JsonNode latency = summary.get("latency_ms");
        assertEquals(6, latency.get("count").asInt(), "every article's latency was measured");
        assertTrue(latency.get("p50").asLong() > 0 && latency.get("p50").asLong() <= latency.get("p99").asLong());
        assertTrue(summary.get("operators").size() > 3, "a busy share per task: " + summary + "\n" + run.err());
        assertTrue(run.err().contains("Where time goes"), "the table goes to stderr with --json");
        assertTrue(run.err().contains("Pipeline warm-up 1 of at most 2") && run.err().contains("CPU ms/article (job and Elasticsearch)"),
                "each warm-up round says what it measured: " + run.err());
        assertTrue(!run.err().contains("warm-up 3 of"), "at most --warmup-rounds rounds");
        try (Stream<Path> files = Files.list(out)) {
            List<String> names = files.map(p -> p.getFileName().toString()).toList();
            assertTrue(names.stream().anyMatch(n -> n.endsWith(".png")) && names.stream().anyMatch(n -> n.endsWith(".json")), names.toString());
        }

        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.bootstrapServers());
        try (Admin admin = Admin.create(p)) {
            var left = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream().filter(t -> t.contains("cwbench-")).toList();
            assertEquals(List.of(), left, "the bench deletes its topics");
        }
        HttpResponse<String> indices = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(SharedStack.elasticsearchUrl() + "/_cat/indices/cwbench-*?format=json")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("[]", indices.body().strip(), "the bench deletes its indices");
    }
}
