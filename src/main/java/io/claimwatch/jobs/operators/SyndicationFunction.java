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
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by the original story's id: keeps every outlet and URL that also carried it and writes the
 * whole list onto the original's document, so the list is complete whatever order the writes land in.
 */
public final class SyndicationFunction extends KeyedProcessFunction<String, Duplicate, EsAction> {

    private final String articlesIndex;
    private final Duration ttl;
    private transient MapState<String, Carrier> carriers;

    public SyndicationFunction(String articlesIndex, Duration ttl) {
        this.articlesIndex = articlesIndex;
        this.ttl = ttl;
    }

    @Override
    public void open(OpenContext openContext) {
        MapStateDescriptor<String, Carrier> descriptor = new MapStateDescriptor<>("carriers", String.class, Carrier.class);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(ttl).build());
        carriers = getRuntimeContext().getMapState(descriptor);
    }

    @Override
    public void processElement(Duplicate duplicate, Context ctx, Collector<EsAction> out) throws Exception {
        if (duplicate.article().id().equals(duplicate.originalId())) {
            return; // the same article sent again: nobody new carried it
        }
        carriers.put(duplicate.article().id(), Carrier.of(duplicate));
        List<Carrier> all = new ArrayList<>();
        carriers.values().forEach(all::add);
        all.sort(Comparator.comparingLong(Carrier::publishedAtMillis).thenComparing(Carrier::id));
        out.collect(new EsAction(articlesIndex, duplicate.originalId(), RecordJson.write(RecordJson.syndication(all))));
    }
}
