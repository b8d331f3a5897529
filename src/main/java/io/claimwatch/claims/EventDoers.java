package io.claimwatch.claims;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The countries a statement says carried out the event it reports: a country, its nationality or its seat
 * a few words before an act of force or a force ("a Russian strike", "Russia shelled", "Ukrainian missiles
 * were behind"), not the target of one ("a strike on Russian positions", "attacking Ukrainian troops").
 *
 * <p>Why: a rejection of one side's version of an event ("a video suggesting Ukrainian missiles were behind the
 * attack is fake") agrees with a report that the other side did it ("killed in a Russian strike"); they share
 * the event, not the proposition.
 */
final class EventDoers {

    /** Families of acts someone carries out (not "killed", "injured": those tell the victims). */
    private static final Set<String> ACTS = Set.of("~attack", "~invade", "~explode", "~shoot-down", "~capture", "~torture",
            "~poison", "~hack", "~blockade");

    /** Forces and weapons: "Russian forces", "Ukrainian drones". */
    private static final Set<String> FORCES = Set.of("forces", "force", "troops", "army", "military", "soldiers", "missile",
            "missiles", "rocket", "rockets", "drone", "drones", "artillery", "jets", "warplanes", "navy", "units", "shells");

    /**
     * Words before a party that make it the target or the place, not the doer, or the maker of the arms
     * someone else uses ("using Iranian drones", "supplied with US missiles"), or the group the victims are
     * among ("casualties among Russian forces").
     */
    private static final Set<String> TARGET_MARKS = Set.of("on", "against", "at", "into", "toward", "towards", "near",
            "of", "over", "targeting", "targeted", "hit", "hitting", "using", "use", "used", "uses", "with", "supplied",
            "supplying", "sent", "sending", "bought", "buying", "acquired", "acquiring", "received", "receiving",
            "delivered", "delivering", "provided", "providing", "among", "sank", "sunk", "sinking", "destroyed", "destroying",
            "downed", "damaged", "damaging");

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "two", "three", "several");

    /** How many words a doer and its act may have between them ("Ukraine was preparing to detonate"). */
    private static final int REACH = 5;

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|[,;:.!?()\u2013\u2014\"\u201c\u201d]");

    private EventDoers() {}

    /** A force or a weapon, lower case: "forces", "troops", "drones". */
    static boolean isForce(String lower) {
        return FORCES.contains(lower);
    }

    /** A word before a party that makes it the target: a preposition of place or aim, or an act ("attacking Ukrainian troops"). */
    private static boolean target(LinkTerms terms, String before) {
        String key = Character.isLetter(before.charAt(0)) ? terms.key(before) : null;
        return TARGET_MARKS.contains(before.toLowerCase(Locale.ROOT)) || key != null && ACTS.contains(key);
    }

    /**
     * Verbs of one side's account: "Russia claimed …", "Kyiv accused …", "Ukrainian officials said …". Saying and
     * accusing together (the attribution verbs of the claim cues have no accusing ones).
     */
    private static final Set<String> SPEECH = Set.of("say", "says", "said", "claim", "claims", "claimed", "accuse", "accuses",
            "accused", "allege", "alleges", "alleged", "blame", "blames", "blamed", "report", "reports", "reported", "insist",
            "insists", "insisted", "charged", "warned", "warns");

    /** Words before a verb of saying that make it a passive: "Russia <u>was</u> accused", "has <u>been</u> blamed". */
    private static final Set<String> PASSIVE_BEFORE = Set.of("is", "are", "was", "were", "be", "been", "being", "stands", "stand");

    /** How many words a speaker's country and its verb may have between them ("Russia['s] Defense Ministry has repeatedly said"). */
    private static final int SPEAKER_REACH = 5;

    /**
     * The countries whose own account the text reports, in text order: a country, its nationality or its seat a few
     * words before a verb of saying or accusing ("… and Russia claimed Ukrainian shells hit a building", "while Moscow
     * accused Ukraine's forces …"). Why: a sentence that tells both sides' versions reports the exchange; it is
     * neither side's accusation.
     */
    static Set<String> speakers(String text) {
        LinkTerms terms = LinkTerms.get();
        List<String> tokens = tokens(text);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String country = partyAt(terms, tokens, i);
            if (country == null) {
                continue;
            }
            for (int k = i + 1; k <= Math.min(tokens.size() - 1, i + 1 + SPEAKER_REACH); k++) {
                String t = tokens.get(k);
                if (k == i + 2 && tokens.get(i + 1).equalsIgnoreCase("and") && terms.partyCountry(t) != null) {
                    continue; // "Russia and Ukraine traded claims": both say it
                }
                if (!Character.isLetter(t.charAt(0)) || terms.partyCountry(t) != null) {
                    break;
                }
                String lower = t.toLowerCase(Locale.ROOT);
                if (SPEECH.contains(lower)) {
                    if (!PASSIVE_BEFORE.contains(tokens.get(k - 1).toLowerCase(Locale.ROOT))) {
                        out.add(country); // not "Russia was accused", "Kyiv has been blamed": the accused, not a speaker
                    }
                    break;
                }
                String key = terms.key(t);
                if (key != null && ACTS.contains(key)) {
                    break; // "Ukrainian forces shelled the plant, Russia said": a doer, not a speaker
                }
            }
        }
        return out;
    }

    private static final Set<String> OWN = Set.of("its", "their", "his", "her");

    /**
     * The countries the text says hold to a statement of their own: a country, its nationality or its seat a few words
     * before "its"/"their" and a statement noun ("the Kremlin stood by its allegation that …", "Moscow repeated
     * their claims").
     */
    static Set<String> ownStatements(String text) {
        LinkTerms terms = LinkTerms.get();
        Set<String> nouns = ClaimCues.get().rejection().assertionNouns();
        List<String> tokens = tokens(text);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String country = partyAt(terms, tokens, i);
            for (int k = i + 1; country != null && k + 1 < Math.min(tokens.size(), i + 1 + SPEAKER_REACH); k++) {
                String t = tokens.get(k);
                if (!Character.isLetter(t.charAt(0)) || terms.partyCountry(t) != null) {
                    break;
                }
                if (OWN.contains(t.toLowerCase(Locale.ROOT))) {
                    String next = tokens.get(k + 1).toLowerCase(Locale.ROOT);
                    String after = k + 2 < tokens.size() ? tokens.get(k + 2).toLowerCase(Locale.ROOT) : "";
                    if (nouns.contains(next) || next.equals("own") && nouns.contains(after)) {
                        out.add(country);
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** Whether one of the first {@code words} words of a text is a verb of saying or accusing ("while the president warned"). */
    static boolean saysWithin(String text, int words) {
        List<String> tokens = tokens(text);
        for (int i = 0, seen = 0; i < tokens.size() && seen < words; i++) {
            if (Character.isLetter(tokens.get(i).charAt(0))) {
                seen++;
                if (SPEECH.contains(tokens.get(i).toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The country a token stands for as a party, not as the target or place of an act ("a strike on Russian positions"), or null. */
    private static String partyAt(LinkTerms terms, List<String> tokens, int i) {
        String country = Character.isLetter(tokens.get(i).charAt(0)) ? terms.partyCountry(tokens.get(i)) : null;
        if (country == null || i > 0 && target(terms, tokens.get(i - 1))) {
            return null;
        }
        // "sank a Ukrainian military vessel", "hit the Russian positions": the act or mark before the article.
        boolean article = i > 1 && DETERMINERS.contains(tokens.get(i - 1).toLowerCase(Locale.ROOT));
        return article && target(terms, tokens.get(i - 2)) ? null : country;
    }

    private static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** Whether a verb of saying follows the force at {@code k} within two words ("military command said", "army says"). */
    private static boolean speaks(List<String> tokens, int k) {
        for (int j = k + 1; j <= Math.min(tokens.size() - 1, k + 2); j++) {
            String lower = tokens.get(j).toLowerCase(Locale.ROOT);
            if (SPEECH.contains(lower)) {
                return true;
            }
            if (!Character.isLetter(lower.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** The countries the text says carried out an act of force, in text order. */
    static Set<String> in(String text) {
        LinkTerms terms = LinkTerms.get();
        List<String> tokens = tokens(text);
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            String country = partyAt(terms, tokens, i);
            if (country == null) {
                continue;
            }
            for (int k = i + 1; k < Math.min(tokens.size(), i + 1 + REACH); k++) {
                String t = tokens.get(k);
                if (!Character.isLetter(t.charAt(0))) {
                    break;
                }
                String lower = t.toLowerCase(Locale.ROOT);
                if (terms.partyCountry(t) != null || terms.isFrameWord(lower)) {
                    break; // "Russia said Ukrainian forces …", "Ukrainian claims that …": another party, or who speaks
                }
                String key = terms.key(t);
                if (FORCES.contains(lower) && speaks(tokens, k)) {
                    break; // "the Ukrainian military command said …": a force that speaks is a speaker, not a doer
                }
                if (FORCES.contains(lower) || key != null && ACTS.contains(key)) {
                    out.add(country);
                    break;
                }
            }
        }
        return out;
    }
}
