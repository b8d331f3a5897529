package io.claimwatch.model;

import java.util.List;

/** What the NLP found in one article: its sentences, how many tokens, its entities and its statements. */
public record Annotation(List<Sentence> sentences, int tokenCount, List<Entity> entities, List<Statement> statements) {

    public Annotation {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        statements = List.copyOf(statements);
    }
}
