package io.claimwatch.model;

import java.util.List;

/** What the NLP found in one article. */
public record Annotation(List<Sentence> sentences, int tokenCount) {

    public Annotation {
        sentences = List.copyOf(sentences);
    }
}
