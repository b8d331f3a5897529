package io.claimwatch.jobs.operators;

import io.claimwatch.alerts.Alert;
import io.claimwatch.alerts.AlertTrigger;
import io.claimwatch.alerts.Subscription;
import io.claimwatch.alerts.SubscriptionChange;
import java.util.Map;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.BasicTypeInfo;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/** Every trigger against every current subscription; subscriptions change while the job runs. */
public final class MatchSubscriptionsFunction extends BroadcastProcessFunction<AlertTrigger, SubscriptionChange, Alert> {

    public static final MapStateDescriptor<String, Subscription> SUBSCRIPTIONS = new MapStateDescriptor<>("subscriptions",
            BasicTypeInfo.STRING_TYPE_INFO, TypeInformation.of(Subscription.class));

    @Override
    public void processElement(AlertTrigger trigger, ReadOnlyContext ctx, Collector<Alert> out) throws Exception {
        ReadOnlyBroadcastState<String, Subscription> subs = ctx.getBroadcastState(SUBSCRIPTIONS);
        for (Map.Entry<String, Subscription> e : subs.immutableEntries()) {
            java.util.List<Alert> alerts;
            try {
                alerts = trigger.alertsFor(e.getValue());
            } catch (RuntimeException | StackOverflowError error) {
                Object what = trigger.statement() != null ? trigger.statement() : trigger.link() != null ? trigger.link() : trigger.spike();
                ctx.output(DeadLetters.TAG, GuardedFlatMap.ofElement("match subscription " + e.getKey(), what, error));
                continue;
            }
            alerts.forEach(out::collect);
        }
    }

    @Override
    public void processBroadcastElement(SubscriptionChange change, Context ctx, Collector<Alert> out) throws Exception {
        BroadcastState<String, Subscription> subs = ctx.getBroadcastState(SUBSCRIPTIONS);
        if (change.subscription() == null) {
            subs.remove(change.id());
        } else {
            subs.put(change.id(), change.subscription());
        }
    }
}
