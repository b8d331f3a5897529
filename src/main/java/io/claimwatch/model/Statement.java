package io.claimwatch.model;

/**
 * One sentence as a statement: where it is, who asserts it, how, how check-worthy it is, its label,
 * and for a counterclaim the statement of the same article it disputes and the span of what it rejects.
 *
 * @param id "s1", "s2"... in text order (unique within the article)
 * @param claimer the canonical entity name, the source phrase as written, or "article"
 * @param claimerId the claimer's entity id (the first one of a joint statement), or null when it is a phrase or the outlet
 * @param claimerIds every claimer's entity id: one, several for a joint statement ("Ukraine and NATO"), none for a phrase or the outlet
 * @param cue the attribution word ("said", "according to", "denied"), or null
 * @param speech "direct" (quoted), "reported", or "none" (the outlet's own)
 * @param quoteStart start of the quoted span, or -1
 * @param disputes id of the disputed statement in the same article, or null
 * @param rejected for a counterclaim, the span of the text it rejects (the object of the denial: "that its artillery had
 *     struck the station", "the accusation that …", "it") with its predicates; null for other statements or when no such
 *     part was found
 */
public record Statement(String id, int start, int end, StatementLabel label, double score, String claimer, String claimerId,
        java.util.List<String> claimerIds, String cue, String speech, int quoteStart, int quoteEnd, String disputes, RejectedSpan rejected) {

    public Statement {
        claimerIds = claimerIds == null ? java.util.List.of() : java.util.List.copyOf(claimerIds);
    }

    /** A statement without a rejected span (it is set afterwards for counterclaims, see {@link #withRejected}). */
    public Statement(String id, int start, int end, StatementLabel label, double score, String claimer, String claimerId,
            java.util.List<String> claimerIds, String cue, String speech, int quoteStart, int quoteEnd, String disputes) {
        this(id, start, end, label, score, claimer, claimerId, claimerIds, cue, speech, quoteStart, quoteEnd, disputes, null);
    }

    public Statement withLabel(StatementLabel newLabel) {
        return new Statement(id, start, end, newLabel, score, claimer, claimerId, claimerIds, cue, speech, quoteStart, quoteEnd, disputes,
                rejected);
    }

    public Statement withDisputes(String statementId) {
        return new Statement(id, start, end, label, score, claimer, claimerId, claimerIds, cue, speech, quoteStart, quoteEnd, statementId,
                rejected);
    }

    public Statement withRejected(RejectedSpan span) {
        return new Statement(id, start, end, label, score, claimer, claimerId, claimerIds, cue, speech, quoteStart, quoteEnd, disputes, span);
    }
}
