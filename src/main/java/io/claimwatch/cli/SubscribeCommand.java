package io.claimwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimwatch.alerts.Subscription;
import io.claimwatch.alerts.SubscriptionNames;
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
                "Entities and claimers may be given by name: each is resolved to its id now, against the alias table",
                "and the entities of the indexed articles; an unknown name is refused with the closest known names.",
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

    @Option(names = "--entity", description = "entity to watch, by name or id (repeatable), e.g. \"Zelenskyy\" or volodymyr-zelensky")
    List<String> entities = new ArrayList<>();

    @Option(names = "--claimer", description = "claimer, by name or entity id (repeatable)")
    List<String> claimers = new ArrayList<>();

    @Option(names = "--allow-unseen", description = "keep a name that neither the alias table nor any indexed article knows yet "
            + "(as the id the pipeline will give it) instead of refusing it")
    boolean allowUnseen;

    @Option(names = "--dry-run", description = "check and resolve, print what would be saved, send nothing")
    boolean dryRun;

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
        EnrichConfig config = kafka.config();
        List<SubscriptionNames.Outcome> valid = new ArrayList<>();
        boolean bad = false;
        try (SubscriptionNameCheck names = new SubscriptionNameCheck(config, System.err)) {
            for (int i = 0; i < definitions.size(); i++) {
                String which = definitions.get(i) != null && definitions.get(i).hasNonNull("id")
                        ? "'" + TerminalText.line(definitions.get(i).get("id").asText()) + "'" : "#" + (i + 1);
                SubscriptionParser.Result r = SubscriptionParser.parse(definitions.get(i));
                List<String> problems = r.problems();
                SubscriptionNames.Outcome o = null;
                if (r.ok()) {
                    o = names.resolve(r.subscription(), allowUnseen);
                    problems = o.problems();
                }
                if (!problems.isEmpty()) {
                    bad = true;
                    System.err.println("claimwatch subscribe: subscription " + which + " refused:");
                    problems.forEach(p -> System.err.println("  - " + TerminalText.line(p)));
                } else {
                    valid.add(o);
                }
            }
        }
        if (bad) {
            System.err.println("Nothing was sent. Fix the definition and run again.");
            return 2;
        }
        if (dryRun) {
            for (SubscriptionNames.Outcome o : valid) {
                o.notes().forEach(n -> System.out.println("  " + TerminalText.line(n)));
                System.out.println(TerminalText.json(SubscriptionParser.toJson(o.subscription(), o.resolved())));
            }
            System.err.println("Dry run: nothing was sent.");
            return 0;
        }
        config = kafka.reachable();
        TopicCatalog topics = kafka.topics(config);
        kafka.ensureTopics(config);
        SubscriptionTopic store = new SubscriptionTopic(kafka.servers(config), config.kafka().properties(),
                topics.name(TopicCatalog.SUBSCRIPTIONS));
        TopicCatalog.TopicSpec alertSpec = topics.spec(TopicCatalog.ALERTS);
        for (SubscriptionNames.Outcome o : valid) {
            Subscription s = o.subscription();
            String alertTopic = config.kafka().topicPrefix() + s.topic();
            TopicAdmin.ensureTopics(kafka.servers(config), config.kafka().properties(),
                    List.of(new TopicCatalog.TopicSpec(alertTopic, alertSpec.partitions(), alertSpec.config())), (short) 1);
            store.save(s, o.resolved());
            System.out.printf("subscription %s saved; its alerts go to %s%n", s.id(), alertTopic);
            o.notes().forEach(n -> System.out.println("  " + TerminalText.line(n)));
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
