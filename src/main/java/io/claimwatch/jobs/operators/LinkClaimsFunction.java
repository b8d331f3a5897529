package io.claimwatch.jobs.operators;

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
 * then kept. Event-time timers drop statements once the watermark is a window past them; a state TTL
 * bounds the state even if watermarks stall.
 */
public final class LinkClaimsFunction extends KeyedProcessFunction<String, KeyedStatement, ContestedLink> {

    private final Duration window;
    private transient DisputeRule rule;
    private transient ListState<StatementRef> kept;
    private transient Counter links;

    public LinkClaimsFunction(Duration window) {
        this.window = window;
    }

    @Override
    public void open(OpenContext openContext) {
        rule = new DisputeRule(window);
        ListStateDescriptor<StatementRef> descriptor = new ListStateDescriptor<>("statements-by-entity", StatementRef.class);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(window.plus(window))
                .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                .build());
        kept = getRuntimeContext().getListState(descriptor);
        links = getRuntimeContext().getMetricGroup().counter("contestedLinks");
    }

    @Override
    public void processElement(KeyedStatement in, Context ctx, Collector<ContestedLink> out) throws Exception {
        StatementRef s = in.statement();
        for (ContestedLink l : rule.linksFor(s, kept.get())) {
            links.inc();
            out.collect(l);
        }
        kept.add(s);
        ctx.timerService().registerEventTimeTimer(s.publishedAt() + window.toMillis());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<ContestedLink> out) throws Exception {
        long oldest = timestamp - window.toMillis();
        List<StatementRef> still = new ArrayList<>();
        for (StatementRef s : kept.get()) {
            if (s.publishedAt() > oldest) {
                still.add(s);
            }
        }
        kept.update(still);
    }
}
