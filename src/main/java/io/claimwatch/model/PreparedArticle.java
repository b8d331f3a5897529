package io.claimwatch.model;

/** An article after cleaning, ready for duplicate detection and annotation. */
public record PreparedArticle(Article article, CleanedText cleaned, String urlKey, Fingerprint fingerprint) {}
