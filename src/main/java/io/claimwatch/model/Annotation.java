package io.claimwatch.model;

import java.util.List;

/** What the NLP found in one article: its sentences, how many tokens, and its entities. */
public record Annotation(List<Sentence> sentences, int tokenCount, List<Entity> entities) {

    public Annotation {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
    }
}
