package io.claimwatch.cli;

import io.claimwatch.connectors.kafka.TopicAdmin;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.jobs.EnrichConfig;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import picocli.CommandLine.Option;

/**
 * Where the Kafka commands connect: --bootstrap-servers, the environment, a job file's settings, a
 * running embedded stack (its run file), or the defaults ({@link StackLocator}). {@link #reachable}
 * fails within a few seconds, naming the address and where it came from, when nothing answers.
 */
final class KafkaOptions {

    /** How long a command waits for a broker before it says none answers. */
    static final long REACH_SECONDS = 5;

    @Option(names = "--bootstrap-servers", description = "Kafka brokers (default: CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS, the job file, "
            + "a running ./claimwatch demo, else localhost:9092)")
    String bootstrap;

    @Option(names = "--job", description = "job file whose Kafka settings to use (default: built-in defaults)")
    Path jobFile;

    private StackLocator locator;

    StackLocator locator() {
        if (locator == null) {
            locator = StackLocator.fromEnvironment(jobFile);
        }
        return locator;
    }

    EnrichConfig config() {
        return locator().config();
    }

    String servers(EnrichConfig config) {
        return locator().kafka(bootstrap).value();
    }

    TopicCatalog topics(EnrichConfig config) {
        return TopicCatalog.load(config.kafka().topicPrefix());
    }

    /** Creates the catalog's topics that are missing (one replica: the embedded broker; production creates them itself). */
    void ensureTopics(EnrichConfig config) {
        TopicAdmin.ensureTopics(servers(config), config.kafka().properties(), topics(config), (short) 1);
    }

    /** The configuration, once a broker at the located address answers; else a message that says what to do. */
    EnrichConfig reachable() {
        EnrichConfig config = config();
        StackLocator.Address at = locator().kafka(bootstrap);
        Properties p = new Properties();
        p.putAll(config.kafka().properties());
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, at.value());
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, Long.toString(REACH_SECONDS * 1000));
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Long.toString(REACH_SECONDS * 1000));
        try (Admin admin = Admin.create(p)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) (REACH_SECONDS * 1000))).clusterId()
                    .get(REACH_SECONDS + 1, TimeUnit.SECONDS);
            return config;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException("interrupted while connecting to Kafka at " + at.value());
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new CliException("no Kafka broker answers at " + at.value() + " (from " + at.origin() + ") within "
                    + REACH_SECONDS + " s; " + StackLocator.howToSet("--bootstrap-servers", "CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS"));
        }
    }
}
