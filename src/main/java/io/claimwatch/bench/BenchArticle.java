package io.claimwatch.bench;

/**
 * One article of a benchmark: its id as the job computes it (so its document can be found), the raw
 * record as it is sent to the articles topic, and the text the job analyses.
 */
public record BenchArticle(String id, byte[] raw, String text) {}
