package io.claimwatch.jobs.operators;

import io.claimwatch.alerts.Alert;
import io.claimwatch.alerts.HeldAlerts;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by subscription: at most {@code maxPerHour} alerts per clock hour go out; the rest are held
 * and, when the hour ends, summarised in one SUMMARY alert with their count and the ids of the first
 * {@code summaryIds}, so nothing is silently lost and the state stays small. Its state lives two
 * hours at most (TTL): a subscription that stops alerting leaves nothing behind.
 */
public final class RateCapFunction extends KeyedProcessFunction<String, Alert, Alert> {

    private static final long HOUR = 3_600_000L;
    /** The v1 state names held every alert (ListState "held") and had no TTL: new names, new shapes. */
    private static final String HOUR_STATE = "hour-v2";
    private static final String SENT_STATE = "sent-v2";
    private static final String HELD_STATE = "held-summary";

    private final int summaryIds;
    private transient ValueState<Long> hour;
    private transient ValueState<Integer> sent;
    private transient ValueState<HeldAlerts> held;
    private transient org.apache.flink.metrics.Counter sentAlerts;
    private transient org.apache.flink.metrics.Counter heldAlerts;

    public RateCapFunction(int summaryIds) {
        this.summaryIds = summaryIds;
    }

    @Override
    public void open(OpenContext openContext) {
        StateTtlConfig ttl = StateTtlConfig.newBuilder(Duration.ofHours(2)).build();
        hour = getRuntimeContext().getState(withTtl(new ValueStateDescriptor<>(HOUR_STATE, Long.class), ttl));
        sent = getRuntimeContext().getState(withTtl(new ValueStateDescriptor<>(SENT_STATE, Integer.class), ttl));
        held = getRuntimeContext().getState(withTtl(new ValueStateDescriptor<>(HELD_STATE, HeldAlerts.class), ttl));
        sentAlerts = getRuntimeContext().getMetricGroup().counter("alertsSent");
        heldAlerts = getRuntimeContext().getMetricGroup().counter("alertsHeldOverCap");
    }

    private static <T> ValueStateDescriptor<T> withTtl(ValueStateDescriptor<T> d, StateTtlConfig ttl) {
        d.enableTimeToLive(ttl);
        return d;
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
            HeldAlerts h = held.value();
            held.update(h == null ? HeldAlerts.of(alert) : h.plus(alert, summaryIds));
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        flush(ctx.getCurrentKey(), out);
    }

    private void flush(String subscription, Collector<Alert> out) throws Exception {
        HeldAlerts h = held.value();
        if (h == null) {
            return;
        }
        out.collect(h.summary(subscription, hour.value() == null ? 0 : hour.value()));
        held.clear();
    }
}
