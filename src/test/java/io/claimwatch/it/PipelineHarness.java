package io.claimwatch.it;

import io.claimwatch.connectors.kafka.TopicAdmin;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.jobs.EnrichConfig;
import io.claimwatch.jobs.EnrichJob;
import io.claimwatch.jobs.EnrichRuntime;
import io.claimwatch.jobs.KafkaIo;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** One isolated run of the enrich job on the shared stack: its own topics, indices and transactional ids. */
final class PipelineHarness {

    /** Smaller than the default so a too-large record still fits Kafka's default request size. */
    static final int MAX_ARTICLE_BYTES = 64 * 1024;
    private static final AtomicInteger RUNS = new AtomicInteger();

    final String prefix;
    final EnrichConfig config;
    final TopicCatalog topics;

    PipelineHarness(String name) {
        this(name, SharedStack.elasticsearchUrl());
    }

    PipelineHarness(String name, String elasticsearchUrl) {
        this(name + "-" + RUNS.incrementAndGet() + "-" + System.currentTimeMillis() % 100000 + "-", elasticsearchUrl, 24);
    }

    /** A run with exactly this prefix (a savepoint names its topics) and this dedupe memory. */
    static PipelineHarness withPrefix(String prefix, long dedupeTtlHours) {
        return new PipelineHarness(prefix, SharedStack.elasticsearchUrl(), dedupeTtlHours);
    }

    private PipelineHarness(String prefix, EnrichConfig config, TopicCatalog topics) {
        this.prefix = prefix;
        this.config = config;
        this.topics = topics;
    }

    /** The same run (topics, indices, group and transactional ids) with other settings. */
    PipelineHarness with(java.util.function.UnaryOperator<EnrichConfig> change) {
        return new PipelineHarness(prefix, change.apply(config), topics);
    }

    /**
     * A run with the demo's own settings (the defaults, checkpoints every 2 s, parallelism 2), only
     * isolated by its prefix.
     */
    static PipelineHarness demoSettings(String name) {
        PipelineHarness base = new PipelineHarness(name);
        EnrichConfig defaults = EnrichConfig.defaults(Map.of(
                "CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS", SharedStack.bootstrapServers(),
                "CLAIMWATCH_ES_HOSTS", SharedStack.elasticsearchUrl(),
                "CLAIMWATCH_KAFKA_TOPIC_PREFIX", base.prefix,
                "CLAIMWATCH_ES_INDEX_PREFIX", base.prefix,
                "CLAIMWATCH_PARALLELISM", "2"));
        return base.with(c -> defaults.withKafka(c.kafka())
                .withCheckpointing(new EnrichConfig.Checkpointing(2000, "", defaults.checkpointing().stateBackend())));
    }

    /** A MiniCluster with a REST endpoint (job health, restarts, checkpoints) for this run's job. */
    io.claimwatch.dev.EmbeddedFlink cluster() throws Exception {
        return io.claimwatch.dev.EmbeddedFlink.start(flinkConfiguration(), config.pipeline().parallelism(),
                SharedStack.run().dir("flink-tmp"));
    }

    private PipelineHarness(String prefix, String elasticsearchUrl, long dedupeTtlHours) {
        this.prefix = prefix;
        EnrichConfig defaults = EnrichConfig.defaults(Map.of(
                "CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS", SharedStack.bootstrapServers(),
                "CLAIMWATCH_ES_HOSTS", elasticsearchUrl,
                "CLAIMWATCH_KAFKA_TOPIC_PREFIX", prefix,
                "CLAIMWATCH_ES_INDEX_PREFIX", prefix,
                "CLAIMWATCH_PARALLELISM", "2"));
        EnrichConfig.Kafka k = defaults.kafka();
        EnrichConfig.Elasticsearch es = defaults.elasticsearch();
        config = defaults
                .withKafka(new EnrichConfig.Kafka(k.bootstrapServers(), prefix + "group", k.topicPrefix(), prefix + "tx",
                        k.transactionTimeoutMs(), k.properties()))
                .withElasticsearch(new EnrichConfig.Elasticsearch(es.hosts(), es.indexPrefix(), null, null, null,
                        new EnrichConfig.Bulk(50, es.bulk().maxBytes(), 2, 200, 100, 1000)))
                .withPipeline(defaults.pipeline().withParallelism(2).withMaxArticleBytes(MAX_ARTICLE_BYTES)
                        .withDedupeTtlHours(dedupeTtlHours).withLinkWindow(168, 60))
                .withCheckpointing(new EnrichConfig.Checkpointing(500, "", "hashmap"));
        topics = TopicCatalog.load(prefix);
        TopicAdmin.ensureTopics(SharedStack.bootstrapServers(), Map.of(), topics, (short) 1);
    }

    String articlesTopic() {
        return topics.name(TopicCatalog.ARTICLES);
    }

    String enrichedTopic() {
        return topics.name(TopicCatalog.ARTICLES_ENRICHED);
    }

    String dlqTopic() {
        return topics.name(TopicCatalog.ARTICLES_DLQ);
    }

    String articlesIndex() {
        return prefix + "claimwatch-articles";
    }

    void produce(List<String> records) throws Exception {
        TestKafka.produce(articlesTopic(), TestKafka.utf8(records));
    }

    /** The job's Flink settings, with checkpoints in files under the test run's folder. */
    org.apache.flink.configuration.Configuration flinkConfiguration() {
        try {
            return EnrichRuntime.flinkConfiguration(config, SharedStack.run().dir("checkpoints").resolve(prefix));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An environment on the test's MiniCluster with the job built on it. */
    StreamExecutionEnvironment environment(EnrichJob.Io io) {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flinkConfiguration());
        EnrichRuntime.prepare(env, config, io);
        return env;
    }

    /** Runs the job over what the topic holds now and waits for it to finish. */
    void runBounded() throws Exception {
        environment(new KafkaIo(config, true)).execute(prefix + "enrich");
    }
}
