package io.claimwatch.claims;

import io.claimwatch.model.StatementRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of an outlet's own statements (claimer "article") another outlet's counterclaim can dispute.
 *
 * <p>Why: an outlet's narration of what happened ("scores were killed when rockets hit the station",
 * "Republicans are favoured to take the House") mostly agrees with what a third party rejects about the same
 * event (a fake video blaming the other side), or shares only the topic. Judged on real news, 12 of 15 such
 * links were wrong. Two kinds stay disputable:
 * <ul>
 *   <li>a narration that reports a party's stance: what it says, alleges, blames, calls or classifies
 *       something ("Kyiv and its allies blame Moscow for …", "after Moscow alleged that …", "the State Department
 *       reclassified Griner as wrongfully detained"), or a statement it made ("Shoigu made the claims");
 *   <li>a narration the counterclaim's claimer answers as the one it says did it or accuses ("a Russian strike
 *       killed …" ← "Russia denied it struck …").
 * </ul>
 */
final class NarratedClaims {

    /**
     * Words of a stance beyond the labeller's verbs of attribution: a party files something under a name
     * ("reclassified Griner as having been wrongfully detained", "designated the group a terrorist organisation"),
     * fears or suspects something ("officials fear Moscow will cut the exports"), or speaks of it ("spoke with his
     * counterparts to convey concerns about …").
     */
    private static final Set<String> STANCE_WORDS = Set.of("classified", "classifies", "classify", "reclassified",
            "reclassifies", "designated", "designates", "designate", "recognised", "recognized", "recognises", "recognizes",
            "deemed", "deems", "ruled", "rules", "labelled", "labeled", "fear", "fears", "feared", "suspect", "suspects",
            "suspected", "talked", "talks", "spoke", "speaks", "convey", "conveys", "conveyed", "concern", "concerns");

    /**
     * Nouns of what was said that record a fact rather than a party's stance ("the death toll", "a video shows",
     * "the figures"): a narration holding one reports what happened.
     */
    private static final Set<String> RECORD_NOUNS = Set.of("figure", "figures", "number", "numbers", "data", "tally", "toll",
            "evidence", "footage", "images", "photos", "picture", "pictures", "video", "testimony");

    /** How many words a speaker's name and its verb may have between them ("Stremousov, a Kremlin-backed official in Kherson, talked"). */
    private static final int SPEAKER_REACH = 10;

    private NarratedClaims() {}

    /** Whether the claim is the outlet's own statement. */
    static boolean isNarration(StatementRef claim) {
        return "article".equals(claim.claimer());
    }

    /**
     * Whether the counterclaim may dispute this outlet's own statement: it reports a stance, or the
     * counterclaim's claimer is whom it accuses ({@code accused} non-null) or says carried out its act.
     */
    static boolean disputable(StatementRef claim, StatementRef counter, String accused) {
        if (spokenBy(claim, counter)) {
            return false;
        }
        return reportsStance(claim.text()) || accused != null || saysDidIt(claim, counter);
    }

    /**
     * Whether the narration tells what the counterclaim's claimer itself said ("Putin claimed Russia signed the deal
     * …" and "Putin has insisted …"): its surname, then a verb of saying before the sentence goes on to another
     * clause. The labeller left such a claim to the outlet; it is the same claimer's, and no dispute.
     */
    static boolean spokenBy(StatementRef claim, StatementRef counter) {
        return saysBySurname(claim.text(), StatementRefs.surnameKey(counter.claimerId()));
    }

    /**
     * Whether the outlet's narration tells what this author of a rejected statement said: "It comes after Moscow alleged
     * that …", "the Kremlin stood by its allegation that …" for "Russia's false claim"; "Shoigu claimed …" for "Minister
     * Shoigu's allegations". A person by surname before a verb of saying; a country by its name, nationality or seat
     * before one ({@link EventDoers#speakers}) or before its own statement noun ("its allegation").
     */
    static boolean narrates(StatementRef claim, String author) {
        if (!isNarration(claim)) {
            return false;
        }
        String surname = StatementRefs.surnameKey(author);
        LinkTerms terms = LinkTerms.get();
        // Not the last word of a body's name that is a country ("general-staff-of-the-armed-forces-of-ukraine").
        if (surname != null && terms.partyCountry(Character.toUpperCase(surname.charAt(0)) + surname.substring(1)) == null
                && saysByName(claim.text(), surname)) {
            return true;
        }
        String spoken = terms.speaksFor(author);
        String country = spoken != null ? spoken : author;
        Set<String> speakers = EventDoers.speakers(claim.text());
        // "Russia and Ukraine traded claims of strikes …": the exchange of both sides, neither one's claim.
        return speakers.size() == 1 && speakers.contains(country) || EventDoers.ownStatements(claim.text()).contains(country);
    }

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|['’]s\\b|[^\\s\\p{L}]");
    /** Negations between a name and its verb ("has not ruled out"); "hasn't" stops at its apostrophe, as any mark does. */
    private static final Set<String> NOT = Set.of("not", "never", "nothing");

    /**
     * Whether the text has the person of this surname say something: the name as the subject of a verb of saying or
     * of another stance a few words on ("Shoigu claimed", "Sergei Shoigu this weekend spoke with … to convey"), with no
     * other name nor a negation before it ("Shoigu, who Putin refused to fire", "Putin has not ruled out"), or its
     * statement ("Putin's claims that …"), not any other possession ("Shoigu's calls").
     */
    private static boolean saysByName(String text, String surname) {
        if (surname == null) {
            return false;
        }
        ClaimCues cues = ClaimCues.get();
        Set<String> statements = cues.rejection().assertionNouns();
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).toLowerCase(Locale.ROOT).equals(surname)) {
                continue;
            }
            if (i + 2 < tokens.size() && tokens.get(i + 1).length() == 2 && tokens.get(i + 1).endsWith("s")
                    && !Character.isLetter(tokens.get(i + 1).charAt(0))) {
                if (statements.contains(tokens.get(i + 2).toLowerCase(Locale.ROOT))) {
                    return true;
                }
                continue;
            }
            for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + SPEAKER_REACH); k++) {
                String t = tokens.get(k);
                String lower = t.toLowerCase(Locale.ROOT);
                if (!Character.isLetter(t.charAt(0)) && !t.equals(",") || NOT.contains(lower)
                        || Character.isUpperCase(t.charAt(0)) && k > i + 1 && !Character.isUpperCase(tokens.get(k - 1).charAt(0))) {
                    break;
                }
                if (isStanceVerb(cues, lower)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean saysBySurname(String text, String surname) {
        if (surname == null) {
            return false;
        }
        ClaimCues cues = ClaimCues.get();
        String[] tokens = text.toLowerCase(Locale.ROOT).split("[^\\p{L};.]+|(?=[;.])");
        for (int i = 0; i < tokens.length; i++) {
            if (!tokens[i].equals(surname)) {
                continue;
            }
            for (int k = i + 1; k < Math.min(tokens.length, i + 1 + SPEAKER_REACH); k++) {
                String w = tokens[k];
                if (w.startsWith(";") || w.startsWith(".")) {
                    break;
                }
                if (isStanceVerb(cues, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the text reports what a party said, claimed, blamed, compared, called or decided something to be. */
    static boolean reportsStance(String text) {
        ClaimCues cues = ClaimCues.get();
        LinkTerms terms = LinkTerms.get();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty() || terms.isFunctionWord(w)) {
                continue;
            }
            if (isStanceVerb(cues, w) || cues.dismissal().comparisonVerbs().contains(w)
                    || cues.rejection().assertionNouns().contains(w) && !RECORD_NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** A verb of saying, of naming something so, or of another stance ("reclassified", "fears"). */
    private static boolean isStanceVerb(ClaimCues cues, String lower) {
        return cues.attributionVerbs().contains(lower) || cues.dismissal().namingVerbs().contains(lower) || STANCE_WORDS.contains(lower);
    }

    /** Whether the claim says the counterclaim's claimer, or the country it speaks for, carried out the act it reports. */
    private static boolean saysDidIt(StatementRef claim, StatementRef counter) {
        Set<String> doers = EventDoers.in(claim.text());
        if (doers.isEmpty()) {
            return false;
        }
        if (counter.claimerId() != null) {
            String seat = LinkTerms.get().speaksFor(counter.claimerId());
            if (doers.contains(counter.claimerId()) || seat != null && doers.contains(seat)) {
                return true;
            }
        }
        return counter.side().stream().anyMatch(doers::contains);
    }
}
