package io.claimwatch.model;

/**
 * A counterclaim linked to the claim it disputes, from another outlet: one document per link, its id
 * derived from both statement ids so that finding it again overwrites instead of duplicating.
 */
public record ContestedLink(String id, StatementRef claim, StatementRef counterclaim, double score, String reason) {

    public static String idOf(String claimId, String counterclaimId) {
        return ArticleIds.hash(claimId + "<>" + counterclaimId);
    }
}
