package io.claimwatch.model;

/** A statement routed to one of its entity keys for cross-article linking. */
public record KeyedStatement(String key, StatementRef statement) {}
