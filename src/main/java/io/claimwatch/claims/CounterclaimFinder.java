package io.claimwatch.claims;

import io.claimwatch.model.EntityType;
import io.claimwatch.nlp.parse.DependencyTree;
import java.util.HashSet;
import java.util.Set;

/**
 * The forms of counterclaim that one sentence shows by itself, read from its dependency tree where it
 * was parsed (the rejecting or negated predicate and what it governs) and from its words where it was
 * not: a denial and its object, a rejection in the passive or in a noun phrase, a statement called
 * false, a renaming, an inability to verify, a missing proof, doubt, a counter-accusation and a
 * rebuttal. The words come from {@code config/claim-cues.yaml}; thread-safe (no state).
 */
final class CounterclaimFinder {

    /**
     * A form of counterclaim and the token that shows it (where its claimer's verb is looked for);
     * {@code spoken} when it disputes only as someone's words: the outlet writing "not X but Y" or "the
     * company is not responsible for" reports, it does not answer anyone.
     */
    record Counter(CounterForm form, int token, boolean spoken) {

        Counter(CounterForm form, int token) {
            this(form, token, false);
        }
    }

    private static final Set<String> BE = Set.of("is", "was", "are", "were", "be", "been", "being", "'s", "'re", "am", "seem",
            "seems", "seemed", "appear", "appears", "appeared", "prove", "proved", "proves", "proven", "remain", "remains",
            "remained", "become", "becomes", "became");
    /** Words that may stand between a predicate's verb and its head: "is nothing but a complete lie". */
    private static final Set<String> FILLER = Set.of("nothing", "but", "just", "simply", "merely", "all", "more", "yet",
            "another", "only", "pure", "utter", "total", "complete", "absolute", "outright", "blatant", "clearly", "totally",
            "completely", "absolutely", "entirely", "utterly", "a", "an", "the", "one", "big", "so-called");
    /** Verbs a labelled thing is turned into by "as" without being named ("seen as", "regarded as"). */
    private static final Set<String> PARTICLES = Set.of("for", "on", "up", "off", "in", "out", "back");
    /** Modals of the future and of obligation: what they negate is resolve or advice, not a fact. */
    private static final Set<String> WILL = Set.of("will", "wo", "would", "shall", "should", "might", "may", "must", "'ll", "'d");
    /** Auxiliaries that, negated inside reported speech, may be answered by a verb after "but": "had not withdrawn but were regrouping". */
    private static final Set<String> PERFECT_OR_BE = Set.of("had", "has", "have", "was", "were", "is", "are");
    private static final Set<String> REFLEXIVES = Set.of("themselves", "himself", "herself", "itself", "myself", "ourselves", "yourself");
    private static final Set<String> CLAUSE_STARTS = Set.of("that", "whether", "if", "how", "what", "why", "when");
    /** What follows "lying" about words: "lying to you", "lying about the figures", "lying again". */
    private static final Set<String> LYING_AFTER = Set.of("to", "about", "and", "again", "when", "through", "outright");

    private final ClaimCues cues;
    private final StatementObjects objects;
    private final Set<String> triggers;

    CounterclaimFinder(ClaimCues cues) {
        this.cues = cues;
        this.objects = new StatementObjects(cues);
        // Only the forms that read the tree (what a denial governs, where a word calling something false
        // stands) make a sentence worth parsing; the others are read from the words.
        Set<String> t = new HashSet<>(cues.denialVerbs());
        t.addAll(cues.dismissal().falsityWords().keyWords());
        t.addAll(cues.dismissal().falsityVerbs());
        t.addAll(cues.dismissal().dismissiveWords().keyWords());
        t.addAll(cues.dismissal().comparisonVerbs());
        t.addAll(cues.dismissal().portrayalVerbs());
        t.addAll(cues.answer().insistenceVerbs());
        this.triggers = Set.copyOf(t);
    }

    /**
     * Whether the sentence holds a word of a form of counterclaim that is read from the tree (a
     * rejecting verb, a word calling something false): only those sentences need parsing for it.
     */
    boolean mayDispute(SentenceView s) {
        for (String w : s.lower) {
            if (triggers.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The form of counterclaim the sentence shows by itself, or null. */
    Counter find(SentenceView s) {
        Counter c = denial(s);
        if (c == null || c.spoken()) {
            // A denial phrase ("never happened") needs a speaker; a word calling something untrue stands by itself
            // ("Moscow has a history of falsely accusing its opponents of staging provocations which never happened").
            Counter d = dismissal(s);
            c = d != null ? d : c;
        }
        if (c == null) {
            c = unverified(s);
        }
        if (c == null) {
            c = noEvidence(s);
        }
        if (c == null) {
            c = doubt(s);
        }
        if (c == null) {
            c = counterAccusation(s);
        }
        if (c == null) {
            c = reframing(s);
        }
        if (c == null) {
            c = comparison(s);
        }
        if (c == null) {
            c = insistence(s);
        }
        if (c == null) {
            c = rebuttal(s);
        }
        return c;
    }

    // ---- denial and rejection ----------------------------------------------------------------

    /**
     * A rejecting verb, not negated, whose object is a statement or a clause, never a request: active a
     * denial ("denied having any such plan", "which Ukraine denies"), passive or modifying a statement
     * noun a rejection ("allegations denied by Ukraine", "the claim was rejected"), with "as" a
     * dismissal ("dismissed the pledge as a ploy").
     */
    private Counter denial(SentenceView s) {
        ClaimCues.Rejection r = cues.rejection();
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower[i];
            if (!r.denialVerbs().contains(w) || !verbal(s, i) || negated(s, i)) {
                continue;
            }
            if (passive(s, i) || participle(s, i)) {
                int n = passiveSubject(s, i);
                // "the authenticity of the photos was questioned": a doubt of a statement's credibility, too
                if (n >= 0 && (isAssertion(s, n) || r.weakDenialVerbs().contains(w) && r.credibilityNouns().contains(s.lower[n]))) {
                    return new Counter(CounterForm.REJECTION, i);
                }
                continue;
            }
            int obj = objectOf(s, i);
            if (obj >= 0 && isRequest(s, obj) || requestFollows(s, i)) {
                continue; // "the court denied the appeal", "was denied entry"
            }
            if (withholds(s, i)) {
                continue; // "would deny the country a major energy source", "denied him the element of surprise"
            }
            boolean dismissing = w.startsWith("dismiss") || w.startsWith("reject") || w.startsWith("denounc");
            if (dismissing && asComplement(s, i) >= 0) {
                return new Counter(CounterForm.DISMISSAL, i);
            }
            if (w.startsWith("dismiss") && obj >= 0 && removedFromOffice(s, obj)) {
                continue; // "signed decrees dismissing five diplomats", "dismissed the head of the agency"
            }
            if (w.startsWith("mock")) {
                // "mocked Russia's explanation" disputes it; "mocked Putin as …", "mocking those who …" make fun of a person.
                if (obj < 0 || !isAssertionNoun(s, obj)) {
                    continue;
                }
            } else if (r.weakDenialVerbs().contains(w)) {
                int phrase = objects.nounPhraseHead(s, i + 1);
                boolean statement = obj >= 0 && (isAssertion(s, obj) || r.credibilityNouns().contains(s.lower[obj]))
                        && !isPronounObjectOfQuestioning(s, w, obj)
                        || phrase >= 0 && isAssertionNoun(s, phrase); // "contradicts Russia's denials", however the tree hung it
                if (!(statement || hasClause(s, i))) {
                    continue; // "contradicted the values of the union", "questioned the suspect"
                }
            }
            return new Counter(CounterForm.DENIAL, i);
        }
        // "said it had nothing to do with the attack", "its troops were not involved".
        for (int i = 0; i < s.size(); i++) {
            int len = r.denialPhrases().matchAt(s.lower, i);
            if (len > 0 && !negatedPhrase(s, i)) {
                return new Counter(CounterForm.DENIAL, i, true);
            }
        }
        // "pushed back on claims that …", "walking back the minister's comments".
        for (int i = 0; i < s.size(); i++) {
            if (objects.rejectingVerbAt(s, i) >= 0 && (cues.negations().contains(s.lower[i]) || !negated(s, i))) {
                return new Counter(CounterForm.DENIAL, i);
            }
        }
        return null;
    }

    /** Object pronouns that, before a second object, make "deny" withhold something from someone. */
    private static final Set<String> RECIPIENTS = Set.of("him", "her", "them", "us", "me", "you");
    /** Words that open a second object right after the first: "deny the province <u>a</u> major source", "<u>access</u> to". */
    private static final Set<String> SECOND_OBJECT = Set.of("a", "an", "any", "its", "their", "his", "her", "access", "entry");

    /**
     * "Deny" with two objects withholds something from someone, it disputes nothing: "deny the country a major
     * energy source", "denied him the element of surprise", "denying Ukraine access to the sea". The parse's
     * indirect object or two objects; or, as the parse may hang the second on the first, a first object that is no
     * statement ("the report", "the claims") with a second one right after it.
     */
    private boolean withholds(SentenceView s, int verb) {
        if (s.tree != null) {
            int objects = 0;
            for (int k = verb + 1; k < s.tree.size(); k++) {
                if (s.tree.head(k) == verb && (s.tree.relation(k).equals("iobj") || s.tree.relation(k).equals("obj"))) {
                    objects += s.tree.relation(k).equals("iobj") ? 2 : 1;
                }
            }
            if (objects >= 2) {
                return true;
            }
        }
        int first = verb + 1;
        if (first < s.size() && tag(s, first).equals("DET")) {
            first++;
        }
        if (first + 1 >= s.size() || !SECOND_OBJECT.contains(s.lower[first + 1])) {
            return false;
        }
        String tag = tag(s, first);
        return RECIPIENTS.contains(s.lower[first]) || (tag.equals("NOUN") || tag.equals("PROPN")) && !isAssertion(s, first);
    }

    /** "did not say it had nothing to do with": a negation before the phrase's own words. */
    private boolean negatedPhrase(SentenceView s, int i) {
        boolean own = cues.answer().contentNegations().contains(s.lower[i]) || i + 1 < s.size()
                && cues.answer().contentNegations().contains(s.lower[i + 1]);
        return !own && negated(s, i);
    }

    /** "questioned him" is an interrogation, "questioned it" a doubt: only "it", "this" and statement nouns. */
    private static boolean isPronounObjectOfQuestioning(SentenceView s, String verb, int obj) {
        return verb.startsWith("question") && (s.lower[obj].equals("them") || s.lower[obj].equals("those"));
    }

    /** A verb by the tree's tag or, without a tree, by the tagger's (nouns after a name included: "Moscow denies"). */
    private static boolean verbal(SentenceView s, int i) {
        if (s.tree != null && (s.tree.tag(i).equals("VERB") || s.tree.tag(i).equals("AUX"))) {
            return true;
        }
        return s.isVerbLike(i);
    }

    /** "was rejected", "has been denied", "is disputed": a passive. */
    private static boolean passive(SentenceView s, int i) {
        if (s.lower[i].endsWith("ing") || s.lower[i].endsWith("s") && !s.lower[i].endsWith("ss")) {
            return false; // "it's really challenging", "he denies": no participle
        }
        DependencyTree t = s.tree;
        if (t != null) {
            for (int c = 0; c < t.size(); c++) {
                if (t.head(c) == i && (t.relation(c).equals("aux:pass") || t.relation(c).equals("nsubj:pass"))) {
                    return true;
                }
            }
        }
        for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
            if (BE.contains(s.lower[k]) || s.lower[k].equals("get") || s.lower[k].equals("got")) {
                return true;
            }
            if (!tag(s, k).equals("ADV") && !tag(s, k).equals("PART")) {
                break;
            }
        }
        return false;
    }

    /** "allegations denied by Ukraine", "claims, rejected by the army,": a participle after its noun. */
    private static boolean participle(SentenceView s, int i) {
        if (s.lower[i].endsWith("ing")) {
            return false; // "a post criticizing the campaign", "a statement denying the reports": the noun does it, in the active
        }
        DependencyTree t = s.tree;
        if (t != null && (t.relation(i).equals("acl") || t.relation(i).equals("amod")) && t.head(i) >= 0 && t.head(i) < i) {
            return true;
        }
        if (t != null && t.relation(i).equals("conj") && t.head(i) >= 0 && t.head(i) < i && s.lower[i].endsWith("ed")
                && (participle(s, t.head(i)) || i + 1 < s.size() && s.lower[i + 1].equals("by"))) {
            return true; // "a theory peddled by officials and discredited by investigators"
        }
        return i + 1 < s.size() && s.lower[i + 1].equals("by") && s.lower[i].endsWith("ed") && i > 0
                && (tag(s, i - 1).equals("NOUN") || s.token(i - 1).equals(","));
    }

    /** The noun a passive or participle rejects: its passive subject or the noun it modifies. */
    private static int passiveSubject(SentenceView s, int i) {
        DependencyTree t = s.tree;
        if (t != null) {
            int subj = t.dependent(i, "nsubj:pass");
            if (subj >= 0) {
                return subj;
            }
            if ((t.relation(i).equals("acl") || t.relation(i).equals("amod")) && t.head(i) >= 0) {
                return t.head(i);
            }
            if (t.relation(i).equals("conj") && t.head(i) >= 0 && t.head(i) < i) {
                // The noun the first participle of the pair modifies, or the noun the tree hung this one on.
                int h = t.head(i);
                return tag(s, h).equals("NOUN") ? h : passiveSubject(s, h);
            }
        }
        for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
            String tag = tag(s, k);
            if (tag.equals("NOUN") || tag.equals("PRON") || tag.equals("PROPN")) {
                return k;
            }
        }
        return -1;
    }

    /** The object of a verb: from the tree, else the first noun after it before a clause opens. */
    private static int objectOf(SentenceView s, int verb) {
        DependencyTree t = s.tree;
        if (t != null) {
            int obj = t.dependent(verb, "obj");
            if (obj >= 0) {
                return obj;
            }
            return t.dependent(verb, "iobj");
        }
        for (int k = verb + 1; k < Math.min(s.size(), verb + 6); k++) {
            String tag = tag(s, k);
            if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("NUM")) {
                return k;
            }
            if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("ADV") || s.lower[k].equals("'s"))) {
                return -1;
            }
        }
        return -1;
    }

    /** A person or someone holding a post: whom "dismiss" removes from office, not a statement it rejects. */
    private boolean removedFromOffice(SentenceView s, int obj) {
        SentenceView.EntityMention m = s.mentionAt(obj);
        return m != null && m.entity().type() == EntityType.PERSON || cues.rejection().officeHolders().contains(s.lower[obj]);
    }

    private boolean isRequest(SentenceView s, int obj) {
        return cues.rejection().requestNouns().contains(s.lower[obj]);
    }

    /** "denied him entry", "were denied access to": a request noun right after the verb or its person. */
    private boolean requestFollows(SentenceView s, int verb) {
        for (int k = verb + 1; k < Math.min(s.size(), verb + 4); k++) {
            if (cues.rejection().requestNouns().contains(s.lower[k])) {
                return true;
            }
            String tag = tag(s, k);
            if (!(tag.equals("PRON") || tag.equals("DET") || tag.equals("PROPN") || tag.equals("ADJ"))) {
                return s.lower[k].equals("to") && k + 1 < s.size() && tag(s, k + 1).equals("VERB") && k > verb + 1
                        || s.lower[k].equals("to") && k == verb + 1 && passive(s, verb); // "were denied to call"
            }
        }
        return false;
    }

    /** A statement noun, or a noun phrase headed by one ("Moscow's latest accusations"). */
    private boolean isAssertion(SentenceView s, int n) {
        return objects.isAssertion(s, n);
    }

    /** A statement noun other than a pronoun ("the accusations", not "this"). */
    private boolean isAssertionNoun(SentenceView s, int n) {
        return objects.isAssertionNoun(s, n);
    }

    /** A clause, a gerund or "that" after the verb: "denied that …", "denied having", "disputes whether". */
    private static boolean hasClause(SentenceView s, int verb) {
        DependencyTree t = s.tree;
        if (t != null) {
            for (int c = verb + 1; c < t.size(); c++) {
                if (t.head(c) == verb && (t.relation(c).equals("ccomp") || t.relation(c).equals("xcomp") || t.relation(c).equals("csubj"))) {
                    return true;
                }
            }
        }
        if (verb + 1 < s.size()) {
            String next = s.lower[verb + 1];
            return CLAUSE_STARTS.contains(next) || next.endsWith("ing") && tag(s, verb + 1).equals("VERB");
        }
        return verb == s.size() - 1 || s.token(verb + 1).equals(".") || s.token(verb + 1).equals(",");
    }

    /** The "as" of "dismissed X as Y" after the verb, before the clause ends, or -1. */
    private static int asComplement(SentenceView s, int verb) {
        for (int k = verb + 1; k < Math.min(s.size(), verb + 10); k++) {
            String w = s.lower[k];
            if (w.equals("as")) {
                return k + 1 < s.size() && !s.lower[k + 1].equals("well") && !s.lower[k + 1].equals("part") ? k : -1;
            }
            if (w.equals(";") || w.equals(":") || w.equals(".") || w.equals("that") || tag(s, k).equals("VERB") || tag(s, k).equals("AUX")) {
                return -1;
            }
        }
        return -1;
    }

    // ---- dismissal and reframing by naming ------------------------------------------------------

    /**
     * A word that calls a statement untrue, where it says so: the predicate of a clause ("that is
     * false", "turned out to be a complete lie"), after "as" or a naming verb (a reframing when it
     * names an object: "called the figures propaganda"; a rejection when it names the noun a relative
     * clause hangs on: "a report the company called baseless"), before a statement noun ("baseless
     * allegations"), or a falsity verb ("he lied"). Dismissive words ("ridiculous") count only after
     * a naming verb or when a statement noun is their subject.
     */
    private Counter dismissal(SentenceView s) {
        ClaimCues.Dismissal d = cues.dismissal();
        for (int i = 0; i < s.size(); i++) {
            if (d.falsityVerbs().contains(s.lower[i]) && verbal(s, i)) {
                Counter c = falsityVerb(s, i);
                if (c != null) {
                    return c;
                }
                continue;
            }
            int len = d.falsityWords().matchAt(s.lower, i);
            boolean falsity = len > 0;
            if (!falsity) {
                len = d.dismissiveWords().matchAt(s.lower, i);
            }
            if (len == 0 || negatedWord(s, i)) {
                continue;
            }
            if (falsity && len == 3 && s.lower[i].equals("so")) {
                // "so-called" doubts only a statement noun ("so-called evidence"), not a name ("the so-called Islamic State").
                int n = objects.nounPhraseHead(s, i + len);
                if (n >= 0 && isAssertionNoun(s, n)) {
                    return new Counter(CounterForm.DISMISSAL, i);
                }
                continue;
            }
            int head = headOf(s, i, len);
            if (isVerbTag(tag(s, head)) && !s.lower[head].endsWith("ed")) {
                continue; // "Kherson lies on the river": a verb, not the noun
            }
            if (falsity && StatementObjects.falselyTold(s, i, cues)) {
                return new Counter(CounterForm.DISMISSAL, i); // "Trump falsely claimed that …", "was falsely accused of acting"
            }
            if (falsity && StatementObjects.liesAbout(s, head)) {
                return new Counter(CounterForm.DISMISSAL, i); // "heard a huge amount of lies about our soldiers"
            }
            Counter c = predicate(s, i, head, falsity);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private Counter falsityVerb(SentenceView s, int i) {
        if (negated(s, i)) {
            return null;
        }
        if (s.lower[i].equals("lying")) {
            // "they are lying to you", "accused of lying" — not "bodies lying in the street", "a house lying empty".
            boolean progressive = i > 0 && (BE.contains(s.lower[i - 1]) || s.lower[i - 1].equals("of")
                    || i > 1 && BE.contains(s.lower[i - 2]) && tag(s, i - 1).equals("ADV"));
            String next = i + 1 < s.size() ? s.lower[i + 1] : ".";
            boolean aboutWords = LYING_AFTER.contains(next) || isPunct(s, Math.min(i + 1, s.size() - 1)) && i + 1 < s.size()
                    || i + 1 == s.size() || SentenceView.isQuoteMark(next);
            return progressive && aboutWords ? new Counter(CounterForm.DISMISSAL, i) : null;
        }
        return new Counter(CounterForm.DISMISSAL, i);
    }

    /** The word of a phrase that the tree attaches outside it (its head), else the last. */
    private static int headOf(SentenceView s, int from, int len) {
        if (len == 1 || s.tree == null) {
            return from + len - 1;
        }
        for (int k = from; k < from + len; k++) {
            int h = s.tree.head(k);
            if (h < from || h >= from + len) {
                return k;
            }
        }
        return from + len - 1;
    }

    private Counter predicate(SentenceView s, int first, int head, boolean falsity) {
        DependencyTree t = s.tree;
        // A modifier: only of a statement noun ("baseless allegations", "fake news" is its own noun).
        int modified = modifiedNoun(s, first, head);
        if (modified >= 0) {
            if (isAssertionNoun(s, modified)) {
                return new Counter(CounterForm.DISMISSAL, first);
            }
            Counter named = named(s, first, modified, falsity);
            return named != null && named.form() == CounterForm.REFRAMING ? named : null; // "calling it another sham proceeding"
        }
        Counter named = named(s, first, head, falsity);
        if (named != null) {
            return named;
        }
        int be = beBefore(s, first);
        if (be >= 0 || t != null && hasCopula(t, head)) {
            if (falsity || subjectIsStatement(s, head, be) || itIsToSay(s, first, head)) {
                return new Counter(CounterForm.DISMISSAL, first);
            }
            return null;
        }
        if (falsity && t != null) {
            // "This is moral idiocy, repetition of Kremlin propaganda": up through "of", lists and appositions.
            int x = head;
            for (int steps = 0; steps < 3 && x >= 0; steps++) {
                String rel = t.relation(x);
                if (!(rel.equals("conj") || rel.equals("appos") || rel.startsWith("nmod") && hasCase(s, x, "of"))) {
                    break;
                }
                x = t.head(x);
                if (x >= 0 && (hasCopula(t, x) || beBefore(s, firstOfPhrase(s, x)) >= 0)) {
                    return new Counter(CounterForm.DISMISSAL, first);
                }
            }
            // "“Lies,” she said.": the word is all the quotation says.
            if (t.relation(head).equals("root") || quotedAlone(s, first, head)) {
                return quotedAlone(s, first, head) ? new Counter(CounterForm.DISMISSAL, first) : null;
            }
        }
        return null;
    }

    /** The noun this word modifies, when it is a modifier ("propaganda victory", "false claims"), else -1. */
    private static int modifiedNoun(SentenceView s, int first, int head) {
        DependencyTree t = s.tree;
        if (t != null) {
            String rel = t.relation(head);
            int h = t.head(head);
            if ((rel.equals("amod") || rel.equals("compound")) && h > head) {
                return h;
            }
        }
        // "a key strategic and propaganda victory" however the tree hung it: a noun right after that does not depend on it.
        int next = head + 1;
        if (next < s.size() && (tag(s, next).equals("NOUN") || tag(s, next).equals("PROPN")) && !tag(s, head).equals("VERB")
                && (t == null || t.head(next) != head)) {
            return next;
        }
        return -1;
    }

    /**
     * After a naming verb or "as": "called the figures propaganda" (an object between: reframing),
     * "dismissed the pledge as a ploy" (dismissal), "a claim Seoul describes as ridiculous" and "a
     * report the company called baseless" (nothing between: the noun before is what is named,
     * a rejection), "This is called war propaganda" (passive: dismissal).
     */
    private Counter named(SentenceView s, int first, int head, boolean falsity) {
        ClaimCues.Dismissal d = cues.dismissal();
        boolean objectBetween = false;
        int as = -1;
        for (int k = first - 1; k >= Math.max(0, first - 10); k--) {
            String w = s.lower[k];
            if (as < 0 && w.equals("as")) {
                as = k;
                continue;
            }
            boolean naming = d.namingVerbs().contains(w) || as >= 0 && cues.denialVerbs().contains(w);
            if (naming && verbal(s, k) && !(k + 1 < s.size() && PARTICLES.contains(s.lower[k + 1]))) {
                if (negated(s, k)) {
                    return null;
                }
                if (objectBetween) {
                    return new Counter(w.startsWith("dismiss") || w.startsWith("reject") ? CounterForm.DISMISSAL : CounterForm.REFRAMING, k);
                }
                if (passive(s, k)) {
                    return new Counter(CounterForm.DISMISSAL, k);
                }
                // Nothing named between the verb and the word: the noun a relative clause hangs on.
                for (int j = k - 1; j >= Math.max(0, k - 5); j--) {
                    if (isAssertionNoun(s, j)) {
                        return new Counter(CounterForm.REJECTION, k);
                    }
                }
                return falsity ? new Counter(CounterForm.DISMISSAL, k) : null;
            }
            if (BE.contains(w) || w.equals(";") || w.equals(":") || w.equals(".") || w.equals("that") && as < 0) {
                return null;
            }
            String tag = tag(s, k);
            if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || w.equals("'s")) {
                if (!inPhraseOf(s, k, head)) {
                    objectBetween = true;
                }
                continue;
            }
            if (tag.equals("DET") || tag.equals("ADJ") || tag.equals("ADV") || tag.equals("CCONJ") || tag.equals("NUM")
                    || SentenceView.isQuoteMark(s.token(k)) || w.equals(",") || FILLER.contains(w)) {
                continue;
            }
            return null;
        }
        return null;
    }

    /** Whether token k belongs to the noun phrase of head (its compound or modifier), by the tree. */
    private static boolean inPhraseOf(SentenceView s, int k, int head) {
        DependencyTree t = s.tree;
        if (t == null) {
            return k == head - 1 && tag(s, k).equals("NOUN"); // "war propaganda"
        }
        for (int x = k, steps = 0; x >= 0 && steps < 4; x = t.head(x), steps++) {
            if (x == head) {
                return true;
            }
            String rel = t.relation(x);
            if (!(rel.equals("compound") || rel.equals("amod") || rel.equals("nmod:poss") || rel.equals("det") || rel.equals("flat"))) {
                return false;
            }
        }
        return false;
    }

    /** The be-form before a predicate, past determiners and adverbs only ("was nothing but a complete lie"), or -1. */
    private static int beBefore(SentenceView s, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 6); k--) {
            String w = s.lower[k];
            if (BE.contains(w)) {
                return k;
            }
            String tag = tag(s, k);
            if (!(tag.equals("DET") || tag.equals("ADV") || tag.equals("ADJ") && k == first - 1 || FILLER.contains(w)
                    || SentenceView.isQuoteMark(s.token(k)))) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean hasCopula(DependencyTree t, int x) {
        for (int c = 0; c < t.size(); c++) {
            if (t.head(c) == x && t.relation(c).equals("cop")) {
                return true;
            }
        }
        return false;
    }

    /** A statement noun is the subject of the predicate ("the accusations are absurd"). */
    private boolean subjectIsStatement(SentenceView s, int head, int be) {
        if (sayingSubject(s, be >= 0 ? be : head)) {
            return true;
        }
        DependencyTree t = s.tree;
        if (t != null) {
            int subj = t.dependent(head, "nsubj");
            if (subj >= 0) {
                return isAssertionNoun(s, subj);
            }
        }
        if (be < 0) {
            return false;
        }
        for (int k = be - 1; k >= Math.max(0, be - 4); k--) {
            String tag = tag(s, k);
            if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON")) {
                return isAssertionNoun(s, k);
            }
        }
        return false;
    }

    /**
     * The sentence's subject is a saying or a likening in the infinitive, before {@code before}: "To
     * compare those two is absurd", "“To suggest that the army shelled its own city is nonsense”".
     */
    private boolean sayingSubject(SentenceView s, int before) {
        int k = 0;
        while (k < s.size() && SentenceView.isQuoteMark(s.token(k))) {
            k++;
        }
        return k + 1 < before && s.lower[k].equals("to") && (cues.attributionVerbs().contains(s.lower[k + 1])
                || cues.dismissal().comparisonVerbs().contains(s.lower[k + 1]));
    }

    /** "It is absurd to claim that …": the predicate of a saying. */
    private boolean itIsToSay(SentenceView s, int first, int head) {
        int k = head + 1;
        return k + 1 < s.size() && s.lower[k].equals("to") && cues.attributionVerbs().contains(s.lower[k + 1]);
    }

    private static boolean quotedAlone(SentenceView s, int first, int head) {
        int words = 0;
        for (int k = 0; k < s.size(); k++) {
            if (s.inQuote[k] && !SentenceView.isQuoteMark(s.token(k)) && !tag(s, k).equals("PUNCT")) {
                words++;
            }
        }
        return s.inQuote[first] && words <= head - first + 3;
    }

    private static int firstOfPhrase(SentenceView s, int x) {
        DependencyTree t = s.tree;
        int first = x;
        for (int c = 0; c < x; c++) {
            if (t.head(c) == x && (t.relation(c).equals("det") || t.relation(c).equals("amod") || t.relation(c).equals("compound"))) {
                first = Math.min(first, c);
            }
        }
        return first;
    }

    private static boolean hasCase(SentenceView s, int x, String word) {
        DependencyTree t = s.tree;
        for (int c = 0; c < x; c++) {
            if (t.head(c) == x && t.relation(c).equals("case") && s.lower[c].equals(word)) {
                return true;
            }
        }
        return false;
    }

    // ---- doubt ----------------------------------------------------------------------------------

    /**
     * A verify word after an inability or a negated state in the same stretch ("could not
     * independently confirm", "was unable to verify", "cannot be verified", "has not been
     * confirmed", "has not verified the claims"), or a hedging adjective ("unconfirmed reports").
     */
    private Counter unverified(SentenceView s) {
        ClaimCues.Doubt d = cues.doubt();
        int hedge = d.unverifiedWords().find(s.lower);
        if (hedge >= 0) {
            return new Counter(CounterForm.UNVERIFIED, hedge);
        }
        for (int i = 0; i < s.size(); i++) {
            if (!d.verifyWords().contains(s.lower[i])) {
                continue;
            }
            boolean ability = false;
            boolean negation = false;
            for (int k = i - 1; k >= Math.max(0, i - 6); k--) {
                String w = s.lower[k];
                if (w.equals(",") || w.equals(";") || w.equals("and") || w.equals("but") || w.equals("nor") || w.equals("neither")) {
                    break;
                }
                // "has not confirmed" reports a party's silence; "has not verified" is a newsroom's doubt.
                boolean perfect = w.equals("has") || w.equals("have");
                ability |= d.abilityWords().contains(w) && !perfect || perfect && s.lower[i].startsWith("verif");
                negation |= d.inabilityNegations().contains(w);
                if (w.equals("unable") || w.equals("impossible") || w.equals("cannot")) {
                    ability = true;
                }
            }
            if (ability && negation) {
                return new Counter(CounterForm.UNVERIFIED, i);
            }
        }
        return null;
    }

    /**
     * "without offering evidence", "offered no proof", "did not provide any evidence", "no evidence
     * that …" — not "no evidence of a threat", an official's finding.
     */
    private Counter noEvidence(SentenceView s) {
        ClaimCues.Doubt d = cues.doubt();
        for (int i = 0; i + 2 < s.size(); i++) {
            // "he wrote without supporting his claim", "without backing up the allegations"
            if (s.lower[i].equals("without") && UNSUPPORTED.contains(s.lower[i + 1])) {
                int k = s.lower[i + 2].equals("up") ? i + 3 : i + 2;
                int head = objects.nounPhraseHead(s, k < s.size() && POSSESSIVES.contains(s.lower[k]) ? k + 1 : k);
                if (head >= 0 && isAssertionNoun(s, head)) {
                    return new Counter(CounterForm.NO_EVIDENCE, i + 1);
                }
            }
        }
        for (int i = 0; i < s.size(); i++) {
            if (!d.evidenceNouns().contains(s.lower[i])) {
                continue;
            }
            int j = i - 1;
            while (j >= 0 && Set.of("any", "further", "supporting", "hard", "concrete", "credible", "real", "a", "shred", "of",
                    "single", "piece", "public", "clear", "such").contains(s.lower[j])) {
                j--;
            }
            if (j < 0) {
                continue;
            }
            String w = s.lower[j];
            if (w.equals("without")) {
                return new Counter(CounterForm.NO_EVIDENCE, i);
            }
            if (d.evidenceVerbs().contains(w)) {
                int b = j - 1;
                if (b >= 0 && s.lower[b].equals("without")) {
                    return new Counter(CounterForm.NO_EVIDENCE, i);
                }
                if (negated(s, j) || b >= 1 && s.lower[b].equals("to")
                        && Set.of("failed", "refused", "declined", "fail", "fails", "refuses").contains(s.lower[b - 1])) {
                    return new Counter(CounterForm.NO_EVIDENCE, i);
                }
            }
            if (w.equals("no")) {
                if (j > 0 && d.evidenceVerbs().contains(s.lower[j - 1])) {
                    return new Counter(CounterForm.NO_EVIDENCE, i); // "offered no evidence"
                }
                String next = i + 1 < s.size() ? s.lower[i + 1] : "";
                if (next.equals("that") || next.equals("to") || next.equals("for") || next.equals("supporting") || next.equals("backing")) {
                    return new Counter(CounterForm.NO_EVIDENCE, i);
                }
            }
        }
        return null;
    }

    /** Verbs of support a claim is made without: "without supporting his claim". */
    private static final Set<String> UNSUPPORTED = Set.of("supporting", "substantiating", "backing", "corroborating", "proving");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my", "your");

    /** Doubt in so many words ("cast doubt on", "sceptical of"), or a negated belief in a statement ("we don't believe anything"). */
    private Counter doubt(SentenceView s) {
        ClaimCues.Doubt d = cues.doubt();
        int k = d.doubts().find(s.lower);
        if (k >= 0 && !negatedWord(s, k) && !certainty(s, k)) {
            return new Counter(CounterForm.DOUBT, k);
        }
        for (int i = 1; i < s.size(); i++) {
            if (!d.beliefVerbs().contains(s.lower[i]) || !negated(s, i) || !hasSubjectBefore(s, i) || astonished(s, i)) {
                continue;
            }
            int next = i + 1;
            if (next >= s.size()) {
                continue;
            }
            String w = s.lower[next];
            boolean clause = CLAUSE_STARTS.contains(w) && !(w.equals("that") && (next + 1 >= s.size() || isPunct(s, next + 1)));
            if (!clause && s.tree != null && s.tree.dependent(i, "obj") < 0) {
                int c = s.tree.dependent(i, "ccomp");
                clause = c > i && s.inQuote[i] == s.inQuote[c]; // not the "…,” she said" a misparse hangs below
            }
            String tag = tag(s, next);
            boolean object = !clause && (tag.equals("PRON") || tag.equals("DET") || tag.equals("NOUN") || w.equals("anything")
                    || w.equals("a") || w.equals("any"));
            if (object && !w.equals("in")) {
                return new Counter(CounterForm.DOUBT, i);
            }
        }
        return null;
    }

    /** Words that deny a doubt a few words before it: "No one should have any doubt about it", "there is little doubt that". */
    private static final Set<String> NO_DOUBT = Set.of("no", "not", "n't", "never", "nobody", "none", "without", "little", "hardly");

    /** A doubt denied in its clause ("No one should have any doubt about it"): certainty, not doubt. */
    private static boolean certainty(SentenceView s, int doubt) {
        for (int k = doubt - 1; k >= Math.max(0, doubt - 5) && !isPunct(s, k); k--) {
            if (NO_DOUBT.contains(s.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** "We couldn't believe it when the letter arrived": surprise, not doubt. */
    private static boolean astonished(SentenceView s, int verb) {
        for (int k = Math.max(0, verb - 3); k < verb; k++) {
            String w = s.lower[k];
            if (w.equals("could") || w.equals("can") || w.equals("ca") || w.equals("cannot")) {
                return true;
            }
        }
        return false;
    }

    /** Not an imperative: "we don't believe it" has a subject, "don't believe the propaganda" none. */
    private static boolean hasSubjectBefore(SentenceView s, int verb) {
        for (int k = verb - 1; k >= 0; k--) {
            String tag = tag(s, k);
            if (tag.equals("PRON") || tag.equals("NOUN") || tag.equals("PROPN")) {
                return true;
            }
            if (!(tag.equals("AUX") || tag.equals("PART") || tag.equals("ADV") || s.lower[k].equals("n't"))) {
                return false;
            }
        }
        return false;
    }

    // ---- counter-accusation, reframing, rebuttal ----------------------------------------------

    /**
     * An accusation that answers one: "in turn accused", "hit back", "traded accusations", "each side
     * blamed the other", "accused X of shelling Kyiv after pledging to de-escalate".
     */
    private Counter counterAccusation(SentenceView s) {
        ClaimCues.Accusation a = cues.accusation();
        int accuse = accusationVerb(s);
        if (accuse < 0) {
            return null;
        }
        if (a.counterAccusations().find(s.lower) >= 0) {
            return new Counter(CounterForm.COUNTER_ACCUSATION, accuse);
        }
        // "Each side has repeatedly accused the other", "both sides blame the other".
        int mutual = a.mutualSubjects().find(s.lower, 0, accuse);
        if (mutual >= 0) {
            for (int k = accuse + 1; k + 1 < Math.min(s.size(), accuse + 5); k++) {
                if (s.lower[k].equals("the") && s.lower[k + 1].equals("other")) {
                    return new Counter(CounterForm.COUNTER_ACCUSATION, accuse);
                }
            }
        }
        for (int i = accuse + 1; i + 1 < s.size(); i++) {
            if (s.lower[i].equals("after") && a.brokenPromiseMarkers().contains(s.lower[i + 1])) {
                return new Counter(CounterForm.COUNTER_ACCUSATION, accuse); // accused of X after pledging not to
            }
        }
        // "accuse the Russian leaders of drumming up “hysteria”", "accused Moscow of spreading lies", "of reacting
        // hysterically", "of filming fake videos to accuse Russia of looting": what the
        // other side says is called false. Not the charge of a passive ("was accused of spreading false information").
        boolean reducedPassive = accuse + 1 < s.size() && s.lower[accuse + 1].equals("of"); // "…, also accused of"
        if (!passive(s, accuse) && !reducedPassive) {
            Phrases speech = cues.dismissal().falseSpeechWords();
            for (int i = accuse + 1; i < Math.min(s.size(), accuse + 16); i++) {
                if (s.lower[i].equals(".") || s.lower[i].equals(";")) {
                    break;
                }
                int len = speech.matchAt(s.lower, i);
                int modified = len > 0 ? modifiedNoun(s, i, headOf(s, i, len)) : -1;
                if (len > 0 && (modified < 0 || isAssertion(s, modified))) {
                    // "of spreading lies", "of filming fake videos"; not "a propaganda victory"
                    return new Counter(CounterForm.COUNTER_ACCUSATION, accuse);
                }
            }
        }
        return null;
    }

    /** The first accusing verb of the sentence (not "the blame"), or -1. */
    int accusationVerb(SentenceView s) {
        Phrases verbs = cues.accusation().accusationVerbs();
        for (int i = 0; i < s.size(); i++) {
            if (verbs.matchAt(s.lower, i) > 0 && (s.lower[i].startsWith("accus") || verbal(s, i)) && !negated(s, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * "not a withdrawal but the consequence …", "didn't decrease, but increased": a negation answered by
     * "but" that puts something in the place of what was negated — a noun for a noun, a verb for a verb
     * after "did not" — not a new clause ("not hoping for much, but we hope …", "does not share a border,
     * but is close to") nor "not only … but also". Someone's words only: the outlet's "not X but Y"
     * describes.
     */
    private Counter reframing(SentenceView s) {
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower[i];
            if (!(w.equals("not") || w.equals("n't") || w.equals("never"))
                    || i + 1 < s.size() && (s.lower[i + 1].equals("only") || s.lower[i + 1].equals("just"))) {
                continue;
            }
            boolean doSupport = i > 0 && (s.lower[i - 1].equals("did") || s.lower[i - 1].equals("do") || s.lower[i - 1].equals("does")
                    || PERFECT_OR_BE.contains(s.lower[i - 1]) && spokenBefore(s, i - 1));
            for (int k = i + 1; k < Math.min(s.size() - 1, i + 8); k++) {
                String x = s.lower[k];
                if (x.equals(".") || x.equals(";") || x.equals(":") || x.equals("?")) {
                    break;
                }
                if (!x.equals("but") || s.lower[k + 1].equals("also") || s.lower[k + 1].equals("for")) {
                    continue;
                }
                if (replaces(s, i, k, doSupport)) {
                    return new Counter(CounterForm.REFRAMING, i, true);
                }
                break;
            }
        }
        return null;
    }

    /**
     * Whether a passive's agent follows it in its clause ("was likened to a purge by the opposition"; not "compared to
     * Mariupol, which was destroyed by …").
     */
    private static boolean agentAfter(SentenceView s, int verb) {
        for (int k = verb + 1; k < s.size(); k++) {
            String x = s.lower[k];
            if (x.equals(",") || x.equals(";") || x.equals(":") || x.equals("which") || x.equals("who") || x.equals("that")) {
                return false;
            }
            if (x.equals("by") && !s.inQuote[k]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A speech verb before this token: "insisted the troops had not withdrawn but were regrouping" puts
     * a verb in the place of another inside someone's words, as "did not" does anywhere.
     */
    private boolean spokenBefore(SentenceView s, int before) {
        for (int k = 0; k < before; k++) {
            if (cues.attributionVerbs().contains(s.lower[k]) && verbal(s, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Likening what another side did or said to something else, or portraying it as something else:
     * "likened the departures to deportations", "compared the new tax to robbery", "described the vote
     * as a coup". An object must stand between the verb and "to"/"as" ("compared with last year" is a
     * figure's comparison) and a noun after it ("described the talks as constructive" judges, it does
     * not rename; "compared the prices to those" compares).
     */
    private Counter comparison(SentenceView s) {
        ClaimCues.Dismissal d = cues.dismissal();
        for (int i = 0; i < s.size(); i++) {
            String w = s.lower[i];
            boolean likening = d.comparisonVerbs().contains(w);
            if (!(likening || d.portrayalVerbs().contains(w)) || !verbal(s, i) || negated(s, i) || !likening && passive(s, i)) {
                continue; // "these officials are described as diplomats": how others see them, no one's answer
            }
            if (likening && passive(s, i) && !agentAfter(s, i) && !spokenBefore(s, i)) {
                continue; // "the bombardment has been compared to the battle of Mariupol": the outlet's description, by no one
            }
            boolean object = false;
            for (int k = i + 1; k < Math.min(s.size(), i + 10); k++) {
                String x = s.lower[k];
                boolean link = likening ? x.equals("to") || x.equals("with") : x.equals("as");
                if (link) {
                    // A portrayal renames in the speaker's own quoted words ("described the invasion as a
                    // “special military operation”"); "described the decision as historic" only judges.
                    if ((object || passive(s, i)) && renamesAs(s, k + 1, !likening)) {
                        return new Counter(CounterForm.REFRAMING, i);
                    }
                    break;
                }
                String tag = tag(s, k);
                if (isPunct(s, k) || isVerbTag(tag) || tag.equals("ADP") && !x.equals("of")) {
                    break;
                }
                if (REFLEXIVES.contains(x) || !likening && personAt(s, k)) {
                    break; // "described themselves as Russian", "described Mr Cotterell as a knight": people, not what they said or did
                }
                object |= tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON");
            }
        }
        return null;
    }

    private static boolean personAt(SentenceView s, int k) {
        SentenceView.EntityMention m = s.mentionAt(k);
        return m != null && m.entity().type() == io.claimwatch.model.EntityType.PERSON;
    }

    /** A noun (not a number, a pronoun or an adjective) heads what follows "to" or "as"; in quotation marks when {@code quoted}. */
    private static boolean renamesAs(SentenceView s, int from, boolean quoted) {
        for (int k = from; k < Math.min(s.size(), from + 5); k++) {
            String tag = tag(s, k);
            if (SentenceView.isQuoteMark(s.token(k))) {
                quoted = false;
                continue;
            }
            if (tag.equals("DET") || tag.equals("ADJ") && k + 1 < s.size()
                    && (tag(s, k + 1).equals("NOUN") || tag(s, k + 1).equals("ADJ") || tag(s, k + 1).equals("PUNCT"))) {
                continue;
            }
            return !quoted && (tag.equals("NOUN") || tag.equals("PROPN")) && !Character.isDigit(s.token(k).charAt(0));
        }
        return false;
    }

    /**
     * Holding to a clause that negates or calls something un-something, against another side's version:
     * "Kyiv insists the offensive was unprovoked", "maintained that its troops had not crossed the
     * border". Not "insisted on a meeting", "maintained the roads", "insists that talks must go on".
     */
    private Counter insistence(SentenceView s) {
        for (int i = 0; i < s.size() - 1; i++) {
            if (!cues.answer().insistenceVerbs().contains(s.lower[i]) || !verbal(s, i) || negated(s, i) || passive(s, i)) {
                continue;
            }
            int from = i + 1;
            if (s.lower[from].equals("that")) {
                from++;
            } else if (!(s.lower[from].equals("there") // "insisted there had been no change"
                    || (s.tree != null ? s.tree.dependent(i, "ccomp") > i : startsClause(s, from) || tag(s, from).equals("PRON")))) {
                continue; // "insisted on a meeting", "maintained the roads"
            }
            int end = from;
            while (end < s.size() && !s.lower[end].equals(";") && !s.lower[end].equals(".") && !s.lower[end].equals(":")) {
                end++;
            }
            if (factualNegation(s, from, end) >= 0 || negativeAdjective(s, from, end)) {
                return new Counter(CounterForm.INSISTENCE, i);
            }
        }
        return null;
    }

    /** A predicate after a form of "be" that is "un-" something: "was unprovoked", "is unfounded", "were unarmed". */
    private static boolean negativeAdjective(SentenceView s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            String w = s.lower[k];
            if (w.startsWith("un") && !w.startsWith("under") && !w.startsWith("uni") && w.length() > 5 && (tag(s, k).equals("ADJ") || tag(s, k).equals("VERB"))) {
                for (int b = k - 1; b >= Math.max(from, k - 3); b--) {
                    if (BE.contains(s.lower[b])) {
                        return true;
                    }
                    if (!tag(s, b).equals("ADV")) {
                        break;
                    }
                }
            }
        }
        return false;
    }

    /** Whether what follows "but" (at k) takes the place of what the negation (at neg) negates. */
    private boolean replaces(SentenceView s, int neg, int but, boolean doSupport) {
        DependencyTree t = s.tree;
        int conjunct = t == null ? -1 : t.head(but);
        // The tree decides where it hung "but" on a word after it; a "but" hung on the full stop is a misparse.
        if (t != null && conjunct > but && !t.tag(conjunct).equals("PUNCT")) {
            int negated = t.head(neg);
            if (negated < 0 || hasOwnSubject(t, conjunct)) {
                return false;
            }
            if (isVerbTag(t.tag(conjunct))) {
                return doSupport && isVerbTag(t.tag(negated)) && !cues.attributionVerbs().contains(s.lower[conjunct]);
            }
            boolean nominal = t.tag(conjunct).equals("NOUN") || t.tag(conjunct).equals("PROPN");
            boolean slot = t.tag(negated).equals("NOUN") || t.tag(negated).equals("PROPN");
            return nominal && slot && (t.head(conjunct) == negated || t.relation(conjunct).equals("conj"));
        }
        int m = but + 1;
        while (m < s.size() && (tag(s, m).equals("ADV") || tag(s, m).equals("DET") || tag(s, m).equals("PUNCT")
                || s.lower[m].equals("rather") || s.lower[m].equals("instead") || s.lower[m].equals("of"))) {
            m++;
        }
        if (m >= s.size()) {
            return false;
        }
        String tag = tag(s, m);
        if (isVerbTag(tag)) {
            return doSupport && !cues.attributionVerbs().contains(s.lower[m]);
        }
        return !tag.equals("PRON") && !startsClause(s, m);
    }

    private static boolean hasOwnSubject(DependencyTree t, int head) {
        for (int c = 0; c < t.size(); c++) {
            if (t.head(c) == head && (t.relation(c).startsWith("nsubj") || t.relation(c).equals("expl") || t.relation(c).startsWith("csubj"))) {
                return true;
            }
        }
        return false;
    }

    /** A noun phrase followed by its verb: "but the army says", "but officials insisted". */
    private static boolean startsClause(SentenceView s, int m) {
        for (int k = m; k < Math.min(s.size(), m + 5); k++) {
            String tag = tag(s, k);
            if (isVerbTag(tag)) {
                return k > m;
            }
            if (!(tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") || tag.equals("DET") || s.lower[k].equals("'s"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * An answer to what another side said that negates it: "Responding to Russia's accusation, Griffiths
     * said none of the ships were in the corridor". Not "did not respond to requests for comment".
     */
    private Counter rebuttal(SentenceView s) {
        Phrases markers = cues.answer().responseMarkers();
        for (int i = 0; i < s.size(); i++) {
            int len = markers.matchAt(s.lower, i);
            if (len == 0 || negated(s, i)) {
                continue;
            }
            if (contentNegation(s, i + len, s.size()) >= 0 || repliesToAParty(s, i + len)) {
                return new Counter(CounterForm.REBUTTAL, i);
            }
        }
        return null;
    }

    /**
     * "replied to Zelenskyy that …", "responded to Musk's original tweet", "responded to the criticism":
     * an answer to a party or to what it said — not to an event ("responded to the attack"), and not
     * one that agrees ("… only confirm that").
     */
    private boolean repliesToAParty(SentenceView s, int after) {
        if (after >= s.size() || !s.lower[after].equals("to")) {
            return false;
        }
        for (int k = after; k < s.size(); k++) {
            if (cues.answer().agreementWords().contains(s.lower[k])) {
                return false;
            }
        }
        for (int k = after + 1; k < Math.min(s.size(), after + 6); k++) {
            SentenceView.EntityMention m = s.mentionAt(k);
            if (m != null && m.entity().type() != io.claimwatch.model.EntityType.LOC) {
                int end = m.end();
                // "to Zelenskyy", or "to Musk's tweet": the party itself or its statement.
                if (end >= s.size() || !s.lower[end].equals("'s")) {
                    return true;
                }
                continue;
            }
            if (isAssertionNoun(s, k)) {
                return true;
            }
            String tag = tag(s, k);
            if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("PROPN") || s.lower[k].equals("'s"))) {
                return false;
            }
        }
        return false;
    }

    /** A negation of content in tokens [from, to): "no", "none", "not" … (not "not only", "no doubt"), or -1. */
    int contentNegation(SentenceView s, int from, int to) {
        Set<String> negations = cues.answer().contentNegations();
        for (int k = Math.max(0, from); k < Math.min(to, s.size()); k++) {
            if (!negations.contains(s.lower[k])) {
                continue;
            }
            String next = k + 1 < s.size() ? s.lower[k + 1] : "";
            if (next.equals("only") || next.equals("just") || next.equals("doubt") || next.equals("longer") || next.equals("sooner")
                    || next.equals("matter")) {
                continue;
            }
            if (cues.rejection().denialVerbs().contains(next)) {
                continue; // "I can't deny that", "did not dispute it": a denial negated agrees
            }
            return k;
        }
        return -1;
    }

    /**
     * A negation of what is or was, not of what will be or should be: "had nothing to do with", "no
     * ships were in the corridor", "cannot be tolerated" — not "won't give up", "would not stop", "the
     * option not to fight". Its token, or -1.
     */
    int factualNegation(SentenceView s, int from, int to) {
        for (int k = contentNegation(s, from, to); k >= 0; k = contentNegation(s, k + 1, to)) {
            String before = k > 0 ? s.lower[k - 1] : "";
            String after = k + 1 < s.size() ? s.lower[k + 1] : "";
            if (WILL.contains(before) || after.equals("to") || k > 1 && WILL.contains(s.lower[k - 2]) && tag(s, k - 1).equals("ADV")) {
                continue;
            }
            return k;
        }
        return -1;
    }

    // ---- shared --------------------------------------------------------------------------------

    /** "did not deny", "never denied", "neither confirmed nor denied", "no one denied": a negated verb. */
    boolean negated(SentenceView s, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (cues.negations().contains(s.lower[k]) || s.lower[k].equals("nobody") || s.lower[k].equals("refused")
                    || s.lower[k].equals("declined") || s.lower[k].equals("without")) {
                return true;
            }
        }
        DependencyTree t = s.tree;
        if (t != null) {
            for (int c = 0; c < t.size(); c++) {
                if (t.head(c) == i && (t.relation(c).equals("advmod") || t.relation(c).equals("neg")) && cues.negations().contains(s.lower[c])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "not false", "never a lie": a dismissal word negated right before it. */
    private boolean negatedWord(SentenceView s, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            if (s.lower[k].equals("not") || s.lower[k].equals("n't") || s.lower[k].equals("never") || s.lower[k].equals("no")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPunct(SentenceView s, int k) {
        String t = s.token(k);
        return t.equals(".") || t.equals(",") || t.equals(";") || t.equals(":") || t.equals("!") || t.equals("?");
    }

    private static boolean isVerbTag(String tag) {
        return tag.equals("VERB") || tag.equals("AUX");
    }

    /** The tree's tag where the sentence was parsed (the parser's tagger is the better one), else the tagger's. */
    static String tag(SentenceView s, int i) {
        return s.tree != null ? s.tree.tag(i) : s.tag(i);
    }
}
