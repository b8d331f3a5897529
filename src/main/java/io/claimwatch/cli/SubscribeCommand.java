package io.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimwatch.alerts.Subscription;
import io.claimwatch.alerts.SubscriptionParser;
import io.claimwatch.connectors.kafka.SubscriptionTopic;
import io.claimwatch.connectors.kafka.TopicAdmin;
import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.jobs.EnrichConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Creates or updates subscriptions on the subscriptions topic, checked before they are sent. */
@Command(name = "subscribe", mixinStandardHelpOptions = true,
        description = {"Create or update a subscription (from flags, or every subscription in a YAML/JSON --file).",
                "A running job picks it up within seconds. Bad definitions are refused and nothing is sent."})
final class SubscribeCommand implements Callable<Integer> {

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--file", description = "YAML or JSON file holding one subscription or a list of them")
    Path file;

    @Option(names = "--id", description = "subscription id (letters, digits, '.', '_', '-')")
    String id;

    @Option(names = "--description")
    String description;

    @Option(names = "--entity", description = "entity id to watch (repeatable), e.g. volodymyr-zelensky")
    List<String> entities = new ArrayList<>();

    @Option(names = "--claimer", description = "claimer name or entity id (repeatable)")
    List<String> claimers = new ArrayList<>();

    @Option(names = "--outlet", description = "outlet (source) name (repeatable)")
    List<String> outlets = new ArrayList<>();

    @Option(names = "--label", description = "claim or counterclaim (repeatable; default both)")
    List<String> labels = new ArrayList<>();

    @Option(names = "--min-score", description = "minimum check-worthiness of statement alerts (0-1)")
    Double minScore;

    @Option(names = "--checkworthy-score", description = "score from which a claim about a watched entity is a checkworthy alert (default 0.9)")
    Double checkworthyScore;

    @Option(names = "--type", description = "alert type (repeatable): statement, counterclaim, contested, spike, checkworthy (default all)")
    List<String> types = new ArrayList<>();

    @Option(names = "--topic", description = "Kafka topic for its alerts (default claimwatch.alerts)")
    String topic;

    @Option(names = "--max-per-hour", description = "alerts per hour before the rest is summarised (0 = no cap)")
    Integer maxPerHour;

    @Override
    public Integer call() throws Exception {
        List<JsonNode> definitions = new ArrayList<>();
        if (file != null) {
            if (!Files.isRegularFile(file)) {
                System.err.println("claimwatch subscribe: " + file + ": no such file");
                return 2;
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            if (root != null && root.isArray()) {
                root.forEach(definitions::add);
            } else {
                definitions.add(root);
            }
        } else {
            definitions.add(fromFlags());
        }
        List<Subscription> valid = new ArrayList<>();
        boolean bad = false;
        for (int i = 0; i < definitions.size(); i++) {
            SubscriptionParser.Result r = SubscriptionParser.parse(definitions.get(i));
            if (!r.ok()) {
                bad = true;
                String which = definitions.get(i) != null && definitions.get(i).hasNonNull("id")
                        ? "'" + definitions.get(i).get("id").asText() + "'" : "#" + (i + 1);
                System.err.println("claimwatch subscribe: subscription " + which + " refused:");
                r.problems().forEach(p -> System.err.println("  - " + p));
            } else {
                valid.add(r.subscription());
            }
        }
        if (bad) {
            System.err.println("Nothing was sent. Fix the definition and run again.");
            return 2;
        }
        EnrichConfig config = kafka.config();
        TopicCatalog topics = kafka.topics(config);
        kafka.ensureTopics(config);
        SubscriptionTopic store = new SubscriptionTopic(kafka.servers(config), config.kafka().properties(),
                topics.name(TopicCatalog.SUBSCRIPTIONS));
        TopicCatalog.TopicSpec alertSpec = topics.spec(TopicCatalog.ALERTS);
        for (Subscription s : valid) {
            String alertTopic = config.kafka().topicPrefix() + s.topic();
            TopicAdmin.ensureTopics(kafka.servers(config), config.kafka().properties(),
                    List.of(new TopicCatalog.TopicSpec(alertTopic, alertSpec.partitions(), alertSpec.config())), (short) 1);
            store.save(s);
            System.out.printf("subscription %s saved; its alerts go to %s%n", s.id(), alertTopic);
        }
        return 0;
    }

    private JsonNode fromFlags() {
        ObjectNode o = new ObjectMapper().createObjectNode();
        if (id != null) {
            o.put("id", id);
        }
        if (description != null) {
            o.put("description", description);
        }
        array(o, "entities", entities);
        array(o, "claimers", claimers);
        array(o, "outlets", outlets);
        array(o, "labels", labels);
        array(o, "types", types);
        if (minScore != null) {
            o.put("min_score", minScore);
        }
        if (checkworthyScore != null) {
            o.put("checkworthy_score", checkworthyScore);
        }
        if (topic != null) {
            o.put("topic", topic);
        }
        if (maxPerHour != null) {
            o.put("max_per_hour", maxPerHour);
        }
        return o;
    }

    private static void array(ObjectNode o, String field, List<String> values) {
        if (!values.isEmpty()) {
            ArrayNode a = o.putArray(field);
            values.forEach(a::add);
        }
    }
}
