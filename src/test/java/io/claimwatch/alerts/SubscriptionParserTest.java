package io.claimwatch.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.StatementLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionParserTest {

    @Test
    void aFullDefinitionIsReadAndWrittenBackUnchanged() {
        SubscriptionParser.Result r = SubscriptionParser.parse("{\"id\":\"desk-1\",\"entities\":[\"kyiv\",\"vladimir-putin\"],"
                + "\"labels\":[\"counterclaim\"],\"min_score\":0.6,\"types\":[\"statement\",\"spike\"],\"topic\":\"claimwatch.alerts.desk\","
                + "\"max_per_hour\":10}");
        assertTrue(r.ok(), r.problems().toString());
        Subscription s = r.subscription();
        assertEquals(List.of("kyiv", "vladimir-putin"), s.entities());
        assertEquals(List.of(StatementLabel.COUNTERCLAIM), s.labels());
        assertEquals(List.of(AlertType.STATEMENT, AlertType.SPIKE), s.types());
        assertEquals("claimwatch.alerts.desk", s.topic());
        assertEquals(10, s.maxPerHour());
        assertEquals(s, SubscriptionParser.parse(SubscriptionParser.toJson(s).toString()).subscription());
    }

    @Test
    void defaultsAreEveryTypeAndTheSharedAlertsTopic() {
        Subscription s = SubscriptionParser.parse("{\"id\":\"x\",\"entities\":\"kyiv\"}").subscription();
        assertEquals(Subscription.DEFAULT_TOPIC, s.topic());
        assertTrue(s.types().containsAll(List.of(AlertType.STATEMENT, AlertType.COUNTERCLAIM, AlertType.CONTESTED,
                AlertType.SPIKE, AlertType.CHECKWORTHY)));
    }

    @Test
    void everyProblemIsNamedWithItsField() {
        SubscriptionParser.Result r = SubscriptionParser.parse("{\"id\":\"bad id!\",\"labels\":[\"rumour\"],\"min_score\":2,"
                + "\"types\":[\"weather\"],\"topic\":\"no spaces allowed\",\"colour\":\"red\"}");
        assertFalse(r.ok());
        String all = String.join("\n", r.problems());
        for (String field : List.of("id:", "labels:", "min_score:", "types:", "topic:", "unknown field 'colour'")) {
            assertTrue(all.contains(field), field + " in " + all);
        }
        assertFalse(SubscriptionParser.parse("not json").ok());
        assertTrue(SubscriptionParser.parse("{\"id\":\"all\"}").problems().get(0).startsWith("watches everything"));
    }
}
