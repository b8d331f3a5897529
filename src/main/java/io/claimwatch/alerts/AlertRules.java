package io.claimwatch.alerts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.claimwatch.model.ArticleIds;
import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.model.StatementRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which alerts a subscription gets for a statement, a contested-claim link or a spike. One trigger
 * makes at most one alert per subscription, carrying every reason it matched (a denial about a
 * watched entity is both a counterclaim and a statement alert: one alert, two types). Alert ids are
 * derived from the subscription and the trigger, so the same trigger never alerts twice.
 */
public final class AlertRules {

    private static final ObjectMapper JSON = new ObjectMapper();

    private AlertRules() {}

    public static List<Alert> forStatement(Subscription sub, StatementRef s) {
        boolean watchedEntity = !sub.entities().isEmpty() && s.entityIds().stream().anyMatch(sub.entities()::contains);
        // Most specific reason first: it chooses the summary line.
        List<AlertType> types = new ArrayList<>();
        String summary = null;
        if (sub.wants(AlertType.COUNTERCLAIM) && s.label() == StatementLabel.COUNTERCLAIM && watchedEntity && outletOk(sub, s)) {
            types.add(AlertType.COUNTERCLAIM);
            summary = String.format(Locale.ROOT, "Counterclaim by %s (%s): %s", s.claimer(), s.source(), shorten(s.text()));
        }
        if (sub.wants(AlertType.CHECKWORTHY) && s.label() == StatementLabel.CLAIM && watchedEntity && outletOk(sub, s)
                && s.score() >= sub.checkworthyScore()) {
            types.add(AlertType.CHECKWORTHY);
            summary = summary != null ? summary : String.format(Locale.ROOT, "Check-worthy claim (%.2f) by %s (%s): %s",
                    s.score(), s.claimer(), s.source(), shorten(s.text()));
        }
        if (sub.wants(AlertType.STATEMENT) && matches(sub, s)) {
            types.add(AlertType.STATEMENT);
            summary = summary != null ? summary : String.format(Locale.ROOT, "%s %s (%s, score %.2f): %s", s.claimer(),
                    s.label() == StatementLabel.COUNTERCLAIM ? "disputes" : "claims", s.source(), s.score(), shorten(s.text()));
        }
        if (types.isEmpty()) {
            return List.of();
        }
        ObjectNode d = JSON.createObjectNode();
        ref(d.putObject("statement"), s);
        var reasons = d.putArray("reasons");
        types.forEach(t -> reasons.add(t.json()));
        return List.of(new Alert(id(sub, "statement", s.id()), types, sub.id(), sub.topic(), sub.maxPerHour(), s.publishedAt(), summary,
                List.of(s.id()), List.of(s.articleId()), urls(s.url()), s.entityIds(), d.toString()));
    }

    public static List<Alert> forLink(Subscription sub, ContestedLink l) {
        if (!sub.wants(AlertType.CONTESTED)) {
            return List.of();
        }
        boolean entity = !sub.entities().isEmpty() && (l.claim().entityIds().stream().anyMatch(sub.entities()::contains)
                || l.counterclaim().entityIds().stream().anyMatch(sub.entities()::contains));
        boolean claimer = !sub.claimers().isEmpty() && (claimerOk(sub, l.claim()) || claimerOk(sub, l.counterclaim()));
        if (!entity && !claimer) {
            return List.of();
        }
        ObjectNode d = JSON.createObjectNode();
        d.put("link_id", l.id()).put("score", l.score()).put("reason", l.reason());
        ref(d.putObject("claim"), l.claim());
        ref(d.putObject("counterclaim"), l.counterclaim());
        String summary = String.format(Locale.ROOT, "Contested: %s (%s) disputes %s (%s): %s", l.counterclaim().claimer(),
                l.counterclaim().source(), l.claim().claimer(), l.claim().source(), shorten(l.claim().text()));
        return List.of(new Alert(id(sub, AlertType.CONTESTED.json(), l.id()), List.of(AlertType.CONTESTED), sub.id(), sub.topic(), sub.maxPerHour(),
                Math.max(l.claim().publishedAt(), l.counterclaim().publishedAt()), summary,
                List.of(l.claim().id(), l.counterclaim().id()), List.of(l.claim().articleId(), l.counterclaim().articleId()),
                urls(l.claim().url(), l.counterclaim().url()), union(l.claim().entityIds(), l.counterclaim().entityIds()), d.toString()));
    }

    public static List<Alert> forSpike(Subscription sub, Spike spike) {
        if (!sub.wants(AlertType.SPIKE) || !sub.entities().contains(spike.entityId())) {
            return List.of();
        }
        ObjectNode d = JSON.createObjectNode();
        d.put("entity_id", spike.entityId()).put("entity", spike.entityName()).put("mentions", spike.mentions())
                .put("baseline", Math.round(spike.baseline() * 100) / 100.0).put("window_start", spike.windowStart())
                .put("window_end", spike.windowEnd());
        String summary = String.format(Locale.ROOT, "Spike: %s mentioned %d times (baseline %.1f)", spike.entityName(),
                spike.mentions(), spike.baseline());
        return List.of(new Alert(id(sub, AlertType.SPIKE.json(), spike.entityId() + "@" + spike.windowEnd()), List.of(AlertType.SPIKE), sub.id(),
                sub.topic(), sub.maxPerHour(), spike.windowEnd(), summary, List.of(), spike.articleIds(), List.of(), List.of(spike.entityId()), d.toString()));
    }

    /** Whether the statement passes every filter the subscription sets (empty filters pass). */
    static boolean matches(Subscription sub, StatementRef s) {
        return (sub.entities().isEmpty() || s.entityIds().stream().anyMatch(sub.entities()::contains))
                && (sub.claimers().isEmpty() || claimerOk(sub, s))
                && outletOk(sub, s)
                && (sub.labels().isEmpty() ? s.label().isPositive() : sub.labels().contains(s.label()))
                && s.score() >= sub.minScore();
    }

    private static boolean claimerOk(Subscription sub, StatementRef s) {
        return sub.claimers().stream().anyMatch(c -> c.equalsIgnoreCase(s.claimer()) || c.equalsIgnoreCase(String.valueOf(s.claimerId())));
    }

    private static boolean outletOk(Subscription sub, StatementRef s) {
        return sub.outlets().isEmpty() || sub.outlets().stream().anyMatch(o -> o.equalsIgnoreCase(s.source()));
    }

    /** The articles' URLs; a record without one (URLs are optional) adds nothing. */
    private static List<String> urls(String... urls) {
        return java.util.Arrays.stream(urls).filter(java.util.Objects::nonNull).toList();
    }

    private static void ref(ObjectNode o, StatementRef s) {
        o.put("id", s.id()).put("article_id", s.articleId()).put("source", s.source()).put("url", s.url())
                .put("label", s.label().json()).put("score", s.score()).put("claimer", s.claimer()).put("text", s.text());
    }

    /** @param kind what triggered it: "statement", "contested" or "spike" (a trigger of each kind alerts once) */
    static String id(Subscription sub, String kind, String trigger) {
        return ArticleIds.hash(sub.id() + "|" + kind + "|" + trigger);
    }

    private static List<String> union(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
    }

    private static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() <= 160 ? t : t.substring(0, 157) + "...";
    }
}
