package io.claimwatch.model;

/**
 * A validated raw article. {@code text} is the article text as received, or the text extracted from
 * {@code html}; every offset in later records points into it. {@code originalId} is the id as the
 * record gave it when it was too long to use (then {@code id} is its hash), else null.
 */
public record Article(
        String id,
        String url,
        String source,
        String title,
        long publishedAtMillis,
        String language,
        String text,
        boolean fromHtml,
        RawRecord origin,
        String originalId) {}
