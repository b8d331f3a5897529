package io.claimwatch.dev;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import kafka.server.BrokerServer;
import kafka.server.ControllerServer;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.server.SharedServer;
import kafka.server.StandardFaultHandlerFactory;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.network.ListenerName;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.bootstrap.BootstrapMetadata;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.raft.QuorumConfig;
import org.apache.kafka.server.ServerSocketFactory;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Kafka broker (KRaft, one combined broker and controller) in this JVM, for the demo stack and
 * the tests, listening on loopback only. Both sockets are bound by this class, not chosen and then
 * used: the controller's is bound before the server starts (the quorum must name its port), the
 * broker's is bound on an ephemeral port and read back. Its log lives in the run's folder. Internal
 * topics have replication factor 1, as one broker requires. Built on Kafka's server classes (an
 * internal API: the version is pinned in the pom).
 */
public final class EmbeddedKafka implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String BROKER = "PLAINTEXT";
    private static final String CONTROLLER = "CONTROLLER";
    private static final int NODE = 1;

    private final ControllerServer controller;
    private final BrokerServer broker;
    private final String bootstrapServers;

    private EmbeddedKafka(ControllerServer controller, BrokerServer broker, String bootstrapServers) {
        this.controller = controller;
        this.broker = broker;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a broker whose data lives in {@code dataDir}; {@link #bootstrapServers()} says where it listens. */
    public static EmbeddedKafka start(Path dataDir) throws Exception {
        String logDir = dataDir.resolve("log").toString();
        Files.createDirectories(Path.of(logDir));
        LoopbackSockets sockets = new LoopbackSockets();
        int controllerPort = sockets.prebind(CONTROLLER);
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE));
        props.put("listeners", BROKER + "://127.0.0.1:0," + CONTROLLER + "://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", BROKER + "://127.0.0.1:0");
        props.put("listener.security.protocol.map", BROKER + ":PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", BROKER);
        props.put("controller.listener.names", CONTROLLER);
        props.put("controller.quorum.voters", NODE + "@127.0.0.1:" + controllerPort);
        props.put("log.dirs", logDir);
        props.put("metadata.log.dir", logDir);
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("auto.create.topics.enable", "false");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("log.cleaner.dedupe.buffer.size", "2097152");
        KafkaConfig config = new KafkaConfig(props, false);

        // Formatting prints the bootstrap metadata to the given stream: keep it off the user's terminal.
        new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE).setClusterId(Uuid.randomUuid().toString())
                .setDirectories(List.of(logDir)).setMetadataLogDirectory(logDir)
                .setReleaseVersion(MetadataVersion.latestProduction())
                .setControllerListenerName(CONTROLLER).setIgnoreFormatted(false)
                .run();
        var dirs = KafkaRaftServer.initializeLogDirs(config, LOG, "");
        MetaPropertiesEnsemble ensemble = dirs._1();
        BootstrapMetadata bootstrap = dirs._2();
        SharedServer shared = new SharedServer(config, ensemble, Time.SYSTEM, new Metrics(),
                CompletableFuture.completedFuture(QuorumConfig.parseVoterConnections(config.quorumConfig().voters())),
                QuorumConfig.parseBootstrapServers(config.quorumConfig().bootstrapServers()), new StandardFaultHandlerFactory(), sockets);
        ControllerServer controller = new ControllerServer(shared, KafkaRaftServer.configSchema(), bootstrap);
        BrokerServer broker = null;
        try {
            controller.startup();
            broker = new BrokerServer(shared);
            broker.startup();
            String servers = "127.0.0.1:" + broker.boundPort(ListenerName.normalised(BROKER));
            LOG.info("Kafka is up at {}", servers);
            return new EmbeddedKafka(controller, broker, servers);
        } catch (Exception | Error e) {
            if (broker != null) {
                broker.shutdown();
            }
            controller.shutdown();
            sockets.closeUnused();
            throw e;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        try {
            broker.shutdown();
        } finally {
            controller.shutdown();
        }
    }

    /**
     * Opens the server sockets on loopback: a listener prebound here (the controller, whose port the
     * configuration must name) gets its socket; any other is bound where its listener says.
     */
    private static final class LoopbackSockets implements ServerSocketFactory {

        private final Map<String, ServerSocketChannel> prebound = new HashMap<>();

        synchronized int prebind(String listener) throws IOException {
            ServerSocketChannel channel = ServerSocketChannel.open();
            channel.configureBlocking(false);
            channel.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            prebound.put(listener, channel);
            return ((InetSocketAddress) channel.getLocalAddress()).getPort();
        }

        @Override
        public synchronized ServerSocketChannel openServerSocket(String listener, InetSocketAddress address, int backlog,
                int receiveBuffer) throws IOException {
            ServerSocketChannel channel = prebound.remove(listener);
            if (channel != null && channel.isOpen()) {
                return channel;
            }
            InetSocketAddress where = address.getAddress() == null || address.getAddress().isAnyLocalAddress()
                    ? new InetSocketAddress(InetAddress.getLoopbackAddress(), address.getPort()) : address;
            return ServerSocketFactory.INSTANCE.openServerSocket(listener, where, backlog, receiveBuffer);
        }

        synchronized void closeUnused() {
            prebound.values().forEach(c -> {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // closing on a failed start
                }
            });
            prebound.clear();
        }
    }
}
