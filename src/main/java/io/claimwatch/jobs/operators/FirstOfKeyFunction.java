package io.claimwatch.jobs.operators;

import java.time.Duration;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Keyed by a deterministic id: the first record of each id goes on, repeats within {@code remember}
 * (a link found under several entities, an alert replayed after a restart) do not.
 */
public final class FirstOfKeyFunction<T> extends KeyedProcessFunction<String, T, T> {

    private final Duration remember;
    private transient ValueState<Boolean> seen;

    public FirstOfKeyFunction(Duration remember) {
        this.remember = remember;
    }

    @Override
    public void open(OpenContext openContext) {
        ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Boolean.class);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(remember).build());
        seen = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void processElement(T value, Context ctx, Collector<T> out) throws Exception {
        if (seen.value() == null) {
            seen.update(true);
            out.collect(value);
        }
    }
}
