package io.claimwatch.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.model.StatementLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and checks a subscription (JSON). Every problem is reported with the field and what to do;
 * the CLI refuses a bad definition, the job dead-letters one that reached the topic anyway.
 */
public final class SubscriptionParser {

    /**
     * A subscription, or why there is none.
     *
     * @param resolved what each name the subscriber gave was resolved to when it was saved ("Poutine" →
     *     "vladimir-putin"); the job does not need it, {@code claimwatch subscriptions} shows it
     */
    public record Result(Subscription subscription, Map<String, String> resolved, List<String> problems) {
        public Result {
            resolved = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resolved));
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return subscription != null;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Pattern TOPIC = Pattern.compile("[A-Za-z0-9._-]{1,249}");
    private static final Set<String> FIELDS = Set.of("id", "description", "entities", "claimers", "outlets", "labels",
            "min_score", "checkworthy_score", "types", "topic", "max_per_hour", "resolved");

    private SubscriptionParser() {}

    public static Result parse(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            return fail("not JSON: " + firstLine(e.getMessage()));
        }
        return parse(node);
    }

    public static Result parse(JsonNode node) {
        if (node == null || !node.isObject()) {
            return fail("a subscription must be a JSON object");
        }
        List<String> problems = new ArrayList<>();
        node.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                problems.add("unknown field '" + f + "' (known: " + String.join(", ", FIELDS.stream().sorted().toList()) + ")");
            }
        });
        String id = node.path("id").asText("");
        if (!ID.matcher(id).matches()) {
            problems.add("id: required, 1-100 letters, digits, '.', '_' or '-'");
        }
        List<String> entities = strings(node, "entities", problems);
        List<String> claimers = strings(node, "claimers", problems);
        List<String> outlets = strings(node, "outlets", problems);
        List<StatementLabel> labels = new ArrayList<>();
        for (String l : strings(node, "labels", problems)) {
            switch (l.toLowerCase(Locale.ROOT)) {
                case "claim" -> labels.add(StatementLabel.CLAIM);
                case "counterclaim" -> labels.add(StatementLabel.COUNTERCLAIM);
                default -> problems.add("labels: '" + l + "' is not claim or counterclaim");
            }
        }
        double minScore = number(node, "min_score", 0.0, problems);
        double checkworthy = number(node, "checkworthy_score", 0.9, problems);
        List<AlertType> types = new ArrayList<>();
        List<String> typeNames = strings(node, "types", problems);
        for (String t : typeNames) {
            try {
                types.add(AlertType.parse(t));
            } catch (IllegalArgumentException e) {
                problems.add("types: '" + t + "' is not one of statement, counterclaim, contested, spike, checkworthy");
            }
        }
        if (typeNames.isEmpty()) {
            types.addAll(EnumSet.allOf(AlertType.class));
        }
        String topic = node.path("topic").asText(Subscription.DEFAULT_TOPIC);
        if (!TOPIC.matcher(topic).matches()) {
            problems.add("topic: '" + topic + "' is not a valid Kafka topic name");
        }
        int maxPerHour = (int) number(node, "max_per_hour", 0, problems);
        if (maxPerHour < 0) {
            problems.add("max_per_hour: must be 0 (no cap) or more");
        }
        if (entities.isEmpty() && claimers.isEmpty() && outlets.isEmpty() && labels.isEmpty() && minScore <= 0) {
            problems.add("watches everything: give at least one of entities, claimers, outlets, labels or min_score");
        }
        Map<String, String> resolved = new LinkedHashMap<>();
        JsonNode r = node.path("resolved");
        if (!r.isMissingNode() && !r.isNull()) {
            if (!r.isObject()) {
                problems.add("resolved: must be an object of given name → id");
            } else {
                r.fields().forEachRemaining(e -> {
                    if (e.getValue().isTextual()) {
                        resolved.put(e.getKey(), e.getValue().asText());
                    } else {
                        problems.add("resolved: '" + e.getKey() + "' must map to a string");
                    }
                });
            }
        }
        if (!problems.isEmpty()) {
            return new Result(null, Map.of(), problems);
        }
        return new Result(new Subscription(id, node.path("description").asText(""), entities, claimers, outlets, labels,
                minScore, checkworthy, types, topic, maxPerHour), resolved, List.of());
    }

    /** The subscription as JSON, as the topic carries it. */
    public static ObjectNode toJson(Subscription s) {
        return toJson(s, Map.of());
    }

    /** The subscription as JSON, with what the names given were resolved to (left out when none were). */
    public static ObjectNode toJson(Subscription s, Map<String, String> resolved) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.id());
        if (!s.description().isEmpty()) {
            o.put("description", s.description());
        }
        array(o, "entities", s.entities());
        array(o, "claimers", s.claimers());
        array(o, "outlets", s.outlets());
        array(o, "labels", s.labels().stream().map(StatementLabel::json).toList());
        o.put("min_score", s.minScore());
        o.put("checkworthy_score", s.checkworthyScore());
        array(o, "types", s.types().stream().map(AlertType::json).toList());
        o.put("topic", s.topic());
        o.put("max_per_hour", s.maxPerHour());
        if (!resolved.isEmpty()) {
            ObjectNode r = o.putObject("resolved");
            resolved.forEach(r::put);
        }
        return o;
    }

    private static void array(ObjectNode o, String field, List<String> values) {
        ArrayNode a = o.putArray(field);
        values.forEach(a::add);
    }

    private static List<String> strings(JsonNode node, String field, List<String> problems) {
        JsonNode v = node.path(field);
        List<String> out = new ArrayList<>();
        if (v.isMissingNode() || v.isNull()) {
            return out;
        }
        if (v.isTextual()) {
            out.add(v.asText());
            return out;
        }
        if (!v.isArray()) {
            problems.add(field + ": must be a list of strings");
            return out;
        }
        for (JsonNode e : v) {
            if (!e.isTextual() || e.asText().isBlank()) {
                problems.add(field + ": every item must be a non-empty string");
            } else {
                out.add(e.asText().strip());
            }
        }
        return out;
    }

    private static double number(JsonNode node, String field, double dflt, List<String> problems) {
        JsonNode v = node.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return dflt;
        }
        if (!v.isNumber()) {
            problems.add(field + ": must be a number");
            return dflt;
        }
        double d = v.asDouble();
        if (!field.equals("max_per_hour") && (d < 0 || d > 1)) {
            problems.add(field + ": must be between 0 and 1");
        }
        return d;
    }

    private static Result fail(String problem) {
        return new Result(null, Map.of(), List.of(problem));
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return s == null ? "" : nl < 0 ? s : s.substring(0, nl);
    }
}
