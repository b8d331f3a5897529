package io.claimwatch.nlp.entities;

/**
 * The general knowledge the entity annotator reads from {@code config/}: cue lexicon, alias table
 * and gazetteer. Immutable; loaded once per JVM and shared by every annotator.
 */
public record EntityKnowledge(EntityLexicon lexicon, AliasTable aliases, Gazetteer gazetteer) {

    private static volatile EntityKnowledge shared;

    /** A country: in the gazetteer as one, or the country of a demonym ("Moldova"), by any listed name ("Republic of Moldova"). */
    public boolean isCountry(String name) {
        Gazetteer.Place p = gazetteer.place(name);
        if (p != null && p.kind().equals("country")) {
            return true;
        }
        AliasTable.Known k = aliases.find(name);
        String canonical = k != null && k.type() == io.claimwatch.model.EntityType.LOC ? k.name() : name;
        Gazetteer.Place q = gazetteer.place(canonical);
        return q != null && q.kind().equals("country") || lexicon.demonymOf(canonical) != null;
    }

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
