package io.claimwatch.connectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Kibana saved objects parse, cover every index, and every reference points at an object of the file. */
class KibanaObjectsTest {

    @Test
    void everyReferenceResolvesAndEveryIndexHasADataView() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> typeById = new HashMap<>();
        var lines = Files.readAllLines(Path.of("connectors/kibana/claimwatch-saved-objects.ndjson"));
        for (String line : lines) {
            JsonNode o = json.readTree(line);
            typeById.put(o.get("id").asText(), o.get("type").asText());
        }
        for (String index : IndexCatalog.ALL) {
            assertEquals("index-pattern", typeById.get(index), index);
        }
        for (String line : lines) {
            JsonNode o = json.readTree(line);
            for (JsonNode ref : o.get("references")) {
                assertEquals(ref.get("type").asText(), typeById.get(ref.get("id").asText()), line);
            }
            if (o.get("type").asText().equals("dashboard")) {
                assertTrue(json.readTree(o.get("attributes").get("panelsJSON").asText()).size() >= 4);
            }
        }
    }
}
