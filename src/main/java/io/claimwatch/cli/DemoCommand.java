package io.claimwatch.cli;

import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.dev.EmbeddedFlink;
import io.claimwatch.dev.EmbeddedStack;
import io.claimwatch.dev.RunFolder;
import io.claimwatch.jobs.EnrichConfig;
import io.claimwatch.jobs.EnrichRuntime;
import io.claimwatch.jobs.KafkaIo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimwatch.alerts.SubscriptionParser;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.web.DashboardServer;
import io.claimwatch.connectors.kafka.SubscriptionTopic;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.api.common.JobID;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimwatch demo}: a real Kafka broker, a real Elasticsearch node and the enrich job on a
 * Flink MiniCluster, fed with the bundled (invented) sample corpus.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start the embedded stack (Kafka, Elasticsearch, Flink MiniCluster), feed the bundled sample "
                + "corpus and run the enrich job.", "Without --once it keeps running (send more with 'claimwatch ingest') "
                + "until Ctrl-C, which stops everything."})
final class DemoCommand implements Callable<Integer> {

    static final String CORPUS = "/demo/articles.jsonl";
    static final String MALFORMED = "/demo/malformed.txt";

    @Option(names = "--once", description = "process what was sent at start, print a summary and exit")
    boolean once;

    @Option(names = "--parallelism", defaultValue = "2", description = "Flink parallelism (default: ${DEFAULT-VALUE})")
    int parallelism;

    @Option(names = "--feeds", paramLabel = "FILE", description = "also follow the feeds of this feeds file (see 'claimwatch feeds'); "
            + "with --once they are polled once before the job starts")
    java.nio.file.Path feedsFile;

    /** Released once everything is stopped, so that a Ctrl-C shutdown hook waits for the clean-up. */
    private final CountDownLatch cleanedUp = new CountDownLatch(1);

    @Override
    public Integer call() throws Exception {
        try {
            return runDemo();
        } finally {
            cleanedUp.countDown();
        }
    }

    private Integer runDemo() throws Exception {
        long started = System.nanoTime();
        EnrichConfig defaults = EnrichConfig.defaults(Map.of());
        TopicCatalog topics = TopicCatalog.load(defaults.kafka().topicPrefix());
        io.claimwatch.feeds.FeedsFile.Contents feedContents = DemoFeeds.load(feedsFile); // a bad file stops the demo before it starts
        say("Starting Kafka and Elasticsearch (the first start unpacks Elasticsearch, ~20 s)...");
        try (RunFolder run = RunFolder.create("demo"); EmbeddedStack stack = EmbeddedStack.start(run, topics);
                DemoFeeds feeds = new DemoFeeds(feedContents)) {
            Map<String, String> env = new HashMap<>(System.getenv());
            env.put("CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
            env.put("CLAIMWATCH_ES_HOSTS", stack.elasticsearchUrl());
            env.put("CLAIMWATCH_PARALLELISM", Integer.toString(parallelism));
            EnrichConfig config = EnrichConfig.defaults(env);
            // Checkpoints every 2 s (the demo shows results quickly), in files of the run's folder.
            config = config.withCheckpointing(new EnrichConfig.Checkpointing(2000, "", config.checkpointing().stateBackend()));
            say("Run folder     %s", run.path());
            say("Kafka          %s", stack.bootstrapServers());
            say("Elasticsearch  %s", stack.elasticsearchUrl());

            int subscriptions = seedSubscriptions(stack.bootstrapServers(), topics.name(TopicCatalog.SUBSCRIPTIONS));
            say("Subscriptions  %d (config/subscriptions.yaml and the demo's own)", subscriptions);
            int sent = feedCorpus(stack.bootstrapServers(), topics.name(TopicCatalog.ARTICLES));
            sent += feeds.start(stack.bootstrapServers(), config, topics, once);
            double startup = (System.nanoTime() - started) / 1e9;
            say("Sent %d records (sample articles and a few malformed ones) to %s; stack up in %.1f s",
                    sent, topics.name(TopicCatalog.ARTICLES), startup);

            Configuration flink = EnrichRuntime.flinkConfiguration(config, run.dir("checkpoints"));
            try (EmbeddedFlink cluster = EmbeddedFlink.start(flink, parallelism, run.dir("flink-tmp"))) {
                run.publish("flink", cluster.restUrl());
                say("Flink REST     %s", cluster.restUrl());
                StreamExecutionEnvironment flinkEnv = StreamExecutionEnvironment.getExecutionEnvironment(flink);
                EnrichRuntime.prepare(flinkEnv, config, new KafkaIo(config, once));
                String index = new IndexCatalog(config.elasticsearch().indexPrefix()).articles();
                JobID job = cluster.submit(flinkEnv, "claimwatch-enrich-demo");
                try (OutputCounts counts = new OutputCounts(stack.bootstrapServers(), topics.name(TopicCatalog.ARTICLES_ENRICHED),
                        topics.name(TopicCatalog.ARTICLES_DLQ), topics.name(TopicCatalog.ALERTS), stack.elasticsearchUrl(), index);
                        JobMonitor monitor = new JobMonitor(cluster.restUrl(), job.toHexString(), System.err).start()) {
                    if (once) {
                        return runOnce(cluster, job, counts, monitor, sent,
                                new IndexCatalog(config.elasticsearch().indexPrefix()).name(IndexCatalog.LINKS));
                    }
                    return runUntilStopped(cluster, job, counts, stack, topics, index, run);
                }
            }
        }
    }

    private int runOnce(EmbeddedFlink cluster, JobID job, OutputCounts counts, JobMonitor monitor, int sent, String linksIndex)
            throws Exception {
        long t0 = System.nanoTime();
        var result = cluster.result(job);
        while (!result.isDone()) {
            printProgress(counts.poll());
            Thread.sleep(1000);
        }
        var failure = result.get().getSerializedThrowable();
        if (failure.isPresent()) {
            say("");
            say("The job failed: %s", failure.get().getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        OutputCounts.Counts c = counts.poll();
        for (int i = 0; i < 10 && c.enriched() + c.duplicates() + c.deadLettered() < sent; i++) {
            Thread.sleep(300);
            c = counts.poll();
        }
        say("");
        say("Summary: read %d, enriched %d, indexed %d, duplicates %d, dead-lettered %d (%.1f s, %.1f articles/s)",
                sent, c.enriched(), c.indexed(), c.duplicates(), c.deadLettered(), seconds, sent / seconds);
        say("Entities: %d distinct; named by most articles: %s", counts.distinctEntities(), String.join(", ", counts.topEntities(5)));
        say("Statements: %s", counts.statementSummary(linksIndex));
        say("Alerts: %s", counts.alertSummary());
        var health = monitor.refresh();
        if (health != null) {
            say("Job: %d restart(s); checkpoints %d completed, %d failed%s", health.restarts(), health.checkpointsCompleted(),
                    health.failedInARow(), health.lastCheckpointFailure() == null ? "" : " (last: " + health.lastCheckpointFailure() + ")");
        }
        boolean complete = c.enriched() + c.duplicates() + c.deadLettered() == sent;
        if (!complete) {
            say("Warning: %d records are not accounted for in the outputs",
                    sent - c.enriched() - c.duplicates() - c.deadLettered());
        }
        return complete ? 0 : 1;
    }

    private int runUntilStopped(EmbeddedFlink cluster, JobID job, OutputCounts counts, EmbeddedStack stack,
            TopicCatalog topics, String index, RunFolder run) throws Exception {
        EnrichConfig dashboardConfig = EnrichConfig.defaults(Map.of("CLAIMWATCH_ES_HOSTS", stack.elasticsearchUrl()));
        EsConnection.Clients es = EsConnection.of(dashboardConfig.elasticsearch()).open();
        DashboardServer dashboard;
        try {
            dashboard = DashboardCommand.start(es, dashboardConfig, "127.0.0.1", 8080, null, null);
        } catch (java.net.BindException e) {
            dashboard = DashboardCommand.start(es, dashboardConfig, "127.0.0.1", 0, null, null); // 8080 is taken
        }
        run.publish("dashboard", "http://127.0.0.1:" + dashboard.port() + "/");
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stopped.countDown();
            try {
                cleanedUp.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        say("");
        say("Running. Look at:");
        say("  dashboard        http://127.0.0.1:%d/", dashboard.port());
        say("  articles index   %s/%s/_search?pretty", stack.elasticsearchUrl(), index);
        say("  contested claims %s/%s/_search?pretty", stack.elasticsearchUrl(), index.replace(IndexCatalog.ARTICLES, IndexCatalog.LINKS));
        say("  enriched topic   %s on %s", topics.name(TopicCatalog.ARTICLES_ENRICHED), stack.bootstrapServers());
        say("  dead letters     %s", topics.name(TopicCatalog.ARTICLES_DLQ));
        say("  Flink            %s (job %s)", cluster.restUrl(), job);
        say("  alerts           ./claimwatch alerts --follow");
        say("  send more        ./claimwatch ingest FILE");
        say("  health           ./claimwatch status");
        say("(the commands find this running demo through its run file; no flags needed)");
        say("Press Ctrl-C to stop.");
        try {
            var result = cluster.result(job);
            while (stopped.getCount() > 0 && !result.isDone()) {
                printProgress(counts.poll());
                Thread.sleep(2000);
            }
        } finally {
            say("");
            say("Stopping the dashboard, the job, Elasticsearch and Kafka...");
            dashboard.close();
            es.close();
            try {
                cluster.cancel(job);
            } catch (Exception ignored) {
                // already finished
            }
        }
        return 0;
    }

    private static void printProgress(OutputCounts.Counts c) {
        System.err.printf("\renriched %d · indexed %d · duplicates %d · dead-lettered %d   ",
                c.enriched(), c.indexed(), c.duplicates(), c.deadLettered());
        System.err.flush();
    }

    /** Puts the default subscriptions and the demo's on the subscriptions topic; returns how many. */
    static int seedSubscriptions(String bootstrap, String topic) throws Exception {
        SubscriptionTopic store = new SubscriptionTopic(bootstrap, Map.of(), topic);
        int n = 0;
        for (String resource : List.of("/config/subscriptions.yaml", "/demo/subscriptions.yaml")) {
            try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                for (JsonNode node : new ObjectMapper(new YAMLFactory()).readTree(in)) {
                    SubscriptionParser.Result r = SubscriptionParser.parse(node);
                    if (!r.ok()) {
                        throw new IllegalStateException(resource + ": " + String.join("; ", r.problems()));
                    }
                    store.save(r.subscription());
                    n++;
                }
            }
        }
        return n;
    }

    /** Sends the bundled articles and the malformed records; returns how many records were sent. */
    static int feedCorpus(String bootstrap, String topic) throws Exception {
        List<String> articles = resourceLines(CORPUS);
        List<String> malformed = resourceLines(MALFORMED);
        try (ArticleSender sender = new ArticleSender(bootstrap, Map.of(), topic)) {
            sender.send(articles);
            for (String line : malformed) {
                // "base64:" lines hold raw bytes that are not valid UTF-8.
                byte[] value = line.startsWith("base64:") ? Base64.getDecoder().decode(line.substring(7))
                        : line.getBytes(StandardCharsets.UTF_8);
                sender.sendRaw(value);
            }
        }
        return articles.size() + malformed.size();
    }

    static List<String> resourceLines(String resource) throws IOException {
        try (InputStream in = DemoCommand.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
            return out;
        }
    }

    private static void say(String format, Object... args) {
        System.err.println(String.format(format, args));
    }
}
