package io.claimwatch.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A statement's JSON: one claimer, a joint statement, a phrase; every field in the strict index mapping. */
class StatementJsonTest {

    private static final String TEXT = "Ukraine and NATO denied it. Officials said so. The bridge fell.";

    private static ObjectNode json(Statement s) {
        return RecordJson.statement(new ObjectMapper().createObjectNode(), s, TEXT, CodePointOffsets.of(TEXT));
    }

    private static Statement statement(String claimer, String id, List<String> ids) {
        return new Statement("s1", 0, 27, StatementLabel.COUNTERCLAIM, 0.9, claimer, id, ids, "denied", "reported", -1, -1, null);
    }

    @Test
    void aJointStatementListsEveryClaimerAndTheFirstAsClaimerId() {
        ObjectNode o = json(statement("Ukraine and NATO", "ukraine", List.of("ukraine", "nato")));
        assertEquals("Ukraine and NATO", o.get("claimer").asText());
        assertEquals("ukraine", o.get("claimer_id").asText());
        assertEquals(2, o.get("claimer_ids").size());
        assertEquals("nato", o.get("claimer_ids").get(1).asText());
    }

    @Test
    void aPhraseOrTheOutletHasNoIds() {
        ObjectNode phrase = json(statement("Officials", null, List.of()));
        assertFalse(phrase.has("claimer_id"));
        assertFalse(phrase.has("claimer_ids"));
        ObjectNode article = json(statement("article", null, null));
        assertEquals("article", article.get("claimer").asText());
        assertFalse(article.has("claimer_ids"));
    }

    @Test
    void everyFieldOfAStatementIsInTheStatementsIndexMapping() throws Exception {
        JsonNode properties;
        try (InputStream in = getClass().getResourceAsStream("/connectors/elasticsearch/claimwatch-statements.json")) {
            properties = new ObjectMapper().readTree(in).path("template").path("mappings").path("properties");
        }
        ObjectNode o = json(statement("Ukraine and NATO", "ukraine", List.of("ukraine", "nato")));
        o.fieldNames().forEachRemaining(f -> assertTrue(properties.has(f), f + " is written but not mapped (the mapping is strict)"));
    }
}
