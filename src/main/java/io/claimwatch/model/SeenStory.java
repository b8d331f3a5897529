package io.claimwatch.model;

/** What duplicate detection remembers of an analysed story (not its text). */
public record SeenStory(String id, String exactFingerprint, int[] signature) {

    public static SeenStory of(PreparedArticle p) {
        return new SeenStory(p.article().id(), p.fingerprint().exact(), p.fingerprint().signature());
    }
}
