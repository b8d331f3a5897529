package io.claimwatch.nlp.entities;

import io.claimwatch.model.EntityType;

/**
 * A name found in one sentence before the article-level decisions: its span, its type so far (null
 * when nothing typed it yet), why, and the canonical name when known (alias table, institution).
 */
record Candidate(int start, int end, String text, int sentence, int firstToken, int endToken,
        EntityType type, Evidence evidence, String canonical) {

    Candidate typed(EntityType newType, Evidence newEvidence, String newCanonical) {
        return new Candidate(start, end, text, sentence, firstToken, endToken, newType, newEvidence, newCanonical);
    }

    int tokenCount() {
        return endToken - firstToken;
    }
}
