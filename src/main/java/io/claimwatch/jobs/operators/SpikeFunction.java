package io.claimwatch.jobs.operators;

import io.claimwatch.alerts.Spike;
import io.claimwatch.alerts.SpikeRule;
import io.claimwatch.model.EntityMentions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import java.time.Duration;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by entity: mention counts per event-time bucket; when the watermark passes a bucket's end,
 * the window ending there is checked against {@link SpikeRule}. Buckets older than the baseline
 * period are dropped; a TTL of that period (processing time) also clears entities that stop being
 * mentioned or whose watermark stalls. (The v1 states had no TTL; these are new states, "-v2".)
 */
public final class SpikeFunction extends KeyedProcessFunction<String, EntityMentions, Spike> {

    private final SpikeRule rule;
    private transient MapState<Long, Long> buckets;
    /** Article id → publication time, for the articles a spike names. */
    private transient MapState<String, Long> articles;
    private transient ValueState<String> name;

    public SpikeFunction(SpikeRule rule) {
        this.rule = rule;
    }

    @Override
    public void open(OpenContext openContext) {
        StateTtlConfig ttl = StateTtlConfig.newBuilder(Duration.ofMillis(rule.historyMillis() + rule.windowMillis()))
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build();
        MapStateDescriptor<Long, Long> b = new MapStateDescriptor<>("mention-buckets-v2", Long.class, Long.class);
        b.enableTimeToLive(ttl);
        MapStateDescriptor<String, Long> a = new MapStateDescriptor<>("article-times-v2", String.class, Long.class);
        a.enableTimeToLive(ttl);
        ValueStateDescriptor<String> n = new ValueStateDescriptor<>("entity-name-v2", String.class);
        n.enableTimeToLive(ttl);
        buckets = getRuntimeContext().getMapState(b);
        articles = getRuntimeContext().getMapState(a);
        name = getRuntimeContext().getState(n);
    }

    @Override
    public void processElement(EntityMentions m, Context ctx, Collector<Spike> out) throws Exception {
        long bucket = Math.floorDiv(m.time(), rule.bucketMillis()) * rule.bucketMillis();
        Long n = buckets.get(bucket);
        buckets.put(bucket, (n == null ? 0 : n) + m.count());
        articles.put(m.articleId(), m.time());
        name.update(m.entityName());
        ctx.timerService().registerEventTimeTimer(bucket + rule.bucketMillis());
    }

    @Override
    public void onTimer(long windowEnd, OnTimerContext ctx, Collector<Spike> out) throws Exception {
        Map<Long, Long> counts = new HashMap<>();
        List<Long> expired = new ArrayList<>();
        for (Map.Entry<Long, Long> e : buckets.entries()) {
            if (e.getKey() < windowEnd - rule.historyMillis()) {
                expired.add(e.getKey());
            } else {
                counts.put(e.getKey(), e.getValue());
            }
        }
        for (Long k : expired) {
            buckets.remove(k);
        }
        List<String> recent = new ArrayList<>();
        List<String> oldArticles = new ArrayList<>();
        for (Map.Entry<String, Long> e : articles.entries()) {
            if (e.getValue() < windowEnd - rule.windowMillis()) {
                oldArticles.add(e.getKey());
            } else if (recent.size() < 20) {
                recent.add(e.getKey());
            }
        }
        for (String k : oldArticles) {
            articles.remove(k);
        }
        Spike spike = rule.evaluate(ctx.getCurrentKey(), name.value(), counts, windowEnd, recent);
        if (spike != null) {
            out.collect(spike);
        }
    }
}
