package io.claimwatch.jobs.operators;

import io.claimwatch.model.RawRecord;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Runs one pipeline step on each record; a record that makes the step throw is dead-lettered as
 * PROCESSING_ERROR with its original bytes, so a poison article never restarts the job.
 */
public abstract class GuardedStep<I, O> extends ProcessFunction<I, O> {

    private transient Counter failures;

    @Override
    public void open(OpenContext openContext) throws Exception {
        failures = getRuntimeContext().getMetricGroup().counter("processingErrors");
    }

    /** The step itself: plain code that may throw. */
    protected abstract O apply(I input) throws Exception;

    /** Where the input came from, for the dead letter. */
    protected abstract RawRecord originOf(I input);

    @Override
    public final void processElement(I input, Context ctx, Collector<O> out) {
        O result;
        try {
            result = apply(input);
        } catch (Exception | StackOverflowError e) {
            failures.inc();
            ctx.output(DeadLetters.TAG, Failures.of(getClass().getSimpleName(), e, originOf(input)));
            return;
        }
        if (result != null) {
            out.collect(result);
        }
    }
}
