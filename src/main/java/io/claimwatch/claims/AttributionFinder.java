package io.claimwatch.claims;

import io.claimwatch.model.Entity;
import io.claimwatch.model.EntityType;
import io.claimwatch.nlp.entities.EntityLexicon;
import io.claimwatch.nlp.parse.DependencyTree;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who asserts a sentence, read from its dependency tree: the subject of an attribution verb (before
 * it, "X said", or after it, "…, said X"; through "saying", "adding", "and said" to the subject of
 * the verb they depend on; through "who said" to its antecedent), the agent of a passive ("claims
 * denied by the army"), the source after "according to" or "citing", and the author of a document
 * ("X's statement said", "a report by X", "a statement published by X"). The phrase found is then
 * an entity of the article (the name at its head, or the name in apposition to a title: "her lawyer,
 * X"), a pronoun or description resolved by the {@link Discourse}, several entities for a joint
 * statement ("Ukraine and NATO"), or a short source phrase as written ("a senior U.S. official").
 * Titles, appositions and time phrases are not part of it. A verb inside a quotation is part of the
 * quote, not its attribution.
 */
final class AttributionFinder {

    /**
     * Who and how: the claimer's name (canonical entity name, names joined for a joint statement,
     * or a phrase), the entity ids (empty for a phrase), the type when one entity, and the cue.
     */
    record Attribution(String claimer, List<String> claimerIds, EntityType type, String cue, int cueToken) {

        Attribution {
            claimerIds = List.copyOf(claimerIds);
        }

        static Attribution of(Entity e, String cue, int cueToken) {
            return new Attribution(e.name(), List.of(e.id()), e.type(), cue, cueToken);
        }

        /** The first entity id, or null for a phrase. */
        String claimerId() {
            return claimerIds.isEmpty() ? null : claimerIds.get(0);
        }

        Attribution withCue(String newCue, int newCueToken) {
            return new Attribution(claimer, claimerIds, type, newCue, newCueToken);
        }
    }

    /** Nouns for what a source wrote or said: their author is the claimer ("the ministry's statement said"). */
    private static final Set<String> DOCUMENTS = Set.of("statement", "statements", "report", "reports", "post", "posts", "letter",
            "tweet", "tweets", "decision", "ruling", "verdict", "testimony", "study", "survey", "analysis", "assessment", "update",
            "announcement", "communique", "communiqué", "release", "document", "documents", "filing", "message", "memo", "notice",
            "order", "decree", "resolution", "briefing", "bulletin", "comments", "remarks", "interview", "video", "speech", "address",
            "investigation", "findings", "review", "summary", "readout", "transcript", "note", "email", "blog", "article",
            "editorial", "column", "poll", "polls", "data", "figures", "estimate", "estimates", "research", "paper", "proposal");
    private static final Set<String> RELATIVES = Set.of("who", "which", "that", "whom");
    /** Times that a misparse can make a subject ("announced in March that …"). */
    private static final Set<String> TIMES = Set.of("january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "today", "yesterday", "tomorrow", "tonight", "week", "weeks", "month", "months", "year", "years", "day", "days",
            "morning", "evening", "night", "weekend", "time", "hours", "minutes");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "him", "her", "them");
    private static final Set<String> NOT_SOURCES = Set.of("i", "we", "you", "me", "us", "this", "that", "these", "those", "there",
            "what", "which", "who", "one", "some", "many", "all", "both", "none", "each", "everyone", "nobody", "anyone");
    /** Verbs whose object is the one quoted: "IRNA quoted the minister as saying". */
    private static final Set<String> QUOTING = Set.of("quoted", "quotes", "quote", "cited", "cites", "cite");
    /** Children that are not part of a source phrase: clauses, appositions, punctuation, coordination. */
    private static final Set<String> OUTSIDE_PHRASE = Set.of("appos", "acl", "acl:relcl", "parataxis", "advcl", "punct", "dep",
            "conj", "cc", "list", "dislocated", "vocative", "reparandum", "orphan", "discourse");
    private static final Set<String> PREDICATES = Set.of("root", "ccomp", "xcomp", "parataxis", "conj", "advcl", "acl", "acl:relcl",
            "csubj");
    private static final int MAX_PHRASE_TOKENS = 10;
    /** Sentence adverbs the tagger may take for nouns: "The US meanwhile said". */
    private static final Set<String> FILLERS = Set.of("meanwhile", "however", "also", "too", "though", "instead", "now", "then",
            "earlier", "later", "separately", "again", "themselves", "itself", "himself", "herself");

    private final ClaimCues cues;
    private final EntityLexicon lexicon;
    private final Set<String> cueWords;
    private final Set<String> markerWords;
    private final StatementObjects objects;

    AttributionFinder(ClaimCues cues, EntityLexicon lexicon) {
        this.cues = cues;
        this.objects = new StatementObjects(cues);
        this.lexicon = lexicon;
        Set<String> words = new HashSet<>(cues.attributionVerbs());
        words.addAll(cues.denialVerbs());
        Set<String> markers = new HashSet<>();
        cues.sourceMarkers().forEach(m -> markers.add(m.get(0)));
        words.addAll(markers);
        this.cueWords = Set.copyOf(words);
        this.markerWords = Set.copyOf(markers);
    }

    /**
     * Whether the sentence may carry an attribution outside its quotes: a cue word that the tagger
     * does not take for a noun or adjective ("the claims", "his reported remarks"), or a source
     * marker. Only those sentences are parsed.
     */
    boolean hasCue(SentenceView s) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.inQuote[i] && cueWords.contains(s.lower[i]) && (s.isVerbLike(i) || markerWords.contains(s.lower[i])
                    || !s.tag(i).equals("NOUN") && !s.tag(i).equals("ADJ"))) {
                return true;
            }
            if (!s.inQuote[i] && (objects.rejectingVerbAt(s, i) >= 0 || makesStatement(s, i))) {
                return true;
            }
        }
        return false;
    }

    /** Verbs that, with a statement noun as object, say that their subject says it: "made the claims", "levelled allegations". */
    static final Set<String> MAKING = Set.of("made", "make", "makes", "making", "levelled", "leveled", "levelling", "leveling",
            "repeated", "repeats", "repeating", "renewed", "renews");

    /** "made allegations", "has made the claims", "levelled the accusation": a statement noun made by the subject. */
    private boolean makesStatement(SentenceView s, int i) {
        if (!MAKING.contains(s.lower[i]) || !s.isVerbLike(i)) {
            return false;
        }
        int head = objects.nounPhraseHead(s, i + 1);
        return head >= 0 && objects.isAssertionNoun(s, head) && !s.lower[head].equals("statement") && !s.lower[head].equals("statements")
                && !judged(s, i + 1, head);
    }

    /**
     * Whether the noun phrase in [from, to] calls the statement untrue or unproven: in "Putin made unfounded
     * allegations that …" the outlet judges what he said; he is its author, not the one saying the sentence.
     */
    private boolean judged(SentenceView s, int from, int to) {
        return cues.dismissal().falsityWords().find(s.lower, from, to) >= 0 || cues.doubt().unverifiedWords().find(s.lower, from, to) >= 0;
    }

    /** A verb of saying with "falsely" right before or after it. */
    private static boolean qualifiedFalsely(SentenceView s, int i) {
        return i > 0 && s.lower[i - 1].equals("falsely") || i + 1 < s.size() && s.lower[i + 1].equals("falsely");
    }

    /** Every attribution in the sentence, in token order (none when it was not parsed). */
    List<Attribution> find(String text, SentenceView s, Discourse discourse) {
        List<Attribution> out = new ArrayList<>();
        if (s.tree == null) {
            return out;
        }
        for (int i = 0; i < s.size(); i++) {
            if (s.inQuote[i]) {
                continue;
            }
            Attribution a = null;
            int rejecting = objects.rejectingVerbAt(s, i);
            List<String> marker = markerAt(s, i);
            if (marker != null && !(marker.size() == 1 && s.lower[i].equals("citing"))) {
                int source = sourceAfter(s, i + marker.size());
                a = claimer(text, s, source, String.join(" ", marker), i, discourse, 0);
            } else if (makesStatement(s, i)) {
                // "Russian authorities have made allegations that Ukraine could …": who makes them says it.
                a = claimer(text, s, speakerOf(s, i), s.lower[i], i, discourse, 0);
            } else if (rejecting >= 0) {
                // "Peskov was pushing back on assertions …", "Most voters do not agree with the narrative …": the subject rejects.
                a = claimer(text, s, speakerOf(s, rejecting), objects.rejectingPhraseAt(s, i), rejecting, discourse, 0);
            } else if (qualifiedFalsely(s, i)) {
                // "Trump falsely claimed that …": the outlet calls it untrue; Trump is the author of what it rejects.
                continue;
            } else if (cues.attributionVerbs().contains(s.lower[i]) || cues.denialVerbs().contains(s.lower[i]) || s.lower[i].equals("citing")) {
                // "X did Y, citing Z": X gives Z as its reason; "citing" is X's speech verb.
                int named = nameBeforeNounCue(s, i);
                if (named >= 0) {
                    a = claimer(text, s, named, s.lower[i], i, discourse, 0);
                } else if (isPredicate(s, i)) {
                    a = claimer(text, s, speakerOf(s, i), s.lower[i], i, discourse, 0);
                }
            }
            if (a != null) {
                out.add(a);
            }
        }
        return out;
    }

    /**
     * Whom an accusation at this verb is made against, as the article names them ("accused the NGO of
     * …" → the organisation of that kind; "Kyiv was accused of …" → Kyiv), or null.
     */
    Attribution accused(String text, SentenceView s, int verb, Discourse discourse) {
        if (s.tree == null || verb < 0) {
            return null;
        }
        int target = s.tree.dependent(verb, "obj");
        if (target < 0) {
            target = s.tree.dependent(verb, "nsubj:pass");
        }
        if (target < 0 && verb + 2 < s.size() && s.lower[verb + 1].equals("out") && s.lower[verb + 2].equals("at")) {
            target = sourceAfter(s, verb + 3); // "lashed out at X"
        }
        if (target < 0) {
            // "Kyiv and its allies blame Moscow for …" where the parser did not see the verb: the name right after it.
            int k = verb + 1;
            while (k < s.size() && s.lower[k].equals("the")) {
                k++;
            }
            SentenceView.EntityMention m = k < s.size() ? s.mentionAt(k) : null;
            if (m != null && m.first() == k && !s.inQuote[k]) {
                return Attribution.of(m.entity(), s.lower[verb], verb);
            }
        }
        if (target < 0) {
            return null;
        }
        Attribution forces = forcesOf(s, target, verb);
        if (forces != null) {
            return forces;
        }
        if (s.mentionAt(target) == null && isDefinite(s, target)) {
            // "the NGO of shifting …": a description, whatever the parser hung on it.
            Attribution described = discourse.description(s.lower[target], target, s.lower[verb], verb);
            if (described != null) {
                return described;
            }
        }
        return claimer(text, s, target, s.lower[verb], verb, discourse, 0);
    }

    /**
     * "accused Moscow's forces of …", "blamed Russian troops for …": the forces are their country's, and the
     * accusation is against it (a name right before the force word, past a possessive).
     */
    private static Attribution forcesOf(SentenceView s, int target, int verb) {
        if (!EventDoers.isForce(s.lower[target]) || s.mentionAt(target) != null) {
            return null;
        }
        int k = target - 1;
        if (k > verb && s.lower[k].equals("'s")) {
            k--;
        }
        SentenceView.EntityMention m = k > verb ? s.mentionAt(k) : null;
        return m == null || s.inQuote[k] ? null : Attribution.of(m.entity(), s.lower[verb], verb);
    }

    private List<String> markerAt(SentenceView s, int i) {
        for (List<String> marker : cues.sourceMarkers()) {
            if (s.phraseAt(i, marker)) {
                return marker;
            }
        }
        return null;
    }

    /**
     * "Moscow denies", "Kyiv claims" taken for a noun phrase by the tagger: a cue tagged as a noun
     * right after a name, with no determiner before the name. Returns the name's token, or -1.
     */
    private static int nameBeforeNounCue(SentenceView s, int cue) {
        if (cue == 0 || !s.tree.tag(cue).equals("NOUN") || s.lower[cue].endsWith("ing")) {
            return -1;
        }
        SentenceView.EntityMention m = mentionEndingAt(s, cue);
        int subject = m != null ? m.first() : DOCUMENTS.contains(s.lower[cue - 1]) ? cue - 1 : -1;
        if (subject < 0) {
            return -1;
        }
        int before = m != null ? m.first() - 1 : cue - 2;
        boolean determined = before >= 0 && (s.tree.tag(before).equals("DET") || s.lower[before].equals("'s") || s.tree.tag(before).equals("PRON"));
        // "the Kremlin considers the region …", "which Ukraine denies.": what follows shows a verb, unlike "the Moscow claims were".
        String next = cue + 1 < s.size() ? s.tree.tag(cue + 1) : "PUNCT";
        boolean verbal = next.equals("DET") || next.equals("PRON") || next.equals("SCONJ") || next.equals("PROPN") || next.equals("NUM")
                || next.equals("PUNCT") && (cue + 1 == s.size() || s.token(cue + 1).equals(".")) || cue + 1 < s.size()
                && (s.lower[cue + 1].equals("that") || s.lower[cue + 1].equals("to") || s.lower[cue + 1].equals("as")
                        || s.lower[cue + 1].endsWith("ing"));
        if (m == null) {
            return verbal ? subject : -1; // "the resolution calls for": only when a verb shows
        }
        return verbal || !determined ? subject : -1;
    }

    /** A verb by its tag or by its place in the tree ("Moscow denies" with "denies" tagged a noun). */
    private static boolean isPredicate(SentenceView s, int i) {
        String rel = s.tree.relation(i);
        for (int c = 0; c < s.size(); c++) {
            if (s.tree.head(c) == i && (s.tree.relation(c).startsWith("nsubj") || s.tree.relation(c).equals("ccomp"))) {
                return true; // a subject or a clause of its own: a verb, wherever the tree hung it
            }
        }
        if (rel.startsWith("nsubj") || rel.startsWith("obj") || rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("compound")
                || rel.equals("amod") || rel.equals("det") || rel.equals("iobj") || rel.equals("appos")) {
            return false; // "the claims", "his remarks"
        }
        return s.isVerbLike(i) || PREDICATES.contains(rel);
    }

    /**
     * The head of the source phrase after a marker ("according to her lawyer" → lawyer): the token of
     * the phrase up to the next clause boundary whose head lies outside it.
     */
    private static int sourceAfter(SentenceView s, int from) {
        int to = from;
        while (to < s.size() && !isBoundary(s.token(to)) && !s.inQuote[to]) {
            to++;
        }
        for (int k = from; k < to; k++) {
            int h = s.tree.head(k);
            if (h < from || h >= to) {
                return k;
            }
        }
        return -1;
    }

    private static boolean isBoundary(String t) {
        return t.equals(",") || t.equals(".") || t.equals(";") || t.equals(":") || t.equals("?") || t.equals("!")
                || t.equals("(") || t.equals(")") || SentenceView.isQuoteMark(t) || t.equals("—") || t.equals("–");
    }

    /**
     * The token that names who says what the verb introduces, or -1: its subject, a passive's
     * agent, or, for a verb without either ("saying", "and added", "who said"), that of the verb or
     * noun it depends on.
     */
    private int speakerOf(SentenceView s, int verb) {
        int found = speakerInTree(s, verb);
        if (found < 0 && verb > 0 && s.token(verb - 1).equals(",") && s.lower[verb].endsWith("ing") && !s.inQuote[verb]) {
            // "He laid out accusations of Ukrainians being slaughtered, saying that …": a participle of saying after a
            // comma tells what the main clause's subject says, wherever the parser hung it.
            int root = s.tree.root();
            if (root >= 0 && root < verb && QUOTING.contains(s.lower[root])) {
                int quoted = s.tree.dependent(root, "obj");
                return quoted >= 0 && quoted < verb ? quoted : -1; // "It quotes the agency's director, X, saying …": the one quoted
            }
            int subj = root >= 0 && root < verb ? subjectOf(s, root, false) : -1;
            // Only a speaker by name or pronoun ("The attack comes after Putin invoked …, saying" is Putin's, not the
            // attack's), and only where no verb of saying before it has the participle ("… Kryuchkov stated, adding").
            boolean speaker = subj >= 0 && (PRONOUNS.contains(s.lower[subj]) || s.mentionAt(subj) != null);
            return speaker && subj < verb && !s.inQuote[subj] && !saidBefore(s, verb) ? subj : -1;
        }
        return found;
    }

    /** Words that open a subordinate clause the parser may take for a preposition: "comes <u>as</u> Ukraine warned". */
    private static final Set<String> SUBORDINATORS = Set.of("as", "after", "before", "since", "while", "when", "until", "once");

    /**
     * The subject of a subordinate clause the parser read as an oblique of the main verb: in "It comes after Ukraine
     * warned that …" and "The announcement comes as Ukraine and its allies, including the U.S., warned …", the verb of
     * saying (finite, hung on the main verb without a subject) is said by the noun phrase right before it, which "as"
     * or "after" opens — not by the main clause's subject ("the announcement"). The noun phrase must reach the verb.
     */
    private static int subordinateSubject(SentenceView s, int verb) {
        DependencyTree t = s.tree;
        int head = t.head(verb);
        String rel = t.relation(verb);
        if (head < 0 || head > verb || s.lower[verb].endsWith("ing") || !(rel.equals("advcl") || rel.equals("conj"))) {
            return -1;
        }
        boolean comes = COMES.contains(s.lower[head]);
        for (int k = head + 1; k < verb; k++) {
            if (RELATIVES.contains(s.lower[k])) {
                return -1; // "Borisov, who was appointed as head of the agency, stressed": a relative clause, not this
            }
            if (t.head(k) == head && t.relation(k).equals("obl") && !t.tag(k).equals("NUM") && hasCaseIn(t, s, k)
                    && reaches(t, s, k, verb) && (comes || !anyBetween(k, verb, j -> t.relation(j).equals("punct")))
                    && !anyBetween(k, verb, j -> SUBORDINATORS.contains(s.lower[j]))) {
                return k;
            }
        }
        return -1;
    }

    /** "X comes as Y said …", "came after Y reported": the news' way to set one statement beside another. */
    private static final Set<String> COMES = Set.of("come", "comes", "came", "coming");

    /** Whether a token strictly between the two holds: punctuation, or another "as" in "before the vote as Britain confirmed". */
    private static boolean anyBetween(int from, int to, java.util.function.IntPredicate p) {
        for (int j = from + 1; j < to; j++) {
            if (p.test(j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCaseIn(DependencyTree t, SentenceView s, int noun) {
        for (int c = 0; c < noun; c++) {
            if (t.head(c) == noun && t.relation(c).equals("case") && SUBORDINATORS.contains(s.lower[c])) {
                return true;
            }
        }
        return false;
    }

    /** Every word between the noun and the verb belongs to the noun's phrase (punctuation aside). */
    private static boolean reaches(DependencyTree t, SentenceView s, int noun, int verb) {
        for (int j = noun + 1; j < verb; j++) {
            if (t.relation(j).equals("punct")) {
                continue;
            }
            int x = j;
            for (int steps = 0; x >= 0 && x != noun && steps < 8; steps++) {
                x = t.head(x);
            }
            if (x != noun) {
                return false;
            }
        }
        return true;
    }

    /** A verb of saying outside quotations before this token. */
    private boolean saidBefore(SentenceView s, int token) {
        for (int k = 0; k < token; k++) {
            if (!s.inQuote[k] && cues.attributionVerbs().contains(s.lower[k]) && s.isVerbLike(k)) {
                return true;
            }
        }
        return false;
    }

    private int speakerInTree(SentenceView s, int verb) {
        DependencyTree t = s.tree;
        int x = verb;
        boolean climbed = false;
        for (int steps = 0; steps < 4 && x >= 0; steps++) {
            int agent = agentOf(s, x);
            if (agent >= 0) {
                return agent;
            }
            if (climbed && QUOTING.contains(s.lower[x])) {
                int obj = t.dependent(x, "obj");
                if (obj >= 0) {
                    return obj; // "IRNA quoted the minister as saying": the one quoted
                }
            }
            int subj = subjectOf(s, x, climbed);
            if (subj < 0 && !climbed) {
                int misread = subordinateSubject(s, x);
                if (misread >= 0) {
                    return misread;
                }
            }
            if (subj >= 0 && subj < x) {
                subj = nearerNameAfterComma(s, subj, x);
            }
            if (subj >= 0) {
                if (RELATIVES.contains(s.lower[subj])) {
                    // "Zelensky, who said …": the antecedent, however the relative clause was attached.
                    return t.relation(x).equals("acl:relcl") ? t.head(x) : antecedent(s, subj);
                }
                return subj;
            }
            String rel = t.relation(x);
            int head = t.head(x);
            if (head < 0) {
                break;
            }
            if (rel.equals("acl:relcl") || rel.equals("acl")) {
                // "officials who said", "a statement saying"; but "the report, which was released" names what, not who.
                return isPassive(s, x) ? -1 : head;
            }
            if ((rel.equals("conj") || rel.equals("advcl")) && isNominal(t.tag(head))) {
                break; // a verb hung under a noun is a misparse of "X, apposition, said": read the words before it
            }
            if (rel.equals("xcomp") || rel.equals("advcl") || rel.equals("conj")) {
                x = head;
                climbed = true;
                continue;
            }
            break;
        }
        return isPassive(s, x) || hasSubject(s, x) ? -1 : subjectBefore(s, x);
    }

    /** Any subject at all (also passive, clausal or expletive): then the words before the verb are not its speaker. */
    private static boolean hasSubject(SentenceView s, int verb) {
        for (int c = 0; c < s.size(); c++) {
            if (s.tree.head(c) == verb && (s.tree.relation(c).startsWith("nsubj") || s.tree.relation(c).startsWith("csubj")
                    || s.tree.relation(c).equals("expl"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "…, even though its residents are Russians, Siri R. Svendsen of the foreign ministry told NRK":
     * a name that opens the last comma-separated stretch before the verb, a stretch without a verb of
     * its own, is its subject rather than a noun far before (a parse error on long sentences).
     */
    private static int nearerNameAfterComma(SentenceView s, int subj, int verb) {
        int comma = -1;
        for (int k = verb - 1; k > subj; k--) {
            if (s.token(k).equals(",")) {
                comma = k;
                break;
            }
        }
        if (comma < 0 || comma + 1 >= verb) {
            return subj;
        }
        SentenceView.EntityMention m = s.mentionAt(comma + 1);
        if (m == null || m.first() != comma + 1 || m.entity().type() != EntityType.PERSON || s.inQuote[comma + 1]) {
            return subj;
        }
        for (int k = m.end(); k < verb; k++) {
            String tag = s.tree.tag(k);
            if (tag.equals("VERB") || tag.equals("AUX") || s.token(k).equals(",")) {
                return subj;
            }
        }
        return m.first();
    }

    /** The noun a relative pronoun follows: "Zelenskyy, who considers …" → Zelenskyy. */
    private static int antecedent(SentenceView s, int relative) {
        int k = relative - 1;
        if (k >= 0 && s.token(k).equals(",")) {
            k--;
        }
        if (k < 0) {
            return -1;
        }
        SentenceView.EntityMention m = mentionEndingAt(s, k + 1);
        return m != null ? m.first() : isNominal(s.tree.tag(k)) ? k : -1;
    }

    /**
     * The verb's subject. Of two (a parse error), the nearest before it that is neither a possessor
     * ("Russia's ambassador X told": not Russia) nor the continuation of a list ("A statement by A,
     * B and C said": not B), else the nearest after it.
     */
    private static int subjectOf(SentenceView s, int verb, boolean passiveToo) {
        DependencyTree t = s.tree;
        List<Integer> before = new ArrayList<>();
        int after = -1;
        for (int c = 0; c < t.size(); c++) {
            if (t.head(c) == verb && (t.relation(c).equals("nsubj") || passiveToo && t.relation(c).equals("nsubj:pass"))) {
                if (c < verb) {
                    before.add(c);
                } else if (after < 0) {
                    after = c;
                }
            }
        }
        for (int k = before.size() - 1; k >= 0; k--) {
            int c = before.get(k);
            int start = phraseStart(s, c);
            SentenceView.EntityMention m = s.mentionAt(c);
            int end = m != null ? m.end() : phraseEnd(s, c);
            // "…, B and C": a list goes on with "and"; "X, NAME, said" is an apposition, not a list.
            boolean listed = k > 0 && start > 0 && (s.lower[start - 1].equals("and")
                    || s.token(start - 1).equals(",") && end < s.size() && (s.lower[end].equals("and")
                            || s.token(end).equals(",") && end + 1 < s.size() && s.mentionAt(end + 1) != null));
            if (before.size() == 1 || !hasCase(s, c, "'s") && !listed) {
                return c;
            }
        }
        return before.isEmpty() ? after : before.get(before.size() - 1);
    }

    /**
     * Where the tree gives the verb no subject (long appositions and relative clauses defeat a greedy
     * parser): the words right before it, past adverbs and comma-enclosed parentheticals. A name that
     * is a whole parenthetical ("One of her lawyers, X, told") or ends right before one ("X, the
     * governor of Y, said") is the subject; else the noun there.
     */
    private static int subjectBefore(SentenceView s, int verb) {
        DependencyTree t = s.tree;
        int k = verb - 1;
        for (int round = 0; round < 3 && k >= 0; round++) {
            while (k >= 0 && (t.tag(k).equals("ADV") || t.tag(k).equals("AUX") || t.tag(k).equals("PART") || FILLERS.contains(s.lower[k]))) {
                k--;
            }
            if (k < 0 || s.inQuote[k]) {
                return -1;
            }
            if (!s.token(k).equals(",")) {
                SentenceView.EntityMention m = mentionEndingAt(s, k + 1);
                if (m != null) {
                    return m.first();
                }
                return isNominal(t.tag(k)) && !RELATIVES.contains(s.lower[k]) ? k : -1;
            }
            int j = k - 1;
            while (j >= 0 && !s.token(j).equals(",") && !s.inQuote[j] && k - j < 30 && !isBoundary(s.token(j))) {
                j--;
            }
            if (j < 0 || k - j >= 30) {
                // "Russia's Defense Ministry, meanwhile, …, accused": the words from the sentence start are the subject.
                SentenceView.EntityMention m = mentionEndingAt(s, k);
                return m != null ? m.first() : k > 0 && isNominal(t.tag(k - 1)) ? k - 1 : -1;
            }
            if (!s.token(j).equals(",")) {
                return -1;
            }
            SentenceView.EntityMention whole = mentionEndingAt(s, k);
            if (whole != null && whole.first() == j + 1 && whole.entity().type() == EntityType.PERSON) {
                return whole.first(); // "One of her lawyers, Alexander Boikov, told"
            }
            int opening = afterOpeningPhrase(s, j, k);
            if (opening >= 0) {
                return opening; // "In the wake of setbacks in Ukraine, top Russian officials including Putin, made …"
            }
            k = j - 1;
        }
        return -1;
    }

    /**
     * When the comma at {@code comma} is the first of a sentence that opens with a prepositional or subordinate phrase
     * ("In the wake of …,", "After the talks,"), the words between it and the comma before the verb are no apposition
     * but the subject: the head of their first noun phrase, or -1.
     */
    private static int afterOpeningPhrase(SentenceView s, int comma, int end) {
        String first = s.tree.tag(0);
        if (!(first.equals("ADP") || first.equals("SCONJ"))) {
            return -1;
        }
        for (int c = 0; c < comma; c++) {
            if (s.token(c).equals(",")) {
                return -1;
            }
        }
        SentenceView.EntityMention before = mentionEndingAt(s, comma);
        if (before != null && (before.entity().type() == EntityType.PERSON || before.entity().type() == EntityType.ORG)) {
            return -1; // "In testimony yesterday Mr Wallace, a former Scots Guards officer, said": the name and its apposition
        }
        for (int c = comma + 1; c < end; c++) {
            String tag = s.tree.tag(c);
            if (tag.equals("NOUN") || tag.equals("PROPN")) {
                SentenceView.EntityMention m = s.mentionAt(c);
                if (m != null && m.first() == c) {
                    return c; // a name opens it
                }
                int h = c;
                while (h + 1 < end && (s.tree.tag(h + 1).equals("NOUN") || s.tree.tag(h + 1).equals("PROPN"))) {
                    h++;
                }
                return h;
            }
            if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NUM"))) {
                return -1;
            }
        }
        return -1;
    }

    private static SentenceView.EntityMention mentionEndingAt(SentenceView s, int end) {
        for (SentenceView.EntityMention m : s.mentions) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }

    /** The agent of a passive ("denied by Ukraine and NATO", "published by the ministry"), or -1. */
    private static int agentOf(SentenceView s, int verb) {
        DependencyTree t = s.tree;
        for (int c = 0; c < t.size(); c++) {
            if (t.head(c) != verb) {
                continue;
            }
            String rel = t.relation(c);
            if (rel.equals("obl:agent") || rel.startsWith("obl") && hasCase(s, c, "by") && isPassive(s, verb)) {
                return c;
            }
        }
        return -1;
    }

    private static boolean isPassive(SentenceView s, int verb) {
        DependencyTree t = s.tree;
        String rel = t.relation(verb);
        if (rel.equals("acl") || rel.equals("amod")) {
            return true;
        }
        for (int c = 0; c < t.size(); c++) {
            if (t.head(c) == verb && (t.relation(c).equals("aux:pass") || t.relation(c).equals("nsubj:pass"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCase(SentenceView s, int noun, String word) {
        DependencyTree t = s.tree;
        for (int c = 0; c < t.size(); c++) {
            if (t.head(c) == noun && t.relation(c).equals("case") && s.lower[c].equals(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The claimer named at token head with its coordinated nouns: one entity, several entities for a
     * joint statement, a resolved reference, or the phrase as written; null when there is none.
     */
    private Attribution claimer(String text, SentenceView s, int head, String cue, int cueToken, Discourse discourse, int depth) {
        if (head < 0 || s.inQuote[head] || depth > 2) {
            return null;
        }
        List<Integer> heads = new ArrayList<>();
        heads.add(head);
        for (int c = head + 1; c < s.size(); c++) {
            if (s.tree.head(c) == head && s.tree.relation(c).equals("conj") && !s.inQuote[c] && isNominal(s.tree.tag(c))) {
                heads.add(c);
            }
        }
        if (heads.size() == 1) {
            heads.addAll(listedAfter(s, head));
        }
        List<Attribution> parts = new ArrayList<>();
        for (int h : heads) {
            parts.add(nominal(text, s, h, cue, cueToken, discourse, depth));
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        boolean allEntities = parts.stream().allMatch(p -> p != null && !p.claimerIds().isEmpty());
        if (allEntities) {
            Set<String> ids = new LinkedHashSet<>();
            List<String> names = new ArrayList<>();
            Set<EntityType> types = new HashSet<>();
            for (Attribution p : parts) {
                ids.addAll(p.claimerIds());
                if (!names.contains(p.claimer())) {
                    names.add(p.claimer());
                }
                types.add(p.type());
            }
            if (ids.size() == 1) {
                return parts.get(0);
            }
            return new Attribution(join(names), List.copyOf(ids), types.size() == 1 ? types.iterator().next() : null, cue, cueToken);
        }
        // "Kyiv and its allies": a phrase for the whole coordination.
        int from = phraseStart(s, head);
        int to = phraseEnd(s, heads.get(heads.size() - 1));
        return to - from > MAX_PHRASE_TOKENS + 4 ? parts.get(0) : phrase(text, s, from, to, cue, cueToken);
    }

    /**
     * Names listed after the name at this token, as written ("NATO, the European Union and the
     * United Nations"), for when the parser did not coordinate them: only mentions separated by
     * commas and one final "and".
     */
    private static List<Integer> listedAfter(SentenceView s, int head) {
        SentenceView.EntityMention m = s.mentionAt(head);
        List<Integer> out = new ArrayList<>();
        if (m == null) {
            return out;
        }
        int k = m.end();
        boolean and = false;
        List<Integer> found = new ArrayList<>();
        while (k < s.size() && !and) {
            int j = k;
            while (j < s.size() && (s.token(j).equals(",") || s.lower[j].equals("the"))) {
                j++;
            }
            if (j < s.size() && s.lower[j].equals("and")) {
                and = true;
                j++;
                while (j < s.size() && s.lower[j].equals("the")) {
                    j++;
                }
            }
            if (j == k || j >= s.size()) {
                break;
            }
            SentenceView.EntityMention next = s.mentionAt(j);
            if (next == null || next.first() != j || s.inQuote[j]) {
                break;
            }
            found.add(j);
            k = next.end();
        }
        if (and) {
            out.addAll(found);
        }
        return out;
    }

    /** "A and B", "A, B and C". */
    static String join(List<String> names) {
        if (names.size() <= 1) {
            return names.isEmpty() ? "" : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The claimer one noun phrase names. */
    private Attribution nominal(String text, SentenceView s, int x, String cue, int cueToken, Discourse discourse, int depth) {
        String w = s.lower[x];
        SentenceView.EntityMention m = s.mentionAt(x);
        if (DOCUMENTS.contains(w) && m == null) {
            int owner = ownerOf(s, x);
            if (owner >= 0) {
                Attribution a = claimer(text, s, owner, cue, cueToken, discourse, depth + 1);
                if (a != null) {
                    return a;
                }
            }
            // "the report said": the source that spoke last; "opinion polls", "a report" name no one.
            if (isDefinite(s, x)) {
                Attribution author = discourse.documentAuthor(cue, cueToken);
                if (author != null) {
                    return author;
                }
            }
            return phraseOf(text, s, x, cue, cueToken);
        }
        // "Brussels think-tank the Centre for European Studies": a place before a noun only qualifies it.
        if (m != null && m.entity().type() == EntityType.LOC && m.end() < s.size() && m.end() <= phraseEnd(s, x)
                && s.tree.tag(m.end()).equals("NOUN") && Character.isLowerCase(s.token(m.end()).charAt(0))) {
            for (SentenceView.EntityMention n : s.mentions) {
                if (n.first() > m.end() && n.first() < phraseEnd(s, x) + 4 && n.entity().type() != EntityType.LOC && !s.inQuote[n.first()]) {
                    return Attribution.of(n.entity(), cue, cueToken);
                }
            }
        }
        // "Andrei Sabinin, the lawyer who …, said" and "Ukraine's president, Volodymyr Zelenskiy, has
        // conceded", when the parser took the role for the subject: the name beside it.
        if (m == null && lexicon.isPersonRole(w)) {
            SentenceView.EntityMention beside = personBeside(s, x);
            if (beside != null) {
                return Attribution.of(beside.entity(), cue, cueToken);
            }
        }
        // "Al Jazeera's Imran Khan", "her lawyer, Dmitry Zakhvatov", "Pentagon press secretary John Kirby".
        SentenceView.EntityMention person = nameInApposition(s, x, true);
        if (person != null && (m == null || m.entity().type() != EntityType.PERSON)) {
            return Attribution.of(person.entity(), cue, cueToken);
        }
        if (m != null) {
            return Attribution.of(m.entity(), cue, cueToken);
        }
        // "The US meanwhile": the phrase is a name once determiners and adverbs are off.
        SentenceView.EntityMention whole = exactMention(s, phraseStart(s, x), phraseEnd(s, x));
        if (whole != null) {
            return Attribution.of(whole.entity(), cue, cueToken);
        }
        SentenceView.EntityMention appos = nameInApposition(s, x, false);
        if (appos != null) {
            return Attribution.of(appos.entity(), cue, cueToken); // "the broadcaster, NRK,"
        }
        if (NOT_SOURCES.contains(w) || RELATIVES.contains(w) || TIMES.contains(w)) {
            return null; // "in March that …": a time is no source
        }
        if (PRONOUNS.contains(w)) {
            return discourse.pronoun(w, x, cue, cueToken);
        }
        if (isDescription(s, x)) {
            Attribution a = discourse.description(w, x, cue, cueToken);
            if (a != null) {
                return a;
            }
        }
        return phraseOf(text, s, x, cue, cueToken);
    }

    /**
     * A name joined to the noun as apposition, flat name or compound (title before a name), searched
     * through such links only, never into a modifier ("the lawyer for X" is not X): a person when
     * persons only, else an organisation or place in apposition.
     */
    private SentenceView.EntityMention nameInApposition(SentenceView s, int x, boolean persons) {
        DependencyTree t = s.tree;
        // Below a title ("The President of the European Commission, Ursula von der Leyen,") an
        // apposition may hang on the modifier: look there too, for a person in apposition only.
        boolean role = persons && lexicon.isPersonRole(s.lower[x]);
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        queue.add(x);
        int seen = 0;
        while (!queue.isEmpty() && seen++ < 16) {
            int y = queue.poll();
            for (int c = 0; c < t.size(); c++) {
                if (t.head(c) != y || s.inQuote[c]) {
                    continue;
                }
                String rel = t.relation(c);
                boolean link = rel.equals("appos") || rel.equals("flat") || rel.startsWith("compound");
                boolean below = role && rel.startsWith("nmod") && !rel.equals("nmod:poss");
                if (!link && !below) {
                    continue;
                }
                SentenceView.EntityMention n = s.mentionAt(c);
                if (n != null && link && (persons ? n.entity().type() == EntityType.PERSON && (y == x || rel.equals("appos"))
                        : rel.equals("appos"))) {
                    return n;
                }
                queue.add(c);
            }
        }
        return null;
    }

    /** A person named right before "NAME, the ROLE" or right after "the ROLE, NAME," a role noun. */
    private static SentenceView.EntityMention personBeside(SentenceView s, int role) {
        int start = phraseStart(s, role);
        int k = start - 1;
        if (k >= 1 && s.token(k).equals(",")) {
            SentenceView.EntityMention before = mentionEndingAt(s, k);
            if (before != null && before.entity().type() == EntityType.PERSON) {
                return before;
            }
        }
        int end = role + 1;
        if (end + 1 < s.size() && s.token(end).equals(",")) {
            SentenceView.EntityMention after = s.mentionAt(end + 1);
            if (after != null && after.first() == end + 1 && after.entity().type() == EntityType.PERSON
                    && (after.end() == s.size() || s.token(after.end()).equals(","))) {
                return after;
            }
        }
        return null;
    }

    /** The mention that is exactly the tokens [from, to) once determiners, adverbs and punctuation are off. */
    private static SentenceView.EntityMention exactMention(SentenceView s, int from, int to) {
        while (from < to && (s.tree.tag(from).equals("DET") || s.tree.tag(from).equals("ADV") || s.tree.tag(from).equals("PUNCT"))) {
            from++;
        }
        while (to > from && (s.tree.tag(to - 1).equals("ADV") || s.tree.tag(to - 1).equals("PUNCT") || FILLERS.contains(s.lower[to - 1]))) {
            to--;
        }
        for (SentenceView.EntityMention m : s.mentions) {
            if (m.first() == from && m.end() == to) {
                return m;
            }
        }
        return null;
    }

    /** "the report", "this statement", "the ministry's report": one the reader knows of. */
    private static boolean isDefinite(SentenceView s, int x) {
        DependencyTree t = s.tree;
        for (int c = 0; c < x; c++) {
            if (t.head(c) == x && (t.relation(c).equals("det") && (s.lower[c].equals("the") || s.lower[c].equals("this")
                    || s.lower[c].equals("that")) || t.relation(c).equals("nmod:poss"))) {
                return true;
            }
        }
        return false;
    }

    /** Who wrote a document: "the ministry's statement", "a report by X", "a statement from X", "a statement published by X". */
    private static int ownerOf(SentenceView s, int doc) {
        DependencyTree t = s.tree;
        for (int c = 0; c < t.size(); c++) {
            if (t.head(c) != doc) {
                continue;
            }
            String rel = t.relation(c);
            if (rel.equals("nmod:poss") && !s.tree.tag(c).equals("PRON")) {
                return c;
            }
            if (rel.startsWith("nmod") && (hasCase(s, c, "by") || hasCase(s, c, "from"))) {
                return c;
            }
            if (rel.equals("acl")) {
                int agent = agentOf(s, c);
                if (agent >= 0) {
                    return agent;
                }
            }
        }
        // "its statement", "his report": the possessive pronoun's referent.
        int poss = t.dependent(doc, "nmod:poss");
        return poss >= 0 && s.tree.tag(poss).equals("PRON") ? poss : -1;
    }

    /**
     * A noun phrase that only describes its referent: a role or kind noun with determiners,
     * adjectives, nationality words or a possessive ("the ministry", "the country's defence ministry",
     * "the Ukrainian president").
     */
    private boolean isDescription(SentenceView s, int x) {
        String w = s.lower[x];
        if (!(lexicon.isPersonRole(w) || lexicon.genericOrgDescriptions().contains(w) || isKindNoun(w) || lexicon.isPlaceDescription(w))) {
            return false;
        }
        DependencyTree t = s.tree;
        for (int c = 0; c < t.size(); c++) {
            // "The Tesla CEO, who on Tuesday …,": a relative clause set off by a comma adds, it does not restrict.
            boolean restrictive = t.relation(c).equals("acl:relcl") && !(x + 1 < s.size() && s.token(x + 1).equals(","));
            if (t.head(c) == x && (t.relation(c).startsWith("nmod") && !t.relation(c).equals("nmod:poss") || restrictive)) {
                return false; // "the head of the delegation", "the official who …": a phrase, not a reference
            }
        }
        return true;
    }

    private boolean isKindNoun(String w) {
        for (Set<String> d : lexicon.orgKinds().values()) {
            if (d.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNominal(String tag) {
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("NUM");
    }

    /** The source phrase as written: the noun's own words, without clauses, appositions or punctuation. */
    private Attribution phraseOf(String text, SentenceView s, int x, String cue, int cueToken) {
        String tag = s.tree.tag(x);
        if (!isNominal(tag) && !tag.equals("ADJ") && !tag.equals("X")) {
            return null;
        }
        int from = phraseStart(s, x);
        int to = phraseEnd(s, x);
        if (to - from > MAX_PHRASE_TOKENS) {
            to = Math.max(x + 1, from + 1);
            if (to - from > MAX_PHRASE_TOKENS) {
                from = to - MAX_PHRASE_TOKENS;
            }
        }
        return phrase(text, s, from, to, cue, cueToken);
    }

    private Attribution phrase(String text, SentenceView s, int from, int to, String cue, int cueToken) {
        while (from < to && (s.tree.tag(from).equals("PUNCT") || s.tree.tag(from).equals("ADP") || s.tree.tag(from).equals("SCONJ")
                || s.lower[from].equals("and") || s.lower[from].equals("but") || s.lower[from].equals("according") || s.lower[from].equals("to"))) {
            from++; // "according to opinion polls" → "opinion polls"
        }
        // "The rebels in turn", "The army, for its part,": a discourse adverbial, not part of who speaks.
        for (int k = from + 1; k + 1 < to; k++) {
            if (s.lower[k].equals("in") && s.lower[k + 1].equals("turn")
                    || s.lower[k].equals("for") && k + 2 < to && s.lower[k + 2].equals("part")) {
                to = k;
                break;
            }
        }
        while (to > from && (s.tree.tag(to - 1).equals("PUNCT") || s.lower[to - 1].equals("'s") || s.lower[to - 1].equals("'")
                || FILLERS.contains(s.lower[to - 1]))) {
            to--; // "the court's" (decision) → "the court"
        }
        if (from >= to) {
            return null;
        }
        if (to - from == 1 && NOT_SOURCES.contains(s.lower[from])) {
            return null;
        }
        return new Attribution(s.span(text, from, to), List.of(), null, cue, cueToken);
    }

    /**
     * First token of the noun's own words (its subtree without clauses, appositions, coordination and
     * its own preposition: "according to her lawyer" → "her lawyer").
     */
    private static int phraseStart(SentenceView s, int x) {
        for (int c = 0; c < x; c++) {
            if (inPhrase(s, c, x) && !(s.tree.head(c) == x && (s.tree.relation(c).equals("case") || s.tree.relation(c).equals("mark")))
                    && !(s.tree.head(c) >= 0 && s.tree.relation(c).equals("fixed") && s.tree.relation(s.tree.head(c)).equals("case"))) {
                return c;
            }
        }
        return x;
    }

    private static int phraseEnd(SentenceView s, int x) {
        int to = x + 1;
        for (int c = s.size() - 1; c > x; c--) {
            if (inPhrase(s, c, x)) {
                to = c + 1;
                break;
            }
        }
        return to;
    }

    /** Whether token c belongs to the phrase headed by x, not passing through a clause, apposition or conjunct. */
    private static boolean inPhrase(SentenceView s, int c, int x) {
        DependencyTree t = s.tree;
        for (int k = c, steps = 0; k >= 0 && steps <= t.size(); k = t.head(k), steps++) {
            if (k == x) {
                return true;
            }
            if (OUTSIDE_PHRASE.contains(t.relation(k)) || s.inQuote[k]) {
                return false;
            }
        }
        return false;
    }
}
