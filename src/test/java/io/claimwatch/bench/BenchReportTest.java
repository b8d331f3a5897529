package io.claimwatch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {

    private static PipelineRun.Result run(String name, int p, double rate, double articlesPerS, long[] latencies, long restarts) {
        List<PipelineRun.Sample> samples = new ArrayList<>();
        for (int s = 0; s <= 20; s++) {
            samples.add(new PipelineRun.Sample(s, (int) Math.min(100, Math.max(0, (s - 5) * articlesPerS))));
        }
        var ops = List.of(new PipelineRun.OperatorShare("dedupe by content -> annotate", p, 0.9, 0.0, 0.1, articlesPerS),
                new PipelineRun.OperatorShare("Elasticsearch: Writer", p, 0.1, 0.0, 0.9, 30 * articlesPerS));
        var cpu = new PipelineRun.CpuUse(1.2, 0.4, 1.9, 2, List.of(Map.entry("dedupe by content -> annotate", 1.0)));
        return new PipelineRun.Result(new PipelineRun.Spec(name, p, true, rate), 100, 100,
                new Throughput(80, 80 * 700, 80 / articlesPerS), 5, 15, samples, latencies,
                ops, new PipelineRun.EsRate(300, 2, 150, 40), cpu, restarts, null);
    }

    private static BenchResults results(long restarts, Path chart) {
        var input = new BenchInput.Loaded(Path.of("/data/news.jsonl"), List.of(new BenchArticle("a", new byte[0], "t")), 103, 1, 2, List.of());
        var one = new NlpCeiling.Result(new Throughput(100, 70_000, 4), 1, 3.8, new int[100]);
        var two = new NlpCeiling.Result(new Throughput(100, 70_000, 2.2), 2, 4.0, new int[100]);
        long[] lat = new long[100];
        for (int i = 0; i < 100; i++) {
            lat[i] = 500 + 10L * i; // 500 ... 1490 ms
        }
        return new BenchResults(input, 2, one, two, run("max-p2", 2, 0, 25, new long[0], 0), run("max-p1", 1, 0, 14, new long[0], 0),
                run("latency-p2", 2, 12.5, 12.5, lat, restarts), null, "half the maximum", chart, true,
                List.of(new BenchResults.NlpRun("before", one), new BenchResults.NlpRun("before", two), new BenchResults.NlpRun("after", one),
                        new BenchResults.NlpRun("after", two)), run("max-p2-again", 2, 0, 22, new long[0], 0));
    }

    @Test
    void theJsonSummaryCarriesTheFieldsTheIssueNames() {
        JsonNode o = BenchReport.json(results(0, null));
        for (String field : List.of("articles", "tokens", "nlp_only_tokens_per_s", "pipeline_tokens_per_s", "ratio", "latency_ms",
                "parallelism", "restarts")) {
            assertTrue(o.has(field), field + " in " + o);
        }
        assertEquals(2, o.get("parallelism").asInt());
        assertEquals(70_000 / 2.2, o.get("nlp_only_tokens_per_s").asDouble(), 0.1);
        assertEquals(25 * 700, o.get("pipeline_tokens_per_s").asDouble(), 0.1);
        assertEquals(25 * 700 / (70_000 / 2.2), o.get("ratio").asDouble(), 0.001);
        assertEquals(990, o.get("latency_ms").get("p50").asLong());
        assertEquals(1440, o.get("latency_ms").get("p95").asLong());
        assertEquals(1480, o.get("latency_ms").get("p99").asLong());
        assertEquals(25.0 / 14, o.get("scaling").get("pipeline").asDouble(), 0.001);
        assertEquals(1000 * 1.6 / 25, o.get("pipeline_cpu_ms_per_article").asDouble(), 0.1);
        assertEquals(38.0, o.get("nlp_only_cpu_ms_per_article").asDouble(), 0.1);
        assertEquals(0, o.get("restarts").asInt());
        assertTrue(o.get("complete").asBoolean());
        assertEquals(2, o.get("input").get("duplicates").asInt());
        assertTrue(o.get("runs").findValuesAsText("name").contains("max-p2-again"), "the slower repeat is listed too: " + o.get("runs"));
    }

    @Test
    void aRestartMakesTheBenchIncomplete() {
        BenchResults r = results(1, null);
        assertFalse(r.complete());
        assertEquals(1, BenchReport.json(r).get("restarts").asInt());
    }

    @Test
    void theTableShowsEveryRowAndTheChartIsAPng(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("bench.png");
        BenchResults r = results(0, png);
        BenchChart.write(r, png);
        var image = ImageIO.read(png.toFile());
        assertNotNull(image, "a readable PNG");
        assertEquals(1600, image.getWidth(), "two charts side by side");
        String table = BenchReport.table(r);
        for (String s : List.of("NLP only, 1 thread", "NLP only, 2 threads", "pipeline, parallelism 1, max rate",
                "pipeline, parallelism 2, max rate", "Scaling 1 → 2", "p99 1,480 ms", "Restarts: 0", "Elasticsearch: 300.0 documents/s",
                "dedupe by content -> annotate", "the faster of a run before the parallelism-1 run and one after it counts: max-p2 17,500, max-p2-again 15,400",
                "JIT compiler", png.toString())) {
            assertTrue(table.contains(s), "'" + s + "' in:\n" + table);
        }
    }

    @Test
    void theMovingRateFollowsTheDocumentsFound() {
        var samples = List.of(new PipelineRun.Sample(0, 0), new PipelineRun.Sample(1, 0), new PipelineRun.Sample(2, 10),
                new PipelineRun.Sample(3, 20), new PipelineRun.Sample(10, 90));
        double[][] xy = BenchChart.movingRate(samples);
        assertEquals(0, xy[1][1], 1e-9);
        assertEquals(20 / 3.0, xy[1][3], 1e-9);
        assertEquals(70 / 7.0, xy[1][4], 1e-9, "the window starts at the first sample within 5 s, else the one before");
    }
}
