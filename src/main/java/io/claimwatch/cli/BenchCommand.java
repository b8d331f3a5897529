package io.claimwatch.cli;

import io.claimwatch.bench.BenchArticle;
import io.claimwatch.bench.BenchChart;
import io.claimwatch.bench.BenchInput;
import io.claimwatch.bench.BenchReport;
import io.claimwatch.bench.BenchResults;
import io.claimwatch.bench.CpuMeter;
import io.claimwatch.bench.NlpCeiling;
import io.claimwatch.bench.PipelineRun;
import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.dev.EmbeddedFlink;
import io.claimwatch.dev.EmbeddedStack;
import io.claimwatch.dev.RunFolder;
import io.claimwatch.jobs.EnrichConfig;
import io.claimwatch.jobs.EnrichRuntime;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code claimwatch bench}: the whole pipeline on real articles, beside the NLP alone on the same
 * articles in the same run. See the README, "Benchmark".
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmark the whole pipeline (Kafka → Flink → Elasticsearch) on a JSON Lines file of raw articles, beside the "
                + "NLP alone (the job's cleaner and annotator, no Kafka, Flink or Elasticsearch) on the same articles:",
                "throughput at the maximum rate, latency at a fixed rate, scaling from parallelism 1, where time goes per task, "
                        + "and restarts. Prints a table (or one JSON line with --json) and writes a PNG chart and the JSON summary.",
                "Runs on its own embedded Kafka and Elasticsearch, or with --job against existing ones (its own topic and index "
                        + "prefix, deleted afterwards)."})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, paramLabel = "FILE",
            description = "JSON Lines of raw articles (one record a line, as sent to the articles topic), oldest first")
    Path input;

    @Option(names = "--articles", defaultValue = "1000", paramLabel = "N",
            description = "the first N usable articles in file order (default: ${DEFAULT-VALUE})")
    int articles;

    @Option(names = "--parallelism", defaultValue = "2", paramLabel = "P",
            description = "job parallelism and NLP-only threads; above 1 the pipeline also runs at 1 for scaling (default: ${DEFAULT-VALUE})")
    int parallelism;

    @Option(names = "--rate", paramLabel = "R|max",
            description = "articles per second of the latency run, or max (default: half the measured maximum)")
    String rate;

    @Option(names = "--json", description = "print one JSON summary line on stdout (the table goes to stderr)")
    boolean json;

    @Option(names = "--no-chaining", description = "also run at the maximum rate with operator chaining off, for a per-operator breakdown")
    boolean noChaining;

    @Option(names = "--job", paramLabel = "FILE",
            description = "run against the Kafka and Elasticsearch of this job file (and the environment) instead of an embedded stack")
    Path jobFile;

    @Option(names = "--out", defaultValue = ".", paramLabel = "DIR",
            description = "where the chart (PNG) and the JSON summary are written (default: the current folder)")
    Path out;

    @Option(names = "--warmup", defaultValue = "20", paramLabel = "S",
            description = "seconds of untimed NLP before the timed runs, so they meet compiled code (default: ${DEFAULT-VALUE})")
    double warmupSeconds;

    @Option(names = "--pipeline-warmup", defaultValue = "300", paramLabel = "N",
            description = {"articles per untimed pipeline warm-up round before the timed runs, so Flink's, Kafka's and",
                    "Elasticsearch's code is compiled too (default: ${DEFAULT-VALUE})"})
    int pipelineWarmup;

    @Option(names = "--warmup-rounds", defaultValue = "6", paramLabel = "K",
            description = {"at most this many warm-up rounds: they repeat until the CPU per article of the job and",
                    "Elasticsearch settles and this JVM's JIT is nearly done (default: ${DEFAULT-VALUE})"})
    int warmupRounds;

    @Option(names = "--stall-timeout", defaultValue = "180", paramLabel = "S", hidden = true,
            description = "give a run up when no document appeared for S seconds")
    long stallSeconds;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (articles < 1) {
            throw new CliException("--articles must be at least 1");
        }
        if (parallelism < 1) {
            throw new CliException("--parallelism must be at least 1");
        }
        Double fixedRate = parseRate(rate);
        EnrichConfig config = jobFile == null ? EnrichConfig.defaults(Map.of()) : EnrichConfig.load(jobFile, System.getenv());
        Files.createDirectories(out);

        // 1. The articles, and the NLP alone on them, before anything else runs on this machine.
        Progress reading = new Progress(err, "reading   ", articles);
        BenchInput.Loaded loaded = BenchInput.load(input, articles, config.pipeline().inputLimits(),
                config.pipeline().nearDuplicateSimilarity(), reading::update);
        reading.update(articles);
        if (loaded.articles().isEmpty()) {
            throw new CliException(input + ": no article the job would analyse" + (loaded.problems().isEmpty() ? ""
                    : " (" + String.join("; ", loaded.problems()) + ")"));
        }
        int n = loaded.articles().size();
        err.printf("%d articles from %s (%d records read, %d left out as invalid, %d as duplicates)%n", n, input, loaded.records(),
                loaded.invalid(), loaded.duplicates());
        NlpCeiling nlp = new NlpCeiling(config.pipeline().caps());
        err.printf("NLP only: warming up (%.0f s)...%n", warmupSeconds);
        nlp.warmUp(loaded.articles(), Math.min(n, 30), warmupSeconds);
        NlpCeiling.Result one = nlpRun(nlp, loaded, 1, err);
        NlpCeiling.Result many = parallelism == 1 ? one : nlpRun(nlp, loaded, parallelism, err);

        // 2. The pipeline.
        try (RunFolder run = RunFolder.create("bench")) {
            EmbeddedStack stack = null;
            try {
                if (jobFile == null) {
                    err.println("Starting Kafka and Elasticsearch (the first start unpacks Elasticsearch, ~20 s)...");
                    stack = EmbeddedStack.start(run, null);
                    Map<String, String> env = new HashMap<>(System.getenv());
                    env.put("CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS", stack.bootstrapServers());
                    env.put("CLAIMWATCH_ES_HOSTS", stack.elasticsearchUrl());
                    config = EnrichConfig.defaults(env);
                }
                err.printf("Kafka %s, Elasticsearch %s%n", config.kafka().bootstrapServers(), config.elasticsearch().hosts());
                if (!PipelineRun.stateBackend(config.checkpointing().stateBackend()).equals(config.checkpointing().stateBackend())) {
                    err.printf("note: state backend '%s' is not in this build; the bench's job keeps its state in memory (hashmap)%n",
                            config.checkpointing().stateBackend());
                }
                return runPipeline(config, run, loaded, nlp, one, many, fixedRate, err);
            } finally {
                if (stack != null) {
                    stack.close();
                }
            }
        }
    }

    private int runPipeline(EnrichConfig config, RunFolder run, BenchInput.Loaded loaded, NlpCeiling nlp, NlpCeiling.Result one,
            NlpCeiling.Result many,
            Double fixedRate, PrintStream err) throws Exception {
        String runId = Long.toString(ProcessHandle.current().pid(), 36) + Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        var flinkConf = EnrichRuntime.flinkConfiguration(config, run.dir("checkpoints"));
        // Task metrics fresh to the second, so the busy / back-pressured shares cover the window measured.
        flinkConf.set(org.apache.flink.configuration.MetricOptions.METRIC_FETCHER_UPDATE_INTERVAL, Duration.ofSeconds(1));
        // and job details (task states) cached for half a second, not three.
        flinkConf.set(org.apache.flink.configuration.WebOptions.REFRESH_INTERVAL, Duration.ofMillis(500));
        try (EmbeddedFlink flink = EmbeddedFlink.start(flinkConf, parallelism, run.dir("flink-tmp"));
                EsConnection.Clients es = EsConnection.of(config.elasticsearch()).open()) {
            run.publish("flink", flink.restUrl());
            PipelineRun pipeline = new PipelineRun(new PipelineRun.Target(config, flink, es, run.dir("checkpoints"), runId, err,
                    Duration.ofSeconds(stallSeconds)));
            var list = loaded.articles();
            int[] tokens = one.tokens();
            // The NLP-only runs met compiled code; so should the pipeline's: one untimed run first compiles
            // Flink's, Kafka's and the sinks' paths (a first run spends a large share of its CPU in the JIT).
            int warm = Math.min(list.size(), Math.max(1, pipelineWarmup));
            warmUp(pipeline, list.subList(0, warm), tokens, err, flink.restUrl());
            err.printf("Pipeline at the maximum rate, parallelism %d%n", parallelism);
            PipelineRun.Result max = pipeline.run(new PipelineRun.Spec("max-p" + parallelism, parallelism, true, 0), list, tokens);
            PipelineRun.Result maxOne = null;
            PipelineRun.Result maxRepeat = null;
            if (parallelism > 1) {
                err.println("Pipeline at the maximum rate, parallelism 1 (for scaling)");
                maxOne = pipeline.run(new PipelineRun.Spec("max-p1", 1, true, 0), list, tokens);
                // Again after the parallelism-1 run: the JIT is still at work in both JVMs, so a run's place in the
                // sequence moves its figure; the faster of the two counts, as for the NLP alone.
                err.printf("Pipeline at the maximum rate, parallelism %d, again%n", parallelism);
                PipelineRun.Result again = pipeline.run(new PipelineRun.Spec("max-p" + parallelism + "-again", parallelism, true, 0), list, tokens);
                if (again.problem() == null && again.sustained().tokensPerSecond() > max.sustained().tokensPerSecond()) {
                    maxRepeat = max;
                    max = again;
                } else {
                    maxRepeat = again;
                }
            }
            double latencyRate;
            String rule;
            if (fixedRate == null) {
                latencyRate = Math.max(0.1, max.sustained().articlesPerSecond() / 2);
                rule = "half the maximum";
            } else {
                latencyRate = fixedRate;
                rule = fixedRate.isInfinite() ? "--rate max" : "--rate";
            }
            err.printf(Locale.ROOT, "Pipeline at %s, parallelism %d (latency)%n",
                    Double.isInfinite(latencyRate) ? "the maximum rate" : String.format(Locale.ROOT, "%.1f articles/s", latencyRate),
                    parallelism);
            PipelineRun.Result latency = pipeline.run(new PipelineRun.Spec("latency-p" + parallelism, parallelism, true, latencyRate),
                    list, tokens);
            PipelineRun.Result unchained = null;
            if (noChaining) {
                err.printf("Pipeline at the maximum rate, parallelism %d, operator chaining off%n", parallelism);
                unchained = pipeline.run(new PipelineRun.Spec("nochain-p" + parallelism, parallelism, false, 0), list, tokens);
            }
            // The JIT goes on compiling the NLP for minutes: measure it again now and take the faster, so the
            // ceiling is not the colder of the two.
            err.println("NLP only again, after the pipeline runs");
            NlpCeiling.Result oneAfter = nlpRun(nlp, loaded, 1, err);
            NlpCeiling.Result manyAfter = parallelism == 1 ? oneAfter : nlpRun(nlp, loaded, parallelism, err);
            List<BenchResults.NlpRun> nlpRuns = new java.util.ArrayList<>(List.of(new BenchResults.NlpRun("before", one)));
            if (parallelism > 1) {
                nlpRuns.add(new BenchResults.NlpRun("before", many));
            }
            nlpRuns.add(new BenchResults.NlpRun("after", oneAfter));
            if (parallelism > 1) {
                nlpRuns.add(new BenchResults.NlpRun("after", manyAfter));
            }
            one = BenchResults.faster(one, oneAfter);
            many = BenchResults.faster(many, manyAfter);
            String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            Path chart = out.resolve("claimwatch-bench-" + stamp + ".png");
            BenchResults results = new BenchResults(loaded, parallelism, one, many, max, maxOne, latency, unchained, rule, chart, jobFile == null, nlpRuns, maxRepeat);
            try {
                BenchChart.write(results, chart);
            } catch (Exception e) {
                err.println("claimwatch bench: could not write the chart " + chart + ": " + e);
                results = new BenchResults(loaded, parallelism, one, many, max, maxOne, latency, unchained, rule, null, jobFile == null, nlpRuns, maxRepeat);
            }
            String summary = BenchReport.json(results).toString();
            Path jsonFile = out.resolve("claimwatch-bench-" + stamp + ".json");
            Files.writeString(jsonFile, summary + "\n", StandardCharsets.UTF_8);
            String table = BenchReport.table(results) + "Summary: " + jsonFile + "\n";
            if (json) {
                err.println();
                err.print(table);
                System.out.println(summary);
            } else {
                System.out.println();
                System.out.print(table);
            }
            System.out.flush();
            return results.complete() ? 0 : 1;
        }
    }

    /**
     * Untimed rounds until the pipeline is warm. A fresh JVM spends minutes compiling Flink's, Kafka's,
     * the sinks' and Elasticsearch's code: measured on 2 cores, the C2 compiler threads of the job's JVM
     * and of Elasticsearch took 0.3 cores each through the first two timed runs, so whichever run came
     * first looked slowest. Rounds repeat until the CPU per article (job and Elasticsearch) is within
     * {@link #SETTLED} of the round before and this JVM's JIT uses under {@link #JIT_QUIET} of a core.
     */
    private void warmUp(PipelineRun pipeline, List<BenchArticle> articles, int[] tokens, PrintStream err, String rest) throws Exception {
        double before = Double.NaN;
        int rounds = Math.max(1, warmupRounds);
        for (int round = 1; round <= rounds; round++) {
            err.printf("Pipeline warm-up %d of at most %d (untimed): %d articles, parallelism %d (Flink REST %s)%n", round, rounds,
                    articles.size(), parallelism, rest);
            PipelineRun.Result r = pipeline.run(new PipelineRun.Spec("warmup-" + round, parallelism, true, 0), articles, tokens);
            if (r.problem() != null || r.restarts() != 0) {
                err.printf("note: warm-up round %d %s%n", round, r.problem() != null ? "was incomplete: " + r.problem()
                        : "restarted " + r.restarts() + " time(s)");
                return;
            }
            Double jit = r.cpu() == null ? null : r.cpu().groupCores(CpuMeter.JIT);
            double jitCores = r.cpu() == null ? Double.NaN : jit == null ? 0 : jit;
            double perArticle = r.cpu() == null ? Double.NaN
                    : (r.cpu().jvmCores() + r.cpu().elasticsearchCores()) * 1000 / r.sustained().articlesPerSecond();
            boolean settled = !Double.isNaN(before) && Math.abs(perArticle - before) <= SETTLED * before;
            err.printf(Locale.ROOT, "  %.1f articles/s, %.1f CPU ms/article (job and Elasticsearch), this JVM's JIT compiler %.2f cores%n",
                    r.sustained().articlesPerSecond(), perArticle, jitCores);
            if (Double.isNaN(perArticle) || settled && jitCores < JIT_QUIET) {
                return;
            }
            before = perArticle;
        }
        err.printf("note: the pipeline was still warming up after %d rounds; the first timed run may read low%n", rounds);
    }

    /** Warm when the CPU per article moves by at most this share between rounds ... */
    static final double SETTLED = 0.10;
    /** ... and this JVM's JIT compiles for less than this share of a core. */
    static final double JIT_QUIET = 0.10;

    private NlpCeiling.Result nlpRun(NlpCeiling nlp, BenchInput.Loaded loaded, int threads, PrintStream err) throws InterruptedException {
        Progress p = new Progress(err, String.format(Locale.ROOT, "NLP only, %d thread%s", threads, threads == 1 ? " " : "s"),
                loaded.articles().size());
        NlpCeiling.Result r = nlp.run(loaded.articles(), threads, done -> {
            synchronized (p) {
                p.update(done);
            }
        });
        err.printf(Locale.ROOT, "  %.1f articles/s, %,.0f tokens/s%n", r.throughput().articlesPerSecond(), r.throughput().tokensPerSecond());
        return r;
    }

    /** null = half the measured maximum; +infinity = "max". */
    static Double parseRate(String rate) {
        if (rate == null) {
            return null;
        }
        if (rate.equalsIgnoreCase("max")) {
            return Double.POSITIVE_INFINITY;
        }
        try {
            double r = Double.parseDouble(rate);
            if (r > 0 && Double.isFinite(r)) {
                return r;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new CliException("--rate must be a number of articles per second above 0, or max (was '" + rate + "')");
    }
}
