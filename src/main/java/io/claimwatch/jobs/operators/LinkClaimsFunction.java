package io.claimwatch.jobs.operators;

import io.claimwatch.claims.ContestedClaimLinker;
import io.claimwatch.claims.DisputeRule;
import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.KeyedStatement;
import io.claimwatch.model.StatementRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Per entity key, the claims and counterclaims of the time window: a new statement is compared with
 * those kept under its key by {@link DisputeRule} (both directions, so arrival order does not matter),
 * then kept. A statement is kept until the watermark is a window plus the allowed lateness past its
 * publication time, so an article published up to {@code lateness} behind the newest one seen still
 * meets everything inside its window. A state TTL bounds the state even if watermarks stall. One new
 * statement makes at most {@code maxLinks} links (the best-scored), so a single article cannot flood
 * the links index or the alerts. The rule weighs terms with the committed statistics
 * ({@code config/link-statistics.tsv}, loaded once per TaskManager JVM), so every subtask and
 * {@code analyze --links} ({@link ContestedClaimLinker}, the same rule and cap) find the same links.
 */
public final class LinkClaimsFunction extends KeyedProcessFunction<String, KeyedStatement, ContestedLink> {

    private final Duration window;
    private final Duration lateness;
    private final int maxLinks;
    private transient DisputeRule rule;
    private transient ListState<StatementRef> kept;
    private transient Counter links;
    private transient Counter tooLate;
    private transient Counter failures;
    /** Statements this subtask holds for linking (since it started): what bounded state means here. */
    private transient long held;

    public LinkClaimsFunction(Duration window, Duration lateness, int maxLinks) {
        this.window = window;
        this.lateness = lateness;
        this.maxLinks = maxLinks;
    }

    /** How long after its publication time a statement stays comparable, in event time. */
    long keptMillis() {
        return window.plus(lateness).toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        rule = new DisputeRule(window);
        ListStateDescriptor<StatementRef> descriptor = new ListStateDescriptor<>("statements-by-entity", StatementRef.class);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(window.plus(lateness).multipliedBy(2))
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        kept = getRuntimeContext().getListState(descriptor);
        links = getRuntimeContext().getMetricGroup().counter("contestedLinks");
        tooLate = getRuntimeContext().getMetricGroup().counter("claimsBeyondLateness");
        failures = getRuntimeContext().getMetricGroup().counter("processingErrors");
        getRuntimeContext().getMetricGroup().gauge("claimsKept", () -> held);
    }

    @Override
    public void processElement(KeyedStatement in, Context ctx, Collector<ContestedLink> out) throws Exception {
        StatementRef s = in.statement();
        List<ContestedLink> found;
        try {
            found = rule.linksFor(s, kept.get());
        } catch (RuntimeException | StackOverflowError e) {
            failures.inc();
            ctx.output(DeadLetters.TAG, GuardedFlatMap.ofElement("link counterclaims to claims", s, e));
            return;
        }
        for (ContestedLink l : ContestedClaimLinker.capped(found, maxLinks)) {
            links.inc();
            out.collect(l);
        }
        long expires = s.publishedAt() + keptMillis();
        if (expires <= ctx.timerService().currentWatermark()) {
            // Older than the allowed lateness: it was compared with what is kept, but keeping it
            // would only make it expire at the next watermark.
            tooLate.inc();
            return;
        }
        kept.add(s);
        held++;
        ctx.timerService().registerEventTimeTimer(expires);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ContestedLink> out) throws Exception {
        long oldest = timestamp - keptMillis();
        List<StatementRef> still = new ArrayList<>();
        int before = 0;
        for (StatementRef s : kept.get()) {
            before++;
            if (s.publishedAt() > oldest) {
                still.add(s);
            }
        }
        held -= before - still.size();
        if (still.isEmpty()) {
            kept.clear();
        } else {
            kept.update(still);
        }
    }
}
