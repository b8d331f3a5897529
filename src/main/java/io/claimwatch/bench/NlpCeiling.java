package io.claimwatch.bench;

import io.claimwatch.model.ArticleCaps;
import io.claimwatch.nlp.ArticleAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * What the NLP alone does with the same articles: the job's cleaner and annotator under the job's
 * caps ({@link ArticleAnalyzer}, the code the clean and annotate operators run), in one thread or
 * several (each its own analyser; the models are shared), with no Kafka, Flink or Elasticsearch.
 */
public final class NlpCeiling {

    /**
     * The rate, the CPU time this JVM used meanwhile (the analysing threads and the garbage collector
     * and compiler working for them: what it costs, whatever else the machine was doing; nothing else
     * runs in the JVM then), and the tokens of each article (as the job counts them) in input order.
     */
    public record Result(Throughput throughput, int threads, double cpuSeconds, int[] tokens) {

        /** CPU milliseconds per article. */
        public double cpuMsPerArticle() {
            return throughput.articles() == 0 ? Double.NaN : 1000 * cpuSeconds / throughput.articles();
        }
    }

    private final ArticleCaps caps;

    public NlpCeiling(ArticleCaps caps) {
        this.caps = caps;
    }

    /**
     * Analyses the articles in a loop, untimed, for at least {@code seconds} and {@code minArticles},
     * so that the timed runs meet compiled code (one pass over a few articles leaves the JIT far from done).
     */
    public void warmUp(List<BenchArticle> articles, int minArticles, double seconds) {
        ArticleAnalyzer analyzer = ArticleAnalyzer.withCaps(caps);
        long until = System.nanoTime() + (long) (seconds * 1e9);
        for (int i = 0; i < minArticles || System.nanoTime() < until; i++) {
            analyzer.analyze(articles.get(i % articles.size()).text());
        }
    }

    /** @param progress told how many articles are done (from any thread) */
    public Result run(List<BenchArticle> articles, int threads, IntConsumer progress) throws InterruptedException {
        List<ArticleAnalyzer> analyzers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            analyzers.add(ArticleAnalyzer.withCaps(caps)); // built before the clock starts
        }
        int[] tokens = new int[articles.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nlp-ceiling");
            t.setDaemon(true);
            return t;
        });
        try {
            long cpu0 = CpuMeter.read().jvmCpuMs();
            long t0 = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (ArticleAnalyzer analyzer : analyzers) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < articles.size(); i = next.getAndIncrement()) {
                        tokens[i] = analyzer.analyze(articles.get(i).text()).annotation().tokenCount();
                        progress.accept(done.incrementAndGet());
                    }
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            long cpu1 = CpuMeter.read().jvmCpuMs();
            double cpuSeconds = cpu0 < 0 || cpu1 < 0 ? Double.NaN : (cpu1 - cpu0) / 1000.0;
            long total = 0;
            for (int t : tokens) {
                total += t;
            }
            return new Result(new Throughput(articles.size(), total, seconds), threads, cpuSeconds, tokens);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the annotator failed on an article: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
