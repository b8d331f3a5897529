package io.claimwatch.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;

/**
 * The bench's PNG: documents made searchable per second over each maximum-rate run (a 5-second
 * moving rate, since documents appear in bursts at each 1-second refresh), beside the latency
 * distribution of the fixed-rate run.
 */
public final class BenchChart {

    private static final double WINDOW_S = 5;

    private BenchChart() {}

    public static void write(BenchResults r, Path png) throws IOException {
        XYChart throughput = new XYChartBuilder().width(800).height(480).title("Throughput over time (max rate)")
                .xAxisTitle("seconds since the job was submitted").yAxisTitle("articles searchable per second").build();
        throughput.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarkerSize(0)
                .setLegendPosition(Styler.LegendPosition.InsideNW);
        for (PipelineRun.Result run : new PipelineRun.Result[] {r.maxRate(), r.maxRateOne(), r.unchained()}) {
            if (run != null && run.samples().size() >= 2) {
                double[][] xy = movingRate(run.samples());
                throughput.addSeries(run.spec().name() + " (parallelism " + run.spec().parallelism() + ")", xy[0], xy[1]);
            }
        }
        List<Chart<?, ?>> charts = new ArrayList<>();
        charts.add(throughput);
        charts.add(latencyChart(r));
        String file = png.toString();
        BitmapEncoder.saveBitmap(charts, 1, 2, file.endsWith(".png") ? file.substring(0, file.length() - 4) : file,
                BitmapEncoder.BitmapFormat.PNG);
    }

    /** Documents per second over the last WINDOW_S seconds at each sample. */
    static double[][] movingRate(List<PipelineRun.Sample> samples) {
        double[] x = new double[samples.size()];
        double[] y = new double[samples.size()];
        int from = 0;
        for (int i = 0; i < samples.size(); i++) {
            PipelineRun.Sample s = samples.get(i);
            while (from < i - 1 && s.seconds() - samples.get(from).seconds() > WINDOW_S) {
                from++;
            }
            PipelineRun.Sample a = samples.get(from);
            double dt = s.seconds() - a.seconds();
            x[i] = s.seconds();
            y[i] = dt > 0 ? (s.indexed() - a.indexed()) / dt : 0;
        }
        return new double[][] {x, y};
    }

    private static CategoryChart latencyChart(BenchResults r) {
        Percentiles p = r.latencies();
        String title = p.count() == 0 ? "Latency (no fixed-rate run)"
                : String.format(Locale.ROOT, "Latency, append to searchable: p50 %d ms, p99 %d ms", p.at(50), p.at(99));
        CategoryChart chart = new CategoryChartBuilder().width(800).height(480).title(title)
                .xAxisTitle("latency (seconds, upper edge of each bin)").yAxisTitle("articles").build();
        chart.getStyler().setXAxisLabelRotation(45);
        chart.getStyler().setLegendVisible(false);
        long[] values = p.sorted();
        if (values.length == 0) {
            chart.addSeries("latency", List.of("0"), List.of(0));
            return chart;
        }
        long binMs = binWidth(p.max());
        int bins = (int) (p.max() / binMs) + 1;
        int[] counts = new int[bins];
        for (long v : values) {
            counts[(int) (v / binMs)]++;
        }
        List<String> labels = new ArrayList<>();
        List<Integer> heights = new ArrayList<>();
        for (int i = 0; i < bins; i++) {
            labels.add(String.format(Locale.ROOT, "%.2f", (i + 1) * binMs / 1000.0));
            heights.add(counts[i]);
        }
        chart.addSeries("latency", labels, heights);
        return chart;
    }

    /** 100 ms bins up to 3 s, wider beyond, so there are at most about 40 bars. */
    static long binWidth(long maxMs) {
        long width = 100;
        while (maxMs / width > 40) {
            width *= 2;
        }
        return width;
    }
}
