package io.claimwatch.alerts;

import io.claimwatch.model.ArticleIds;
import java.util.ArrayList;
import java.util.List;

/**
 * The alerts of one subscription held over its hourly cap: how many, and the first {@code keep} of
 * them by id (with their statements, articles and URLs). A fixed size whatever the count, so a burst
 * of thousands of alerts costs a counter, not thousands of alerts in state.
 */
public record HeldAlerts(int count, Alert first, List<String> alertIds, List<String> statementIds, List<String> articleIds,
        List<String> urls, long latestTime) {

    public HeldAlerts {
        alertIds = List.copyOf(alertIds);
        statementIds = List.copyOf(statementIds);
        articleIds = List.copyOf(articleIds);
        urls = List.copyOf(urls);
    }

    public static HeldAlerts of(Alert a) {
        return new HeldAlerts(1, a, List.of(a.id()), a.statementIds(), a.articleIds(), a.urls(), a.time());
    }

    /** One more held alert; its ids are kept only while fewer than {@code keep} are. */
    public HeldAlerts plus(Alert a, int keep) {
        if (alertIds.size() >= keep) {
            return new HeldAlerts(count + 1, first, alertIds, statementIds, articleIds, urls, Math.max(latestTime, a.time()));
        }
        return new HeldAlerts(count + 1, first, append(alertIds, List.of(a.id())), append(statementIds, a.statementIds()),
                append(articleIds, a.articleIds()), append(urls, a.urls()), Math.max(latestTime, a.time()));
    }

    /** The summary alert sent when the hour ends: id stable per subscription and hour. */
    public Alert summary(String subscriptionId, long hour) {
        String more = count > alertIds.size() ? " (first " + alertIds.size() + " listed)" : "";
        String detail = "{\"held\":" + count + ",\"listed\":" + alertIds.size() + ",\"alert_ids\":"
                + alertIds.stream().map(id -> "\"" + id.replace("\\", "\\\\").replace("\"", "\\\"") + "\"").toList() + "}";
        return new Alert(ArticleIds.hash(subscriptionId + "|summary|" + hour), List.of(AlertType.SUMMARY), subscriptionId, first.topic(), 0,
                latestTime, count + " more alert(s) this hour over the cap of " + first.maxPerHour() + more + "; first: "
                        + first.summary(), statementIds, articleIds, urls, List.of(), detail);
    }

    private static List<String> append(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        b.stream().filter(x -> !out.contains(x)).forEach(out::add);
        return out;
    }
}
