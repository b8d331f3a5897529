package io.claimwatch.model;

/**
 * A story seen again: {@code article} was not analysed because it repeats {@code originalId}.
 * {@code match} says how it was recognised: {@code url}, {@code exact} or {@code near}.
 */
public record Duplicate(Article article, String originalId, String match, double similarity) {}
