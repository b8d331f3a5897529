package io.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.jobs.EnrichConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** How the deployment is doing: consumer lag per partition, job state and last checkpoint, index sizes. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Print the enrich job's consumer lag per partition of the articles topic, its state and last",
                "checkpoint (with --flink-url), and the document count of every Claimwatch index."})
final class StatusCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--flink-url", description = "Flink REST address, e.g. http://localhost:8081 (default: job state not shown)")
    String flinkUrl;

    @Override
    public Integer call() throws Exception {
        EnrichConfig config = kafka.config();
        String topic = kafka.topics(config).name(TopicCatalog.ARTICLES);
        System.out.println("Kafka " + kafka.servers(config) + ", group " + config.kafka().groupId() + ", topic " + topic);
        long total = 0;
        for (Map.Entry<Integer, long[]> e : lag(config, kafka.servers(config), topic).entrySet()) {
            long[] v = e.getValue();
            System.out.printf("  partition %d: committed %s, end %d, lag %d%n", e.getKey(), v[0] < 0 ? "none" : Long.toString(v[0]),
                    v[1], v[2]);
            total += v[2];
        }
        System.out.println("  total lag " + total);
        if (flinkUrl != null) {
            printJobs(flinkUrl.replaceAll("/+$", ""));
        }
        IndexCatalog indices = new IndexCatalog(config.elasticsearch().indexPrefix());
        try (EsConnection.Clients es = EsConnection.of(config.elasticsearch()).open()) {
            System.out.println("Elasticsearch " + config.elasticsearch().hosts());
            for (String base : IndexCatalog.ALL) {
                String index = indices.name(base);
                boolean exists = es.sync().indices().exists(r -> r.index(index)).value();
                System.out.printf("  %-30s %s%n", index, exists ? es.sync().count(c -> c.index(index)).count() + " documents" : "not created yet");
            }
        }
        return 0;
    }

    /** Per partition: committed offset (-1 = none), end offset, lag. */
    static Map<Integer, long[]> lag(EnrichConfig config, String servers, String topic) throws Exception {
        Properties p = new Properties();
        p.putAll(config.kafka().properties());
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        Map<Integer, long[]> out = new TreeMap<>();
        try (Admin admin = Admin.create(p)) {
            var description = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            description.partitions().forEach(pi -> latest.put(new TopicPartition(topic, pi.partition()), OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(config.kafka().groupId())
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            for (TopicPartition tp : latest.keySet()) {
                long end = ends.get(tp).offset();
                OffsetAndMetadata c = committed.get(tp);
                long at = c == null ? -1 : c.offset();
                out.put(tp.partition(), new long[] {at, end, end - Math.max(at, 0)});
            }
        }
        return out;
    }

    private static void printJobs(String base) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        ObjectMapper json = new ObjectMapper();
        try {
            JsonNode jobs = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/jobs/overview")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            System.out.println("Flink " + base);
            for (JsonNode j : jobs.path("jobs")) {
                String id = j.path("jid").asText();
                JsonNode cp = json.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/jobs/" + id + "/checkpoints")).build(),
                        HttpResponse.BodyHandlers.ofString()).body());
                JsonNode last = cp.path("latest").path("completed");
                String checkpoint = last.isMissingNode() || last.isNull() ? "none yet"
                        : "#" + last.path("id").asText() + " at " + Instant.ofEpochMilli(last.path("latest_ack_timestamp").asLong())
                                + " (" + last.path("state_size").asLong() / 1024 + " KiB)";
                System.out.printf("  %s %s %s, last checkpoint %s%n", j.path("name").asText(), id, j.path("state").asText(), checkpoint);
            }
        } catch (Exception e) {
            System.out.println("Flink " + base + ": not reachable (" + e.getMessage() + ")");
        }
    }
}
