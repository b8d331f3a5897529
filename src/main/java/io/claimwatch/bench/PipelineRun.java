package io.claimwatch.bench;

import io.claimwatch.alerts.SubscriptionParser;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import io.claimwatch.connectors.flink.FlinkRest;
import io.claimwatch.connectors.kafka.SubscriptionTopic;
import io.claimwatch.connectors.kafka.TopicAdmin;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.dev.EmbeddedFlink;
import io.claimwatch.jobs.EnrichConfig;
import io.claimwatch.jobs.EnrichRuntime;
import io.claimwatch.jobs.KafkaIo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;

/**
 * One run of the enrich job over the benchmark's articles, on its own topics and indices (a prefix
 * of its own, deleted afterwards): the articles go into the topic all at once (maximum rate: the job
 * takes them as fast as it can) or at a fixed rate, and the run lasts until every article's document
 * is searchable. It records when each document appeared, the job's per-task busy and back-pressured
 * time and the Elasticsearch bulk rate over the steady part of the run, and the job's restarts.
 */
public final class PipelineRun {

    /** @param rate articles per second, or 0 for the maximum rate */
    public record Spec(String name, int parallelism, boolean chaining, double rate) {
        public boolean maxRate() {
            return rate <= 0;
        }
    }

    /** A task's share of the steady window: busy, back-pressured and idle, each a fraction of its time. */
    public record OperatorShare(String name, int parallelism, double busy, double backPressured, double idle,
            double recordsInPerSecond) {}

    /**
     * The index sink: documents Elasticsearch indexed per second over the steady window (its own count,
     * every index of the run), the sink's bulk requests per second and documents per bulk over the
     * whole run, and the duration of its last bulk (NaN where unknown).
     */
    public record EsRate(double documentsPerSecond, double bulksPerSecond, double documentsPerBulk, double lastBulkMs) {}

    /**
     * Cores busy on average over the steady window: this JVM (the job; on the embedded stack also the
     * Kafka broker), the Elasticsearch nodes, and the whole machine (NaN where unknown).
     */
    public record CpuUse(double jvmCores, double elasticsearchCores, double machineCores, int processors,
            List<Map.Entry<String, Double>> threadGroups) {

        /** The cores of one group of this JVM's threads ({@link CpuMeter#JIT}, a task's name), or null when it used none or is unknown. */
        public Double groupCores(String group) {
            return threadGroups.stream().filter(e -> e.getKey().equals(group)).map(Map.Entry::getValue).findFirst().orElse(null);
        }

        /** What the machine spent on neither: other processes. */
        public double otherCores() {
            return machineCores - jvmCores - elasticsearchCores;
        }
    }

    /** Documents found by then (seconds since the job was submitted). */
    public record Sample(double seconds, int indexed) {}

    /**
     * @param sustained articles and tokens between 10% and 90% of the documents found (the steady part)
     * @param latenciesMs append to searchable, per article (fixed-rate runs; empty at maximum rate)
     * @param problem why the run ended before every document was found, or null
     */
    public record Result(Spec spec, int articles, int indexed, Throughput sustained, double firstDocSeconds, double lastDocSeconds,
            List<Sample> samples, long[] latenciesMs, List<OperatorShare> operators, EsRate es, CpuUse cpu, long restarts,
            String problem) {}

    /** What every run of one bench shares: the job settings, the Flink cluster, Elasticsearch, where checkpoints go. */
    public record Target(EnrichConfig base, EmbeddedFlink flink, EsConnection.Clients es, Path checkpoints, String runId,
            PrintStream log, Duration stallTimeout) {}

    private static final long POLL_MS = 100;
    /** A breakdown over less than this says little (documents appear in bursts at each refresh). */
    private static final long MIN_WINDOW_MS = 2000;
    private static final boolean TERMINAL = System.console() != null;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Target target;
    private boolean snapshotFailureShown;

    public PipelineRun(Target target) {
        this.target = target;
    }

    /** @param tokens each article's tokens, as the NLP-only run counted them (the same code), in input order */
    public Result run(Spec spec, List<BenchArticle> articles, int[] tokens) throws Exception {
        String tag = target.runId() + "-" + spec.name();
        EnrichConfig base = target.base();
        String topicPrefix = base.kafka().topicPrefix() + "cwbench-" + tag + ".";
        String indexPrefix = base.elasticsearch().indexPrefix() + "cwbench-" + tag + "-";
        EnrichConfig config = configFor(base, tag, topicPrefix, indexPrefix, spec.parallelism());
        TopicCatalog topics = TopicCatalog.load(topicPrefix);
        IndexCatalog indices = new IndexCatalog(indexPrefix);
        createTopics(config, topics);
        try {
            seedSubscriptions(config, topics.name(TopicCatalog.SUBSCRIPTIONS));
            try (ArticleFeeder feeder = new ArticleFeeder(config.kafka().bootstrapServers(), config.kafka().properties(),
                    topics.name(TopicCatalog.ARTICLES))) {
                if (spec.maxRate()) {
                    say("  sending %d articles to the topic first...", articles.size());
                    feeder.sendAll(articles, n -> { });
                }
                Configuration flinkConf = EnrichRuntime.flinkConfiguration(config, target.checkpoints().resolve(tag));
                StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flinkConf);
                EnrichRuntime.prepare(env, config, new KafkaIo(config, false));
                if (!spec.chaining()) {
                    env.disableOperatorChaining();
                }
                long submitted = System.currentTimeMillis();
                JobID job = target.flink().submit(env, "claimwatch-bench-" + spec.name());
                try {
                    return watch(spec, job, submitted, articles, tokens, feeder, indices);
                } finally {
                    try {
                        target.flink().cancel(job);
                    } catch (Exception alreadyOver) {
                        // finished or failed: nothing to cancel
                    }
                }
            }
        } finally {
            cleanUp(config, topics, indices);
        }
    }

    private Result watch(Spec spec, JobID job, long submitted, List<BenchArticle> articles, int[] tokens, ArticleFeeder feeder,
            IndexCatalog indices) throws Exception {
        FlinkRest rest = new FlinkRest(target.flink().restUrl(), Duration.ofSeconds(10));
        String jobId = job.toHexString();
        int n = articles.size();
        int lo = (int) Math.round(0.1 * (n - 1));
        int hi = (int) Math.round(0.9 * (n - 1));
        List<Sample> samples = new ArrayList<>();
        Snapshot atFirst = null;
        Snapshot atStart = null;
        Snapshot atLo = null;
        Snapshot atHi = null;
        String problem = null;
        AtomicReference<Exception> feedFailure = new AtomicReference<>();
        Thread sender = null;
        try (IndexProbe probe = new IndexProbe(target.es().sync(), indices.articles(), POLL_MS)) {
            if (spec.maxRate()) {
                articles.forEach(a -> probe.watch(a.id()));
            } else {
                awaitRunning(rest, jobId);
                sender = new Thread(() -> {
                    try {
                        feeder.sendAtRate(articles, spec.rate(), a -> probe.watch(a.id()));
                    } catch (Exception e) {
                        feedFailure.set(e);
                    }
                }, "bench-feeder");
                sender.setDaemon(true);
                sender.start();
            }
            var result = target.flink().result(job);
            int last = -1;
            long lastProgress = System.currentTimeMillis();
            long nextSample = submitted;
            while (true) {
                int seen = probe.seen();
                long now = System.currentTimeMillis();
                if (seen != last) {
                    last = seen;
                    lastProgress = now;
                }
                if (now >= nextSample) {
                    samples.add(new Sample((now - submitted) / 1000.0, seen));
                    nextSample += 1000;
                    progress(spec, seen, n, samples);
                }
                if (atFirst == null) {
                    atFirst = snapshot(rest, jobId, now, indices);
                }
                if (atStart == null && tasksRunning(rest, jobId)) {
                    atStart = snapshot(rest, jobId, now, indices);
                }
                if (atLo == null && seen > lo) {
                    atLo = snapshot(rest, jobId, now, indices);
                }
                if (atHi == null && seen > hi) {
                    atHi = snapshot(rest, jobId, now, indices);
                }
                if (seen >= n) {
                    break;
                }
                if (result.isDone()) {
                    problem = "the job ended before every document was found: " + result.get().getSerializedThrowable()
                            .map(t -> t.getMessage()).orElse(result.get().getApplicationStatus().toString());
                    break;
                }
                if (feedFailure.get() != null) {
                    problem = feedFailure.get().getMessage();
                    break;
                }
                if (now - lastProgress > target.stallTimeout().toMillis()) {
                    problem = "no new document for " + target.stallTimeout().toSeconds() + " s; " + (n - seen) + " of " + n
                            + " never appeared" + (probe.lastError() == null ? "" : " (last poll error: " + probe.lastError().getMessage() + ")");
                    break;
                }
                Thread.sleep(100);
            }
            samples.add(new Sample((System.currentTimeMillis() - submitted) / 1000.0, probe.seen()));
            progress(spec, probe.seen(), n, samples);
            if (TERMINAL) {
                System.err.println();
            }
            if (sender != null) {
                sender.join(TimeUnit.SECONDS.toMillis(30));
            }
            long restarts = restarts(rest, jobId);
            Snapshot atEnd = snapshot(rest, jobId, System.currentTimeMillis(), indices);
            if (atLo == null || atHi == null || atHi.at() - atLo.at() < MIN_WINDOW_MS) {
                // Too few documents for a steady part: from the moment every task ran (or the first look) to the end.
                atLo = atStart != null ? atStart : atFirst;
                atHi = atEnd;
            }
            return result(spec, articles, tokens, probe, feeder, submitted, samples, atLo, atHi, atEnd, restarts, problem);
        }
    }

    private Result result(Spec spec, List<BenchArticle> articles, int[] tokens, IndexProbe probe, ArticleFeeder feeder, long submitted,
            List<Sample> samples, Snapshot atLo, Snapshot atHi, Snapshot atEnd, long restarts, String problem) {
        record Seen(long at, int tokens) {}
        List<Seen> seen = new ArrayList<>();
        List<Long> latencies = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Long at = probe.seenAt(articles.get(i).id());
            if (at == null) {
                continue;
            }
            seen.add(new Seen(at, tokens[i]));
            Long appended = feeder.appendedAt(articles.get(i).id());
            if (!spec.maxRate() && appended != null) {
                latencies.add(Math.max(0, at - appended));
            }
        }
        seen.sort(Comparator.comparingLong(Seen::at));
        Throughput sustained = new Throughput(0, 0, 0);
        double first = 0;
        double lastDoc = 0;
        if (!seen.isEmpty()) {
            first = (seen.get(0).at() - submitted) / 1000.0;
            lastDoc = (seen.get(seen.size() - 1).at() - submitted) / 1000.0;
            int lo = (int) Math.round(0.1 * (seen.size() - 1));
            int hi = (int) Math.round(0.9 * (seen.size() - 1));
            long window = seen.get(hi).at() - seen.get(lo).at();
            if (hi > lo && window > 0) {
                long tok = 0;
                for (int i = lo + 1; i <= hi; i++) {
                    tok += seen.get(i).tokens();
                }
                sustained = new Throughput(hi - lo, tok, window / 1000.0);
            } else {
                // Too few documents for a steady part: everything from submission on.
                long tok = seen.stream().mapToLong(Seen::tokens).sum();
                sustained = new Throughput(seen.size(), tok, Math.max(0.001, lastDoc));
            }
        }
        List<OperatorShare> operators = new ArrayList<>();
        EsRate es = null;
        CpuUse cpu = null;
        if (atLo != null && atHi != null && atHi.at() > atLo.at()) {
            double windowMs = atHi.at() - atLo.at();
            Map<String, FlinkRest.VertexTimes> before = new HashMap<>();
            atLo.vertices().forEach(v -> before.put(v.id(), v));
            for (FlinkRest.VertexTimes v : atHi.vertices()) {
                FlinkRest.VertexTimes b = before.get(v.id());
                if (b == null) {
                    continue;
                }
                FlinkRest.VertexTimes d = v.minus(b);
                // Flink's REST metrics are fetched periodically, so normalise by the task time they account for.
                double accounted = d.busyMs() + d.backPressuredMs() + d.idleMs();
                operators.add(new OperatorShare(v.name(), v.parallelism(), share(d.busyMs(), accounted), share(d.backPressuredMs(), accounted),
                        share(d.idleMs(), accounted), d.readRecords() / (windowMs / 1000.0)));
            }
            double docs = atHi.esDocuments() - atLo.esDocuments();
            // The sink's counters reach the REST API a second late: over a short window that is a large
            // error, so bulks are counted over the whole run (from the first document to the end).
            double bulks = atEnd == null ? Double.NaN : atEnd.esBulks();
            double active = lastDoc - first;
            es = new EsRate(docs / (windowMs / 1000.0), active > 0 ? bulks / active : Double.NaN,
                    bulks > 0 && atEnd != null ? atEnd.esDocuments() / bulks : Double.NaN, atEnd == null ? atHi.esBulkMs() : atEnd.esBulkMs());
            double wall = atHi.cpu().wallMs() - atLo.cpu().wallMs();
            cpu = new CpuUse(cores(atHi.cpu().jvmCpuMs(), atLo.cpu().jvmCpuMs(), wall), cores(atHi.esCpuMs(), atLo.esCpuMs(), wall),
                    cores(atHi.cpu().machineBusyMs(), atLo.cpu().machineBusyMs(), wall), Runtime.getRuntime().availableProcessors(),
                    CpuMeter.groupCores(atLo.cpu(), atHi.cpu()));
        }
        long[] lat = latencies.stream().mapToLong(Long::longValue).toArray();
        return new Result(spec, articles.size(), seen.size(), sustained, first, lastDoc, List.copyOf(samples), lat, operators, es, cpu,
                restarts, problem);
    }

    private static double share(double ms, double total) {
        return Double.isFinite(ms) && total > 0 ? Math.max(0, Math.min(1, ms / total)) : Double.NaN;
    }

    private static double cores(long after, long before, double wallMs) {
        return after < 0 || before < 0 || wallMs <= 0 ? Double.NaN : (after - before) / wallMs;
    }

    /** The job's tasks and sink counters at one moment. */
    private record Snapshot(long at, List<FlinkRest.VertexTimes> vertices, double esDocuments, double esBulks, double esBulkMs,
            CpuMeter.Reading cpu, long esCpuMs) {}

    private Snapshot snapshot(FlinkRest rest, String jobId, long now, IndexCatalog indices) {
        try {
            CpuMeter.Reading cpu = CpuMeter.read();
            return new Snapshot(now, rest.vertexTimes(jobId), indexedDocuments(indices),
                    rest.operatorMetric(jobId, "Elasticsearch", "esBulkRequests"),
                    rest.operatorMetric(jobId, "Elasticsearch", "esBulkLatencyMs", "avg"), cpu, elasticsearchCpuMs());
        } catch (Exception e) {
            if (!snapshotFailureShown) {
                snapshotFailureShown = true;
                say("  note: the task breakdown is incomplete, Flink's REST API did not answer: %s", e.getMessage());
            }
            return null; // the breakdown is then left out; the run itself goes on
        }
    }

    /** Documents Elasticsearch has indexed into the run's indices so far (its index stats), or NaN. */
    private double indexedDocuments(IndexCatalog indices) {
        try {
            String names = String.join(",", IndexCatalog.ALL.stream().map(indices::name).toList());
            var response = target.es().rest().performRequest(new Request("GET", "/" + names + "/_stats/indexing?ignore_unavailable=true"));
            return new ObjectMapper().readTree(response.getEntity().getContent()).path("_all").path("primaries").path("indexing")
                    .path("index_total").asDouble(Double.NaN);
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    /** CPU milliseconds of every Elasticsearch node so far (node stats), or -1. */
    private long elasticsearchCpuMs() {
        try {
            var response = target.es().rest().performRequest(new Request("GET", "/_nodes/stats/process"));
            JsonNode nodes = new ObjectMapper().readTree(response.getEntity().getContent()).path("nodes");
            long sum = 0;
            for (JsonNode node : nodes) {
                sum += node.path("process").path("cpu").path("total_in_millis").asLong();
            }
            return sum;
        } catch (Exception e) {
            return -1;
        }
    }

    private static boolean tasksRunning(FlinkRest rest, String jobId) {
        try {
            return rest.allTasksRunning(jobId);
        } catch (Exception notYet) {
            return false;
        }
    }

    private static long restarts(FlinkRest rest, String jobId) {
        try {
            return rest.job(jobId).restarts();
        } catch (Exception e) {
            return -1;
        }
    }

    /** A fixed-rate run starts sending once every task runs (models loaded), so start-up is not latency. */
    private void awaitRunning(FlinkRest rest, String jobId) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (rest.allTasksRunning(jobId)) {
                    Thread.sleep(2000); // the source's first fetch and the operators' open() calls
                    return;
                }
            } catch (java.io.IOException notYet) {
                // the job is still being scheduled
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the job's tasks were not all running within 120 s");
    }

    private void progress(Spec spec, int seen, int n, List<Sample> samples) {
        double rate = 0;
        int k = samples.size();
        if (k >= 2) {
            Sample a = samples.get(Math.max(0, k - 6));
            Sample b = samples.get(k - 1);
            rate = b.seconds() > a.seconds() ? (b.indexed() - a.indexed()) / (b.seconds() - a.seconds()) : 0;
        }
        if (TERMINAL) {
            System.err.printf("\r  %-14s searchable %d/%d  %.1f articles/s   ", spec.name(), seen, n, rate);
        } else if (k % 10 == 1 || seen >= n) {
            System.err.printf("  %-14s searchable %d/%d  %.1f articles/s%n", spec.name(), seen, n, rate);
        }
        System.err.flush();
    }

    static EnrichConfig configFor(EnrichConfig base, String tag, String topicPrefix, String indexPrefix, int parallelism) {
        EnrichConfig.Kafka k = base.kafka();
        EnrichConfig.Elasticsearch e = base.elasticsearch();
        EnrichConfig.Checkpointing c = base.checkpointing();
        return base.withKafka(new EnrichConfig.Kafka(k.bootstrapServers(), "cwbench-" + tag, topicPrefix, "cwbench-" + tag,
                        k.transactionTimeoutMs(), k.properties()))
                .withElasticsearch(new EnrichConfig.Elasticsearch(e.hosts(), indexPrefix, e.username(), e.password(), e.apiKey(), e.bulk()))
                .withPipeline(base.pipeline().withParallelism(parallelism))
                // The bench's state is thrown away: its checkpoints go to files of its own run folder.
                .withCheckpointing(new EnrichConfig.Checkpointing(c.intervalMs(), "", stateBackend(c.stateBackend())));
    }

    /**
     * The job file's state backend, or the in-memory one when it names RocksDB and this build does not
     * carry it (a Flink cluster brings its own; the bench runs the job in its own JVM).
     */
    public static String stateBackend(String configured) {
        if (configured != null && configured.equalsIgnoreCase("rocksdb")) {
            try {
                Class.forName("org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend");
            } catch (ClassNotFoundException e) {
                return "hashmap";
            }
        }
        return configured;
    }

    /** The catalog's topics; the articles topic stamps records with their append time (latency starts there). */
    private static void createTopics(EnrichConfig config, TopicCatalog topics) {
        List<TopicCatalog.TopicSpec> specs = new ArrayList<>();
        for (TopicCatalog.TopicSpec s : topics.all()) {
            if (s.name().equals(topics.name(TopicCatalog.ARTICLES))) {
                Map<String, String> c = new LinkedHashMap<>(s.config());
                c.put("message.timestamp.type", "LogAppendTime");
                s = new TopicCatalog.TopicSpec(s.name(), s.partitions(), Map.copyOf(c));
            }
            specs.add(s);
        }
        TopicAdmin.ensureTopics(config.kafka().bootstrapServers(), config.kafka().properties(), specs,
                replication(config));
    }

    /** One replica on a single broker (the embedded stack), else as many as the cluster allows up to three. */
    private static short replication(EnrichConfig config) {
        try (Admin admin = Admin.create(adminProperties(config))) {
            int brokers = admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size();
            return (short) Math.max(1, Math.min(3, brokers));
        } catch (Exception e) {
            throw new IllegalStateException("cannot reach Kafka at " + config.kafka().bootstrapServers() + ": " + e.getMessage(), e);
        }
    }

    private static Properties adminProperties(EnrichConfig config) {
        Properties p = new Properties();
        p.putAll(config.kafka().properties());
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafka().bootstrapServers());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "30000");
        return p;
    }

    /** The default subscriptions (config/subscriptions.yaml), so alert matching does its production work. */
    private static void seedSubscriptions(EnrichConfig config, String topic) throws Exception {
        SubscriptionTopic store = new SubscriptionTopic(config.kafka().bootstrapServers(), config.kafka().properties(), topic);
        try (InputStream in = PipelineRun.class.getResourceAsStream("/config/subscriptions.yaml")) {
            if (in == null) {
                return;
            }
            for (JsonNode node : YAML.readTree(in)) {
                SubscriptionParser.Result r = SubscriptionParser.parse(node);
                if (r.ok()) {
                    store.save(r.subscription());
                }
            }
        }
    }

    /** Deletes the run's topics, indices and index templates; what cannot be deleted is named, not hidden. */
    private void cleanUp(EnrichConfig config, TopicCatalog topics, IndexCatalog indices) {
        List<String> names = new ArrayList<>();
        topics.all().forEach(t -> names.add(t.name()));
        try (Admin admin = Admin.create(adminProperties(config))) {
            var existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<String> ours = names.stream().filter(existing::contains).toList();
            admin.deleteTopics(ours).all().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            say("  warning: could not delete the bench topics %s: %s", names, e.getMessage());
        }
        for (String base : IndexCatalog.ALL) {
            String index = indices.name(base);
            delete("/" + index);
            delete("/_index_template/" + index);
        }
    }

    private void delete(String path) {
        try {
            target.es().rest().performRequest(new Request("DELETE", path));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() != 404) {
                say("  warning: could not delete %s: %s", path, e.getMessage());
            }
        } catch (Exception e) {
            say("  warning: could not delete %s: %s", path, e.getMessage());
        }
    }

    private void say(String format, Object... args) {
        target.log().println(String.format(format, args));
    }
}
