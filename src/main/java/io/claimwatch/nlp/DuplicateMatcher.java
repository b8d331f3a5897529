package io.claimwatch.nlp;

import io.claimwatch.model.PreparedArticle;
import io.claimwatch.model.SeenStory;
import java.io.Serializable;
import java.util.Optional;

/**
 * Decides whether a story repeats one already seen with the same key. Keyed by URL, any earlier story
 * is the original ("url"; "id" for a record without URL sent again with the same id). Keyed by
 * content bucket, the original has the same normalised words
 * ("exact") or an estimated Jaccard similarity of at least the threshold ("near").
 */
public final class DuplicateMatcher implements Serializable {

    public enum Key { URL, CONTENT }

    /** The URL key of a record without a URL: its article id, so only the same id again matches ("id"). */
    public static final String NO_URL_PREFIX = "id:";

    /** The story this one repeats and how that was recognised. */
    public record Match(String originalId, String how, double similarity) {}

    private final Key key;
    private final double nearThreshold;

    public DuplicateMatcher(Key key, double nearThreshold) {
        this.key = key;
        this.nearThreshold = nearThreshold;
    }

    public String keyOf(PreparedArticle p) {
        return key == Key.URL ? p.urlKey() : p.fingerprint().bucket();
    }

    public Optional<Match> match(PreparedArticle candidate, Iterable<SeenStory> seen) {
        Match best = null;
        for (SeenStory s : seen) {
            if (key == Key.URL) {
                return Optional.of(new Match(s.id(), candidate.urlKey().startsWith(NO_URL_PREFIX) ? "id" : "url", 1.0));
            }
            if (s.exactFingerprint().equals(candidate.fingerprint().exact())) {
                return Optional.of(new Match(s.id(), "exact", 1.0));
            }
            double sim = ContentFingerprinter.similarity(s.signature(), candidate.fingerprint().signature());
            if (sim >= nearThreshold && (best == null || sim > best.similarity())) {
                best = new Match(s.id(), "near", sim);
            }
        }
        return Optional.ofNullable(best);
    }
}
