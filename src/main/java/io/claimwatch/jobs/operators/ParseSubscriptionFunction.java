package io.claimwatch.jobs.operators;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.alerts.SubscriptionChange;
import io.claimwatch.alerts.SubscriptionParser;
import io.claimwatch.model.JsonRecord;
import io.claimwatch.model.RawRecord;
import io.claimwatch.model.RecordJson;
import java.nio.charset.StandardCharsets;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Subscription records → changes; a bad definition (or a key that does not match its id) goes to the
 * subscriptions dead-letter topic with the reason, and the job goes on.
 */
public final class ParseSubscriptionFunction extends ProcessFunction<RawRecord, SubscriptionChange> {

    /** A subscription is a few hundred bytes; a dead letter keeps at most this much of a bad one. */
    private static final int MAX_ORIGINAL_CHARS = 64 * 1024;

    public static final OutputTag<JsonRecord> REJECTED = new OutputTag<>("rejected-subscriptions") {};

    @Override
    public void processElement(RawRecord r, Context ctx, Collector<SubscriptionChange> out) {
        String key = r.key() == null ? null : new String(r.key(), StandardCharsets.UTF_8);
        if (r.value() == null) {
            if (key != null) {
                out.collect(new SubscriptionChange(key, null)); // tombstone: unsubscribe
            }
            return;
        }
        String value = new String(r.value(), StandardCharsets.UTF_8);
        SubscriptionParser.Result result;
        try {
            result = SubscriptionParser.parse(value);
        } catch (RuntimeException | StackOverflowError e) {
            result = new SubscriptionParser.Result(null, java.util.Map.of(), java.util.List.of("the subscription could not be read: " + e));
        }
        String problem = !result.ok() ? String.join("; ", result.problems())
                : key != null && !key.equals(result.subscription().id())
                        ? "the record key '" + key + "' differs from the id '" + result.subscription().id() + "'" : null;
        if (problem != null) {
            ObjectNode o = RecordJson.MAPPER.createObjectNode();
            o.put("schema_version", RecordJson.SCHEMA_VERSION).put("reason", "BAD_SUBSCRIPTION").put("message", problem)
                    .put("topic", r.topic()).put("partition", r.partition()).put("offset", r.offset()).put("key", key)
                    .put("original", value.length() > MAX_ORIGINAL_CHARS ? value.substring(0, MAX_ORIGINAL_CHARS) + "…" : value)
                    .put("original_size", r.value().length);
            ctx.output(REJECTED, new JsonRecord(key, o.toString()));
            return;
        }
        out.collect(new SubscriptionChange(result.subscription().id(), result.subscription()));
    }
}
