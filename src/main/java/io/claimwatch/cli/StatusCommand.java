package io.claimwatch.cli;

import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import io.claimwatch.connectors.flink.FlinkRest;
import io.claimwatch.connectors.flink.JobHealth;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.jobs.EnrichConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/**
 * How the deployment is doing: the job's health (state, restarts, last failure, checkpoints),
 * consumer lag per partition, index sizes. Finds a running demo by itself; a cluster with flags.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Print the enrich job's health (state, restarts, last failure and its cause, checkpoints), its consumer",
                "lag per partition of the articles topic, each followed feed (last poll, items sent, last error), and the document count of every Claimwatch index.",
                "Without flags it reports on a running ./claimwatch demo; for a cluster give --flink-url, --job or the environment."})
final class StatusCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--flink-url", description = "Flink REST address, e.g. http://localhost:8081 (default: CLAIMWATCH_FLINK_URL or a running demo's)")
    String flinkUrl;

    @Override
    public Integer call() throws Exception {
        boolean ok = printJobs();
        boolean kafkaAnswers = printLag();
        ok &= kafkaAnswers;
        ok &= !kafkaAnswers || printFeeds();
        ok &= printIndices();
        return ok ? 0 : 1;
    }

    private boolean printJobs() {
        Optional<StackLocator.Address> at = kafka.locator().flink(flinkUrl);
        if (at.isEmpty()) {
            System.out.println("Flink: no address (give --flink-url or CLAIMWATCH_FLINK_URL, or start ./claimwatch demo)");
            return true;
        }
        FlinkRest rest = new FlinkRest(at.get().value(), Duration.ofSeconds(KafkaOptions.REACH_SECONDS));
        try {
            List<JobHealth> jobs = rest.jobs();
            System.out.println("Flink " + rest.url() + " (from " + at.get().origin() + ")");
            if (jobs.isEmpty()) {
                System.out.println("  no jobs");
            }
            for (JobHealth h : jobs) {
                printJob(h);
            }
            return true;
        } catch (Exception e) {
            System.out.println("Flink " + rest.url() + " (from " + at.get().origin() + "): not reachable: " + e.getMessage());
            return false;
        }
    }

    static void printJob(JobHealth h) {
        System.out.printf("  job %s %s: %s%s%n", h.name(), h.jobId(), h.state(), h.troubled() ? "  <-- needs attention" : "");
        System.out.printf("    restarts %d%s%n", h.restarts(), h.lastFailure() == null ? ""
                : "; last failure " + Instant.ofEpochMilli(h.lastFailureTime()) + ": " + TerminalText.line(h.lastFailure()));
        String last = h.lastCheckpointId() == 0 ? "none completed yet"
                : "last completed #" + h.lastCheckpointId() + " at " + Instant.ofEpochMilli(h.lastCheckpointTime()) + " ("
                        + h.lastCheckpointBytes() / 1024 + " KiB)";
        System.out.printf("    checkpoints: %s; %d completed, %d failed in a row%s%n", last, h.checkpointsCompleted(), h.failedInARow(),
                h.lastCheckpointFailure() == null ? "" : "; last failure: " + TerminalText.line(h.lastCheckpointFailure()));
    }

    private boolean printLag() {
        EnrichConfig config = kafka.config();
        StackLocator.Address at = kafka.locator().kafka(kafka.bootstrap);
        String topic = kafka.topics(config).name(TopicCatalog.ARTICLES);
        try {
            Map<Integer, long[]> lag = lag(config, at.value(), topic);
            System.out.println("Kafka " + at.value() + " (from " + at.origin() + "), group " + config.kafka().groupId() + ", topic " + topic);
            long total = 0;
            for (Map.Entry<Integer, long[]> e : lag.entrySet()) {
                long[] v = e.getValue();
                System.out.printf("  partition %d: committed %s, end %d, lag %d%n", e.getKey(), v[0] < 0 ? "none" : Long.toString(v[0]),
                        v[1], v[2]);
                total += v[2];
            }
            System.out.println("  total lag " + total);
            return true;
        } catch (Exception e) {
            System.out.println("Kafka " + at.value() + " (from " + at.origin() + "): not reachable within " + KafkaOptions.REACH_SECONDS
                    + " s (" + TerminalText.line(String.valueOf(e.getMessage())) + "); "
                    + StackLocator.howToSet("--bootstrap-servers", "CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS"));
            return false;
        }
    }

    /** Each followed feed's last poll, items sent and last error, from the feed status topic. */
    private boolean printFeeds() {
        EnrichConfig config = kafka.config();
        String servers = kafka.locator().kafka(kafka.bootstrap).value();
        String topic = kafka.topics(config).name(TopicCatalog.FEEDS_STATUS);
        try {
            var feeds = io.claimwatch.feeds.KafkaFeedStore.readStatuses(servers, config.kafka().properties(), topic,
                    Duration.ofSeconds(KafkaOptions.REACH_SECONDS * 2));
            System.out.println("Feeds (" + topic + "): " + (feeds.isEmpty() ? "none followed yet (claimwatch feeds)" : feeds.size() + " followed"));
            feeds.values().forEach(f -> f.describe().forEach(line -> System.out.println("  " + TerminalText.line(line))));
            return true;
        } catch (Exception e) {
            System.out.println("Feeds (" + topic + "): not readable (" + TerminalText.line(String.valueOf(e.getMessage())) + ")");
            return false;
        }
    }

    private boolean printIndices() {
        EnrichConfig config = kafka.config();
        StackLocator.Address at = kafka.locator().elasticsearch(null);
        IndexCatalog indices = new IndexCatalog(config.elasticsearch().indexPrefix());
        try (EsConnection.Clients es = EsConnection.of(config.elasticsearch()).open()) {
            System.out.println("Elasticsearch " + config.elasticsearch().hosts() + " (from " + at.origin() + ")");
            for (String base : IndexCatalog.ALL) {
                String index = indices.name(base);
                boolean exists = es.sync().indices().exists(r -> r.index(index)).value();
                System.out.printf("  %-30s %s%n", index, exists ? es.sync().count(c -> c.index(index)).count() + " documents" : "not created yet");
            }
            return true;
        } catch (Exception e) {
            System.out.println("Elasticsearch " + config.elasticsearch().hosts() + " (from " + at.origin() + "): not reachable ("
                    + TerminalText.line(String.valueOf(e.getMessage())) + "); " + StackLocator.howToSet("--job", "CLAIMWATCH_ES_HOSTS"));
            return false;
        }
    }

    /** Per partition: committed offset (-1 = none), end offset, lag. */
    static Map<Integer, long[]> lag(EnrichConfig config, String servers, String topic) throws Exception {
        Properties p = new Properties();
        p.putAll(config.kafka().properties());
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, servers);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(KafkaOptions.REACH_SECONDS * 1000));
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(KafkaOptions.REACH_SECONDS * 1000));
        long wait = KafkaOptions.REACH_SECONDS + 1;
        Map<Integer, long[]> out = new TreeMap<>();
        try (Admin admin = Admin.create(p)) {
            var description = admin.describeTopics(List.of(topic)).allTopicNames().get(wait, TimeUnit.SECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            description.partitions().forEach(pi -> latest.put(new TopicPartition(topic, pi.partition()), OffsetSpec.latest()));
            var ends = admin.listOffsets(latest).all().get(wait, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(config.kafka().groupId())
                    .partitionsToOffsetAndMetadata().get(wait, TimeUnit.SECONDS);
            for (TopicPartition tp : latest.keySet()) {
                long end = ends.get(tp).offset();
                OffsetAndMetadata c = committed.get(tp);
                long at = c == null ? -1 : c.offset();
                out.put(tp.partition(), new long[] {at, end, end - Math.max(at, 0)});
            }
        }
        return out;
    }
}
