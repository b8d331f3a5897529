package io.claimwatch.model;

/** How often one article (published at {@code time}) mentions one entity: the input of spike detection. */
public record EntityMentions(String entityId, String entityName, String articleId, long time, long count) {}
