package io.claimwatch.model;

/** A sentence of the original text and how many tokens it has. */
public record Sentence(int start, int end, int tokenCount) {}
