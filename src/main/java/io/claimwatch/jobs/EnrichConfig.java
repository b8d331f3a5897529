package io.claimwatch.jobs;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimwatch.alerts.SpikeRule;
import io.claimwatch.model.ArticleCaps;
import io.claimwatch.model.InputLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Settings of the enrich job: the defaults in {@code config/application.yaml}, overlaid by an
 * operator's {@code jobs/*.yaml}, overlaid by environment variables (addresses and secrets).
 * Secrets are never read from files.
 */
public record EnrichConfig(Kafka kafka, Elasticsearch elasticsearch, Pipeline pipeline, Alerts alerts, Checkpointing checkpointing)
        implements Serializable {

    public record Kafka(String bootstrapServers, String groupId, String topicPrefix, String transactionalIdPrefix,
            long transactionTimeoutMs, Map<String, String> properties) implements Serializable {
        public Kafka {
            properties = properties == null ? Map.of() : Map.copyOf(properties);
            topicPrefix = topicPrefix == null ? "" : topicPrefix;
        }

        /** For logs: client properties that may hold secrets (passwords, JAAS, keys) show as "***". */
        @Override
        public String toString() {
            Map<String, String> shown = new TreeMap<>();
            properties.forEach((k, v) -> shown.put(k, isSecret(k) ? "***" : v));
            return "Kafka[bootstrapServers=" + bootstrapServers + ", groupId=" + groupId + ", topicPrefix=" + topicPrefix
                    + ", transactionalIdPrefix=" + transactionalIdPrefix + ", transactionTimeoutMs=" + transactionTimeoutMs
                    + ", properties=" + shown + "]";
        }

        static boolean isSecret(String key) {
            String k = key.toLowerCase(java.util.Locale.ROOT);
            return k.contains("password") || k.contains("jaas") || k.contains("secret") || k.contains("token") || k.endsWith(".key")
                    || k.contains("credentials");
        }
    }

    public record Elasticsearch(List<String> hosts, String indexPrefix, String username, String password,
            String apiKey, Bulk bulk) implements Serializable {
        public Elasticsearch {
            indexPrefix = indexPrefix == null ? "" : indexPrefix;
        }

        /** For logs: never the secrets themselves. */
        @Override
        public String toString() {
            return "Elasticsearch[hosts=" + hosts + ", indexPrefix=" + indexPrefix + ", auth="
                    + (apiKey != null ? "api-key" : username != null ? "basic(" + username + ")" : "none") + ", bulk=" + bulk + "]";
        }
    }

    public record Bulk(int maxActions, long maxBytes, int maxInFlight, long flushIntervalMs, long backoffInitialMs,
            long backoffMaxMs) implements Serializable {}

    public record Pipeline(int parallelism, int maxArticleBytes, long dedupeTtlHours, double nearDuplicateSimilarity,
            long linkWindowHours, long linkOutOfOrdernessMinutes, Input input, ArticleCaps caps) implements Serializable {

        /** How far apart in publication time a claim and a counterclaim may be. */
        public java.time.Duration linkWindow() {
            return java.time.Duration.ofHours(linkWindowHours);
        }

        /**
         * How far behind the newest publication time seen (less the out-of-orderness) an article may
         * be and still link with everything inside its window: one window. Claims are kept for the
         * window plus this lateness.
         */
        public java.time.Duration linkLateness() {
            return linkWindow();
        }

        public InputLimits inputLimits() {
            return new InputLimits(maxArticleBytes, input.maxIdBytes(), input.maxUrlChars(), input.maxTitleChars(),
                    input.maxSourceChars(), input.maxFutureHours());
        }

        public Pipeline withParallelism(int p) {
            return new Pipeline(p, maxArticleBytes, dedupeTtlHours, nearDuplicateSimilarity, linkWindowHours, linkOutOfOrdernessMinutes,
                    input, caps);
        }

        public Pipeline withMaxArticleBytes(int bytes) {
            return new Pipeline(parallelism, bytes, dedupeTtlHours, nearDuplicateSimilarity, linkWindowHours, linkOutOfOrdernessMinutes,
                    input, caps);
        }

        public Pipeline withDedupeTtlHours(long hours) {
            return new Pipeline(parallelism, maxArticleBytes, hours, nearDuplicateSimilarity, linkWindowHours, linkOutOfOrdernessMinutes,
                    input, caps);
        }

        public Pipeline withLinkWindow(long hours, long outOfOrdernessMinutes) {
            return new Pipeline(parallelism, maxArticleBytes, dedupeTtlHours, nearDuplicateSimilarity, hours, outOfOrdernessMinutes,
                    input, caps);
        }

        public Pipeline withCaps(ArticleCaps c) {
            return new Pipeline(parallelism, maxArticleBytes, dedupeTtlHours, nearDuplicateSimilarity, linkWindowHours,
                    linkOutOfOrdernessMinutes, input, c);
        }
    }

    /** Bounds on the fields of a raw article (see {@link InputLimits}). */
    public record Input(int maxIdBytes, int maxUrlChars, int maxTitleChars, int maxSourceChars, long maxFutureHours)
            implements Serializable {}

    public record Checkpointing(long intervalMs, String storage, String stateBackend) implements Serializable {}

    /** Alerting: how long an alert is remembered against repeats, and the mention-spike rule. */
    public record Alerts(long dedupeHours, int summaryAlertIds, Spike spike) implements Serializable {

        public record Spike(long bucketMinutes, int windowBuckets, int baselineWindows, double factor, long minMentions)
                implements Serializable {}

        public SpikeRule spikeRule() {
            return new SpikeRule(spike.bucketMinutes() * 60_000L, spike.windowBuckets(), spike.baselineWindows(), spike.factor(),
                    spike.minMentions());
        }
    }

    public EnrichConfig withAlerts(Alerts a) {
        return new EnrichConfig(kafka, elasticsearch, pipeline, a, checkpointing);
    }

    static final String DEFAULTS = "/config/application.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Defaults only, with the environment applied: what the embedded demo uses. */
    public static EnrichConfig defaults(Map<String, String> env) {
        return load(null, env);
    }

    public static EnrichConfig load(Path jobFile, Map<String, String> env) {
        ObjectNode tree = readDefaults();
        if (jobFile != null) {
            if (!Files.isRegularFile(jobFile)) {
                throw new IllegalArgumentException("job file " + jobFile + " does not exist");
            }
            try {
                JsonNode overlay = YAML.readTree(jobFile.toFile());
                if (overlay != null && overlay.isObject()) {
                    merge(tree, (ObjectNode) overlay);
                } else if (overlay != null && !overlay.isMissingNode() && !overlay.isNull()) {
                    throw new IllegalArgumentException("job file " + jobFile + " must hold a YAML mapping");
                }
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read job file " + jobFile + ": " + e.getMessage(), e);
            }
        }
        applyEnvironment(tree, env);
        try {
            EnrichConfig config = YAML.treeToValue(tree, EnrichConfig.class);
            config.validate();
            return config;
        } catch (IOException e) {
            throw new IllegalArgumentException("bad job configuration"
                    + (jobFile == null ? "" : " in " + jobFile) + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode readDefaults() {
        try (InputStream in = EnrichConfig.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULTS);
            }
            return (ObjectNode) YAML.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Environment variables that override the files (documented in the README). */
    static void applyEnvironment(ObjectNode tree, Map<String, String> env) {
        ObjectNode kafka = (ObjectNode) tree.get("kafka");
        ObjectNode es = (ObjectNode) tree.get("elasticsearch");
        ObjectNode pipeline = (ObjectNode) tree.get("pipeline");
        set(kafka, "bootstrap-servers", env.get("CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS"));
        set(kafka, "topic-prefix", env.get("CLAIMWATCH_KAFKA_TOPIC_PREFIX"));
        String hosts = env.get("CLAIMWATCH_ES_HOSTS");
        if (hosts != null && !hosts.isBlank()) {
            var array = es.putArray("hosts");
            Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).forEach(array::add);
        }
        set(es, "index-prefix", env.get("CLAIMWATCH_ES_INDEX_PREFIX"));
        set(es, "username", env.get("CLAIMWATCH_ES_USERNAME"));
        set(es, "password", env.get("CLAIMWATCH_ES_PASSWORD"));
        set(es, "api-key", env.get("CLAIMWATCH_ES_API_KEY"));
        set(pipeline, "parallelism", env.get("CLAIMWATCH_PARALLELISM"));
        set(pipeline, "link-window-hours", env.get("CLAIMWATCH_LINK_WINDOW_HOURS"));
        // Kafka client properties (SASL/SSL): CLAIMWATCH_KAFKA_PROP_SASL_MECHANISM=PLAIN -> sasl.mechanism
        ObjectNode props = kafka.has("properties") && kafka.get("properties").isObject()
                ? (ObjectNode) kafka.get("properties") : kafka.putObject("properties");
        new TreeMap<>(env).forEach((k, v) -> {
            if (k.startsWith("CLAIMWATCH_KAFKA_PROP_")) {
                props.put(k.substring("CLAIMWATCH_KAFKA_PROP_".length()).toLowerCase().replace('_', '.'), v);
            }
        });
    }

    private static void set(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    private static void merge(ObjectNode base, ObjectNode overlay) {
        overlay.fields().forEachRemaining(e -> {
            JsonNode existing = base.get(e.getKey());
            if (existing != null && existing.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) existing, (ObjectNode) e.getValue());
            } else {
                base.set(e.getKey(), e.getValue());
            }
        });
    }

    private void validate() {
        require(kafka != null && kafka.bootstrapServers() != null && !kafka.bootstrapServers().isBlank(),
                "kafka.bootstrap-servers is required (or CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS)");
        require(elasticsearch != null && elasticsearch.hosts() != null && !elasticsearch.hosts().isEmpty(),
                "elasticsearch.hosts is required (or CLAIMWATCH_ES_HOSTS)");
        require(kafka.transactionTimeoutMs() > 0 && kafka.transactionTimeoutMs() < 900_000,
                "kafka.transaction-timeout-ms must be below the broker's maximum of 900000 (15 min)");
        require(pipeline.parallelism() >= 1, "pipeline.parallelism must be at least 1");
        require(pipeline.maxArticleBytes() > 0, "pipeline.max-article-bytes must be positive");
        require(pipeline.input() != null && pipeline.caps() != null, "pipeline.input and pipeline.caps are required");
        try {
            pipeline.inputLimits();
        } catch (IllegalArgumentException e) {
            require(false, "pipeline.input: " + e.getMessage());
        }
        // The enriched record holds the text about four times over at most (text, kept content and
        // statements, JSON escapes); it must fit the producer's request size with room to spare.
        long maxRequest = maxRequestSize();
        require(4L * pipeline.maxArticleBytes() + 1024 * 1024 <= maxRequest, "pipeline.max-article-bytes ("
                + pipeline.maxArticleBytes() + ") must be at most (max.request.size - 1 MiB) / 4 = " + (maxRequest - 1024 * 1024) / 4
                + " so that an enriched article fits a Kafka record (max.request.size " + maxRequest + ")");
        require(pipeline.linkWindowHours() > 0, "pipeline.link-window-hours must be positive");
        require(pipeline.linkOutOfOrdernessMinutes() >= 0, "pipeline.link-out-of-orderness-minutes must not be negative");
        require(pipeline.nearDuplicateSimilarity() > 0 && pipeline.nearDuplicateSimilarity() <= 1,
                "pipeline.near-duplicate-similarity must be in (0, 1]");
        require(elasticsearch.bulk().maxInFlight() >= 1 && elasticsearch.bulk().maxActions() >= 1,
                "elasticsearch.bulk.max-in-flight and max-actions must be at least 1");
        require(checkpointing.intervalMs() >= 100, "checkpointing.interval-ms must be at least 100");
        require(alerts != null && alerts.dedupeHours() > 0, "alerts.dedupe-hours must be positive");
        require(alerts.summaryAlertIds() >= 1, "alerts.summary-alert-ids must be at least 1");
        var spike = alerts.spike();
        require(spike.bucketMinutes() > 0 && spike.windowBuckets() >= 1 && spike.baselineWindows() >= 1,
                "alerts.spike.bucket-minutes, window-buckets and baseline-windows must be at least 1");
        require(spike.factor() > 1 && spike.minMentions() >= 1, "alerts.spike.factor must be above 1 and min-mentions at least 1");
    }

    /** The producers' max.request.size: a client property when set, else the job's default. */
    public long maxRequestSize() {
        String set = kafka.properties().get("max.request.size");
        try {
            return set == null ? DEFAULT_MAX_REQUEST_SIZE : Long.parseLong(set.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad job configuration: kafka property max.request.size '" + set + "' is not a number");
        }
    }

    /** Matches the output topics' max.message.bytes (connectors/kafka/topics.yaml). */
    public static final long DEFAULT_MAX_REQUEST_SIZE = 8_388_608L;

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException("bad job configuration: " + message);
        }
    }

    public EnrichConfig withKafka(Kafka k) {
        return new EnrichConfig(k, elasticsearch, pipeline, alerts, checkpointing);
    }

    public EnrichConfig withElasticsearch(Elasticsearch e) {
        return new EnrichConfig(kafka, e, pipeline, alerts, checkpointing);
    }

    public EnrichConfig withPipeline(Pipeline p) {
        return new EnrichConfig(kafka, elasticsearch, p, alerts, checkpointing);
    }

    public EnrichConfig withCheckpointing(Checkpointing c) {
        return new EnrichConfig(kafka, elasticsearch, pipeline, alerts, c);
    }
}
