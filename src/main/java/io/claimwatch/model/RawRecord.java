package io.claimwatch.model;

/**
 * One record as read from the articles topic, with where it came from, so that a dead letter can
 * point back at it.
 */
public record RawRecord(String topic, int partition, long offset, long timestamp, byte[] key, byte[] value) {

    public static RawRecord ofValue(String topic, byte[] value) {
        return new RawRecord(topic, -1, -1L, 0L, null, value);
    }
}
