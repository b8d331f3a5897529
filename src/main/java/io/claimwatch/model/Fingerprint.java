package io.claimwatch.model;

/**
 * A content fingerprint for duplicate detection: {@code exact} identifies the normalised text,
 * {@code bucket} groups candidates for near-duplicates and {@code signature} (MinHash) estimates
 * their similarity.
 */
public record Fingerprint(String exact, String bucket, int[] signature) {}
