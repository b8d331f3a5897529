package io.claimwatch.dev;

import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker (KRaft, combined broker and controller) in this JVM, for the demo stack and
 * the tests. Internal topics have replication factor 1, as one broker requires.
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);

    private final KafkaClusterTestKit cluster;

    private EmbeddedKafka(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    /** Starts a broker on {@code preferredPort}, or on a free port when that one is taken (or 0). */
    public static EmbeddedKafka start(int preferredPort) throws Exception {
        if (preferredPort > 0 && Ports.isFree(preferredPort)) {
            try {
                return startOn(preferredPort);
            } catch (Exception e) {
                LOG.warn("Kafka could not use port {} ({}); using a free port", preferredPort, e.getMessage());
            }
        }
        return startOn(0);
    }

    private static EmbeddedKafka startOn(int port) throws Exception {
        TestKitNodes.Builder nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1);
        if (port > 0) {
            // The combined node has id 0 in the test kit.
            nodes.setPerServerProperties(Map.of(0, Map.of("listeners",
                    "EXTERNAL://localhost:" + port + ",CONTROLLER://localhost:0")));
        }
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes.build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("share.coordinator.state.topic.replication.factor", "1")
                .setConfigProp("share.coordinator.state.topic.min.isr", "1")
                .setConfigProp("auto.create.topics.enable", "false")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("log.flush.interval.messages", "100000")
                .setDeleteOnClose(true)
                .build();
        try {
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return new EmbeddedKafka(cluster);
    }

    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
