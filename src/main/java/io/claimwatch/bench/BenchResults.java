package io.claimwatch.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything one bench measured.
 *
 * @param nlpOne the NLP-only ceiling in one thread
 * @param nlpParallel the NLP-only ceiling in {@code parallelism} threads (the same as nlpOne at 1)
 * @param maxRate the pipeline at the maximum rate and the given parallelism, chained as in production
 * @param maxRateOne the pipeline at the maximum rate and parallelism 1, when the given one is higher; else null
 * @param latency the pipeline at a fixed rate
 * @param unchained the pipeline at the maximum rate with operator chaining off (--no-chaining), or null
 * @param latencyRateRule how the fixed rate was chosen ("half the maximum", "--rate 12", "max")
 * @param embedded the bench ran its own Kafka and Elasticsearch (Kafka then shares the job's JVM)
 * @param nlpRuns every NLP-only measurement; nlpOne and nlpParallel are the faster of each thread count
 * @param maxRateRepeat the other maximum-rate run at {@code parallelism} (one runs before the parallelism-1 run,
 *     one after it, so the JIT's progress favours neither; maxRate is the faster), or null
 */
public record BenchResults(BenchInput.Loaded input, int parallelism, NlpCeiling.Result nlpOne, NlpCeiling.Result nlpParallel,
        PipelineRun.Result maxRate, PipelineRun.Result maxRateOne, PipelineRun.Result latency, PipelineRun.Result unchained,
        String latencyRateRule, Path chart, boolean embedded, List<NlpRun> nlpRuns, PipelineRun.Result maxRateRepeat) {

    /** One NLP-only measurement: before the pipeline runs, or after them (when the JIT has compiled everything). */
    public record NlpRun(String when, NlpCeiling.Result result) {}

    /** The faster of two measurements with the same thread count. */
    public static NlpCeiling.Result faster(NlpCeiling.Result a, NlpCeiling.Result b) {
        return b != null && b.throughput().tokensPerSecond() > a.throughput().tokensPerSecond() ? b : a;
    }

    public long tokens() {
        return nlpOne.throughput().tokens();
    }

    /** The pipeline's sustained tokens/s over the NLP-only ceiling's at the same parallelism. */
    public double ratio() {
        return ratioOf(maxRate, nlpParallel);
    }

    public static double ratioOf(PipelineRun.Result pipeline, NlpCeiling.Result nlp) {
        double ceiling = nlp.throughput().tokensPerSecond();
        return pipeline == null || ceiling <= 0 ? Double.NaN : pipeline.sustained().tokensPerSecond() / ceiling;
    }

    public long restarts() {
        long sum = 0;
        for (PipelineRun.Result r : new PipelineRun.Result[] {maxRate, maxRateRepeat, maxRateOne, latency, unchained}) {
            if (r != null) {
                sum += Math.max(0, r.restarts());
            }
        }
        return sum;
    }

    /** Every run found every document and none restarted. */
    public boolean complete() {
        for (PipelineRun.Result r : new PipelineRun.Result[] {maxRate, maxRateRepeat, maxRateOne, latency, unchained}) {
            if (r != null && (r.problem() != null || r.restarts() != 0)) {
                return false;
            }
        }
        return true;
    }

    /** NLP-only speed-up from one thread to {@code parallelism}; NaN at parallelism 1. */
    public double nlpScaling() {
        return maxRateOne == null ? Double.NaN : nlpParallel.throughput().tokensPerSecond() / nlpOne.throughput().tokensPerSecond();
    }

    /** The pipeline's speed-up from parallelism 1 to {@code parallelism}; NaN at parallelism 1. */
    public double pipelineScaling() {
        return maxRateOne == null ? Double.NaN : maxRate.sustained().tokensPerSecond() / maxRateOne.sustained().tokensPerSecond();
    }

    /**
     * CPU milliseconds the pipeline spends per article at the maximum rate: the job's JVM (with the
     * embedded Kafka broker) and Elasticsearch, over the steady window; NaN where unknown.
     */
    public static double pipelineCpuMsPerArticle(PipelineRun.Result run) {
        if (run == null || run.cpu() == null || run.sustained().articlesPerSecond() <= 0) {
            return Double.NaN;
        }
        double es = Double.isNaN(run.cpu().elasticsearchCores()) ? 0 : run.cpu().elasticsearchCores();
        return 1000 * (run.cpu().jvmCores() + es) / run.sustained().articlesPerSecond();
    }

    public Percentiles latencies() {
        return new Percentiles(latency == null ? new long[0] : latency.latenciesMs());
    }
}
