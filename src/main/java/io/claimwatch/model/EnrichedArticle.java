package io.claimwatch.model;

/** An analysed article: the input, its cleaning, its annotation and what the caps cut from it. */
public record EnrichedArticle(PreparedArticle prepared, Annotation annotation, Truncation truncation) {

    public Article article() {
        return prepared.article();
    }
}
