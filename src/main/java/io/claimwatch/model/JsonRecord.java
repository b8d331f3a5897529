package io.claimwatch.model;

/** A JSON document bound for a Kafka topic, with its record key. */
public record JsonRecord(String key, String json) {}
