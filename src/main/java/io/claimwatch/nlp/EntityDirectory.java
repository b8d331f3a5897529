package io.claimwatch.nlp;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A source of known entities that names can be resolved against: the alias table
 * ({@link AliasDirectory}) or the entities of the indexed articles (in the Elasticsearch connector).
 * Claimers that are not entities ("Western experts") are known from the indexed statements only.
 */
public interface EntityDirectory {

    /** Of these ids, the ones this directory knows. */
    Map<String, KnownEntity> byIds(Collection<String> ids);

    /** Entities whose names might be close to this text: candidates for "did you mean", unranked. */
    List<KnownEntity> near(String text, int max);

    /** The claimer phrase as this directory has it (same words, any case), or null. */
    default String claimer(String phrase) {
        return null;
    }

    /** Claimer phrases that might be close to this text, unranked. */
    default List<String> claimersNear(String text, int max) {
        return List.of();
    }
}
