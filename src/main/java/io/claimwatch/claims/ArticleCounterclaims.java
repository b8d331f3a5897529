package io.claimwatch.claims;

import io.claimwatch.model.StatementLabel;
import java.util.Collection;
import java.util.HashSet;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The counterclaims that only the article around a sentence shows: an accusation against the party
 * that accused first, the same speaker going on with a denial (negated, or restating "this is …"),
 * the other sentences of a quotation that denies, and a negated statement set against another side's
 * statement about the same event. Runs once per article after every sentence has its attribution
 * and its own label; changes labels in place.
 */
final class ArticleCounterclaims {

    /** Labels, attributions and what each sentence's accusation targets, by sentence index. */
    record Sentences(List<SentenceView> views, List<AttributionFinder.Attribution> claimers,
            List<List<AttributionFinder.Attribution>> allAttributions, List<AttributionFinder.Attribution> accused,
            List<StatementLabeller.Decision> decisions) {}

    /** How many sentences back a contradiction looks for the statement it opposes. */
    private static final int CONTRADICTION_WINDOW = 3;
    /** The most sentences one quotation that denies carries with it. */
    private static final int MAX_QUOTATION = 5;
    private static final Set<String> RESTATING_SUBJECTS = Set.of("this", "that", "it", "these", "those");
    private static final Set<String> BE = Set.of("is", "was", "'s", "are", "were", "remains", "seems");
    private static final Set<String> CONCESSIONS = Set.of("when", "while", "whereas", "although", "though", "but", "however",
            "despite", "even");

    private final CounterclaimFinder finder;
    private final ClaimCues cues;

    ArticleCounterclaims(CounterclaimFinder finder, ClaimCues cues) {
        this.finder = finder;
        this.cues = cues;
    }

    void apply(String text, Sentences s) {
        counterAccusations(s);
        contradictions(s);
        followUps(s);
        quotations(text, s);
    }

    /**
     * "Earlier, Zelensky accused the NGO of shifting the responsibility", where the NGO accused Kyiv
     * before: an accusation against the claimer of an earlier accusation is its answer.
     */
    private void counterAccusations(Sentences s) {
        for (int k = 0; k < s.views.size(); k++) {
            AttributionFinder.Attribution target = s.accused.get(k);
            AttributionFinder.Attribution accuser = s.claimers.get(k);
            if (target == null || target.claimerIds().isEmpty() || accuser == null || isCounter(s, k)
                    || overlaps(accuser.claimerIds(), target.claimerIds())) {
                continue;
            }
            int answered = -1;
            for (int j = 0; j < k; j++) {
                AttributionFinder.Attribution earlier = s.claimers.get(j);
                boolean accusedFirst = earlier != null && overlaps(earlier.claimerIds(), target.claimerIds())
                        && (finder.accusationVerb(s.views.get(j)) >= 0 || isCounter(s, j));
                if (accusedFirst || blamedAccuserFirst(s, j, k, accuser, target)) {
                    answered = j; // the latest earlier accusation by the party now accused
                }
            }
            if (answered >= 0) {
                set(s, k, CounterForm.COUNTER_ACCUSATION, answered);
            }
        }
    }

    /**
     * "Ukrainian shelling has caused a fire at the plant", says the Russian ministry; then "Zelensky
     * accused Russia of shelling the plant": the earlier statement, by the accused's side, said the
     * accuser's side did it (a doer before an act of force), about the same event (two content words
     * in common).
     */
    private static boolean blamedAccuserFirst(Sentences s, int j, int k, AttributionFinder.Attribution accuser,
            AttributionFinder.Attribution target) {
        AttributionFinder.Attribution earlier = s.claimers.get(j);
        if (earlier == null || !s.decisions.get(j).label().isPositive()) {
            return false;
        }
        Set<String> targetSide = DisputeRule.countriesOf(target.claimerIds());
        Set<String> accuserSide = DisputeRule.countriesOf(accuser.claimerIds());
        if (targetSide.isEmpty() || accuserSide.isEmpty() || overlaps(targetSide, accuserSide)
                || !overlaps(DisputeRule.countriesOf(earlier.claimerIds()), targetSide)
                || !overlaps(EventDoers.in(s.views.get(j).text), accuserSide)) {
            return false;
        }
        Set<String> shared = new HashSet<>(DisputeLinker.contentWords(s.views.get(j)));
        shared.retainAll(DisputeLinker.contentWords(s.views.get(k)));
        return shared.size() >= 2;
    }

    /**
     * A negated statement of one side set against another side's statement: in the same sentence ("no
     * ships were in the corridor …, when Russia says its vessels were attacked"), or right after that
     * statement with a word that opposes them ("But Kyiv said none of its units …").
     */
    private void contradictions(Sentences s) {
        for (int k = 0; k < s.views.size(); k++) {
            AttributionFinder.Attribution a = s.claimers.get(k);
            SentenceView v = s.views.get(k);
            if (a == null || isCounter(s, k) || !asserts(s, k)) {
                continue;
            }
            int negation = finder.factualNegation(v, 0, v.size());
            if (negation < 0 || onlyNegatesItsVerb(v, a, negation)) {
                continue;
            }
            for (AttributionFinder.Attribution other : s.allAttributions.get(k)) {
                if (other != a && other.cueToken() > negation && !sameClaimer(a, other) && !other.claimerIds().isEmpty()
                        && !other.cue().contains(" ") && concessionBetween(v, negation, other.cueToken())) {
                    set(s, k, CounterForm.CONTRADICTION, -1);
                    break;
                }
            }
            if (isCounter(s, k) || !opposed(v, Math.min(negation, a.cueToken()))) {
                continue;
            }
            Set<String> words = DisputeLinker.contentWords(v);
            for (int j = k - 1; j >= Math.max(0, k - CONTRADICTION_WINDOW); j--) {
                AttributionFinder.Attribution b = s.claimers.get(j);
                if (b == null || sameClaimer(a, b) || !s.decisions.get(j).label().isPositive()) {
                    continue;
                }
                Set<String> shared = new HashSet<>(DisputeLinker.contentWords(s.views.get(j)));
                shared.retainAll(words);
                if (shared.size() >= 2) {
                    set(s, k, CounterForm.CONTRADICTION, j);
                    break;
                }
            }
        }
    }

    /**
     * "But Kyiv said none of its units …", "Kyiv, however, said …", "Kyiv insisted": the sentence is set
     * against what came before — a conjunction only when it opens the sentence ("X thanked them, but
     * added …" goes on with X's own words).
     */
    private boolean opposed(SentenceView v, int before) {
        Phrases markers = cues.answer().oppositionMarkers();
        for (int k = 0; k < before; k++) {
            if (markers.matchAt(v.lower, k) == 0) {
                continue;
            }
            boolean conjunction = v.lower[k].equals("but") || v.lower[k].equals("yet") || v.lower[k].equals("whereas");
            boolean opens = k == 0 || k == 1 && SentenceView.isQuoteMark(v.token(0));
            if (!conjunction || opens) {
                return true;
            }
        }
        return false;
    }

    /** "…, when Russia says …", "…, while Kyiv insists …": a concession that sets the second speaker against the first. */
    private static boolean concessionBetween(SentenceView v, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (CONCESSIONS.contains(v.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the sentence negates what it says, not only its speech verb ("did not say"). */
    private boolean negates(Sentences s, int k) {
        SentenceView v = s.views.get(k);
        AttributionFinder.Attribution a = s.claimers.get(k);
        int negation = finder.factualNegation(v, 0, v.size());
        // An attribution shared from another sentence of the quotation has its speech verb there.
        boolean ownVerb = a != null && s.allAttributions.get(k).contains(a);
        return negation >= 0 && !(ownVerb && onlyNegatesItsVerb(v, a, negation));
    }

    /** A negation right on the speech verb ("did not say", "would not comment") negates no content. */
    private static boolean onlyNegatesItsVerb(SentenceView v, AttributionFinder.Attribution a, int negation) {
        return a.cueToken() > negation && a.cueToken() - negation <= 3;
    }

    /**
     * The same speaker's next sentence after a counterclaim, when it negates ("He added that the
     * resolution had nothing to do with European values") or restates what it names ("This is a Putin
     * price hike"): the denial goes on. Only the next sentence: further on, a speaker's negations are
     * mostly their own view ("There is no point in that"), not the denial.
     */
    private void followUps(Sentences s) {
        for (int k = 1; k < s.views.size(); k++) {
            AttributionFinder.Attribution a = s.claimers.get(k);
            AttributionFinder.Attribution before = s.claimers.get(k - 1);
            StatementLabeller.Decision previous = s.decisions.get(k - 1);
            if (a == null || before == null || !sameClaimer(a, before) || isCounter(s, k) || !asserts(s, k)
                    || previous.label() != StatementLabel.COUNTERCLAIM || previous.form() == CounterForm.UNVERIFIED
                    || previous.form() == CounterForm.NO_EVIDENCE) {
                continue;
            }
            if (negates(s, k) || restates(s.views.get(k))) {
                set(s, k, CounterForm.FOLLOW_UP, k - 1);
            }
        }
    }

    /** "This is a Putin price hike", "“It is clear that it's an attack …”": a predicate on what was just named. */
    private static boolean restates(SentenceView v) {
        int k = 0;
        while (k < v.size() && (SentenceView.isQuoteMark(v.token(k)) || v.lower[k].equals("but") || v.lower[k].equals("and"))) {
            k++;
        }
        // "This is a Putin price hike", "It is clear that it's an attack on …": a new name for what was denied.
        for (int end = Math.min(v.size() - 2, k + 6); k < end; k++) {
            if (RESTATING_SUBJECTS.contains(v.lower[k]) && BE.contains(v.lower[k + 1])
                    && (v.lower[k + 2].equals("a") || v.lower[k + 2].equals("an"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * One quotation over several sentences has one voice: when one of its sentences denies
     * ("‘That is false. Nobody was there,’ she said."), so do its others that negate. The ones that
     * do not ("We need this in wartime," he said) go on with the speaker's own view, not the denial.
     */
    private void quotations(String text, Sentences s) {
        int i = 0;
        while (i < s.views.size()) {
            int j = i;
            while (j + 1 < s.views.size() && continuesQuotation(text, s, j)) {
                j++;
            }
            // A quotation that does not close within a few sentences is a lost quotation mark, not a voice.
            boolean closed = !s.views.get(j).quoteOpenAtEnd && j - i < MAX_QUOTATION;
            if (j > i && closed) {
                int denial = -1;
                for (int k = i; k <= j && denial < 0; k++) {
                    StatementLabeller.Decision d = s.decisions.get(k);
                    if (d.label() == StatementLabel.COUNTERCLAIM && (d.form() == CounterForm.FOLLOW_UP
                            || d.counterCue() >= 0 && s.views.get(k).inQuote[d.counterCue()])) {
                        denial = k;
                    }
                }
                for (int k = i; denial >= 0 && k <= j; k++) {
                    if (!isCounter(s, k) && asserts(s, k) && negates(s, k)) {
                        set(s, k, CounterForm.QUOTE_DENIAL, denial);
                    }
                }
            }
            i = j + 1;
        }
    }

    /** Whether sentence j+1 goes on with sentence j's quotation, in the same voice. */
    private static boolean continuesQuotation(String text, Sentences s, int j) {
        SentenceView a = s.views.get(j);
        SentenceView b = s.views.get(j + 1);
        AttributionFinder.Attribution ca = s.claimers.get(j);
        AttributionFinder.Attribution cb = s.claimers.get(j + 1);
        if (ca == null || cb == null || !sameClaimer(ca, cb) || a.quotedSpan() == null || b.quotedSpan() == null) {
            return false;
        }
        boolean sameParagraph = text.substring(a.tokens.end(), b.tokens.start()).indexOf('\n') < 0;
        // "“That is false.” “Nobody was there,” she said.": a wholly quoted sentence, then the next quote.
        return a.quoteOpenAtEnd || sameParagraph && whollyQuoted(a) && b.size() > 0 && SentenceView.isQuoteMark(b.token(0));
    }

    private static boolean whollyQuoted(SentenceView v) {
        for (int i = 0; i < v.size(); i++) {
            if (!v.inQuote[i] && Character.isLetterOrDigit(v.token(i).charAt(0))) {
                return false;
            }
        }
        return v.size() > 0;
    }

    /** A sentence that asserts at all: not a heading, a question or a fragment. */
    private static boolean asserts(Sentences s, int k) {
        SentenceView v = s.views.get(k);
        return v.hasVerb() && v.size() >= 4 && !StatementLabeller.isHeading(v) && !StatementLabeller.isQuestion(v);
    }

    private static boolean isCounter(Sentences s, int k) {
        return s.decisions.get(k).label() == StatementLabel.COUNTERCLAIM;
    }

    private static void set(Sentences s, int k, CounterForm form, int answers) {
        s.decisions.set(k, s.decisions.get(k).asCounterclaim(form, answers));
    }

    static boolean sameClaimer(AttributionFinder.Attribution a, AttributionFinder.Attribution b) {
        return Claimers.same(a.claimerIds(), a.claimer(), b.claimerIds(), b.claimer());
    }

    private static boolean overlaps(Collection<String> a, Collection<String> b) {
        return !Collections.disjoint(a, b);
    }
}
