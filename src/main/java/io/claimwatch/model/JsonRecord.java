package io.claimwatch.model;

import java.nio.charset.StandardCharsets;

/**
 * A JSON document bound for a Kafka topic, with its record key. The document is held as UTF-8 bytes,
 * the form the topic and the index take: between operators it is copied as a block, not re-encoded
 * character by character, and the Kafka serializer sends it as it is.
 */
public record JsonRecord(String key, byte[] utf8) {

    public JsonRecord(String key, String json) {
        this(key, json.getBytes(StandardCharsets.UTF_8));
    }

    /** The document as text. */
    public String json() {
        return new String(utf8, StandardCharsets.UTF_8);
    }
}
