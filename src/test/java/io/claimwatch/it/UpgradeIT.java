package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.jobs.KafkaIo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.flink.configuration.StateRecoveryOptions;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.core.execution.SavepointFormatType;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Upgrades: a savepoint taken by an earlier build (committed under src/test/resources/savepoints)
 * restores in this build, and the job goes on with the state it held. Replace the fixture only with a
 * documented, deliberate state migration (README, "Upgrades"): regenerate it with
 * {@code mvn verify -Dit.test=UpgradeIT -Dclaimwatch.regenerate-savepoint=true}.
 */
@ExtendWith(SharedStack.class)
@Timeout(value = 300)
class UpgradeIT {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1).setNumberSlotsPerTaskManager(2).build());

    /**
     * Savepoints of earlier builds, oldest first, each restored in every build. Each names the topics
     * and indices its job used (its Kafka source remembers them by name).
     */
    static final List<String> VERSIONS = List.of("v1", "v2");
    /** The version this build's savepoint gets when regenerated (then add it to {@link #VERSIONS}). */
    static final String CURRENT = "v3";

    static Path fixture(String version) {
        return Path.of("src/test/resources/savepoints/enrich-" + version);
    }

    static String prefix(String version) {
        return "upgrade-" + version + "-";
    }
    /** Long enough that the stories in the savepoint are still remembered whenever this test runs. */
    static final long DEDUPE_TTL_HOURS = 24L * 365 * 50;
    static final int PARTITIONS = 3;
    static final int PER_PARTITION = 2;

    @org.junit.jupiter.params.ParameterizedTest(name = "savepoint {0}")
    @org.junit.jupiter.params.provider.FieldSource("VERSIONS")
    void theSavepointOfAnEarlierBuildRestoresAndTheJobGoesOnWithItsState(String version) throws Exception {
        Path fixture = fixture(version);
        assertTrue(Files.isDirectory(fixture), "the savepoint fixture " + fixture + " is committed");
        PipelineHarness run = PipelineHarness.withPrefix(prefix(version), DEDUPE_TTL_HOURS);
        // The savepoint's source is at offset PER_PARTITION of each partition: fill those places first.
        for (int p = 0; p < PARTITIONS; p++) {
            for (int i = 0; i < PER_PARTITION; i++) {
                send(run.articlesTopic(), p, "filler before the savepoint's offsets");
            }
        }
        // A story the savepoint's job already saw (from another outlet) and three new ones.
        send(run.articlesTopic(), 0, Articles.article("again", "Another Wire", Articles.storyText(0)));
        for (String s : Articles.stories("after", 3, 50)) {
            send(run.articlesTopic(), 1, s);
        }
        Path copy = Files.createTempDirectory("savepoint");
        copyTree(fixture, copy);

        // Unbounded, as the job that took the savepoint was: its restored source splits have no end.
        StreamExecutionEnvironment env = run.environment(new KafkaIo(run.config, false));
        env.configure(org.apache.flink.configuration.Configuration.fromMap(
                Map.of(StateRecoveryOptions.SAVEPOINT_PATH.key(), copy.toUri().toString())));
        JobClient job = env.executeAsync(run.prefix + "enrich-upgraded");
        try {
            EnrichPipelineIT.awaitRecords(run.enrichedTopic(), 4, Duration.ofSeconds(120));
            Thread.sleep(2000); // anything more would be a repeat: give it the time to show
        } finally {
            job.cancel().get();
        }

        List<JsonNode> enriched = EnrichPipelineIT.parse(TestKafka.readCommitted(run.enrichedTopic()));
        Map<String, JsonNode> byId = enriched.stream().collect(Collectors.toMap(e -> e.get("id").asText(), e -> e));
        assertEquals(4, enriched.size(), enriched.toString());
        assertEquals("duplicate", byId.get("again").get("type").asText(), "the restored dedupe state knows the story");
        assertEquals("fx-0", byId.get("again").get("duplicate_of").asText());
        for (int i = 50; i < 53; i++) {
            assertEquals("article", byId.get("after-" + i).get("type").asText());
        }
    }

    /** Writes the fixture: six stories, two per partition, then a stop-with-savepoint. */
    @Test
    @EnabledIfSystemProperty(named = "claimwatch.regenerate-savepoint", matches = "true")
    void regenerateTheFixture() throws Exception {
        Path fixtureDir = fixture(CURRENT);
        PipelineHarness run = PipelineHarness.withPrefix(prefix(CURRENT), DEDUPE_TTL_HOURS);
        int n = 0;
        for (int p = 0; p < PARTITIONS; p++) {
            for (int i = 0; i < PER_PARTITION; i++) {
                send(run.articlesTopic(), p, Articles.article("fx-" + n, "Fixture Wire", Articles.storyText(n)));
                n++;
            }
        }
        JobClient job = run.environment(new KafkaIo(run.config, false)).executeAsync(run.prefix + "enrich-fixture");
        TestElasticsearch.awaitCount(run.articlesIndex(), c -> c >= PARTITIONS * PER_PARTITION, Duration.ofSeconds(120));
        Thread.sleep(2000); // a checkpoint after the last record
        Path target = Files.createTempDirectory("savepoints");
        String location = job.stopWithSavepoint(false, target.toUri().toString(), SavepointFormatType.CANONICAL).get();
        Path saved = Path.of(java.net.URI.create(location.startsWith("file:") ? location : "file://" + location));
        if (Files.exists(fixtureDir)) {
            try (Stream<Path> old = Files.walk(fixtureDir)) {
                old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        copyTree(saved, fixtureDir);
    }

    private static void send(String topic, int partition, String value) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedStack.bootstrapServers());
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, partition, null, value.getBytes(StandardCharsets.UTF_8))).get();
        }
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
