package io.claimwatch.cli;

import io.claimwatch.connectors.kafka.TopicAdmin;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.jobs.EnrichConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the Kafka commands connect: a job file's settings, the environment, or --bootstrap-servers. */
final class KafkaOptions {

    @Option(names = "--bootstrap-servers", description = "Kafka brokers (default: CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS or the job file)")
    String bootstrap;

    @Option(names = "--job", description = "job file whose Kafka settings to use (default: built-in defaults)")
    Path jobFile;

    EnrichConfig config() {
        return EnrichConfig.load(jobFile, System.getenv());
    }

    String servers(EnrichConfig config) {
        return bootstrap != null ? bootstrap : config.kafka().bootstrapServers();
    }

    TopicCatalog topics(EnrichConfig config) {
        return TopicCatalog.load(config.kafka().topicPrefix());
    }

    /** Creates the catalog's topics that are missing (one replica: the embedded broker; production creates them itself). */
    void ensureTopics(EnrichConfig config) {
        TopicAdmin.ensureTopics(servers(config), config.kafka().properties(), topics(config), (short) 1);
    }
}
