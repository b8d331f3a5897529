package io.claimwatch.nlp.entities;

/**
 * The general knowledge the entity annotator reads from {@code config/}: cue lexicon, alias table
 * and gazetteer. Immutable; loaded once per JVM and shared by every annotator.
 */
public record EntityKnowledge(EntityLexicon lexicon, AliasTable aliases, Gazetteer gazetteer) {

    private static volatile EntityKnowledge shared;

    public static EntityKnowledge get() {
        EntityKnowledge k = shared;
        if (k == null) {
            synchronized (EntityKnowledge.class) {
                k = shared;
                if (k == null) {
                    k = new EntityKnowledge(EntityLexicon.load(), AliasTable.load(), Gazetteer.load());
                    shared = k;
                }
            }
        }
        return k;
    }
}
