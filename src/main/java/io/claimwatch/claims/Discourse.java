package io.claimwatch.claims;

import io.claimwatch.model.Entity;
import io.claimwatch.model.EntityType;
import io.claimwatch.nlp.entities.AliasTable;
import io.claimwatch.nlp.entities.EntityKnowledge;
import io.claimwatch.nlp.entities.EntityLexicon;
import io.claimwatch.nlp.entities.Gazetteer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an article has introduced so far, for the references of its later sentences: each entity with
 * the roles and kinds the text or the alias table give it ("Dmitry Zakhvatov, her lawyer" → lawyer;
 * "the mining company Arktikugol" → company; "Ministry of Defence" → ministry; a listed news agency →
 * agency), when it was last named, and who spoke last. Resolves pronouns ("he", "it"), descriptions
 * ("the ministry", "the governor", "the paper") and documents without an author ("the report said")
 * by type, head noun or title, and recency. One per article; not thread-safe.
 */
final class Discourse {

    /** How many sentences back "it", "they" or an authorless document may reach for its referent. */
    private static final int WINDOW = 3;
    /** How far back "he" or "she" may reach: an article's main speaker is often named once, then quoted at length. */
    private static final int PERSON_WINDOW = 8;
    /** Roles of people who speak or act for someone else: "the spokesman" after "Putin said" is not Putin. */
    private static final Set<String> FOR_OTHERS = Set.of("spokesman", "spokeswoman", "spokesperson", "official", "officer",
            "aide", "adviser", "advisor", "lawyer", "attorney", "counsel", "deputy", "secretary", "agent", "witness",
            "resident", "analyst", "expert", "reporter", "correspondent", "journalist", "envoy", "ambassador", "negotiator");

    /** An entity of the article as references see it. */
    static final class Referent {
        final Entity entity;
        /** Roles of a person ("governor", "lawyer"), descriptions of an organisation or place ("ministry", "paper", "country"). */
        final Set<String> roles = new HashSet<>();
        char gender;
        int lastSentence = -1;
        int lastToken;

        Referent(Entity entity) {
            this.entity = entity;
        }
    }

    private final EntityLexicon lexicon;
    private final AliasTable aliases;
    private final Gazetteer gazetteer;
    private final Map<String, Referent> referents = new HashMap<>();
    private AttributionFinder.Attribution lastPerson;
    private int lastPersonSentence = -10;
    private AttributionFinder.Attribution lastOther;
    private int lastOtherSentence = -10;
    private AttributionFinder.Attribution lastAny;
    private int lastAnySentence = -10;
    /** The last source that was a person described, not named ("a Downing Street spokesperson"). */
    private AttributionFinder.Attribution lastPersonPhrase;
    private int lastPersonPhraseSentence = -10;
    /** The sentence being read, for antecedents earlier in it ("Putin spoke to X and, …, he told them"). */
    private SentenceView current;
    /** The organisation or place that was last the subject of a main clause, for "it". */
    private Entity lastSubject;
    private int lastSubjectSentence = -10;
    private int sentence = -1;

    Discourse(EntityKnowledge knowledge) {
        this.lexicon = knowledge.lexicon();
        this.aliases = knowledge.aliases();
        this.gazetteer = knowledge.gazetteer();
    }

    /** The sentence being read: references reach back from it. */
    void at(int index, SentenceView s) {
        sentence = index;
        current = s;
    }

    /** Takes in one sentence's mentions and what it says about them, once its own references are resolved. */
    void observe(SentenceView s, int index) {
        Entity subject = mainSubject(s);
        if (subject != null && subject.type() != EntityType.PERSON) {
            lastSubject = subject;
            lastSubjectSentence = index;
        }
        for (SentenceView.EntityMention m : s.mentions) {
            Referent r = referents.computeIfAbsent(m.entity().id(), id -> initial(m.entity()));
            if (!s.inQuote[m.first()] || r.lastSentence < 0) {
                // A name inside a quotation is the speaker's word, not the reporter's next antecedent.
                r.lastSentence = index;
                r.lastToken = m.first();
            }
            if (m.entity().type() == EntityType.PERSON) {
                personRoles(s, m, r);
            } else if (m.entity().type() == EntityType.ORG) {
                orgKindsAround(s, m, r);
            }
        }
    }

    /** Who made the statement of a sentence, for the pronouns and documents of the next ones. */
    void spoke(AttributionFinder.Attribution a, int index) {
        if (a == null) {
            return;
        }
        lastAny = a;
        lastAnySentence = index;
        if (a.claimerIds().isEmpty() && isPersonPhrase(a.claimer())) {
            lastPersonPhrase = a;
            lastPersonPhraseSentence = index;
        }
        if (a.type() == EntityType.PERSON) {
            lastPerson = a;
            lastPersonSentence = index;
        } else if (!a.claimerIds().isEmpty()) {
            lastOther = a; // "it" stands for an organisation or place, not for "officials"
            lastOtherSentence = index;
        }
    }

    /** The entity named by the subject of the sentence's main verb, when the sentence was parsed. */
    private static Entity mainSubject(SentenceView s) {
        if (s.tree == null) {
            return null;
        }
        for (int k = 0; k < s.size(); k++) {
            if (s.tree.head(k) >= 0 && s.tree.head(s.tree.head(k)) < 0 && s.tree.relation(k).startsWith("nsubj") && !s.inQuote[k]) {
                SentenceView.EntityMention m = s.mentionAt(k);
                return m == null ? null : m.entity();
            }
        }
        return null;
    }

    /** "a Downing Street spokesperson", "the official": a phrase whose last word is a person's role. */
    private boolean isPersonPhrase(String phrase) {
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return lexicon.isPersonRole(last);
    }

    private Referent initial(Entity e) {
        Referent r = new Referent(e);
        if (e.type() == EntityType.ORG) {
            for (String w : e.name().toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                addKind(r, w);
            }
            AliasTable.Known known = aliases.find(e.name());
            if (known != null && known.kind() != null) {
                addKind(r, known.kind());
            }
        } else if (e.type() == EntityType.LOC) {
            Gazetteer.Place p = gazetteer.place(e.name());
            if (p != null) {
                r.roles.add(p.kind());
                r.roles.addAll(lexicon.placeDescriptions().getOrDefault(p.kind(), Set.of()));
            }
        }
        return r;
    }

    private void addKind(Referent r, String word) {
        Set<String> d = lexicon.orgKinds().get(word);
        if (d != null) {
            r.roles.addAll(d);
            r.roles.add(word);
        }
    }

    /** "Pentagon press secretary John Kirby", "her lawyer, Dmitry Zakhvatov", "X, the governor of Y". */
    private void personRoles(SentenceView s, SentenceView.EntityMention m, Referent r) {
        int k = m.first() - 1;
        if (k >= 1 && s.token(k).equals(",") && lexicon.isPersonRole(s.lower[k - 1])) {
            addRole(r, s.lower[k - 1]);
        }
        for (int steps = 0; k >= 0 && steps < 4; k--, steps++) {
            String w = s.lower[k];
            if (lexicon.isPersonRole(w) || lexicon.isTitleWord(w)) {
                addRole(r, w);
            } else if (!(lexicon.isDemonym(s.token(k)) || w.equals("'s") || Character.isUpperCase(s.token(k).charAt(0)))) {
                break;
            }
        }
        int a = m.end();
        if (a + 1 < s.size() && s.token(a).equals(",")) {
            for (int j = a + 1; j < Math.min(s.size(), a + 7); j++) {
                String w = s.lower[j];
                if (lexicon.isPersonRole(w)) {
                    addRole(r, w);
                    // "the governor of Dnipropetrovsk region": the role is the first noun; what follows qualifies it
                    if (!(j + 1 < s.size() && lexicon.isPersonRole(s.lower[j + 1]))) {
                        break;
                    }
                } else if (s.token(j).equals(",") || s.tag(j).equals("VERB") || s.tag(j).equals("AUX")) {
                    break;
                }
            }
        }
    }

    private void addRole(Referent r, String word) {
        String w = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        r.roles.add(w);
        char g = lexicon.genderOf(w);
        if (g != 0) {
            r.gender = g;
        }
    }

    /** "the mining company Arktikugol", "broadcaster NRK", "Amnesty, the rights group,". */
    private void orgKindsAround(SentenceView s, SentenceView.EntityMention m, Referent r) {
        int k = m.first() - 1;
        if (k >= 0 && Character.isLowerCase(s.token(k).charAt(0))) {
            addKind(r, s.lower[k]);
            if (k >= 1) {
                addKind(r, s.lower[k - 1] + " " + s.lower[k]);
            }
        }
        int a = m.end();
        if (a + 2 < s.size() && s.token(a).equals(",") && (s.lower[a + 1].equals("the") || s.lower[a + 1].equals("a"))) {
            for (int j = a + 2; j < Math.min(s.size(), a + 5); j++) {
                addKind(r, s.lower[j]);
                if (j + 1 < s.size()) {
                    addKind(r, s.lower[j] + " " + s.lower[j + 1]);
                }
            }
        }
    }

    /**
     * "he", "she", "it", "they" at token {@code at} of the current sentence → the entity they most
     * likely stand for, or null: a person (an organisation or place for "it") named earlier in the
     * same sentence outside quotes, else the last one who spoke unless another was named since,
     * else the most recently named.
     */
    AttributionFinder.Attribution pronoun(String word, int at, String cue, int cueToken) {
        switch (word) {
            case "he", "she", "him", "her" -> {
                char g = word.startsWith("s") || word.equals("her") ? 'f' : 'm';
                Entity here = earlierInSentence(at, e -> e.type() == EntityType.PERSON && genderOk(e, g));
                if (here != null) {
                    return AttributionFinder.Attribution.of(here, cue, cueToken);
                }
                Referent r = recent(x -> x.entity.type() == EntityType.PERSON && (x.gender == 0 || x.gender == g), PERSON_WINDOW);
                // A person described, not named, who spoke last ("A Downing Street spokesperson said … She added").
                if (lastPersonPhrase != null && lastPersonPhraseSentence > lastPersonSentence && sentence - lastPersonPhraseSentence <= 1
                        && (r == null || r.lastSentence <= lastPersonPhraseSentence)) {
                    return lastPersonPhrase.withCue(cue, cueToken);
                }
                // The last person who spoke, unless another person has been named since.
                if (lastPerson != null && sentence - lastPersonSentence <= PERSON_WINDOW && compatible(lastPerson, g)
                        && (r == null || r.lastSentence <= lastPersonSentence || lastPerson.claimerIds().contains(r.entity.id()))) {
                    learnGender(lastPerson, g);
                    return lastPerson.withCue(cue, cueToken);
                }
                if (r != null) {
                    r.gender = g;
                    return AttributionFinder.Attribution.of(r.entity, cue, cueToken);
                }
                return null;
            }
            case "it", "they" -> {
                Entity here = earlierInSentence(at, e -> e.type() == EntityType.ORG);
                if (here != null) {
                    return AttributionFinder.Attribution.of(here, cue, cueToken);
                }
                // The organisation or place a main clause was last about, if more recent than the last that spoke.
                if (lastSubject != null && lastSubjectSentence > lastOtherSentence && sentence - lastSubjectSentence <= 1) {
                    return AttributionFinder.Attribution.of(lastSubject, cue, cueToken);
                }
                if (lastOther != null && sentence - lastOtherSentence <= WINDOW) {
                    return lastOther.withCue(cue, cueToken);
                }
                Referent r = recent(x -> x.entity.type() == EntityType.ORG, 1);
                return r == null ? null : AttributionFinder.Attribution.of(r.entity, cue, cueToken);
            }
            default -> {
                return null;
            }
        }
    }

    /**
     * The first subject of the current sentence before token {@code at}, outside quotes, that is
     * an entity passing the test: "Putin spoke to Macron and, …, he told them" → Putin.
     */
    private Entity earlierInSentence(int at, java.util.function.Predicate<Entity> test) {
        if (current == null || current.tree == null || at <= 0) {
            return null;
        }
        for (SentenceView.EntityMention m : current.mentions) {
            if (m.end() <= at && !current.inQuote[m.first()] && test.test(m.entity()) && isSubject(m)) {
                return m.entity();
            }
        }
        return null;
    }

    /** The subject of the sentence's main verb (not of a clause inside what is reported). */
    private boolean isSubject(SentenceView.EntityMention m) {
        for (int k = m.first(); k < m.end(); k++) {
            int h = current.tree.head(k);
            if (current.tree.relation(k).startsWith("nsubj") && h >= 0 && current.tree.head(h) < 0) {
                return true;
            }
        }
        return false;
    }

    private boolean genderOk(Entity e, char g) {
        Referent r = referents.get(e.id());
        return r == null || r.gender == 0 || r.gender == g;
    }

    private boolean compatible(AttributionFinder.Attribution a, char g) {
        if (a.claimerIds().size() != 1) {
            return false;
        }
        Referent r = referents.get(a.claimerIds().get(0));
        return r == null || r.gender == 0 || r.gender == g;
    }

    private void learnGender(AttributionFinder.Attribution a, char g) {
        Referent r = a.claimerIds().size() == 1 ? referents.get(a.claimerIds().get(0)) : null;
        if (r != null && r.gender == 0) {
            r.gender = g;
        }
    }

    /**
     * A description whose head is this noun ("the ministry", "the Ukrainian president", "the
     * paper", "the country") → the most recent entity with that role or kind, or null.
     */
    AttributionFinder.Attribution description(String head, int at, String cue, int cueToken) {
        String h = head.toLowerCase(Locale.ROOT);
        if (lexicon.isPersonRole(h)) {
            Set<String> same = lexicon.sameRole(h);
            Referent r = recent(x -> x.entity.type() == EntityType.PERSON && x.roles.stream().anyMatch(same::contains), Integer.MAX_VALUE);
            if (r == null && opensSentence(at)) {
                r = subjectOfRoleNeverGiven(h);
            }
            return r == null ? null : AttributionFinder.Attribution.of(r.entity, cue, cueToken);
        }
        // "Iran sparked fury as the country admitted": a place or body named earlier in the sentence.
        Entity here = earlierInSentence(at, e -> e.type() != EntityType.PERSON && initialRoles(e).contains(h));
        if (here != null) {
            return AttributionFinder.Attribution.of(here, cue, cueToken);
        }
        Referent r = recent(x -> x.entity.type() != EntityType.PERSON && x.roles.contains(h), Integer.MAX_VALUE);
        if (r != null) {
            return AttributionFinder.Attribution.of(r.entity, cue, cueToken);
        }
        if (lexicon.genericOrgDescriptions().contains(h) && lastOther != null && lastOther.type() == EntityType.ORG
                && sentence - lastOtherSentence <= WINDOW) {
            return lastOther.withCue(cue, cueToken);
        }
        return null;
    }

    /**
     * "Elon Musk has … . The Tesla CEO, who …, argued": a sentence that opens with a role the text gave
     * no one goes on about the person named first in the sentence before — unless the text gave that
     * person another title ("President X" is not "the minister"), or the role is one that speaks or
     * acts for someone else ("the spokesman", "the lawyer"), a new person more often than not.
     */
    private Referent subjectOfRoleNeverGiven(String role) {
        if (FOR_OTHERS.contains(role)) {
            return null;
        }
        Referent r = recent(x -> x.entity.type() == EntityType.PERSON, 1);
        if (r == null || r.lastSentence != sentence - 1) {
            return null;
        }
        Set<String> same = lexicon.sameRole(role);
        for (String had : r.roles) {
            if (lexicon.isTitleWord(had) && lexicon.isPersonRole(had) && !same.contains(had) && !role.equals("leader")) {
                return null;
            }
        }
        return r;
    }

    /** Whether the description whose head is at opens the sentence: "The Tesla CEO, who …", "The Ukrainian leader has …". */
    private boolean opensSentence(int at) {
        int k = 0;
        while (current != null && k < current.size() && SentenceView.isQuoteMark(current.token(k))) {
            k++;
        }
        if (current == null || k >= current.size() || !current.lower[k].equals("the") || at - k > 3) {
            return false;
        }
        for (int i = k + 1; i < at; i++) {
            if (!Character.isLetter(current.token(i).charAt(0)) || current.tag(i).equals("VERB")) {
                return false;
            }
        }
        return true;
    }

    private Set<String> initialRoles(Entity e) {
        Referent r = referents.get(e.id());
        return r != null ? r.roles : initial(e).roles;
    }

    /**
     * A document without an author ("the report said", "the post said"): the entity that spoke
     * last, nearby; null when that was a described source, whose document is better left as written.
     */
    AttributionFinder.Attribution documentAuthor(String cue, int cueToken) {
        if (lastAny == null || sentence - lastAnySentence > WINDOW || lastAny.claimerIds().isEmpty()) {
            return null;
        }
        return lastAny.withCue(cue, cueToken);
    }

    private Referent recent(java.util.function.Predicate<Referent> test, int window) {
        Referent best = null;
        for (Referent r : referents.values()) {
            if (r.lastSentence >= 0 && sentence - r.lastSentence <= window && test.test(r)
                    && (best == null || r.lastSentence > best.lastSentence
                            || r.lastSentence == best.lastSentence && r.lastToken < best.lastToken)) {
                best = r;
            }
        }
        return best;
    }
}
