package io.claimwatch.nlp.entities;

import io.claimwatch.model.Entity;
import io.claimwatch.model.EntityType;
import io.claimwatch.model.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Article-level decisions: a name is typed the same throughout the article (by its strongest
 * evidence), and every way of naming one referent becomes one entity: variant spellings, a surname
 * or short form after the full name ("Kirby" → "John Kirby"), an acronym of a name in the article
 * ("US" → "United States"), and aliases from the table. Ids are slugs of the canonical name for
 * table entries and of the spelling-insensitive key otherwise, so they match across articles.
 */
final class EntityResolver {

    private final AliasTable aliases;
    private final InstitutionNames institutions;
    /** Lower-case words that keep their spelling in ids: English words and given names. */
    private final java.util.function.Predicate<String> keepsSpelling;

    EntityResolver(EntityKnowledge knowledge, java.util.function.Predicate<String> keepsSpelling) {
        this.aliases = knowledge.aliases();
        this.institutions = new InstitutionNames(knowledge);
        this.keepsSpelling = keepsSpelling;
    }

    /** One referent being assembled. */
    private static final class Group {
        final String key;
        String canonical;
        boolean fromTable;
        EntityType type;
        Evidence evidence = Evidence.NONE;
        final List<Candidate> mentions = new ArrayList<>();

        Group(String key) {
            this.key = key;
        }

        void add(Candidate c) {
            mentions.add(c);
            if (c.type() != null && c.evidence().compareTo(evidence) > 0) {
                type = c.type();
                evidence = c.evidence();
            }
        }

        /** Words, not tokens: "Amir-Abdollahian" is one word (a surname) in three tokens. */
        int maxTokens() {
            return mentions.stream().mapToInt(c -> c.text().split(" ").length).max().orElse(0);
        }
    }

    List<Entity> resolve(List<Candidate> candidates) {
        // 1. Same canonical name or same spelling key: one group, typed by its best evidence.
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            boolean known = c.evidence() == Evidence.ALIAS;
            String key = known ? "=" + c.canonical() : NameVariants.key(c.canonical() != null ? c.canonical() : c.text());
            Group g = groups.computeIfAbsent(key, Group::new);
            g.fromTable |= known;
            if (g.canonical == null || known) {
                g.canonical = c.canonical();
            }
            g.add(c);
        }
        // 2. Short forms: a surname after a person's full name, a first word of an organisation, an acronym.
        Map<String, Group> bySurname = new HashMap<>();
        Map<String, Group> byInitials = new HashMap<>();
        for (Group g : groups.values()) {
            String name = displayName(g);
            if (g.type == EntityType.PERSON && name.contains(" ")) {
                // Two people of one surname ("Brittney Griner", "Cherelle Griner"): the surname alone is the one
                // named first, whom the article is about.
                bySurname.putIfAbsent(NameVariants.key(name.substring(name.lastIndexOf(' ') + 1)), g);
            }
            if (name.contains(" ")) {
                byInitials.putIfAbsent(NameVariants.initials(name), g);
            }
        }
        for (var it = groups.values().iterator(); it.hasNext(); ) {
            Group g = it.next();
            if (g.maxTokens() != 1 || g.fromTable && g.type != EntityType.PERSON) {
                continue;
            }
            String word = g.mentions.get(0).text();
            Group full = bySurname.get(NameVariants.key(word));
            if (full == null && NameVariants.acronym(word) != null && !g.fromTable) {
                full = byInitials.get(NameVariants.acronym(word));
            }
            if (full != null && full != g && full.type == null) {
                full.type = g.type; // "Northern Grain Consortium (NGC)": the acronym's type types the name
                full.evidence = g.evidence;
            }
            if (full != null && full != g && (g.evidence.compareTo(Evidence.SURNAME) <= 0 || g.type == full.type)) {
                for (Candidate c : g.mentions) {
                    full.add(c.typed(full.type, Evidence.SURNAME, null));
                }
                it.remove();
            } else if (g.type == null || g.evidence.compareTo(Evidence.SURNAME) < 0) {
                var known = aliases.bySurname(word); // "Zelensky" alone: the one listed person of that name
                if (known != null) {
                    g.canonical = known.name();
                    g.fromTable = true;
                    g.type = known.type();
                    g.evidence = Evidence.ALIAS;
                }
            }
        }
        // "Halvard Mining" after "Halvard Mining Group": a weakly typed name that begins a longer
        // organisation or place name of the article is a short form of it.
        for (var it = groups.values().iterator(); it.hasNext(); ) {
            Group g = it.next();
            if (g.fromTable || g.evidence.compareTo(Evidence.SURNAME) >= 0) {
                continue;
            }
            String prefix = NameVariants.key(displayName(g)) + " ";
            for (Group full : groups.values()) {
                if (full != g && (full.type == EntityType.ORG || full.type == EntityType.LOC)
                        && full.evidence.compareTo(Evidence.SURNAME) >= 0 && NameVariants.key(displayName(full)).startsWith(prefix)) {
                    g.mentions.forEach(c -> full.add(c.typed(full.type, Evidence.NONE, null)));
                    it.remove();
                    break;
                }
            }
        }
        mergeInstitutions(groups);
        // 3. Groups that end up with the same canonical entry merge; untyped names are dropped.
        Map<String, Entity> entities = new LinkedHashMap<>();
        Map<String, List<Mention>> mentions = new HashMap<>();
        for (Group g : groups.values()) {
            if (g.type == null) {
                continue;
            }
            String name = displayName(g);
            // A name fixed by the table, the gazetteer or an institution's form has the slug of that name; a
            // name known from the text only has the slug of its spelling with romanisation variants folded
            // (English words kept), so that it reads as the name and its variants still meet.
            String id = g.canonical != null ? NameVariants.slug(name) : NameVariants.id(name, keepsSpelling);
            EntityType type = g.type;
            List<Mention> list = mentions.computeIfAbsent(id, k -> new ArrayList<>());
            for (Candidate c : g.mentions) {
                Mention m = new Mention(c.text(), c.start(), c.end());
                if (!list.contains(m)) {
                    list.add(m);
                }
            }
            entities.putIfAbsent(id, new Entity(id, name, type, List.of()));
        }
        List<Entity> out = new ArrayList<>();
        for (Entity e : entities.values()) {
            List<Mention> list = mentions.get(e.id());
            list.sort(Comparator.comparingInt(Mention::start));
            out.add(new Entity(e.id(), e.name(), e.type(), list));
        }
        out.sort(Comparator.comparingInt((Entity e) -> e.mentions().get(0).start()));
        return out;
    }

    /**
     * One institution however the article writes it: "the Ministry of Defence of Russia" = "Russia's
     * defence ministry"; and its short form without a country ("the defence ministry", "the national
     * guard") is the one institution of that function the article names with a country, when there
     * is exactly one. The merged entity keeps the table's name, else the fullest form.
     */
    private void mergeInstitutions(Map<String, Group> groups) {
        Map<Group, InstitutionNames.Signature> signatures = new LinkedHashMap<>();
        for (Group g : groups.values()) {
            if (g.type == EntityType.ORG) {
                InstitutionNames.Signature sig = institutions.signature(displayName(g));
                if (sig != null) {
                    signatures.put(g, sig);
                }
            }
        }
        // Full forms with a country: one entity per signature, the table's entry first.
        List<Group> order = new ArrayList<>(signatures.keySet());
        order.sort(Comparator.comparing((Group g) -> !g.fromTable));
        Map<InstitutionNames.Signature, Group> byFull = new HashMap<>();
        for (Group g : order) {
            InstitutionNames.Signature sig = signatures.get(g);
            if (sig.country() == null) {
                continue;
            }
            Group into = byFull.putIfAbsent(sig, g);
            if (into != null) {
                merge(g, into, groups);
            }
        }
        // Short forms: the one full form of that function.
        for (Group g : order) {
            InstitutionNames.Signature sig = signatures.get(g);
            if (sig.country() != null || g.fromTable) {
                continue;
            }
            List<Group> full = byFull.entrySet().stream().filter(e -> e.getKey().sameFunction(sig)).map(Map.Entry::getValue).toList();
            if (full.size() == 1) {
                merge(g, full.get(0), groups);
            }
        }
    }

    private static void merge(Group g, Group into, Map<String, Group> groups) {
        if (!into.fromTable && displayName(g).length() > displayName(into).length() && g.canonical != null) {
            into.canonical = g.canonical;
        }
        g.mentions.forEach(c -> into.add(c.typed(EntityType.ORG, Evidence.NONE, null)));
        groups.values().remove(g);
    }

    /** The table's name, else the fullest mention as written (lower-case mentions title-cased). */
    private static String displayName(Group g) {
        if (g.canonical != null) {
            return g.canonical;
        }
        Candidate best = g.mentions.stream()
                .max(Comparator.comparingInt(Candidate::tokenCount).thenComparingInt(c -> c.text().length()))
                .orElseThrow();
        String t = best.text();
        return t.equals(t.toLowerCase(Locale.ROOT)) ? MentionFinder.titleCase(t) : t;
    }
}
