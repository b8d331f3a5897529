package io.claimwatch.model;

/**
 * One Elasticsearch write. Every write is an update with {@code doc_as_upsert}: fields from
 * different steps (the analysis, the syndication list) merge in one document whatever their
 * order, and a replay overwrites instead of duplicating.
 */
public record EsAction(String index, String id, String json) {}
