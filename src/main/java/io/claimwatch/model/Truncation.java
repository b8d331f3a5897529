package io.claimwatch.model;

import java.io.Serializable;

/**
 * How much of an article was left out because it exceeded {@link ArticleCaps}: each figure as found
 * and as kept. Recorded on the enriched article (field {@code truncated}) when anything was cut.
 */
public record Truncation(int textChars, int analysedChars, int statements, int statementsKept, int mentions, int mentionsKept,
        int claims, int claimsKept) implements Serializable {

    public static Truncation none(int textChars, int statements, int mentions, int claims) {
        return new Truncation(textChars, textChars, statements, statements, mentions, mentions, claims, claims);
    }

    /** True when any part of the article was not analysed or not kept. */
    public boolean any() {
        return analysedChars < textChars || statementsKept < statements || mentionsKept < mentions || claimsKept < claims;
    }
}
