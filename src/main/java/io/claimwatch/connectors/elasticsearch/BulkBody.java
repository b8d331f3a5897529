package io.claimwatch.connectors.elasticsearch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.model.EsAction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The body of a bulk request in Elasticsearch's newline-delimited form, with each document's JSON
 * copied in as it is (it is never parsed and written again), and the per-item results of the answer.
 * A merging action is an {@code update} with {@code doc_as_upsert}, any other an {@code index}.
 */
final class BulkBody {

    /** One item of a bulk answer: its HTTP status and, when it failed, Elasticsearch's "type: reason". */
    record Item(int status, String error) {}

    private static final JsonFactory JSON = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final byte[] DOC_OPEN = "{\"doc\":".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final byte[] DOC_CLOSE = ",\"doc_as_upsert\":true}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private BulkBody() {}

    static byte[] of(List<EsAction> actions, int retryOnConflict) {
        int size = 0;
        for (EsAction a : actions) {
            size += a.utf8().length + 128;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        try {
            for (EsAction a : actions) {
                try (JsonGenerator g = JSON.createGenerator(out)) {
                    g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                    g.writeStartObject();
                    g.writeObjectFieldStart(a.merge() ? "update" : "index");
                    g.writeStringField("_index", a.index());
                    g.writeStringField("_id", a.id());
                    if (a.merge()) {
                        g.writeNumberField("retry_on_conflict", retryOnConflict);
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
                out.write('\n');
                byte[] doc = singleLine(a.utf8());
                if (a.merge()) {
                    out.write(DOC_OPEN);
                    out.write(doc);
                    out.write(DOC_CLOSE);
                } else {
                    out.write(doc);
                    out.write('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    /**
     * The document on one line, as the bulk format needs. JSON written by Jackson never holds a raw
     * line break (they are escaped inside strings); JSON from elsewhere that does is rewritten compactly.
     */
    static byte[] singleLine(byte[] json) throws IOException {
        for (byte b : json) {
            if (b == '\n' || b == '\r') {
                return MAPPER.writeValueAsBytes(MAPPER.readTree(json));
            }
        }
        return json;
    }

    /** The items of a bulk answer, in request order. */
    static List<Item> items(InputStream answer) throws IOException {
        JsonNode root = MAPPER.readTree(answer);
        List<Item> out = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            JsonNode result = item.elements().hasNext() ? item.elements().next() : MAPPER.createObjectNode();
            JsonNode error = result.path("error");
            String message = error.isMissingNode() || error.isNull() ? null
                    : error.isObject() ? error.path("type").asText() + ": " + error.path("reason").asText() : error.asText();
            out.add(new Item(result.path("status").asInt(-1), message));
        }
        return out;
    }
}
