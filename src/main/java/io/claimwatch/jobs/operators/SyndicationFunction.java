package io.claimwatch.jobs.operators;

import io.claimwatch.model.Carrier;
import io.claimwatch.model.Duplicate;
import io.claimwatch.model.EsAction;
import io.claimwatch.model.RecordJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by the original story's id: keeps every outlet and URL that also carried it and writes the
 * whole list onto the original's document, so the list is complete whatever order the writes land in.
 * At most {@code maxCarriers} are listed (the first to arrive); {@code duplicate_count} counts all.
 */
public final class SyndicationFunction extends KeyedProcessFunction<String, Duplicate, EsAction> {

    private final String articlesIndex;
    private final Duration ttl;
    private final int maxCarriers;
    private transient MapState<String, Carrier> carriers;
    /** How many outlets carried it, listed or not. */
    private transient ValueState<Integer> count;
    private transient Counter failures;

    public SyndicationFunction(String articlesIndex, Duration ttl, int maxCarriers) {
        this.articlesIndex = articlesIndex;
        this.ttl = ttl;
        this.maxCarriers = maxCarriers;
    }

    @Override
    public void open(OpenContext openContext) {
        MapStateDescriptor<String, Carrier> descriptor = new MapStateDescriptor<>("carriers", String.class, Carrier.class);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl).build());
        carriers = getRuntimeContext().getMapState(descriptor);
        ValueStateDescriptor<Integer> counted = new ValueStateDescriptor<>("carried-count", Integer.class);
        counted.enableTimeToLive(StateTtlConfig.newBuilder(ttl).build());
        count = getRuntimeContext().getState(counted);
        failures = getRuntimeContext().getMetricGroup().counter("processingErrors");
    }

    @Override
    public void processElement(Duplicate duplicate, Context ctx, Collector<EsAction> out) throws Exception {
        if (duplicate.article().id().equals(duplicate.originalId())) {
            return; // the same article sent again: nobody new carried it
        }
        try {
            String id = duplicate.article().id();
            if (carriers.contains(id)) {
                return; // the same duplicate again (a replay): nothing changes
            }
            int n = (count.value() == null ? 0 : count.value()) + 1;
            count.update(n);
            List<Carrier> all = new ArrayList<>();
            carriers.values().forEach(all::add);
            if (all.size() < maxCarriers) {
                Carrier c = Carrier.of(duplicate);
                carriers.put(id, c);
                all.add(c);
            }
            all.sort(Comparator.comparingLong(Carrier::publishedAtMillis).thenComparing(Carrier::id));
            out.collect(new EsAction(articlesIndex, duplicate.originalId(), RecordJson.write(RecordJson.syndication(all, Math.max(n, all.size())))));
        } catch (RuntimeException e) {
            failures.inc();
            ctx.output(DeadLetters.TAG, Failures.of("record syndication", e, duplicate.article().origin()));
        }
    }
}
