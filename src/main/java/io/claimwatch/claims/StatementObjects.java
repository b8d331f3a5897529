package io.claimwatch.claims;

import java.util.Set;

/**
 * What a word or phrase of rejection takes as its object, read from the words after it: the head of
 * the noun phrase there, whether that head names a statement ("the regulator's latest assessment"),
 * and the rejecting phrases of several words ("pushed back on claims that …") whose object is one.
 * Shared by the counterclaim forms and the attribution of who rejects. Thread-safe (no state).
 */
final class StatementObjects {

    private final ClaimCues cues;

    StatementObjects(ClaimCues cues) {
        this.cues = cues;
    }

    /**
     * The head of the noun phrase that starts at {@code from}: its last noun before the phrase ends,
     * across determiners, adjectives and possessives ("the regulator's latest assessment" → assessment),
     * or -1 when no noun phrase starts there.
     */
    int nounPhraseHead(SentenceView s, int from) {
        int head = -1;
        for (int k = from; k < Math.min(s.size(), from + 8); k++) {
            String tag = CounterclaimFinder.tag(s, k);
            // A statement noun the tagger took for an adjective ("the government's narrative") is a noun here.
            if (tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("ADJ") && isAssertion(s, k)) {
                head = k;
            } else if (!(tag.equals("DET") || tag.equals("ADJ") || tag.equals("NUM") || s.lower[k].equals("'s")
                    || s.lower[k].equals("’s") || tag.equals("PART") && s.lower[k].endsWith("s"))) {
                break;
            }
        }
        return head;
    }

    /** A statement noun ("claims", "narrative"), or a pronoun standing for one ("it", "this"). */
    boolean isAssertion(SentenceView s, int n) {
        return cues.rejection().assertionNouns().contains(s.lower[n]);
    }

    /** A statement noun other than a pronoun ("the accusations", not "this"). */
    boolean isAssertionNoun(SentenceView s, int n) {
        String tag = CounterclaimFinder.tag(s, n);
        return isAssertion(s, n) && !tag.equals("PRON") && !tag.equals("DET");
    }

    /**
     * Where a rejecting phrase that starts at {@code i} takes a statement or a clause as its object
     * ("pushed back on claims that", "do not agree with the narrative", "disagreed that"): the token of
     * its verb ("pushed", "agree"); else -1 ("pushed back on the crowd", "shot down a drone").
     */
    int rejectingVerbAt(SentenceView s, int i) {
        int len = cues.rejection().rejectingPhrases().matchAt(s.lower, i);
        if (len == 0 || len == 1 && !s.isVerbLike(i)) {
            return -1; // a verb of criticism alone must be a verb: not "several blasts that occurred"
        }
        int after = i + len;
        if (after + 1 < s.size() && PART_OF.contains(s.lower[after]) && s.lower[after + 1].equals("of")) {
            after += 2; // "called into question some of the expert analysis"
        }
        int head = nounPhraseHead(s, after);
        boolean statement = head >= 0 && isAssertionNoun(s, head)
                || after < s.size() && (s.lower[after].equals("that") || s.lower[after].equals("whether"));
        if (!statement) {
            return -1;
        }
        return cues.negations().contains(s.lower[i]) && i + 1 < s.size() ? i + 1 : i;
    }

    /** How many tokens the rejecting phrase at {@code i} has ("pushed back on": 3), or 0. */
    int rejectingPhraseLength(SentenceView s, int i) {
        return cues.rejection().rejectingPhrases().matchAt(s.lower, i);
    }

    /** Nouns of untruth that, with "about" after them, call what was said about someone untrue. */
    private static final java.util.Set<String> LIE_NOUNS = java.util.Set.of("lie", "lies", "falsehoods", "fabrications", "untruths");

    /** "lies about Russian soldiers", "falsehoods about the project": a noun of untruth at {@code i}, then "about". */
    static boolean liesAbout(SentenceView s, int i) {
        return LIE_NOUNS.contains(s.lower[i]) && i + 1 < s.size() && s.lower[i + 1].equals("about");
    }

    /** The words of the rejecting phrase at {@code i}, joined ("pushed back on"), or null. */
    String rejectingPhraseAt(SentenceView s, int i) {
        int len = cues.rejection().rejectingPhrases().matchAt(s.lower, i);
        return len == 0 ? null : String.join(" ", java.util.Arrays.copyOfRange(s.lower, i, i + len));
    }

    /** Words for a part of what follows "of": "some of the claims", "much of the report". */
    private static final Set<String> PART_OF = Set.of("some", "much", "many", "most", "all", "part", "parts", "one", "several", "each");

    /** Adverbs that may stand between "falsely" and the verb it qualifies: "falsely and repeatedly claimed". */
    private static final Set<String> BETWEEN_FALSELY = Set.of("and", "repeatedly", "again", "also", "publicly", "widely", "once");

    /**
     * "falsely" qualifying a verb of saying or accusing ("Trump falsely claimed that …", "Moscow has a history of falsely
     * accusing its opponents", "was falsely accused of acting", "said falsely that"): the outlet calls what was said untrue.
     */
    static boolean falselyTold(SentenceView s, int i, ClaimCues cues) {
        if (!s.lower[i].equals("falsely")) {
            return false;
        }
        int k = i + 1;
        while (k < s.size() && BETWEEN_FALSELY.contains(s.lower[k])) {
            k++;
        }
        return k < s.size() && telling(s.lower[k], cues) || i > 0 && telling(s.lower[i - 1], cues);
    }

    private static boolean telling(String w, ClaimCues cues) {
        return cues.attributionVerbs().contains(w) || w.startsWith("accus") || w.startsWith("portray") || w.startsWith("depict")
                || w.startsWith("brand") || w.startsWith("label") || w.startsWith("paint");
    }
}
