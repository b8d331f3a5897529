package io.claimwatch.jobs.operators;

import io.claimwatch.model.DeadLetter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A step that turns one record into any number of outputs (serialisation, claims of an article...).
 * A record that makes it throw emits nothing and is dead-lettered as PROCESSING_ERROR: its outputs
 * are gathered first, so a failure never leaves half an article downstream.
 */
public abstract class GuardedFlatMap<I, O> extends ProcessFunction<I, O> {

    private transient Counter failures;

    @Override
    public void open(OpenContext openContext) throws Exception {
        failures = getRuntimeContext().getMetricGroup().counter("processingErrors");
    }

    /** The step itself: plain code that may throw. */
    protected abstract void apply(I input, Consumer<O> out) throws Exception;

    /** The dead letter for an input the step failed on. */
    protected abstract DeadLetter deadLetter(I input, Throwable error);

    @Override
    public final void processElement(I input, Context ctx, Collector<O> out) {
        List<O> outputs = new ArrayList<>();
        try {
            apply(input, outputs::add);
        } catch (Exception | StackOverflowError e) {
            failures.inc();
            ctx.output(DeadLetters.TAG, deadLetter(input, e));
            return;
        }
        outputs.forEach(out::collect);
    }

    /** A guarded step built from a function, for the small steps of the topology. */
    public interface Body<I, O> extends java.io.Serializable {
        void apply(I input, Consumer<O> out) throws Exception;
    }

    /** Names what failed in a dead letter. */
    public interface Describe<I> extends java.io.Serializable {
        DeadLetter deadLetter(String step, I input, Throwable error);
    }

    public static <I, O> GuardedFlatMap<I, O> of(String step, Body<I, O> body, Describe<I> describe) {
        return new GuardedFlatMap<>() {
            @Override
            protected void apply(I input, Consumer<O> out) throws Exception {
                body.apply(input, out);
            }

            @Override
            protected DeadLetter deadLetter(I input, Throwable error) {
                return describe.deadLetter(step, input, error);
            }
        };
    }

    /** For steps over analysed articles: the dead letter carries the article's raw record. */
    public static DeadLetter ofArticle(String step, io.claimwatch.model.EnrichedArticle e, Throwable error) {
        return Failures.of(step, error, e.article().origin());
    }

    /** For steps over claims, links and alerts: the dead letter describes the element. */
    public static DeadLetter ofElement(String step, Object element, Throwable error) {
        return Failures.of(step, error, idOf(element), element);
    }

    private static String idOf(Object element) {
        if (element instanceof io.claimwatch.model.StatementRef r) {
            return r.id();
        }
        if (element instanceof io.claimwatch.model.ContestedLink l) {
            return l.id();
        }
        if (element instanceof io.claimwatch.alerts.Alert a) {
            return a.id();
        }
        if (element instanceof io.claimwatch.model.Duplicate d) {
            return d.article().id();
        }
        return element == null ? null : element.getClass().getSimpleName();
    }
}
