package io.claimwatch.claims;

import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.nlp.entities.EntityLexicon;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Within one article, the statement each counterclaim disputes. What the article showed comes first:
 * a follow-up or a quotation disputes what the counterclaim it goes on with disputes, a
 * counter-accusation the accusation it answers, a contradiction the statement it opposes. Otherwise
 * the one it names — its claimer ("dismissed Russia’s pledge", "the Russian announcement", "responded
 * to Musk's original tweet") or its kind ("denied the accusations" → a statement that accuses) — and
 * the nearest opposing statement about the same content: another claimer's, sharing names and words,
 * about the one who denies ("accusing Kyiv of planning …" for "Kyiv denied …"), shortly before.
 * Doubts of the outlet ("could not be verified") dispute a claim, not another counterclaim.
 */
final class DisputeLinker {

    private static final double MIN_SCORE = 1.0;
    /** Every pair scored, at debug level: why a counterclaim points where it does. */
    private static final Logger LOG = LoggerFactory.getLogger(DisputeLinker.class);
    private static final Set<String> STOP = Set.of("that", "this", "with", "from", "have", "has", "had", "were", "was",
            "been", "their", "they", "there", "which", "would", "will", "said", "says", "after", "about", "into", "over",
            "more", "than", "also", "some", "other", "its", "his", "her", "such", "when", "what", "while", "being", "those");
    /** Words that point at a party's first statement: "responded to Musk's original tweet". */
    private static final Set<String> FIRST = Set.of("original", "first", "initial", "earlier");
    /** How many sentences back a run of denials with no claim between them is followed. */
    private static final int DENIAL_RUN = 4;
    /** Determiners that point back: "denied these allegations" disputes something said before it. */
    private static final Set<String> DEMONSTRATIVES = Set.of("this", "that", "these", "those", "such");

    private final EntityLexicon lexicon;
    private final ClaimCues cues;

    DisputeLinker(EntityLexicon lexicon, ClaimCues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    /** Fills {@code disputes} of the counterclaims in place. */
    void link(List<Statement> statements, List<SentenceView> views, List<StatementLabeller.Decision> decisions,
            List<AttributionFinder.Attribution> accused) {
        // Each sentence's entities and words once, not once per pair compared.
        List<Set<String>> entities = views.stream().map(DisputeLinker::entityIds).toList();
        List<Set<String>> words = views.stream().map(DisputeLinker::contentWords).toList();
        List<Integer> continuations = new ArrayList<>();
        Set<Integer> disputed = new HashSet<>();
        for (int k = 0; k < statements.size(); k++) {
            Statement c = statements.get(k);
            if (c.label() != StatementLabel.COUNTERCLAIM) {
                continue;
            }
            StatementLabeller.Decision d = decisions.get(k);
            if (continues(d)) {
                continuations.add(k); // after the counterclaims they go on with
                continue;
            }
            Naming naming = naming(views.get(k), c, d.counterCue());
            int target;
            if (d.answers() < 0 && (naming.ownClause() || doubtsItsOwnSource(views.get(k), c, d))) {
                continue; // "X said Y, a claim denied by Z": what it disputes is its own sentence, no other statement
            } else if (d.answers() >= 0) {
                target = d.answers();
            } else if (k > 0 && !naming.names() && statements.get(k - 1).label() == StatementLabel.COUNTERCLAIM
                    && sameClaimer(c, statements.get(k - 1)) && statements.get(k - 1).disputes() != null) {
                target = -2; // the same speaker's next counterclaim, naming nothing new: what the last one disputed
            } else {
                target = best(k, statements, views, decisions, accused, entities, words, naming, disputed);
            }
            if (target >= 0) {
                target = introducer(target, statements, views);
            }
            String id = target == -2 ? statements.get(k - 1).disputes() : target < 0 ? fallback(k, statements) : statements.get(target).id();
            statements.set(k, c.withDisputes(id));
            if (target >= 0) {
                disputed.add(target);
            }
        }
        for (int k : continuations) {
            int source = decisions.get(k).answers();
            String target = statements.get(source).disputes();
            statements.set(k, statements.get(k).withDisputes(target));
        }
    }

    /**
     * The statement a sentence belongs to: a sentence that the same claimer's previous one introduces
     * with a colon ("… posted a poll asking “which do you like more?”:" then the poll's options) is
     * part of that statement, and the statement is disputed where it begins.
     */
    private static int introducer(int target, List<Statement> statements, List<SentenceView> views) {
        int j = target;
        while (j > 0 && endsWithColon(views.get(j - 1)) && statements.get(j - 1).label().isPositive()
                && sameClaimer(statements.get(j - 1), statements.get(j))) {
            j--;
        }
        return j;
    }

    private static boolean endsWithColon(SentenceView v) {
        for (int i = v.size() - 1; i >= 0; i--) {
            String t = v.token(i);
            if (!SentenceView.isQuoteMark(t) && !t.equals(")")) {
                return t.equals(":");
            }
        }
        return false;
    }

    /** Below the bar: what the same claimer's previous counterclaim disputed, else the claim right before. */
    private static String fallback(int k, List<Statement> statements) {
        Statement c = statements.get(k);
        for (int j = k - 1; j >= 0; j--) {
            Statement p = statements.get(j);
            if (p.label() == StatementLabel.COUNTERCLAIM && sameClaimer(c, p) && p.disputes() != null) {
                return p.disputes();
            }
        }
        // A run of denials with no claim between them ("The White House denied …" then its spokesperson's
        // "No, that did not happen"): what the run disputes.
        for (int j = k - 1; j >= Math.max(0, k - DENIAL_RUN); j--) {
            Statement p = statements.get(j);
            if (p.label() == StatementLabel.CLAIM) {
                break;
            }
            if (p.label() == StatementLabel.COUNTERCLAIM && p.disputes() != null) {
                return p.disputes();
            }
        }
        return k > 0 && statements.get(k - 1).label() == StatementLabel.CLAIM && !sameClaimer(c, statements.get(k - 1))
                ? statements.get(k - 1).id() : null;
    }

    /**
     * "Unconfirmed reports say the uprising was crushed": the doubt qualifies the statement's own source,
     * so it disputes no other statement.
     */
    private static boolean doubtsItsOwnSource(SentenceView v, Statement c, StatementLabeller.Decision d) {
        if (d.form() != CounterForm.UNVERIFIED || d.counterCue() < 0 || "article".equals(c.claimer())) {
            return false;
        }
        String word = v.lower[d.counterCue()];
        for (String w : c.claimer().toLowerCase(java.util.Locale.ROOT).split(" ")) {
            if (w.equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean continues(StatementLabeller.Decision d) {
        return d.answers() >= 0 && (d.form() == CounterForm.FOLLOW_UP || d.form() == CounterForm.QUOTE_DENIAL);
    }

    /**
     * What a counterclaim names of the statement it disputes: kinds ("the accusations"), the claimers
     * whose statement it names as theirs ("Russia's accusation", "the Russian announcement", "the
     * court's decision"), the other names it mentions, and whether it points at a first statement
     * ("Musk's original tweet").
     */
    private record Naming(Set<String> kinds, Set<String> nouns, Set<String> ownerIds, Set<String> ownerWords, Set<String> mentioned,
            boolean first, boolean back, boolean ownClause) {

        boolean names() {
            return !kinds.isEmpty() || !ownerIds.isEmpty() || !ownerWords.isEmpty();
        }
    }

    private Naming naming(SentenceView v, Statement c, int cue) {
        Set<String> kinds = new HashSet<>();
        Set<String> nouns = new HashSet<>();
        Set<String> ownerIds = new HashSet<>();
        Set<String> ownerWords = new HashSet<>();
        int named = namedNoun(v, cue);
        for (int i = 0; i < v.size(); i++) {
            String kind = cues.kinds().kindOfNoun().get(v.lower[i]);
            if (kind == null || CounterclaimFinder.tag(v, i).equals("VERB") || named >= 0 && i != named) {
                continue;
            }
            kinds.add(kind);
            nouns.add(singular(v.lower[i]));
            // The owner after the noun: "the accusations from the Russian FSB", "claims by Moscow".
            SentenceView.EntityMention source = sourceAfter(v, i);
            if (source != null) {
                ownerIds.add(source.entity().id());
            }
            // The owner before the noun: "Russia's accusation", "the court's decision", "the Russian announcement".
            for (int k = i - 1; k >= Math.max(0, i - 4); k--) {
                if (v.lower[k].equals("'s") && k > 0) {
                    SentenceView.EntityMention m = v.mentionAt(k - 1);
                    if (m != null) {
                        ownerIds.add(m.entity().id());
                    } else {
                        ownerWords.add(v.lower[k - 1]);
                    }
                    break;
                }
                String country = lexicon.countryOf(v.token(k));
                if (country != null) {
                    ownerWords.add(country.toLowerCase(java.util.Locale.ROOT));
                    break;
                }
                String tag = CounterclaimFinder.tag(v, k);
                if (!(tag.equals("ADJ") || tag.equals("DET") || tag.equals("ADV") || tag.equals("NOUN"))) {
                    break;
                }
            }
        }
        Set<String> mentioned = entityIds(v);
        mentioned.removeAll(c.claimerIds());
        boolean first = false;
        for (String w : v.lower) {
            first |= FIRST.contains(w);
        }
        return new Naming(kinds, nouns, ownerIds, ownerWords, mentioned, first, named >= 0 && demonstrativeBefore(v, named),
                named >= 0 && appositiveToOwnClause(v, named));
    }

    /**
     * "Russia said it had destroyed four launchers, a claim dismissed by Kyiv as misinformation": the
     * noun is set after a comma beside the clause before it, which is the statement rejected.
     */
    private static boolean appositiveToOwnClause(SentenceView v, int noun) {
        int k = noun - 1;
        while (k > 0 && CounterclaimFinder.tag(v, k).equals("ADJ")) {
            k--;
        }
        if (k < 2 || !(v.lower[k].equals("a") || v.lower[k].equals("an")) || !v.token(k - 1).equals(",")) {
            return false;
        }
        for (int i = 0; i < k - 1; i++) {
            if (CounterclaimFinder.tag(v, i).equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /** The name after "from" or "by" right behind a noun ("accusations from the Russian FSB"), or null. */
    private static SentenceView.EntityMention sourceAfter(SentenceView v, int noun) {
        if (noun + 2 >= v.size() || !(v.lower[noun + 1].equals("from") || v.lower[noun + 1].equals("by"))) {
            return null;
        }
        for (int k = noun + 2; k < Math.min(v.size(), noun + 5); k++) {
            SentenceView.EntityMention m = v.mentionAt(k);
            if (m != null) {
                return m;
            }
            String tag = CounterclaimFinder.tag(v, k);
            if (!(tag.equals("DET") || tag.equals("ADJ"))) {
                return null;
            }
        }
        return null;
    }

    /** "these allegations", "such claims", "that idea": a noun that points back at what the article already said. */
    private static boolean demonstrativeBefore(SentenceView v, int noun) {
        for (int k = noun - 1; k >= Math.max(0, noun - 3); k--) {
            if (DEMONSTRATIVES.contains(v.lower[k])) {
                return true;
            }
            String tag = CounterclaimFinder.tag(v, k);
            if (!(tag.equals("ADJ") || tag.equals("ADV") || tag.equals("NOUN"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * The noun of a kind that the counterclaim's own words reject: the nearest to the word that shows
     * the counterclaim, after it first ("could not verify either claim", "denied the accusations"),
     * else before it ("the Russian announcement turned out to be a lie"); -1 when none is near or
     * the form has no such word (then every noun of a kind counts).
     */
    private int namedNoun(SentenceView v, int cue) {
        if (cue < 0) {
            return -1;
        }
        for (int d = 1; d <= 6; d++) {
            for (int i : new int[] {cue + d, cue - d}) {
                if (i >= 0 && i < v.size() && cues.kinds().kindOfNoun().containsKey(v.lower[i])
                        && !CounterclaimFinder.tag(v, i).equals("VERB")) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** The best-scoring disputed statement of counterclaim k, or -1 when none scores enough. */
    private int best(int k, List<Statement> statements, List<SentenceView> views, List<StatementLabeller.Decision> decisions,
            List<AttributionFinder.Attribution> accused, List<Set<String>> entities, List<Set<String>> words, Naming naming,
            Set<Integer> disputed) {
        Statement c = statements.get(k);
        SentenceView cv = views.get(k);
        CounterForm form = decisions.get(k).form();
        // The outlet's doubt ("could not be verified") is about a claim, most often the one just before.
        boolean doubt = form == CounterForm.UNVERIFIED || form == CounterForm.NO_EVIDENCE;
        Set<String> own = new HashSet<>(c.claimerIds());
        // The claim an outlet's doubt is about: the nearest before, of the kind it names when it names one.
        int doubted = -1;
        // Of the kind named by its verb ("the reports claimed"), else by any word, else any claim: "the claims could
        // not be verified" after "Russia said …" doubts what Russia said, though no word of it claims.
        for (int needed : naming.kinds().isEmpty() ? new int[] {0} : new int[] {2, 1, 0}) {
            for (int j = k - 1; j >= 0 && doubted < 0; j--) {
                if (statements.get(j).label() == StatementLabel.CLAIM && !sameClaimer(c, statements.get(j))
                        && kindStrength(naming.kinds(), views.get(j)) >= needed) {
                    doubted = j;
                }
            }
        }
        double best = 0;
        int bestIndex = -1;
        Set<String> firstSeen = new HashSet<>();
        for (int j = 0; j < statements.size(); j++) {
            Statement t = statements.get(j);
            if (j == k || !t.label().isPositive() || doubt && t.label() != StatementLabel.CLAIM || sameClaimer(c, t) || naming.back() && j > k) {
                continue;
            }
            SentenceView tv = views.get(j);
            double score = 0;
            boolean owner = overlaps(naming.ownerIds(), t.claimerIds()) || naming.ownerWords().contains(t.claimer().toLowerCase(java.util.Locale.ROOT))
                    || t.claimerId() == null && naming.ownerWords().contains(headWord(t.claimer()));
            if (owner) {
                score += 3.0;
            } else if (overlaps(naming.mentioned(), t.claimerIds())) {
                score += 1.0;
            }
            // "Musk's original tweet": that claimer's first statement.
            if (naming.first() && (owner || overlaps(naming.mentioned(), t.claimerIds())) && firstSeen.add(t.claimer())) {
                score += 1.0;
            }
            // Of the kind named: by its verb ("have accused Russia") most, by another word less.
            int kindStrength = kindStrength(naming, tv);
            boolean ofKind = kindStrength > 0;
            score += kindStrength == 2 ? 2.0 : kindStrength == 1 ? 1.0 : 0;
            // An accusation of the one who now denies or of the party the denial speaks for: "accusing Kyiv of
            // planning …" for "Kyiv has denied …", "blame Moscow for blockading the ports" for "Putin denied
            // Moscow was preventing …".
            AttributionFinder.Attribution target = accused.get(j);
            if (target != null && (overlaps(own, target.claimerIds()) || overlaps(naming.mentioned(), target.claimerIds()))) {
                score += 1.5;
            } else {
                boolean accuses = cues.kinds().marks("accusation", tv.lower) || cues.kinds().marks("claim", tv.lower);
                if (accuses && !own.isEmpty() && overlaps(own, entities.get(j)) && !overlaps(own, t.claimerIds())) {
                    score += 1.0;
                }
            }
            // A person named by a first name only ("Kirill, we love you") whom the statement names in full.
            score += 0.75 * Math.min(firstNamesOnly(cv, tv), 1);
            Set<String> shared = new HashSet<>(entities.get(j));
            shared.retainAll(naming.mentioned());
            shared.removeAll(t.claimerIds());
            score += 0.75 * Math.min(shared.size(), 3);
            Set<String> sharedWords = new HashSet<>(words.get(j));
            sharedWords.retainAll(words.get(k));
            score += 0.5 * Math.min(sharedWords.size(), 4);
            int distance = Math.abs(k - j);
            score += j < k ? 0.5 - 0.05 * distance : -0.5 - 0.05 * distance; // an answer mostly follows what it answers
            if (j == k - 1 && !naming.first()) {
                score += 1.0; // not when it points at a first statement ("responded to Musk's original tweet")
            }
            if (doubt && j == doubted) {
                score += 2.0;
            }
            if (disputed.contains(j)) {
                score += 0.5; // a contested claim draws several answers
            }
            if (t.label() == StatementLabel.COUNTERCLAIM && !(naming.kinds().contains("accusation") && ofKind)) {
                score -= 0.5; // a claim is disputed more often than a dispute
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("dispute {} -> {} score {} owner={} kind={}", c.id(), t.id(), String.format(java.util.Locale.ROOT, "%.2f", score),
                        owner, ofKind);
            }
            if (score > best) {
                best = score;
                bestIndex = j;
            }
        }
        return best >= MIN_SCORE ? bestIndex : -1;
    }

    /** How many people of the statement the counterclaim names by their first name alone, not as a mention. */
    private static int firstNamesOnly(SentenceView c, SentenceView t) {
        int n = 0;
        for (SentenceView.EntityMention m : t.mentions) {
            if (m.entity().type() != io.claimwatch.model.EntityType.PERSON || m.end() - m.first() < 2) {
                continue;
            }
            String given = t.token(m.first());
            for (int i = 0; i < c.size(); i++) {
                if (c.token(i).equals(given) && c.mentionAt(i) == null) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    /**
     * 2 when a verb of the sentence marks one of the kinds named or the sentence has the very noun named
     * ("the resolution" → "backed a resolution calling on …"), 1 when another word marks a kind, 0 when
     * none does.
     */
    private int kindStrength(Naming naming, SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            if (naming.nouns().contains(singular(v.lower[i])) && !CounterclaimFinder.tag(v, i).equals("VERB")) {
                return 2;
            }
        }
        return kindStrength(naming.kinds(), v);
    }

    /** "accusations" → "accusation": the noun as its kind lexicon and other sentences may both spell it. */
    private static String singular(String noun) {
        return noun.length() > 3 && noun.endsWith("s") && !noun.endsWith("ss") ? noun.substring(0, noun.length() - 1) : noun;
    }

    /** 2 when a verb of the sentence marks one of the kinds, 1 when another word does, 0 when none does. */
    private int kindStrength(Set<String> kinds, SentenceView v) {
        int strength = 0;
        for (String kind : kinds) {
            for (int i = cues.kinds().markedAt(kind, v.lower, 0); i >= 0; i = cues.kinds().markedAt(kind, v.lower, i + 1)) {
                String tag = CounterclaimFinder.tag(v, i);
                strength = Math.max(strength, tag.equals("VERB") || tag.equals("AUX") ? 2 : 1);
            }
        }
        return strength;
    }

    private static String headWord(String phrase) {
        String[] words = phrase.toLowerCase(java.util.Locale.ROOT).split(" ");
        return words[words.length - 1];
    }

    private static boolean sameClaimer(Statement a, Statement b) {
        return Claimers.same(a.claimerIds(), a.claimer(), b.claimerIds(), b.claimer());
    }

    private static boolean overlaps(Collection<String> a, Collection<String> b) {
        return !Collections.disjoint(a, b);
    }

    private static Set<String> entityIds(SentenceView v) {
        Set<String> out = new HashSet<>();
        v.mentions.forEach(m -> out.add(m.entity().id()));
        return out;
    }

    /** Lower-case word stems of four letters or more that are not function words nor part of a name. */
    static Set<String> contentWords(SentenceView v) {
        boolean[] name = new boolean[v.size()];
        for (SentenceView.EntityMention m : v.mentions) {
            for (int i = m.first(); i < m.end(); i++) {
                name[i] = true;
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < v.size(); i++) {
            String w = v.lower[i];
            if (!name[i] && w.length() >= 4 && Character.isLetter(w.charAt(0)) && !STOP.contains(w)) {
                out.add(w.length() > 6 ? w.substring(0, 6) : w);
            }
        }
        return out;
    }
}
