package io.claimwatch.cli;

import io.claimwatch.connectors.kafka.SubscriptionTopic;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.jobs.EnrichConfig;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Removes a subscription (a tombstone on the compacted topic). */
@Command(name = "unsubscribe", mixinStandardHelpOptions = true, description = "Remove a subscription; a running job stops its alerts within seconds.")
final class UnsubscribeCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Parameters(paramLabel = "ID", description = "the subscription's id")
    String id;

    @Override
    public Integer call() throws Exception {
        EnrichConfig config = kafka.reachable();
        SubscriptionTopic store = new SubscriptionTopic(kafka.servers(config), config.kafka().properties(),
                kafka.topics(config).name(TopicCatalog.SUBSCRIPTIONS));
        if (!store.list().containsKey(id)) {
            System.err.println("claimwatch unsubscribe: no subscription '" + id + "' (see claimwatch subscriptions)");
            return 2;
        }
        store.delete(id);
        System.out.println("subscription " + id + " removed");
        return 0;
    }
}
