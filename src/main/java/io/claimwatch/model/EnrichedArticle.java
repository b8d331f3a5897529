package io.claimwatch.model;

/** An analysed article: the input, its cleaning and its annotation. */
public record EnrichedArticle(PreparedArticle prepared, Annotation annotation) {

    public Article article() {
        return prepared.article();
    }
}
