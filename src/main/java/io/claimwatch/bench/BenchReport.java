package io.claimwatch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The bench's results as a readable table and as one JSON object. */
public final class BenchReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchReport() {}

    /** The summary: {@code articles}, {@code tokens}, the rates, {@code ratio}, {@code latency_ms}, restarts, and the breakdown. */
    public static ObjectNode json(BenchResults r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("articles", r.input().articles().size());
        o.put("tokens", r.tokens());
        o.put("parallelism", r.parallelism());
        o.put("nlp_only_tokens_per_s", round(r.nlpParallel().throughput().tokensPerSecond()));
        o.put("nlp_only_articles_per_s", round(r.nlpParallel().throughput().articlesPerSecond()));
        o.put("nlp_only_1_thread_tokens_per_s", round(r.nlpOne().throughput().tokensPerSecond()));
        o.put("pipeline_tokens_per_s", round(r.maxRate().sustained().tokensPerSecond()));
        o.put("pipeline_articles_per_s", round(r.maxRate().sustained().articlesPerSecond()));
        o.put("ratio", round3(r.ratio()));
        // Cost, which a busy machine does not change: CPU per article of the NLP alone and of the whole pipeline.
        o.put("nlp_only_cpu_ms_per_article", round(r.nlpOne().cpuMsPerArticle()));
        o.put("pipeline_cpu_ms_per_article", round(BenchResults.pipelineCpuMsPerArticle(r.maxRate())));
        Percentiles p = r.latencies();
        ObjectNode lat = o.putObject("latency_ms");
        lat.put("p50", p.at(50)).put("p95", p.at(95)).put("p99", p.at(99)).put("max", p.max()).put("count", p.count());
        if (r.latency() != null) {
            lat.put("rate_articles_per_s", Double.isInfinite(r.latency().spec().rate()) ? null : round(r.latency().spec().rate()));
            lat.put("rate_rule", r.latencyRateRule());
        }
        o.put("restarts", r.restarts());
        o.put("complete", r.complete());
        if (r.maxRateOne() != null) {
            ObjectNode s = o.putObject("scaling");
            s.put("from", 1).put("to", r.parallelism());
            s.put("nlp_only", round3(r.nlpScaling()));
            s.put("pipeline", round3(r.pipelineScaling()));
            s.put("pipeline_vs_nlp_only", round3(r.pipelineScaling() / r.nlpScaling()));
            s.put("pipeline_1_tokens_per_s", round(r.maxRateOne().sustained().tokensPerSecond()));
            s.put("ratio_1", round3(BenchResults.ratioOf(r.maxRateOne(), r.nlpOne())));
        }
        operators(o.putArray("operators"), r.maxRate().operators());
        if (r.unchained() != null) {
            operators(o.putArray("operators_unchained"), r.unchained().operators());
            o.put("unchained_tokens_per_s", round(r.unchained().sustained().tokensPerSecond()));
        }
        PipelineRun.EsRate es = r.maxRate().es();
        if (es != null) {
            o.putObject("elasticsearch").put("documents_per_s", round(es.documentsPerSecond())).put("bulks_per_s", round(es.bulksPerSecond()))
                    .put("documents_per_bulk", round(es.documentsPerBulk())).put("last_bulk_ms", round(es.lastBulkMs()));
        }
        PipelineRun.CpuUse cpu = r.maxRate().cpu();
        if (cpu != null) {
            o.putObject("cpu_cores").put("job_jvm", round3(cpu.jvmCores())).put("elasticsearch", round3(cpu.elasticsearchCores()))
                    .put("machine", round3(cpu.machineCores())).put("other_processes", round3(cpu.otherCores()))
                    .put("processors", cpu.processors());
            ArrayNode threads = o.putArray("cpu_by_thread");
            cpu.threadGroups().stream().limit(15).forEach(e -> threads.addObject().put("threads", e.getKey()).put("cores", round3(e.getValue())));
        }
        ArrayNode nlpRuns = o.putArray("nlp_only_runs");
        for (BenchResults.NlpRun n : r.nlpRuns()) {
            nlpRuns.addObject().put("when", n.when()).put("threads", n.result().threads())
                    .put("articles_per_s", round(n.result().throughput().articlesPerSecond()))
                    .put("tokens_per_s", round(n.result().throughput().tokensPerSecond()))
                    .put("cpu_ms_per_article", round(n.result().cpuMsPerArticle()));
        }
        ArrayNode runs = o.putArray("runs");
        for (PipelineRun.Result run : runs(r)) {
            ObjectNode x = runs.addObject();
            x.put("name", run.spec().name()).put("parallelism", run.spec().parallelism()).put("chaining", run.spec().chaining())
                    .put("articles_per_s", round(run.sustained().articlesPerSecond())).put("tokens_per_s", round(run.sustained().tokensPerSecond()))
                    .put("cpu_ms_per_article", round(BenchResults.pipelineCpuMsPerArticle(run))).put("restarts", run.restarts());
            if (run.cpu() != null) {
                x.putObject("cpu_cores").put("job_jvm", round3(run.cpu().jvmCores())).put("elasticsearch", round3(run.cpu().elasticsearchCores()))
                        .put("other_processes", round3(run.cpu().otherCores()));
            }
        }
        ObjectNode in = o.putObject("input");
        in.put("file", r.input().file().toString()).put("records_read", r.input().records()).put("invalid", r.input().invalid())
                .put("duplicates", r.input().duplicates());
        ArrayNode problems = o.putArray("problems");
        for (PipelineRun.Result run : runs(r)) {
            if (run.problem() != null) {
                problems.add(run.spec().name() + ": " + run.problem());
            }
        }
        if (r.chart() != null) {
            o.put("chart", r.chart().toString());
        }
        return o;
    }

    private static List<PipelineRun.Result> runs(BenchResults r) {
        return java.util.stream.Stream.of(r.maxRate(), r.maxRateRepeat(), r.maxRateOne(), r.latency(), r.unchained()).filter(x -> x != null).toList();
    }

    private static void operators(ArrayNode out, List<PipelineRun.OperatorShare> shares) {
        for (PipelineRun.OperatorShare s : shares) {
            out.addObject().put("task", s.name()).put("parallelism", s.parallelism()).put("busy", round3(s.busy()))
                    .put("back_pressured", round3(s.backPressured())).put("idle", round3(s.idle()))
                    .put("records_in_per_s", round(s.recordsInPerSecond()));
        }
    }

    /** The readable table. */
    public static String table(BenchResults r) {
        StringBuilder b = new StringBuilder();
        int n = r.input().articles().size();
        b.append(f("Claimwatch bench: %d articles, %,d tokens, from %s; parallelism %d%n", n, r.tokens(), r.input().file().getFileName(),
                r.parallelism()));
        if (r.input().invalid() + r.input().duplicates() > 0) {
            b.append(f("  (left out of %d records read: %d the job would dead-letter, %d duplicates of earlier ones)%n",
                    r.input().records(), r.input().invalid(), r.input().duplicates()));
        }
        b.append('\n');
        b.append(f("  %-40s %12s %12s %12s %14s%n", "", "articles/s", "tokens/s", "of NLP-only", "CPU ms/article"));
        row(b, "NLP only, 1 thread", r.nlpOne().throughput(), null, r.nlpOne().cpuMsPerArticle());
        if (r.parallelism() > 1) {
            row(b, "NLP only, " + r.parallelism() + " threads", r.nlpParallel().throughput(), null, r.nlpParallel().cpuMsPerArticle());
        }
        if (r.maxRateOne() != null) {
            row(b, "pipeline, parallelism 1, max rate", r.maxRateOne().sustained(), BenchResults.ratioOf(r.maxRateOne(), r.nlpOne()),
                    BenchResults.pipelineCpuMsPerArticle(r.maxRateOne()));
        }
        row(b, "pipeline, parallelism " + r.parallelism() + ", max rate", r.maxRate().sustained(), r.ratio(),
                BenchResults.pipelineCpuMsPerArticle(r.maxRate()));
        if (r.unchained() != null) {
            row(b, "pipeline, parallelism " + r.parallelism() + ", no chaining", r.unchained().sustained(),
                    BenchResults.ratioOf(r.unchained(), r.nlpParallel()), BenchResults.pipelineCpuMsPerArticle(r.unchained()));
        }
        if (r.nlpRuns().size() > 2) {
            b.append(f("  (NLP only: the faster of a run before the pipeline runs and one after them, when the JIT has compiled%n"
                    + "   everything: %s)%n", r.nlpRuns().stream().map(x -> f("%s %d thread%s %,.0f tokens/s", x.when(), x.result().threads(),
                    x.result().threads() == 1 ? "" : "s", x.result().throughput().tokensPerSecond())).collect(java.util.stream.Collectors.joining(", "))));
        }
        if (r.maxRateRepeat() != null) {
            // Named, so that a reader sees which came first: a later run has had more of the JIT's compiling.
            b.append(f("  (pipeline at parallelism %d: the faster of a run before the parallelism-1 run and one after it counts: %s %,.0f, %s %,.0f tokens/s)%n",
                    r.parallelism(), r.maxRate().spec().name(), r.maxRate().sustained().tokensPerSecond(), r.maxRateRepeat().spec().name(),
                    r.maxRateRepeat().sustained().tokensPerSecond()));
        }
        b.append(f("  (pipeline: sustained, between 10%% and 90%% of documents searchable; first document %.1f s after submission;%n"
                + "   CPU ms/article: this JVM's CPU in the NLP-only run, or the job JVM's and Elasticsearch's: less affected by "
                + "other load than articles/s)%n",
                r.maxRate().firstDocSeconds()));
        if (r.maxRateOne() != null) {
            b.append(f("%nScaling 1 → %d: NLP-only ×%.2f, pipeline ×%.2f (%.0f%% of the NLP-only scaling)%n", r.parallelism(),
                    r.nlpScaling(), r.pipelineScaling(), 100 * r.pipelineScaling() / r.nlpScaling()));
        }
        Percentiles p = r.latencies();
        if (r.latency() != null) {
            String rate = Double.isInfinite(r.latency().spec().rate()) ? "maximum rate"
                    : f("%.1f articles/s (%s)", r.latency().spec().rate(), r.latencyRateRule());
            b.append(f("%nLatency, append to searchable, at %s, %d articles, parallelism %d:%n", rate, p.count(), r.parallelism()));
            b.append(f("  p50 %,d ms   p95 %,d ms   p99 %,d ms   max %,d ms%s%n", p.at(50), p.at(95), p.at(99), p.max(),
                    p.count() < 100 ? "   (fewer than 100 articles: p99 is the maximum)" : ""));
        }
        b.append(f("%nRestarts: %d%n", r.restarts()));
        operatorTable(b, "Where time goes (parallelism " + r.parallelism() + ", chained as in production)", r.maxRate().operators());
        if (r.unchained() != null) {
            operatorTable(b, "Per operator (parallelism " + r.parallelism() + ", no chaining)", r.unchained().operators());
        }
        PipelineRun.EsRate es = r.maxRate().es();
        if (es != null) {
            b.append(f("%nElasticsearch: %s documents/s indexed, in %s bulk requests/s from the sink over the run (%s documents per bulk), "
                    + "last bulk %s ms%n", num("%.1f", es.documentsPerSecond()), num("%.2f", es.bulksPerSecond()),
                    num("%.0f", es.documentsPerBulk()), num("%.0f", es.lastBulkMs())));
        }
        PipelineRun.CpuUse cpu = r.maxRate().cpu();
        if (cpu != null) {
            b.append(f("CPU over the steady window (cores of %d): job JVM %.2f (Flink%s), Elasticsearch %.2f, other processes %s%n",
                    cpu.processors(), cpu.jvmCores(), r.embedded() ? ", Kafka broker, bench" : ", bench", cpu.elasticsearchCores(),
                    Double.isNaN(cpu.otherCores()) ? "unknown" : f("%.2f", Math.max(0, cpu.otherCores()))));
            double listed = cpu.threadGroups().stream().mapToDouble(Map.Entry::getValue).sum();
            b.append(f("  in the job JVM by thread: %s; JIT compiler %s, garbage collector %s, other VM threads %.2f%n",
                    cpu.threadGroups().stream().filter(e -> !isVm(e.getKey())).limit(6)
                            .map(e -> f("%s %.2f", abbreviate(e.getKey(), 40), e.getValue())).collect(java.util.stream.Collectors.joining(", ")),
                    vmShare(cpu, CpuMeter.JIT), vmShare(cpu, CpuMeter.GC), Math.max(0, cpu.jvmCores() - listed)));
        }
        for (PipelineRun.Result run : runs(r)) {
            if (run.problem() != null) {
                b.append(f("%nINCOMPLETE %s: %s%n", run.spec().name(), run.problem()));
            }
        }
        if (r.chart() != null) {
            b.append(f("%nChart: %s%n", r.chart()));
        }
        return b.toString();
    }

    private static void operatorTable(StringBuilder b, String title, List<PipelineRun.OperatorShare> shares) {
        if (shares.isEmpty()) {
            return;
        }
        b.append(f("%n%s, share of each task's time in the steady window:%n", title));
        b.append(f("  %-64s %6s %8s %6s %10s%n", "task", "busy", "backpr.", "idle", "records/s"));
        for (PipelineRun.OperatorShare s : shares) {
            b.append(f("  %-64s %6s %8s %6s %10.1f%n", abbreviate(s.name() + (s.parallelism() > 1 ? " ×" + s.parallelism() : ""), 64),
                    pct(s.busy()), pct(s.backPressured()), pct(s.idle()), s.recordsInPerSecond()));
        }
    }

    private static void row(StringBuilder b, String label, Throughput t, Double ratio, double cpuMs) {
        b.append(f("  %-40s %12.1f %,12.0f %12s %14s%n", label, t.articlesPerSecond(), t.tokensPerSecond(),
                ratio == null ? "" : f("%.0f%%", 100 * ratio), num("%.1f", cpuMs)));
    }

    private static String num(String format, double v) {
        return Double.isFinite(v) ? f(format, v) : "-";
    }

    private static String pct(double v) {
        return Double.isNaN(v) ? "-" : f("%.0f%%", 100 * v);
    }

    static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static double round(double v) {
        return Double.isFinite(v) ? Math.round(v * 10) / 10.0 : 0;
    }

    private static double round3(double v) {
        return Double.isFinite(v) ? Math.round(v * 1000) / 1000.0 : 0;
    }

    private static boolean isVm(String group) {
        return group.equals(CpuMeter.JIT) || group.equals(CpuMeter.GC);
    }

    /** The cores of one of the JVM's native thread groups, or "unknown" where /proc does not show them. */
    private static String vmShare(PipelineRun.CpuUse cpu, String group) {
        Double cores = cpu.groupCores(group);
        return cores != null ? f("%.2f", cores) : (java.nio.file.Files.isDirectory(java.nio.file.Path.of("/proc/self/task")) ? "0.00" : "unknown");
    }
}
