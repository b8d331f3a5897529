package io.claimwatch.claims;

import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.model.RejectedSpan;
import io.claimwatch.nlp.parse.DependencyParser;
import io.claimwatch.nlp.parse.DependencyTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What each counterclaim rejects, from its dependency tree: the object of the denial ("denied
 * <u>that its artillery had struck the station</u>", "rejected <u>accusations that …</u>", "denied
 * <u>having any such plan</u>"), the subject of what is called untrue or unverified ("<u>the Russian
 * announcement</u> turned out to be a lie", "<u>the claim that 14 drones were shot down</u> could not be
 * verified"), what an accusation turned around says, the negated predicate of a reframing ("that was
 * not <u>a withdrawal</u> but …"). The reframe ("as a ploy", "calling it a fabrication") and the denier
 * are left out. Where the tree gives nothing usable, the words after a denial verb up to the clause's
 * end, or before a doubt, stand in. Counterclaims not parsed for attribution are parsed here (few).
 */
final class RejectedSpans {

    /** Arguments of a denial or doubt that carry what is rejected. */
    private static final Set<String> CONTENT = Set.of("obj", "ccomp", "xcomp", "csubj", "csubj:pass", "nsubj:pass", "iobj");
    /** Words that close the rejected clause in the linear fallback. */
    private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", ".", "but", "calling", "saying", "adding", "describing",
            "as", "and", "—", "–", "(", "\"", "“", "”");

    /** Words after a noun of something said that introduce what was said: "claims that", "reports of". */
    private static final Set<String> PROPOSITION_LINKS = Set.of("that", "of", "about", "claiming", "suggesting", "saying", "alleging");
    /** Where a clause of something said ends: its sentence, or the next clause ("…, calling them unrealistic"). */
    private static final Set<String> CLAUSE_END = Set.of(",", ";", ":", ".", "calling", "saying", "adding", "describing", "—", "–", "(",
            "”", "but");
    private static final Set<String> LIE = Set.of("lie", "lies", "lay", "lying");
    /** Words after "lies" that make it a place ("lies on the road"), not an untruth ("lies about …"). */
    private static final Set<String> PLACE_WORDS = Set.of("on", "in", "at", "across", "between", "near", "along", "beyond", "to",
            "north", "south", "east", "west", "some", "just", "only", "within", "outside", "off", "beside", "close", "alongside",
            "among", "behind", "under", "below", "above", "over", "astride", "opposite", "nearby");
    /** Verbs that reject something as something else ("dismissed the claim as a provocation"). */
    private static final List<String> REFRAMING = List.of("dismiss", "reject", "describ", "brand", "label", "denounc", "condemn", "rebuff",
            "slam", "decr");
    /** Participles that open the denier's own account after a comma ("…, saying …"). */
    private static final Set<String> ACCOUNTS = Set.of("calling", "saying", "adding", "describing", "insisting", "arguing", "claiming",
            "noting", "stressing", "citing", "accusing", "blaming");
    /** "no evidence", "without proof": a doubt, not a reframing negation. */
    private static final Set<String> EVIDENCE = Set.of("evidence", "proof");
    /** Words for the parties of a conflict in "each side", "both sides". */
    private static final Set<String> SIDES = Set.of("side", "sides", "party", "parties", "country", "countries", "camp", "camps");
    /** Verbs of answering whose object comes after "to": "responded to Musk's tweet", "replied to the claims". */
    private static final Set<String> ANSWERS = Set.of("responded", "responds", "respond", "responding", "replied", "replies", "reply",
            "replying", "reacted", "reacts", "react", "reacting");
    /** Where what is answered ends: how or when it was answered ("with an obscenity", "by saying …"). */
    private static final Set<String> ANSWER_MANNER = Set.of("with", "by", ",", ";", "saying", "calling");
    /** Verbs that link a subject to what it is called: "the announcement <u>turned out to be</u> a lie", "proved false". */
    private static final Set<String> LINKING = Set.of("turned", "turns", "turn", "turning", "out", "proved", "proves", "prove", "proven",
            "appeared", "appears", "seemed", "seems", "remained", "remains", "became", "becomes", "is", "are", "was", "were", "be",
            "been", "to");
    /** Auxiliaries of the passive, a few words before its participle ("could not be independently verified"). */
    private static final Set<String> PASSIVE_AUX = Set.of("be", "been", "being", "is", "are", "was", "were", "get", "got");

    private RejectedSpans() {}

    /** Sets {@code rejected} of every counterclaim whose cue is known, in place. */
    static void mark(List<Statement> statements, List<SentenceView> views, List<StatementLabeller.Decision> decisions,
            DependencyParser parser, StatementObjects objects) {
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            int cue = decisions.get(i).counterCue();
            if (s.label() != StatementLabel.COUNTERCLAIM || cue < 0) {
                continue;
            }
            SentenceView v = views.get(i);
            DependencyTree tree = v.tree != null ? v.tree : parser.parse(v.tokens.tokens(), names(v));
            int[] range = range(v, tree, cue);
            int phraseEnd = cue + objects.rejectingPhraseLength(v, cue);
            if (range != null && range[0] < phraseEnd && phraseEnd <= range[1]) {
                range = new int[] {phraseEnd, range[1]}; // "pushed back on claims that …": the claims, not "back on"
            }
            if (range != null) {
                List<Integer> predicates = new ArrayList<>();
                // "lies about Russian soldiers" names whom the untrue statements were about, not what they said happened.
                boolean about = StatementObjects.liesAbout(v, cue);
                for (int k = range[0]; k <= range[1] && !about; k++) {
                    // Both taggers (the parser's and the annotator's) must see a verb or an adjective: one
                    // alone takes nouns such as "smelter" for verbs now and then.
                    // Adjectives only as predicates ("is safe"), not as modifiers ("Europe's largest plant").
                    boolean predicate = tree.tag(k).equals("VERB") && v.tag(k).equals("VERB")
                            || tree.tag(k).equals("ADJ") && v.tag(k).equals("ADJ") && !tree.relation(k).equals("amod");
                    if (predicate && !v.lower[k].equals(v.lower[cue])) {
                        predicates.add(v.tokens.starts()[k]);
                    }
                    // A noun a copula makes the predicate: "the claims that the two men are mercenaries" says they are
                    // mercenaries; a claim that only names the two men says something else of them.
                    int head = tree.head(k);
                    if (tree.relation(k).equals("cop") && head >= range[0] && head <= range[1] && tree.tag(head).equals("NOUN")
                            && v.tag(head).equals("NOUN") && !predicates.contains(v.tokens.starts()[head])) {
                        predicates.add(v.tokens.starts()[head]);
                    }
                }
                predicates.sort(null);
                statements.set(i, s.withRejected(new RejectedSpan(v.tokens.starts()[range[0]], v.tokens.ends()[range[1]], predicates)));
            }
        }
    }

    /** The first and last token of the rejected part, or null. */
    static int[] range(SentenceView v, DependencyTree t, int cue) {
        if (LIE.contains(v.lower[cue]) && cue + 1 < v.size() && PLACE_WORDS.contains(v.lower[cue + 1])) {
            return null; // "the town lies on the road to …", "lies across the river": a place, not a lie
        }
        if (mutual(v)) {
            return null; // "accused each other of shelling the plant": both sides' claims, neither one rejected
        }
        if (StatementObjects.liesAbout(v, cue) && cue + 2 < v.size()) {
            return whatLiesAreAbout(v, cue + 2); // "a huge amount of lies about Russian soldiers": what was said of them
        }
        int[] said = saidOf(v, t, cue);
        if (said != null) {
            return said; // "fuel the false claims that …", "an absurd claim to say …": what is called false is what was said
        }
        int[] antecedent = relativeAntecedent(v, cue);
        if (antecedent != null) {
            return antecedent; // "a claim that has been dismissed", "referendums that were slammed as a sham"
        }
        int[] fromTree = fromTree(v, t, cue);
        int[] range = fromTree != null ? fromTree : linear(v, t, cue);
        if (range != null && ANSWERS.contains(v.lower[cue]) && v.lower[range[0]].equals("to") && range[0] < range[1] && possessive(v, range)) {
            // "responded to Musk's original tweet with an obscenity": whose statement it answers. Not "responded
            // to a tweet about …": an answer to no one named is no dispute of anyone's claim.
            range = answered(v, range);
        }
        if (range != null && v.tag(range[0]).equals("ADP") && !v.lower[range[0]].equals("that")) {
            return null; // "about Finland", "across the river from …": a circumstance, not what is rejected (a misparse)
        }
        if (range != null && (turnsDownARequest(v, range) || removesFromOffice(v, cue, range))) {
            return null;
        }
        return range == null ? null : beforeOwnAccusation(v, range);
    }

    /** The phrase after "lies about", up to the end of its clause (a comma, a quote, a verb, the sentence's end). */
    private static int[] whatLiesAreAbout(SentenceView v, int from) {
        int last = from;
        while (last + 1 < v.size() && !isPunct(v, last + 1) && !v.tag(last + 1).equals("VERB") && !v.lower[last + 1].equals("that")
                && !v.lower[last + 1].equals("which")) {
            last++;
        }
        return trim(v, from, last);
    }

    private static final Set<String> PERFECT = Set.of("has", "have", "had");

    /**
     * "denied it would shift its China policy and has called the drills destabilizing": after "and" (and "has"), a verb
     * of saying or naming goes on with what the denier says, which is no part of what it denies.
     */
    private static boolean goesOnSaying(SentenceView v, int from, int k) {
        int and = PERFECT.contains(v.lower[k - 1]) ? k - 2 : k - 1;
        return and > from && v.lower[and].equals("and") && ClaimCues.get().attributionVerbs().contains(v.lower[k])
                && v.tag(k).equals("VERB");
    }

    /** Words that join the denier's own accusation to what it rejects: "…, instead accusing Kyiv", "and blamed Ukraine". */
    private static final Set<String> ACCUSATION_JOINS = Set.of(",", "and", "instead", "while", "but", ";", "—", "–");

    /**
     * The rejected part without the accusation its denier goes on to make ("denied shelling the plant, instead
     * accusing Ukraine's 44th Brigade of launching attacks on it"): whom the denier accuses, and of what, is what
     * it asserts, not what it rejects. A claim restating that accusation agrees with the denial.
     */
    static int[] beforeOwnAccusation(SentenceView v, int[] range) {
        for (int k = range[0] + 1; k <= range[1]; k++) {
            String w = v.lower[k];
            boolean accusing = (w.startsWith("accus") || w.startsWith("blam")) && ACCUSATION_JOINS.contains(v.lower[k - 1]);
            if (!accusing && !goesOnSaying(v, range[0], k)) {
                continue;
            }
            int end = accusing ? k - 1 : k - (PERFECT.contains(v.lower[k - 1]) ? 2 : 1);
            while (end > range[0] && ACCUSATION_JOINS.contains(v.lower[end])) {
                end--;
            }
            int[] cut = trim(v, range[0], end);
            return cut != null ? cut : range;
        }
        return range;
    }

    /**
     * "dismissed Ukraine's prosecutor general", "dismissed the head of the security service", "dismissed
     * Venediktova": removed someone from office, which rejects no claim. Not "dismissed Putin's claims": a
     * name followed by "'s" is whose statement it is.
     */
    private static boolean removesFromOffice(SentenceView v, int cue, int[] range) {
        if (!v.lower[cue].startsWith("dismiss")) {
            return false;
        }
        for (int k = range[0]; k <= range[1]; k++) {
            for (SentenceView.EntityMention m : v.mentions) {
                boolean possessive = m.end() < v.size() && (v.lower[m.end()].equals("'s") || v.lower[m.end()].equals("’s"));
                if (m.first() == k && m.entity().type() == io.claimwatch.model.EntityType.PERSON && !possessive) {
                    return true;
                }
            }
            if (v.tag(k).equals("NOUN")) {
                return ClaimCues.get().rejection().officeHolders().contains(v.lower[k]); // "dismissed the head of the navy"
            }
            if (v.tag(k).equals("VERB") || v.lower[k].equals("that")) {
                return false;
            }
        }
        return false;
    }

    private static boolean possessive(SentenceView v, int[] range) {
        for (int k = range[0]; k <= range[1]; k++) {
            if (v.lower[k].equals("'s") || v.lower[k].equals("’s")) {
                return true;
            }
        }
        return false;
    }

    /** "to Musk's original tweet with an obscenity" → "Musk's original tweet": the object of "to", up to how it was answered. */
    private static int[] answered(SentenceView v, int[] range) {
        int end = range[1];
        for (int k = range[0] + 1; k <= range[1]; k++) {
            if (ANSWER_MANNER.contains(v.lower[k])) {
                end = k - 1;
                break;
            }
        }
        return trim(v, range[0] + 1, end);
    }

    /**
     * "each other", "one another", "traded accusations", "each side accused the other", "both sides
     * blame …": a mutual dispute, where no single claim is the one rejected.
     */
    private static boolean mutual(SentenceView v) {
        boolean eachSide = false;
        for (int i = 0; i + 1 < v.size(); i++) {
            String a = v.lower[i];
            String b = v.lower[i + 1];
            if ((a.equals("each") || a.equals("both") || a.equals("either")) && SIDES.contains(b)) {
                eachSide = true;
            }
            if (eachSide && a.equals("the") && b.equals("other")) {
                return true;
            }
            if (a.equals("both") && SIDES.contains(b) && i + 2 < v.size() && v.lower[i + 2].startsWith("accus")) {
                return true;
            }
            if (a.equals("each") && b.equals("other") || a.equals("one") && b.equals("another")
                    || a.startsWith("trad") && (b.startsWith("accusation") || b.equals("blame") || b.startsWith("allegation"))) {
                return true;
            }
        }
        return false;
    }

    /** "denied the appeal", "rejected Kyiv's request for …": the first noun of what is rejected is a request. */
    private static boolean turnsDownARequest(SentenceView v, int[] range) {
        LinkTerms terms = LinkTerms.get();
        for (int k = range[0]; k <= range[1]; k++) {
            if (v.tag(k).equals("NOUN")) {
                return terms.isRequestNoun(v.lower[k]);
            }
            if (v.tag(k).equals("VERB") || v.lower[k].equals("that")) {
                return false;
            }
        }
        return false;
    }

    private static int[] fromTree(SentenceView v, DependencyTree t, int cue) {
        cue = participleAfter(v, cue);
        String lower = v.lower[cue];
        if (isNegation(lower) && !(cue + 1 < v.size() && EVIDENCE.contains(v.lower[cue + 1]))) {
            return negated(v, t, cue);
        }
        String tag = v.tag(cue);
        // A denial verb rejects its objects; a doubt ("could not be verified", "without evidence") the
        // content arguments of its clause; a dismissal word ("a lie", "propaganda", "untrue") also the
        // subject of its clause, the thing it calls untrue.
        boolean verb = tag.equals("VERB") || participleVerb(v, t, cue) || tag.equals("NOUN") && v.isVerbLike(cue);
        boolean predicate = !verb && (tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("PROPN"));
        boolean passive = verb && passive(v, cue);
        if (!verb || passive) {
            int[] named = propositionBefore(v, cue);
            if (named != null) {
                return named; // "the claim that 14 drones were shot down … could not be verified"
            }
        }
        int head = verb ? cue : clauseHead(t, cue);
        if (head < 0) {
            return null;
        }
        if (passive) {
            // "the figures cannot be confirmed", "allegations denied by NATO": what is doubted or denied in
            // the passive is its subject, not what follows the verb.
            int subject = t.dependent(cue, "nsubj:pass");
            if (subject >= 0 && subject < cue) {
                int[] sub = subtree(t, subject);
                if (sub[1] < cue) {
                    return trim(v, sub[0], Math.min(sub[1], verbGroupStart(v, cue) - 1));
                }
            }
            return linear(v, t, cue);
        }
        if (verb && lower.startsWith("accus")) {
            return accusation(v, t, cue); // an accusation turned around: what it accuses of is the dispute
        }
        int[] found = arguments(v, t, head, cue, verb, predicate);
        if (found == null && predicate && head != cue && t.head(head) >= 0 && t.relation(head).equals("xcomp")) {
            found = arguments(v, t, t.head(head), cue, false, true); // "the announcement turned out to be a lie"
        }
        // "abuses that Moscow denies having committed": a denial in a relative clause rejects its noun.
        if (t.relation(head).equals("acl:relcl") && t.head(head) >= 0 && t.head(head) < head
                && (t.dependent(head, "nsubj") >= 0 || t.dependent(head, "nsubj:pass") >= 0)) {
            int noun = t.head(head);
            found = new int[] {Math.min(found == null ? noun : found[0], nounPhraseStart(t, noun)), Math.max(found == null ? noun : found[1], noun)};
        }
        if (found != null && verb) {
            found = reframeCut(v, propositionClause(v, found), REFRAMING.stream().anyMatch(lower::startsWith));
        }
        return found == null ? null : trim(v, found[0], found[1]);
    }

    /** Verbs that introduce what is said after "to" in "it is false to say …", "an absurd claim to suggest …". */
    private static final Set<String> SAYING = Set.of("say", "suggest", "claim", "argue", "imply", "assert", "allege", "insist",
            "think", "believe", "pretend", "describe", "call", "portray");
    /** Relative pronouns: "a claim that has been dismissed", "the referendums, which were slammed as a sham". */
    private static final Set<String> RELATIVES = Set.of("that", "which");
    /** Punctuation before an apposition to a clause: "…, a claim dismissed by Kyiv", "… - an assertion that …". */
    private static final Set<String> APPOSITION = Set.of(",", "-", "—", "–", ";", ":");
    /** Verbs that reject their object, a relative pronoun before them its antecedent: "a claim which Kyiv denied". */
    private static final List<String> REJECTING = List.of("den", "reject", "dismiss", "refut", "rebut", "disput", "contest", "question",
            "doubt", "decr", "debunk", "brand", "label");
    /** Prepositions inside a noun phrase an antecedent spans: "referendums in four regions", "reports of shelling". */
    private static final Set<String> NOUN_PHRASE_LINKS = Set.of("of", "in", "on", "at", "from", "about", "for");

    /**
     * What a dismissal word says is untrue when it qualifies something said: the clause after the noun of
     * something said ("would fuel the false claims <u>that the two men are mercenaries</u>", "repeated the
     * unproven allegation <u>that …</u>") — else that noun, which its article must explain ("making baseless
     * <u>claims</u>") — and what is said after "to say" ("it was an absurd claim to say <u>Kyiv planned …</u>").
     * Null when the cue does not qualify something said.
     */
    private static int[] saidOf(SentenceView v, DependencyTree t, int cue) {
        // Both taggers must see a modifier: "denied" now and then tagged an adjective is still the verb of a denial.
        boolean adjective = v.tag(cue).equals("ADJ") && t.tag(cue).equals("ADJ")
                || v.tag(cue).equals("NOUN") && t.tag(cue).equals("NOUN") && cue + 1 < v.size() && v.tag(cue + 1).equals("NOUN");
        if (!adjective || v.isVerbLike(cue)) {
            return null;
        }
        LinkTerms terms = LinkTerms.get();
        int noun = -1;
        int k = cue + 1;
        // "wild and baseless claims", "false and misleading reports": the noun after the cue's adjectives
        while (k < v.size() && k <= cue + 4 && (v.tag(k).equals("ADJ") || v.tag(k).equals("CCONJ") || v.tag(k).equals("ADV")
                || v.lower[k].equals(","))) {
            k++;
        }
        if (k < v.size() && v.tag(k).equals("NOUN") && terms.isPropositionNoun(v.lower[k])) {
            noun = k;
        }
        int after = noun >= 0 ? noun + 1 : cue + 1;
        if (after + 1 < v.size() && v.lower[after].equals("to") && SAYING.contains(v.lower[after + 1]) && itBefore(v, cue)) {
            int from = after + 2 < v.size() && v.lower[after + 2].equals("that") ? after + 3 : after + 2;
            return from < v.size() ? trim(v, from, clauseEnd(v, from)) : null;
        }
        if (noun < 0) {
            return null;
        }
        if (noun + 1 < v.size() && PROPOSITION_LINKS.contains(v.lower[noun + 1]) && !relative(v, noun + 1)) {
            int from = v.lower[noun + 1].equals("that") ? noun + 2 : noun + 1;
            return from < v.size() ? trim(v, from, clauseEnd(v, from)) : null;
        }
        if (noun + 1 < v.size() && RELATIVES.contains(v.lower[noun + 1])) {
            return null; // "baseless claims that were spread …": the relative clause tells nothing of what they said
        }
        if (clauseWithoutThat(v, noun + 1)) {
            return trim(v, noun + 1, clauseEnd(v, noun + 1)); // "false reports he had fled"
        }
        return trim(v, noun, noun);
    }

    /** A clause right after a noun of something said without "that": a subject and its verb ("reports he had fled"). */
    private static boolean clauseWithoutThat(SentenceView v, int from) {
        if (from >= v.size() || !(v.tag(from).equals("PRON") || v.tag(from).equals("PROPN") || v.tag(from).equals("DET"))
                || RELATIVES.contains(v.lower[from])) {
            return false;
        }
        for (int k = from + 1; k < Math.min(v.size(), from + 5); k++) {
            if (v.tag(k).equals("AUX") || v.tag(k).equals("VERB")) {
                return true;
            }
            if (CLAUSE_END.contains(v.lower[k]) || v.tag(k).equals("ADP")) {
                return false;
            }
        }
        return false;
    }

    /** An "it" shortly before the cue: the extraposed subject of "it was false to say …". */
    private static boolean itBefore(SentenceView v, int cue) {
        for (int k = cue - 1; k >= Math.max(0, cue - 5); k--) {
            if (v.lower[k].equals("it")) {
                return true;
            }
        }
        return false;
    }

    /** The last token of the clause that begins at {@code from}: before the next clause end, or the sentence's last. */
    private static int clauseEnd(SentenceView v, int from) {
        int end = from;
        while (end + 1 < v.size() && !CLAUSE_END.contains(v.lower[end + 1])) {
            end++;
        }
        return end;
    }

    /**
     * Whether "that" at {@code k} is a relative pronoun rather than the start of what was said: a verb right
     * after it ("a claim that has been dismissed"), or a short subject and a verb of saying that takes no
     * clause of its own ("an assertion that London said was false").
     */
    static boolean relative(SentenceView v, int k) {
        if (!RELATIVES.contains(v.lower[k])) {
            return false;
        }
        if (v.lower[k].equals("which")) {
            return true;
        }
        if (k + 1 >= v.size()) {
            return false;
        }
        if (v.tag(k + 1).equals("AUX") || v.tag(k + 1).equals("VERB") || v.lower[k + 1].equals("'s") || v.lower[k + 1].equals("’s")) {
            return true;
        }
        Set<String> speech = ClaimCues.get().attributionVerbs();
        for (int j = k + 1; j < Math.min(v.size() - 1, k + 6); j++) {
            String tag = v.tag(j);
            if (speech.contains(v.lower[j]) && v.isVerbLike(j)) {
                return v.tag(j + 1).equals("AUX") || v.tag(j + 1).equals("VERB") && !v.lower[j + 1].equals("that");
            }
            if (!(tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("DET") || tag.equals("ADJ") || tag.equals("PRON")
                    || tag.equals("ADV"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * A cue inside a relative clause that says its antecedent is untrue — as the subject of a passive or of a
     * predicate ("a claim that has been dismissed by Kyiv", "referendums, which were slammed as a sham", "which
     * is false") or as the object of a verb of saying or denial ("an assertion that London said was false") —
     * rejects the antecedent: its noun phrase, or, where it is a noun of something said in apposition to the
     * clause before it ("Moscow claimed that X - a claim that …"), what that clause says was claimed. Not a
     * relative subject of an active denial ("the official, who denied that …": the denier). Null otherwise.
     */
    private static int[] relativeAntecedent(SentenceView v, int cue) {
        int r = -1;
        for (int k = cue - 1; k > 0 && k >= cue - 8; k--) {
            if (RELATIVES.contains(v.lower[k])) {
                r = k;
                break;
            }
        }
        if (r < 0 || !relative(v, r)) {
            return null;
        }
        boolean activeCue = v.isVerbLike(cue) && !passive(v, cue);
        boolean between = true; // only auxiliaries, adverbs, negations, a short subject and a verb of saying
        boolean subject = false;
        Set<String> speech = ClaimCues.get().attributionVerbs();
        for (int j = r + 1; j < cue; j++) {
            String tag = v.tag(j);
            if (tag.equals("AUX") || tag.equals("ADV") || tag.equals("PART") || tag.equals("DET") || PASSIVE_AUX.contains(v.lower[j])
                    || isNegation(v.lower[j]) || LINKING.contains(v.lower[j]) || v.lower[j].equals("'s") || v.lower[j].equals("’s")) {
                continue;
            }
            if (tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("PRON") || tag.equals("ADJ")) {
                subject = true;
                continue;
            }
            if (speech.contains(v.lower[j]) && v.isVerbLike(j) && subject) {
                continue;
            }
            between = false;
            break;
        }
        if (!between || activeCue && (!subject || !REJECTING.stream().anyMatch(v.lower[cue]::startsWith))) {
            // "which denied that …": the relative is the denier; "which officials allege …": an allegation, no rejection
            return null;
        }
        int noun = r - 1;
        if (noun > 0 && v.lower[noun].equals(",")) {
            noun--;
        }
        if (noun < 0 || !(v.tag(noun).equals("NOUN") || v.tag(noun).equals("PROPN"))) {
            return null;
        }
        int start = noun;
        for (int steps = 0; steps < 12 && start > 0; steps++) {
            String before = v.tag(start - 1);
            if (before.equals("DET") || before.equals("ADJ") || before.equals("NUM") || before.equals("NOUN") || before.equals("PROPN")
                    || v.lower[start - 1].equals("'s") || v.lower[start - 1].equals("’s")) {
                start--;
            } else if (NOUN_PHRASE_LINKS.contains(v.lower[start - 1]) && start >= 2 && v.tag(start - 2).equals("NOUN")) {
                start -= 2;
            } else {
                break;
            }
        }
        if (LinkTerms.get().isPropositionNoun(v.lower[noun]) && v.tag(noun).equals("NOUN") && start > 0
                && APPOSITION.contains(v.lower[start - 1])) {
            int end = start - 2;
            int from = 0;
            for (int k = end; k > 0; k--) {
                if (v.lower[k].equals("that") && v.tag(k).equals("SCONJ")) {
                    from = k + 1; // "Moscow claimed that X - a claim …": X, not who claimed it
                    break;
                }
                if (speech.contains(v.lower[k]) && v.isVerbLike(k)) {
                    from = k + 1;
                    // "said on Saturday that X": past the time the verb is given to its "that"
                    for (int j = k + 1; j < Math.min(end, k + 5); j++) {
                        if (v.lower[j].equals("that")) {
                            from = j + 1;
                            break;
                        }
                        if (!(v.tag(j).equals("ADP") || v.tag(j).equals("PROPN") || v.tag(j).equals("NOUN") || v.tag(j).equals("DET")
                                || v.tag(j).equals("NUM") || v.tag(j).equals("ADV"))) {
                            break;
                        }
                    }
                    break;
                }
            }
            return end >= from ? trim(v, from, end) : null;
        }
        return trim(v, start, noun);
    }

    /**
     * "rejected claims that inflation would fall below 5 percent this year": where the object is a noun
     * of something said with its clause, the clause to its end, however the parser attached it.
     */
    private static int[] propositionClause(SentenceView v, int[] range) {
        LinkTerms terms = LinkTerms.get();
        for (int k = range[0]; k < range[1] || k == range[1] && k + 1 < v.size(); k++) {
            if (terms.isPropositionNoun(v.lower[k]) && k + 1 < v.size() && PROPOSITION_LINKS.contains(v.lower[k + 1])
                    && !relative(v, k + 1)) {
                return new int[] {range[0], Math.max(range[1], clauseEnd(v, k + 1))};
            }
        }
        return range;
    }

    /**
     * "dismissed the claim as a provocation", "denied it, calling the report a fabrication", "…, saying
     * he had only attended": the reframe or the denier's own account is not what is rejected.
     */
    private static int[] reframeCut(SentenceView v, int[] range, boolean reframing) {
        for (int k = range[0] + 1; k <= range[1]; k++) {
            boolean reframe = reframing && v.lower[k].equals("as") && !v.lower[k - 1].equals("such") && !v.lower[k - 1].equals("as");
            boolean account = ACCOUNTS.contains(v.lower[k]) && v.lower[k - 1].equals(",");
            // "rejected the allegation, and today X said …": a clause of its own after ", and", not more of what is rejected
            boolean clause = v.lower[k - 1].equals(",") && (v.lower[k].equals("and") || v.lower[k].equals("but")) && hasVerb(v, k + 1, v.size() - 1);
            if (reframe || account || clause) {
                return k - 1 >= range[0] ? new int[] {range[0], k - 1} : null;
            }
        }
        return range;
    }

    private static boolean hasVerb(SentenceView v, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (v.tag(k).equals("VERB")) {
                return true;
            }
        }
        return false;
    }

    /** The tokens of the head's dependents that carry what is rejected, as one range, or null. */
    private static int[] arguments(SentenceView v, DependencyTree t, int head, int cue, boolean verb, boolean predicate) {
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int k = 0; k < t.size(); k++) {
            if (t.head(k) != head || k == cue) {
                continue;
            }
            String rel = t.relation(k);
            boolean content = CONTENT.contains(rel)
                    // "denied having any such plan", "denies being close to …": a clause right after the verb
                    || verb && (rel.equals("advcl") || rel.equals("obl")) && k == cue + 1 && v.tag(k).equals("VERB")
                    // what is called a lie or untrue: the subject of a dismissal
                    || predicate && rel.equals("nsubj");
            if (!content || startsWithAs(v, t, k)) {
                continue;
            }
            int[] sub = subtree(t, k);
            if (sub[0] <= cue && cue <= sub[1]) {
                continue; // the cue's own phrase ("could not verify" inside a badly attached clause)
            }
            first = Math.min(first, sub[0]);
            last = Math.max(last, sub[1]);
        }
        return last < 0 ? null : new int[] {first, last};
    }

    /**
     * "accusing Russia of continuing to shell Kyiv after pledging to de-escalate operations there": an
     * accusation of breaking one's word rejects the word given ("to de-escalate operations there");
     * another accusation turned around, everything the verb governs after it.
     */
    private static int[] accusation(SentenceView v, DependencyTree t, int cue) {
        int last = -1;
        for (int k = cue + 1; k < t.size(); k++) {
            if (dominates(t, cue, k)) {
                last = k;
            }
        }
        if (last < 0) {
            return null;
        }
        Set<String> promises = ClaimCues.get().accusation().brokenPromiseMarkers();
        for (int k = cue + 1; k < last; k++) {
            if (v.lower[k].equals("after") && promises.contains(v.lower[k + 1])) {
                return trim(v, k + 2, last);
            }
        }
        return trim(v, cue, last);
    }

    /** "saying that was not a withdrawal but …": the negated predicate with its subject, up to "but". */
    private static int[] negated(SentenceView v, DependencyTree t, int cue) {
        int head = t.head(cue);
        if (head < 0) {
            return null;
        }
        int[] sub = subtree(t, head);
        int end = sub[1];
        for (int k = cue + 1; k <= sub[1]; k++) {
            if (v.lower[k].equals("but")) {
                end = k - 1;
                break;
            }
        }
        return trim(v, sub[0], end);
    }

    /** The nearest token above the cue that heads a clause: a verb, a predicate with a copula or subject, or the root. */
    private static int clauseHead(DependencyTree t, int cue) {
        int k = cue;
        for (int steps = 0; k >= 0 && steps <= t.size(); steps++) {
            String tag = t.tag(k);
            if (tag.equals("VERB") || t.head(k) < 0 || t.dependent(k, "cop") >= 0 || t.dependent(k, "nsubj") >= 0
                    || t.dependent(k, "nsubj:pass") >= 0) {
                return k;
            }
            k = t.head(k);
        }
        return -1;
    }

    /** After a denial verb: its words up to the clause's end; before a doubt: the words from the sentence's start. */
    private static int[] linear(SentenceView v, DependencyTree t, int cue) {
        if ((v.isVerbLike(cue) || participleVerb(v, t, cue)) && !passive(v, cue)) {
            int end = cue;
            for (int k = cue + 1; k < v.size() && !BOUNDARIES.contains(v.lower[k]); k++) {
                end = k;
            }
            return end > cue ? trim(v, cue + 1, end) : null;
        }
        int start = 0;
        Set<String> speech = ClaimCues.get().attributionVerbs();
        for (int k = cue - 1; k > 0; k--) {
            if (speech.contains(v.lower[k]) && v.isVerbLike(k) || v.lower[k].equals("that") && v.tag(k).equals("SCONJ")) {
                start = k + 1; // "X said the Russian announcement was a lie": what was said, not who said it
                break;
            }
        }
        while (start < cue && (v.tag(start).equals("CCONJ") || v.tag(start).equals("PUNCT") || v.tag(start).equals("ADV"))) {
            start++;
        }
        int end = (v.isVerbLike(cue) ? verbGroupStart(v, cue) : predicateStart(v, cue)) - 1;
        return end >= start ? trim(v, start, end) : null;
    }

    /**
     * Before a doubt or dismissal, a noun that stands for something said and the clause that says it
     * ("the claim that …", "reports of …", "allegations about …") up to the cue: what is doubted, even
     * where the parser attached the clause elsewhere.
     */
    private static int[] propositionBefore(SentenceView v, int cue) {
        LinkTerms terms = LinkTerms.get();
        for (int k = 0; k + 1 < cue; k++) {
            if (terms.isPropositionNoun(v.lower[k]) && v.tag(k).equals("NOUN") && PROPOSITION_LINKS.contains(v.lower[k + 1])
                    && !relative(v, k + 1)) {
                int first = k;
                while (first > 0 && (v.tag(first - 1).equals("DET") || v.tag(first - 1).equals("ADJ") || v.lower[first - 1].equals("'s")
                        || v.tag(first - 1).equals("PROPN") || v.tag(first - 1).equals("PRON"))) {
                    first--;
                }
                return trim(v, first, verbGroupStart(v, cue) - 1);
            }
        }
        return null;
    }

    /**
     * Where a predicate that calls something untrue begins, with its noun phrase and linking verbs: "the
     * Russian announcement | turned out to be “a complete lie”", "the figures | were simply false".
     */
    private static int predicateStart(SentenceView v, int cue) {
        int k = cue;
        while (k > 0 && (v.tag(k - 1).equals("DET") || v.tag(k - 1).equals("ADJ") || isPunct(v, k - 1))) {
            k--;
        }
        while (k > 0 && (v.tag(k - 1).equals("AUX") || v.tag(k - 1).equals("PART") || v.tag(k - 1).equals("ADV")
                || LINKING.contains(v.lower[k - 1]) || isNegation(v.lower[k - 1]))) {
            k--;
        }
        return k;
    }

    /**
     * Where the verb group ending at the cue begins: "could not be independently | verified" — the
     * auxiliaries, negations and adverbs before a doubt verb belong to the doubt, not to what is doubted.
     */
    private static int verbGroupStart(SentenceView v, int cue) {
        int k = cue;
        while (k > 0 && (v.tag(k - 1).equals("AUX") || v.tag(k - 1).equals("PART") || v.tag(k - 1).equals("ADV")
                || PASSIVE_AUX.contains(v.lower[k - 1]) || isNegation(v.lower[k - 1]) || v.lower[k - 1].equals("cannot"))) {
            k--;
        }
        return k;
    }

    /** Without punctuation and quotation marks at either end. */
    private static int[] trim(SentenceView v, int first, int last) {
        while (first <= last && isPunct(v, first)) {
            first++;
        }
        while (last >= first && isPunct(v, last)) {
            last--;
        }
        return first <= last ? new int[] {first, last} : null;
    }

    private static boolean isPunct(SentenceView v, int k) {
        return v.tag(k).equals("PUNCT") || SentenceView.isQuoteMark(v.token(k));
    }

    /** "as a ploy", "as propaganda": the reframe, not what is rejected. */
    private static boolean startsWithAs(SentenceView v, DependencyTree t, int k) {
        int[] sub = subtree(t, k);
        return v.lower[sub[0]].equals("as");
    }

    /**
     * "have not been confirmed", "not been independently verified": a doubt phrase found by its negation
     * stands for its participle, so that what is doubted is the subject before it, not the phrase.
     */
    private static int participleAfter(SentenceView v, int cue) {
        if (!isNegation(v.lower[cue])) {
            return cue;
        }
        for (int k = cue + 1; k < Math.min(v.size(), cue + 4); k++) {
            if (v.tag(k).equals("VERB") && passive(v, k)) {
                return k;
            }
            if (!PASSIVE_AUX.contains(v.lower[k]) && !v.tag(k).equals("ADV")) {
                break;
            }
        }
        return cue;
    }

    /** The cue verb in the passive: "cannot be verified", "has not been confirmed", "were denied by …". */
    private static boolean passive(SentenceView v, int cue) {
        if (v.lower[cue].endsWith("ing")) {
            return false; // "is denying a report": the progressive, not the passive
        }
        for (int k = cue - 1; k >= Math.max(0, cue - 3); k--) {
            if (PASSIVE_AUX.contains(v.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /**
     * A past form the parser takes for the verb where the annotator's tagger saw an adjective: "Russia's Defense Ministry
     * denied being behind …" (after a possessive name). As a predicate it would reject its subject, the ministry.
     */
    private static boolean participleVerb(SentenceView v, DependencyTree t, int cue) {
        return t != null && t.tag(cue).equals("VERB") && v.tag(cue).equals("ADJ") && v.lower[cue].endsWith("ed");
    }

    private static boolean isNegation(String lower) {
        return lower.equals("not") || lower.equals("n't") || lower.equals("never") || lower.equals("no");
    }

    /** The first and last token of a token's subtree (the smallest and largest descendant). */
    static int[] subtree(DependencyTree t, int root) {
        int first = root;
        int last = root;
        for (int k = 0; k < t.size(); k++) {
            if (dominates(t, root, k)) {
                first = Math.min(first, k);
                last = Math.max(last, k);
            }
        }
        return new int[] {first, last};
    }

    /** A noun with its determiners and modifiers before it. */
    private static int nounPhraseStart(DependencyTree t, int noun) {
        int first = noun;
        for (int k = noun - 1; k >= 0 && t.head(k) == noun; k--) {
            first = k;
        }
        return first;
    }

    private static boolean dominates(DependencyTree t, int root, int k) {
        for (int steps = 0; k >= 0 && steps <= t.size(); steps++) {
            if (k == root) {
                return true;
            }
            k = t.head(k);
        }
        return false;
    }

    /** Capitalised words of the sentence's entity mentions: names for the parser's tagger (as the extractor gives them). */
    private static boolean[] names(SentenceView v) {
        boolean[] out = new boolean[v.size()];
        for (SentenceView.EntityMention m : v.mentions) {
            for (int k = m.first(); k < m.end(); k++) {
                out[k] = Character.isUpperCase(v.token(k).charAt(0)) && !v.lower[k].equals("the");
            }
        }
        return out;
    }
}
