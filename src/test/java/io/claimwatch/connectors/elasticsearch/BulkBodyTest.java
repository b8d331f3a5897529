package io.claimwatch.connectors.elasticsearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.model.EsAction;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BulkBodyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void mergingWritesAreUpsertsOthersReplaceAndDocumentsGoInAsTheyAre() throws Exception {
        String doc = "{\"id\":\"a1\",\"title\":\"Caf\u00e9 \\\"quoted\\\"\",\"n\":1.50}";
        byte[] body = BulkBody.of(List.of(new EsAction("idx-articles", "a1", doc),
                EsAction.replace("idx-statements", "a1:\"0", "{\"id\":\"a1:0\"}".getBytes(StandardCharsets.UTF_8))), 5);
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\n", -1);
        assertEquals(5, lines.length, "two lines per action and a final newline");
        assertEquals("", lines[4]);
        var update = JSON.readTree(lines[0]).get("update");
        assertEquals("idx-articles", update.get("_index").asText());
        assertEquals("a1", update.get("_id").asText());
        assertEquals(5, update.get("retry_on_conflict").asInt());
        assertEquals("{\"doc\":" + doc + ",\"doc_as_upsert\":true}", lines[1], "the document's own bytes, not re-serialised (1.50 stays)");
        var index = JSON.readTree(lines[2]).get("index");
        assertEquals("a1:\"0", index.get("_id").asText(), "ids are escaped in the action line");
        assertNull(index.get("retry_on_conflict"));
        assertEquals("{\"id\":\"a1:0\"}", lines[3]);
    }

    @Test
    void aDocumentWithALineBreakIsWrittenOnOneLine() throws Exception {
        byte[] body = BulkBody.of(List.of(EsAction.replace("i", "x", "{\n\"a\": 1\n}".getBytes(StandardCharsets.UTF_8))), 5);
        String[] lines = new String(body, StandardCharsets.UTF_8).split("\n");
        assertEquals(2, lines.length);
        assertEquals("{\"a\":1}", lines[1]);
    }

    @Test
    void answerItemsCarryStatusAndError() throws Exception {
        String answer = "{\"took\":3,\"errors\":true,\"items\":["
                + "{\"update\":{\"_index\":\"i\",\"_id\":\"1\",\"status\":201,\"result\":\"created\"}},"
                + "{\"index\":{\"_index\":\"i\",\"_id\":\"2\",\"status\":400,\"error\":{\"type\":\"document_parsing_exception\","
                + "\"reason\":\"strict_dynamic_mapping_exception\"}}},"
                + "{\"update\":{\"_index\":\"i\",\"_id\":\"3\",\"status\":429,\"error\":{\"type\":\"es_rejected_execution_exception\","
                + "\"reason\":\"queue full\"}}}]}";
        var items = BulkBody.items(new ByteArrayInputStream(answer.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, items.size());
        assertEquals(201, items.get(0).status());
        assertNull(items.get(0).error());
        assertEquals(400, items.get(1).status());
        assertEquals("document_parsing_exception: strict_dynamic_mapping_exception", items.get(1).error());
        assertEquals(429, items.get(2).status());
    }
}
