package io.claimwatch.model;

import java.util.List;

/**
 * What a counterclaim rejects, found in its dependency tree: the characters [start, end) of the
 * article's text ("that its artillery had struck the Karvisk power station"), and where in it the
 * words stand that say what happened or what is said of it — its verbs and adjectives ("struck").
 *
 * @param predicates start offsets (into the article's text) of the span's verbs and adjectives, in text order
 */
public record RejectedSpan(int start, int end, List<Integer> predicates) {

    public RejectedSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
        predicates = predicates == null ? List.of() : List.copyOf(predicates);
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
