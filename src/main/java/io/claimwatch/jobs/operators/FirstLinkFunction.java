package io.claimwatch.jobs.operators;

import io.claimwatch.model.ContestedLink;
import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/** Keyed by link id: a link found under several entity keys goes on once. */
public final class FirstLinkFunction extends KeyedProcessFunction<String, ContestedLink, ContestedLink> {

    private final Duration remember;
    private transient ValueState<Boolean> seen;

    public FirstLinkFunction(Duration remember) {
        this.remember = remember;
    }

    @Override
    public void open(OpenContext openContext) {
        ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("link-seen", Boolean.class);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(remember).build());
        seen = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void processElement(ContestedLink link, Context ctx, Collector<ContestedLink> out) throws Exception {
        if (seen.value() == null) {
            seen.update(true);
            out.collect(link);
        }
    }
}
