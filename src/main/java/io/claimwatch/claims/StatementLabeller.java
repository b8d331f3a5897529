package io.claimwatch.claims;

import io.claimwatch.model.EntityType;
import io.claimwatch.model.StatementLabel;
import java.util.Set;

/**
 * Labels a sentence claim, counterclaim or none, and gives its news check-worthiness score: the
 * trained model's calibrated score moved by what news tells (attribution, names, numbers). Not
 * claims: headings (a paragraph's last line without a sentence's final stop, no verb, a fragment),
 * questions, and first-person quotes that the debate-trained model alone does not find
 * check-worthy (feeling, resolve, colour: the model learnt first-person speech from debates).
 */
final class StatementLabeller {

    /**
     * A label, the score, the counterclaim's form and the token that shows it (null and -1 when none),
     * and the sentence the article showed it answers (-1 when none): the counterclaim a follow-up or
     * a quotation goes on with, the accusation a counter-accusation answers, the statement a
     * contradiction opposes.
     */
    record Decision(StatementLabel label, double score, CounterForm form, int counterCue, int answers) {

        static Decision of(StatementLabel label, double score) {
            return new Decision(label, score, null, -1, -1);
        }

        Decision asCounterclaim(CounterForm newForm, int answered) {
            return new Decision(StatementLabel.COUNTERCLAIM, Math.max(score, 0.5), newForm, counterCue, answered);
        }
    }

    /** Logit shift from the check-worthiness training data's base rate (~24%) to news reports' (~80%). */
    static final double NEWS_PRIOR_SHIFT = 2.5;

    private static final Set<String> ASKING = Set.of("asked", "asks", "said", "says", "wondered", "wonders", "added", "wrote",
            "tweeted", "told", "demanded", "questioned");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "me", "us", "my", "our", "i'm", "we're", "we've", "i've");

    private final CounterclaimFinder counters;

    StatementLabeller(ClaimCues cues) {
        this.counters = new CounterclaimFinder(cues);
    }

    CounterclaimFinder counters() {
        return counters;
    }

    Decision decide(SentenceView s, boolean attributed, double modelScore) {
        // News is mostly assertion: the debate-trained model's prior (about a quarter check-worthy) moves
        // towards the share of factual sentences in news reports.
        double z = CheckWorthinessModel.logit(modelScore) + NEWS_PRIOR_SHIFT;
        boolean names = s.hasEntity(EntityType.PERSON, EntityType.ORG, EntityType.LOC);
        z += attributed ? 1.0 : 0;
        z += names ? 0.7 : 0;
        z += s.hasNumber() ? 0.5 : 0;
        double score = 1 / (1 + Math.exp(-z));
        if (!s.hasVerb() || s.size() < 4 || isHeading(s) || isQuestion(s)) {
            return Decision.of(StatementLabel.NONE, Math.min(score, 0.2)); // a heading, a fragment, a question
        }
        CounterclaimFinder.Counter counter = counters.find(s);
        if (counter != null && (attributed || !counter.spoken() || quotedAt(s, counter.token()))) {
            return new Decision(StatementLabel.COUNTERCLAIM, Math.max(score, 0.5), counter.form(), counter.token(), -1);
        }
        if (firstPersonColour(s)) {
            // Quoted first-person speech is what the model was trained on: its own score decides.
            return Decision.of(modelScore >= 0.5 ? StatementLabel.CLAIM : StatementLabel.NONE, modelScore);
        }
        return Decision.of(score >= 0.5 ? StatementLabel.CLAIM : StatementLabel.NONE, score);
    }

    private static boolean quotedAt(SentenceView s, int token) {
        return token >= 0 && s.inQuote[token];
    }

    /** The counterclaim form the sentence shows by itself, or null ({@code analyze --sentences}). */
    CounterclaimFinder.Counter counter(SentenceView s) {
        return counters.find(s);
    }

    /**
     * The last line of a paragraph without a sentence's final punctuation: a headline, a subheading or
     * a label left by the page ("Ukraine war in maps: Tracking the invasion").
     */
    static boolean isHeading(SentenceView s) {
        if (!s.endsParagraph || s.size() == 0) {
            return false;
        }
        for (int k = s.size() - 1; k >= 0; k--) {
            String t = s.token(k);
            if (SentenceView.isQuoteMark(t) || t.equals(")") || t.equals("]") || t.equals("’") || t.equals("'")) {
                continue;
            }
            return !(t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…") || t.equals(":") || t.equals(";")
                    || t.length() > 1 && t.endsWith("."));
        }
        return true;
    }

    /**
     * A question: the sentence ends with one, or a quoted question with little around it ("“Who will
     * pay for this?” she asked."). A question asks; it asserts nothing to check.
     */
    static boolean isQuestion(SentenceView s) {
        int outside = 0;
        int question = -1;
        for (int i = 0; i < s.size(); i++) {
            String t = s.token(i);
            if (t.equals("?")) {
                question = i;
            } else if (!s.inQuote[i] && Character.isLetterOrDigit(t.charAt(0))) {
                outside++;
            }
        }
        if (question < 0) {
            return false;
        }
        int last = s.size() - 1;
        while (last > 0 && (SentenceView.isQuoteMark(s.token(last)) || s.token(last).equals(")"))) {
            last--;
        }
        return !s.inQuote[question] || outside < 8 || last == question || askedRightAfter(s, question);
    }

    /** "“To protect us?” she asked, citing …": the question, then only who asked it. */
    private static boolean askedRightAfter(SentenceView s, int question) {
        for (int k = question + 1; k < Math.min(s.size(), question + 5); k++) {
            if (ASKING.contains(s.lower[k])) {
                return true;
            }
        }
        return false;
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
}
