package io.claimwatch.model;

import java.util.List;

/**
 * A claim or counterclaim as the cross-article linker keeps it: which article and outlet, when
 * (event time from {@code published_at}), who claims, what it says, and the entities and content words
 * the dispute rule compares.
 *
 * @param id the statement's global id: article id + ":" + start offset
 */
public record StatementRef(String id, String articleId, String source, String url, long publishedAt, StatementLabel label,
        double score, String claimer, String claimerId, String text, List<String> entityIds, List<String> words) {

    public StatementRef {
        entityIds = List.copyOf(entityIds);
        words = List.copyOf(words);
    }

    public static String globalId(String articleId, int start) {
        return articleId + ":" + start;
    }
}
