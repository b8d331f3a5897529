package io.claimwatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.model.StatementRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private static Subscription sub(String json) {
        SubscriptionParser.Result r = SubscriptionParser.parse(json);
        assertTrue(r.ok(), r.problems().toString());
        return r.subscription();
    }

    private static StatementRef ref(String id, StatementLabel label, double score, String source, List<String> entities) {
        return new StatementRef(id, id.split(":")[0], source, "https://x.example/" + id, 1_000, label, score, "Kestria", "kestria",
                "The ministry denied the report.", entities, List.of("report"));
    }

    @Test
    void statementAlertsFollowEveryFilterAndHaveStableIds() {
        Subscription s = sub("{\"id\":\"s1\",\"entities\":[\"velna\"],\"labels\":[\"counterclaim\"],\"min_score\":0.5,\"types\":[\"statement\"]}");
        StatementRef counter = ref("a:0", StatementLabel.COUNTERCLAIM, 0.8, "Wire", List.of("velna", "kestria"));
        List<Alert> alerts = AlertRules.forStatement(s, counter);
        assertEquals(1, alerts.size());
        assertEquals(AlertType.STATEMENT, alerts.get(0).type());
        assertEquals(alerts.get(0).id(), AlertRules.forStatement(s, counter).get(0).id(), "same trigger, same id");
        assertTrue(alerts.get(0).summary().contains("Kestria disputes"), alerts.get(0).summary());
        assertTrue(AlertRules.forStatement(s, ref("a:0", StatementLabel.CLAIM, 0.8, "Wire", List.of("velna"))).isEmpty(), "label");
        assertTrue(AlertRules.forStatement(s, ref("a:0", StatementLabel.COUNTERCLAIM, 0.3, "Wire", List.of("velna"))).isEmpty(), "score");
        assertTrue(AlertRules.forStatement(s, ref("a:0", StatementLabel.COUNTERCLAIM, 0.8, "Wire", List.of("oster"))).isEmpty(), "entity");
    }

    @Test
    void counterclaimCheckworthyAndContestedAlertsNeedAWatchedEntity() {
        Subscription s = sub("{\"id\":\"s2\",\"entities\":[\"velna\"],\"types\":[\"counterclaim\",\"checkworthy\",\"contested\"],"
                + "\"checkworthy_score\":0.9}");
        assertEquals(AlertType.COUNTERCLAIM, AlertRules.forStatement(s, ref("a:0", StatementLabel.COUNTERCLAIM, 0.6, "W", List.of("velna")))
                .get(0).type());
        assertEquals(AlertType.CHECKWORTHY, AlertRules.forStatement(s, ref("a:1", StatementLabel.CLAIM, 0.95, "W", List.of("velna")))
                .get(0).type());
        assertTrue(AlertRules.forStatement(s, ref("a:1", StatementLabel.CLAIM, 0.85, "W", List.of("velna"))).isEmpty());
        StatementRef claim = ref("c:0", StatementLabel.CLAIM, 0.9, "First", List.of("velna"));
        StatementRef counter = ref("d:0", StatementLabel.COUNTERCLAIM, 0.9, "Second", List.of("velna"));
        ContestedLink link = new ContestedLink(ContestedLink.idOf(claim.id(), counter.id()), claim, counter, 0.7, "test");
        Alert a = AlertRules.forLink(s, link).get(0);
        assertEquals(List.of("c", "d"), a.articleIds());
        assertTrue(AlertRules.forLink(sub("{\"id\":\"s3\",\"entities\":[\"oster\"]}"), link).isEmpty());
    }

    @Test
    void oneStatementMakesOneAlertPerSubscriptionWithEveryReason() {
        Subscription s = sub("{\"id\":\"desk\",\"entities\":[\"velna\"],\"types\":[\"statement\",\"counterclaim\"]}");
        StatementRef denial = ref("a:0", StatementLabel.COUNTERCLAIM, 0.8, "Wire", List.of("velna"));
        List<Alert> alerts = AlertRules.forStatement(s, denial);
        assertEquals(1, alerts.size(), "a denial about a watched entity is one alert, not a counterclaim and a statement alert");
        assertEquals(List.of(AlertType.COUNTERCLAIM, AlertType.STATEMENT), alerts.get(0).types());
        assertTrue(alerts.get(0).summary().startsWith("Counterclaim by Kestria"), "the most specific reason speaks");
        assertTrue(alerts.get(0).detail().contains("\"reasons\":[\"counterclaim\",\"statement\"]"), alerts.get(0).detail());
        Subscription onlyStatements = sub("{\"id\":\"desk\",\"entities\":[\"velna\"],\"types\":[\"statement\"]}");
        assertEquals(alerts.get(0).id(), AlertRules.forStatement(onlyStatements, denial).get(0).id(),
                "the id names the subscription and the statement, not the reasons");
    }

    @Test
    void theSpikeRuleFiresOnABurstAndStaysQuietOnSteadyTraffic() {
        SpikeRule rule = new SpikeRule(600_000, 6, 4, 3.0, 5);
        long bucket = 600_000;
        Map<Long, Long> steady = new HashMap<>();
        for (long b = 0; b < 30; b++) {
            steady.put(b * bucket, 1L); // one mention every ten minutes: 6 per window, 6 per baseline window
        }
        assertNull(rule.evaluate("kyiv", "Kyiv", steady, 30 * bucket, List.of()));
        Map<Long, Long> burst = new HashMap<>(steady);
        burst.put(29 * bucket, 20L);
        Spike spike = rule.evaluate("kyiv", "Kyiv", burst, 30 * bucket, List.of("a1"));
        assertNotNull(spike);
        assertEquals(25, spike.mentions());
        assertEquals(6.0, spike.baseline(), 1e-9);
        assertEquals(AlertType.SPIKE, AlertRules.forSpike(sub("{\"id\":\"s4\",\"entities\":[\"kyiv\"]}"), spike).get(0).type());
        assertNull(rule.evaluate("new", "New", Map.of(29 * bucket, 4L), 30 * bucket, List.of()), "under the minimum");
    }
}
