package io.claimwatch.claims;

import io.claimwatch.model.EntityType;
import io.claimwatch.model.StatementLabel;
import java.util.Set;

/**
 * Labels a sentence claim, counterclaim or none, and gives its news check-worthiness score: the
 * trained model's calibrated score moved by what news tells (attribution, names, numbers) and by
 * what marks colour (headings, questions, first-person quotes without facts).
 */
final class StatementLabeller {

    /** A label, the score, and where the counterclaim cue is (-1 when none). */
    record Decision(StatementLabel label, double score, int counterCue) {}

    /** Logit shift from the check-worthiness training data's base rate (~24%) to news reports' (~80%). */
    static final double NEWS_PRIOR_SHIFT = 2.5;

    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "i'm", "we're", "we've", "i've");

    private final ClaimCues cues;

    StatementLabeller(ClaimCues cues) {
        this.cues = cues;
    }

    Decision decide(SentenceView s, boolean attributed, double modelScore) {
        // News is mostly assertion: the debate-trained model's prior (about a quarter check-worthy) moves
        // towards the share of factual sentences in news reports.
        double z = CheckWorthinessModel.logit(modelScore) + NEWS_PRIOR_SHIFT;
        boolean names = s.hasEntity(EntityType.PERSON, EntityType.ORG, EntityType.LOC);
        z += attributed ? 1.0 : 0;
        z += names ? 0.7 : 0;
        z += s.hasNumber() ? 0.5 : 0;
        boolean colour = firstPersonColour(s);
        double score = 1 / (1 + Math.exp(-z));
        if (!s.hasVerb() || s.size() < 4 || s.token(s.size() - 1).equals("?")) {
            return new Decision(StatementLabel.NONE, Math.min(score, 0.2), -1); // a heading, a fragment, a question
        }
        int counter = counterCue(s);
        if (counter >= 0) {
            return new Decision(StatementLabel.COUNTERCLAIM, Math.max(score, 0.5), counter);
        }
        if (colour) {
            return new Decision(StatementLabel.NONE, Math.min(score, 0.3), -1); // "We will fight on," he said
        }
        return new Decision(score >= 0.5 ? StatementLabel.CLAIM : StatementLabel.NONE, score, -1);
    }

    /** A quote in the first person with no name and no number in it: feeling, resolve, colour. */
    private static boolean firstPersonColour(SentenceView s) {
        int quoted = 0;
        boolean first = false;
        for (int i = 0; i < s.size(); i++) {
            if (s.inQuote[i]) {
                quoted++;
                first |= FIRST_PERSON.contains(s.lower[i]);
                if (Character.isDigit(s.token(i).charAt(0))) {
                    return false;
                }
            }
        }
        if (!first || quoted * 3 < s.size()) {
            return false;
        }
        for (SentenceView.EntityMention m : s.mentions) {
            if (s.inQuote[m.first()]) {
                return false;
            }
        }
        return true;
    }

    /** The token where the sentence disputes something, or -1. */
    int counterCue(SentenceView s) {
        for (int i = 0; i < s.size(); i++) {
            if (cues.denialVerbs().contains(s.lower[i]) && !negated(s, i) && s.isVerbLike(i)) {
                return i;
            }
        }
        int k = s.find(cues.dismissals());
        if (k >= 0) {
            return k;
        }
        k = s.find(cues.doubts());
        if (k >= 0) {
            return k;
        }
        int accuse = indexOfPrefix(s, "accus");
        if (accuse >= 0) {
            if (s.find(cues.counterAccusations()) >= 0) {
                return accuse;
            }
            for (int i = accuse + 1; i + 1 < s.size(); i++) {
                if (s.lower[i].equals("after") && cues.brokenPromiseMarkers().contains(s.lower[i + 1])) {
                    return accuse; // accused of X after pledging not to
                }
            }
        }
        return reframing(s);
    }

    /** "not a withdrawal but ...", "didn't decrease, but increased": a negation answered by "but". */
    private int reframing(SentenceView s) {
        for (int i = 0; i < s.size(); i++) {
            if (!cues.negations().contains(s.lower[i]) || i + 1 < s.size() && s.lower[i + 1].equals("only")) {
                continue;
            }
            for (int k = i + 1; k < Math.min(s.size() - 1, i + 8); k++) {
                if (s.lower[k].equals("but") && !s.lower[k + 1].equals("also")) {
                    return i;
                }
                if (s.lower[k].equals(".") || s.lower[k].equals(";")) {
                    break;
                }
            }
        }
        return -1;
    }

    /** "did not deny", "never denied". */
    private boolean negated(SentenceView s, int i) {
        for (int k = Math.max(0, i - 3); k < i; k++) {
            if (cues.negations().contains(s.lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfPrefix(SentenceView s, String prefix) {
        for (int i = 0; i < s.size(); i++) {
            if (s.lower[i].startsWith(prefix)) {
                return i;
            }
        }
        return -1;
    }
}
