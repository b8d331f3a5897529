package io.claimwatch.model;

/** Where an entity is named: the text as written and its [start, end) offsets in the original article. */
public record Mention(String text, int start, int end) {}
