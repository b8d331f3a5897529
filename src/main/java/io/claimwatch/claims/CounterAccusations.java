package io.claimwatch.claims;

import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.model.StatementRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two accusations across outlets that answer each other: one side blames the other for an act ("Russian shelling
 * of the plant", "Kyiv accused Moscow of shelling the plant") and the other side, soon after, accuses the first of
 * the same act at the same place ("Moscow accused Ukrainian units of shelling the plant"). Neither sentence denies
 * anything in so many words, so both are labelled claims; the later is a counter-accusation of the earlier, the form
 * the labeller knows inside one article ({@code counter-accusation}).
 *
 * <p>Why a rule of its own: the dispute rule compares what a counterclaim rejects with a claim; here nothing is
 * rejected, and what is disputed is who did it. Precision first, as there:
 * <ul>
 *   <li>other outlets, other claimers on other sides, each side known ({@link StatementRef#side()});
 *   <li>the answer accuses in so many words ({@link StatementRef#accused()}) the first claimer's side, and the first
 *       blames the answer's side, by accusing it or by saying it carried out the act ({@link EventDoers});
 *   <li>the same act (an event family in common) and the same place or thing: shared terms other than the parties
 *       weighing at least {@link DisputeRule#MIN_MASS} by their rarity in news — "the plant", "Zaporizhzhia", not
 *       "civilians" alone;
 *   <li>neither side says its own side did it (a boast or an admission blames no one);
 *   <li>the answer within {@link DisputeRule#EXCHANGE_WINDOW} after the first (an exchange is told within a day or
 *       two), never before it; two told at the same time are linked once.
 * </ul>
 */
final class CounterAccusations {

    /** Event families (config/link-lexicon.yaml) of acts one side accuses the other of. */
    private static final Set<String> BLAMED_ACTS = Set.of("attack", "kill", "injure", "explode", "shoot-down", "torture",
            "poison", "hack", "invade", "displace", "detain", "pollute", "blockade");

    /**
     * A distance (with its conversion in brackets), a few words, then "from" or "of" and what it is measured from; or
     * nearness in words ("not far from", "in the vicinity of", "near", "neighbouring", "around", "outside"; not "close
     * to": "sources close to the Kremlin") and what it is near.
     */
    private static final Pattern DISTANCE = Pattern.compile(
            "(?i)(?:\\b\\d[\\d,.]*\\s*(?:km|kilometres|kilometers|miles|metres|meters|m)\\b(?:\\s*\\([^)]*\\))?(?:\\s+[\\p{L}-]+){0,4}?\\s+(?:from|of|away from)"
                    + "|\\bnot\\s+far\\s+from|\\bin\\s+the\\s+vicinity\\s+of|\\bneighbou?ring|\\bnear|\\bnext\\s+to|\\baround(?=\\s+the\\s)|\\boutside(?=\\s+the\\s))"
                    + "\\s+(?:the\\s+)?((?:[\\p{L}-]+\\s+)?[\\p{L}-]+)");

    /**
     * Words for the means of an act and for places of any kind ("artillery", "missiles", "the city", "communities"):
     * two reports of shelling share them whatever was shelled, so they do not tell the same place or thing.
     */
    private static final Set<String> MEANS_AND_PLACES = Set.of("artilleri", "missil", "rocket", "drone", "mortar", "grad", "munit",
            "projectil", "weapon", "gun", "howitz", "citi", "town", "villag", "area", "region", "district", "communiti", "settlement",
            "territori", "civilian", "resid", "peopl", "home", "hous", "build");

    private final LinkStatistics stats;
    private final long exchangeMillis;

    CounterAccusations(Duration window, LinkStatistics stats) {
        this.stats = stats;
        this.exchangeMillis = Math.min(DisputeRule.EXCHANGE_WINDOW.toMillis(), window.toMillis());
    }

    /** The link from the first accusation to the answer that accuses its side back, or null. */
    ContestedLink link(StatementRef first, StatementRef answer) {
        long lag = answer.publishedAt() - first.publishedAt();
        // The answer comes after what it answers; two told at the same time are one exchange, linked once (by id order).
        boolean after = lag > 0 || lag == 0 && first.id().compareTo(answer.id()) < 0;
        if (!accuses(first) || !accuses(answer) || !after || lag > exchangeMillis
                || first.side().isEmpty() || answer.side().isEmpty() || !Collections.disjoint(first.side(), answer.side())
                || first.source().equalsIgnoreCase(answer.source()) || DisputeRule.sameClaimer(first, answer)) {
            return null;
        }
        List<String> act = sharedActs(first, answer);
        if (act.isEmpty()) {
            return null;
        }
        if (reportsOtherSide(first, answer) || reportsOtherSide(answer, first)) {
            // "Ukraine said Russian forces fired on the plant and Russia claimed Ukrainian shells hit it": the exchange
            // told whole, not one side's accusation; it answers no one.
            return null;
        }
        Set<String> accusedBack = blamed(answer);
        accusedBack.retainAll(first.side());
        if (accusedBack.isEmpty()) {
            return null; // the answer blames someone else than the first claimer's side
        }
        Set<String> blamed = blamed(first);
        if (Collections.disjoint(blamed, answer.side())) {
            return null; // the first blames no one the answer speaks for
        }
        if (!Collections.disjoint(blamed, first.side()) || !Collections.disjoint(blamed(answer), answer.side())) {
            // "Zakharova said Russia's strike sank the vessel": a side telling what its own side did boasts or admits; it
            // blames no one.
            return null;
        }
        Set<String> parties = new HashSet<>(first.side());
        parties.addAll(answer.side());
        parties.addAll(blamed);
        parties.addAll(accusedBack);
        if (namesOtherThings(first, answer, parties)) {
            return null; // "shelling the Karvisk plant" and "shelling the Ostra plant": the same act, two places
        }
        List<String> common = new ArrayList<>();
        double mass = 0;
        Set<String> landmarks = distanceMarks(first.text());
        landmarks.addAll(distanceMarks(answer.text()));
        for (int i = 0; i < answer.words().size(); i++) {
            String t = answer.words().get(i);
            boolean landmark = landmarks.contains(answer.forms().get(i).toLowerCase(Locale.ROOT));
            if (!isAct(t) && !isParty(t, parties) && !landmark && !MEANS_AND_PLACES.contains(t) && first.words().contains(t)
                    && !common.contains(answer.forms().get(i))) {
                common.add(answer.forms().get(i));
                mass += stats.termWeight(t);
            }
        }
        List<String> firstThings = things(first, parties);
        for (String e : things(answer, parties)) {
            if (firstThings.contains(e) && !landmarks.contains(e.split("-")[0])) { // "not far from the Zaporizhzhia plant"
                common.add(e.replace('-', ' '));
                mass += stats.termWeight(LinkTerms.ENTITY + e);
            }
        }
        if (mass < DisputeRule.MIN_MASS) {
            return null; // the same act, but where, or against what?
        }
        double score = (1 - Math.exp(-(mass + DisputeRule.PARTY_BONUS))) * 0.75;
        String reason = "blames " + String.join(" and ", accusedBack) + " for what the claim blames on " + String.join(" and ",
                retain(blamed, answer.side())) + "; in common: " + String.join(", ", quoted(act, common)) + "; " + DisputeRule.duration(Math.abs(lag))
                + " after the claim";
        return new ContestedLink(ContestedLink.idOf(first.id(), answer.id()), first, answer, Math.round(score * 1000) / 1000.0, reason);
    }

    /** Whether a statement names an act one side blames on the other (an event family of {@link #BLAMED_ACTS}). */
    static boolean namesBlamedAct(StatementRef s) {
        return s.words().stream().anyMatch(CounterAccusations::isBlamedAct);
    }

    /** Whether a term is the event family of an act one side blames on the other ("~attack"). */
    private static boolean isBlamedAct(String term) {
        return term.startsWith(LinkTerms.FAMILY) && BLAMED_ACTS.contains(term.substring(LinkTerms.FAMILY.length()));
    }

    /**
     * A claim, or a counterclaim that rejects nothing in so many words: its article's own counter-accusation
     * ("Advisers to Zelensky said Russian forces were shelling the route", after Moscow blamed Kyiv).
     */
    static boolean accuses(StatementRef s) {
        return s.label() == StatementLabel.CLAIM || s.label() == StatementLabel.COUNTERCLAIM && s.rejected() == null;
    }

    /** Whether a statement also tells the other side's account (a speaker of the other's side). */
    private static boolean reportsOtherSide(StatementRef s, StatementRef other) {
        return !Collections.disjoint(EventDoers.speakers(s.text()), other.side()); // the sides are disjoint: another side speaks
    }

    /**
     * Whether each names something besides the parties and their claimers (a place, a plant, a unit) and they name
     * nothing of it in common.
     */
    private static boolean namesOtherThings(StatementRef first, StatementRef answer, Set<String> parties) {
        List<String> a = things(first, parties);
        List<String> b = things(answer, parties);
        return !a.isEmpty() && !b.isEmpty() && Collections.disjoint(a, b);
    }

    private static List<String> things(StatementRef s, Set<String> parties) {
        List<String> out = new ArrayList<>();
        for (String e : s.entityIds()) {
            if (!e.equals(s.claimerId()) && !s.partyKeys().contains(e) && !isParty(LinkTerms.ENTITY + e, parties)) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Words that only tell how far away something happened ("10 km across the Dnieper from the plant"): a landmark,
     * not what was hit.
     */
    static Set<String> distanceMarks(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = DISTANCE.matcher(text);
        while (m.find()) {
            for (String w : m.group(1).split("\\s+")) {
                if (LinkTerms.get().key(w) != null) {
                    out.add(w.toLowerCase(Locale.ROOT)); // not "the", "and": no landmark
                }
            }
        }
        return out;
    }

    /** Whom a statement blames: the parties it accuses (as countries) and the countries it says carried out its act. */
    private static Set<String> blamed(StatementRef s) {
        Set<String> out = new TreeSet<>(DisputeRule.countriesOf(s.accused()));
        out.addAll(EventDoers.in(s.text()));
        return out;
    }

    /**
     * The event families both name, as the answer writes them ("shelling"), among the acts one side blames on the
     * other. Not holding ground ("the occupied towns", "if Ukraine recaptures Kherson", "annexed"), nor supplying:
     * on real news every counter-accusation through them was wrong.
     */
    private static List<String> sharedActs(StatementRef first, StatementRef answer) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < answer.words().size(); i++) {
            String t = answer.words().get(i);
            if (isBlamedAct(t) && first.words().contains(t)) {
                out.add(answer.forms().get(i));
            }
        }
        return out;
    }

    /** Event families that tell what an act did and to what ("damaged the line", "the jets"), not the act. */
    private static final Set<String> OUTCOMES = Set.of("damage", "aircraft");

    /**
     * Whether a term is an event family other than an outcome: the act both blame is the question, not where it
     * happened; what it did ("~damage") and to what ("~aircraft") tell the place and thing.
     */
    private static boolean isAct(String term) {
        return term.startsWith(LinkTerms.FAMILY) && !OUTCOMES.contains(term.substring(LinkTerms.FAMILY.length()));
    }

    /** Whether a term is a party or the seat of one ("Moscow" where Russia is a side). */
    private static boolean isParty(String term, Set<String> parties) {
        String id = term.startsWith(LinkTerms.ENTITY) ? term.substring(1) : null;
        if (id == null) {
            return false;
        }
        String country = LinkTerms.get().speaksFor(id);
        return parties.contains(id) || country != null && parties.contains(country);
    }

    private static Set<String> retain(Set<String> a, List<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.retainAll(b);
        return out;
    }

    private static List<String> quoted(List<String> act, List<String> common) {
        List<String> out = new ArrayList<>();
        for (String s : act) {
            out.add("“" + s.toLowerCase(Locale.ROOT) + "”");
        }
        for (String s : common) {
            out.add("“" + s + "”");
        }
        return out;
    }
}
