package io.claimwatch.jobs.operators;

import io.claimwatch.alerts.Alert;
import io.claimwatch.alerts.AlertType;
import io.claimwatch.model.ArticleIds;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by subscription: at most {@code maxPerHour} alerts per clock hour go out; the rest are held
 * and, when the hour ends, summarised in one SUMMARY alert naming them, so nothing is silently lost.
 */
public final class RateCapFunction extends KeyedProcessFunction<String, Alert, Alert> {

    private static final long HOUR = 3_600_000L;

    private transient ValueState<Long> hour;
    private transient ValueState<Integer> sent;
    private transient ListState<Alert> held;
    private transient org.apache.flink.metrics.Counter sentAlerts;
    private transient org.apache.flink.metrics.Counter heldAlerts;

    @Override
    public void open(OpenContext openContext) {
        hour = getRuntimeContext().getState(new ValueStateDescriptor<>("hour", Long.class));
        sent = getRuntimeContext().getState(new ValueStateDescriptor<>("sent", Integer.class));
        held = getRuntimeContext().getListState(new ListStateDescriptor<>("held", Alert.class));
        sentAlerts = getRuntimeContext().getMetricGroup().counter("alertsSent");
        heldAlerts = getRuntimeContext().getMetricGroup().counter("alertsHeldOverCap");
    }

    @Override
    public void processElement(Alert alert, Context ctx, Collector<Alert> out) throws Exception {
        if (alert.maxPerHour() <= 0) {
            sentAlerts.inc();
            out.collect(alert);
            return;
        }
        long now = ctx.timerService().currentProcessingTime() / HOUR;
        if (hour.value() == null || hour.value() != now) {
            flush(alert.subscriptionId(), out);
            hour.update(now);
            sent.update(0);
            ctx.timerService().registerProcessingTimeTimer((now + 1) * HOUR);
        }
        if (sent.value() < alert.maxPerHour()) {
            sent.update(sent.value() + 1);
            sentAlerts.inc();
            out.collect(alert);
        } else {
            heldAlerts.inc();
            held.add(alert);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        flush(ctx.getCurrentKey(), out);
    }

    private void flush(String subscription, Collector<Alert> out) throws Exception {
        List<Alert> list = new ArrayList<>();
        held.get().forEach(list::add);
        if (list.isEmpty()) {
            return;
        }
        Alert first = list.get(0);
        List<String> statements = new ArrayList<>();
        List<String> articles = new ArrayList<>();
        list.forEach(a -> {
            statements.addAll(a.statementIds());
            articles.addAll(a.articleIds());
        });
        long time = list.stream().mapToLong(Alert::time).max().orElse(first.time());
        out.collect(new Alert(ArticleIds.hash(subscription + "|summary|" + hour.value()), AlertType.SUMMARY, subscription,
                first.topic(), 0, time, list.size() + " more alert(s) this hour over the cap of " + first.maxPerHour()
                        + "; first: " + first.summary(),
                statements, articles, List.of(), List.of(), "{\"held\":" + list.size() + "}"));
        held.clear();
    }
}
