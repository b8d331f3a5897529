package io.claimwatch.claims;

import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.RejectedContent;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.model.StatementRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a counterclaim from one outlet disputes a claim from another, by the proposition it
 * rejects, precision first: a wrong link costs a newsroom more than a missing one.
 *
 * <ul>
 *   <li><b>Gates</b>: a claim and a counterclaim, other outlets, other claimers not speaking for the same
 *       country ({@link StatementRef#side()}: "Ukrainian officials" and "Kyiv"), at least one entity in
 *       common (the key the job compares them under), and time order: the counterclaim at most the
 *       window after the claim, or at most {@link #COUNTER_LEAD} (or the window, when shorter) before
 *       it (another outlet told the same exchange in the other order); and a counterclaim that rejects something named — its
 *       rejected part, or the statement of its article that says what "it" is.
 *   <li><b>Evidence</b>: the terms of what the counterclaim rejects that the claim also holds — entities,
 *       rare words, event families, numbers — each weighted by its rarity in news ({@link
 *       LinkStatistics}: a name in every article weighs about 0), the claimers of either side left out;
 *       {@code mass} is their weight, {@code coverage} their share of the rejected content's weight.
 *       What the rejected part says happened (its verbs and adjectives, events, numbers: "struck", "14")
 *       must be among them when it says anything: the same place and things with another predicate is
 *       another proposition. A counterclaim that names whose statement it rejects ("dismissed Putin's claim
 *       that …", "the Ukrainian assertion") links only to a claim of that author, of its side, or of a
 *       claimer it names. The counterclaim naming the claim's claimer ("dismissed Russia's pledge") or its claimer being
 *       named in the claim (the accused answers) adds {@link #PARTY_BONUS}.
 *   <li><b>Decision</b>: at least {@link #MIN_SHARED} terms in common, mass at least {@link #MIN_MASS},
 *       coverage at least {@link #MIN_COVERAGE} and evidence (mass and party bonus) at least {@link
 *       #MIN_EVIDENCE}; or, by content alone, {@link #CONTENT_SHARED} terms, mass {@link #CONTENT_MASS}
 *       and coverage {@link #CONTENT_COVERAGE}; or, within {@link #EXCHANGE_WINDOW}, the parties' exchange
 *       ({@link Exchange}): the accused answering what it is accused of (or, rare in news, answering with
 *       nothing named), a rejection of the claimer's statement by author and kind ("Russia's pledge"), a
 *       reply to the claimer whose content the claim holds.
 * </ul>
 * Two claims blaming each other's side for the same act at the same place are linked once, the later answering the
 * earlier, by {@link CounterAccusations}.
 * The score, in [0, 1): {@code (1 − e^(−evidence)) · (0.5 + 0.5 · coverage) · time}, time falling
 * from 1 within a day to 0.85 at the window's end. Every link carries its evidence in words.
 */
public final class DisputeRule {

    public static final Duration COUNTER_LEAD = Duration.ofHours(24);
    public static final int MIN_SHARED = 2;
    public static final double MIN_MASS = 0.3;
    public static final double MIN_COVERAGE = 0.25;
    public static final double MIN_EVIDENCE = 0.9;
    /**
     * Content alone, without either party naming the other: at least this many terms in common, this
     * mass and this share of what is rejected ("Moscow was preventing Ukrainian ports from exporting
     * grain" against "blame Moscow for blockading the ports").
     */
    public static final int CONTENT_SHARED = 3;
    public static final double CONTENT_MASS = 0.6;
    public static final double CONTENT_COVERAGE = 0.5;
    public static final double PARTY_BONUS = 0.4;
    public static final double AUTHOR_BONUS = 0.8;
    /** What the rest of the counterclaim's sentence (its own account) weighs beside what it rejects. */
    public static final double ACCOUNT_WEIGHT = 0.5;
    /**
     * The share of what "it" is (its article's answered statement with the counterclaim's own words) a claim must
     * hold when neither party names the other.
     */
    public static final double FROM_ARTICLE_COVERAGE = 0.5;
    /**
     * How soon an answer that rests on who answers whom rather than on what is said follows what it
     * answers (the accused answering an accusation, a rejection of "Russia's pledge"): news of an exchange
     * is told within a day or two; later, the same parties have said other things.
     */
    public static final Duration EXCHANGE_WINDOW = Duration.ofHours(48);
    /** The share of what the accused rejects (its own content, the parties left out) the accusation must hold. */
    public static final double ACCUSED_COVERAGE = 0.5;
    /**
     * How rare in news an accused party must be for its answer that names nothing ("dismissed the case",
     * "denied the accusations") to link to the accusation by itself: about 1 in 90 articles or rarer — a
     * person in the news for this story, not a country accused of many things a day.
     */
    public static final double RARE_ACCUSED = 0.55;

    private static final long DAY = Duration.ofDays(1).toMillis();

    private final long windowMillis;
    private final long leadMillis;
    private final long exchangeMillis;
    private final LinkStatistics stats;
    private final CounterAccusations counterAccusations;

    /** The rule with the committed statistics ({@code config/link-statistics.tsv}). */
    public DisputeRule(Duration window) {
        this(window, LinkStatistics.get());
    }

    public DisputeRule(Duration window, LinkStatistics stats) {
        this.windowMillis = window.toMillis();
        this.leadMillis = Math.min(COUNTER_LEAD.toMillis(), windowMillis);
        this.exchangeMillis = Math.min(EXCHANGE_WINDOW.toMillis(), windowMillis);
        this.stats = stats;
        this.counterAccusations = new CounterAccusations(window, stats);
    }

    /** The evidence of one pair, whether or not it is enough to link. */
    public record Evidence(List<String> shared, double mass, double coverage, boolean namesAuthor, boolean namesClaimer,
            boolean answersClaim, double evidence, double score, Exchange exchange) {

        /** The evidence without an exchange between the parties. */
        public Evidence(List<String> shared, double mass, double coverage, boolean namesAuthor, boolean namesClaimer, boolean answersClaim,
                double evidence, double score) {
            this(shared, mass, coverage, namesAuthor, namesClaimer, answersClaim, evidence, score, Exchange.NONE);
        }
    }

    /**
     * What the parties themselves show when the content cannot: the counterclaim's claimer is the party
     * the claim accuses, or the counterclaim rejects a statement of the claim's author and kind.
     *
     * @param accused the accused party answering (entity id), or null
     * @param accusedWeight its rarity in news (0..1)
     * @param ownShared how many terms of what is rejected (the parties left out) the claim holds; 0 when they are
     *     only event families ("the bombing" / "striking": which bombing?)
     * @param ownCoverage their share of its weight
     * @param anonymous what is rejected names nothing but the parties ("denied the accusations", "Russia's pledge")
     * @param kind the kind of statement the counterclaim names and the claim shows ("pledge"), or null
     * @param soon within {@link #EXCHANGE_WINDOW} after the claim (or the lead before it)
     * @param namesAuthor the counterclaim names the claim's claimer as the author of what it rejects, or answers it
     */
    public record Exchange(String accused, double accusedWeight, int ownShared, double ownCoverage, boolean anonymous, String kind,
            boolean soon, boolean namesAuthor) {
        static final Exchange NONE = new Exchange(null, 0, 0, 0, false, null, false, false);

        /**
         * An answer to the claimer by name ("replied to Zelenskyy that …", "dismissed Putin's claim that …")
         * whose own content the claim holds, in ordinary words: who answers whom makes up for their commonness.
         */
        boolean answersAuthor() {
            return namesAuthor && soon && ownShared >= MIN_SHARED && ownCoverage >= ACCUSED_COVERAGE;
        }

        /** The accused answers: about what it is accused of, or — a party rare in news — with a rejection that names nothing. */
        boolean accusedAnswers() {
            return accused != null && soon && (anonymous ? accusedWeight >= RARE_ACCUSED : ownShared >= 1 && ownCoverage >= ACCUSED_COVERAGE);
        }
    }

    /** The link, or null when the counterclaim does not dispute the claim. */
    public ContestedLink link(StatementRef claim, StatementRef counter) {
        Evidence e = evidence(claim, counter);
        if (e == null || !enough(e)) {
            return null;
        }
        return new ContestedLink(ContestedLink.idOf(claim.id(), counter.id()), claim, counter, Math.round(e.score() * 1000) / 1000.0,
                explain(claim, counter, e));
    }

    /**
     * Whether the evidence links: the terms in common with the parties' bonus, or — where neither party
     * names the other — more terms in common covering at least half of what is rejected.
     */
    static boolean enough(Evidence e) {
        Exchange x = e.exchange();
        if (x.accusedAnswers() || x.answersAuthor() || x.kind() != null && x.soon()) {
            return true;
        }
        boolean content = e.shared().size() >= CONTENT_SHARED && e.mass() >= CONTENT_MASS && e.coverage() >= CONTENT_COVERAGE;
        return content || e.shared().size() >= MIN_SHARED && e.mass() >= MIN_MASS && e.coverage() >= MIN_COVERAGE
                && e.evidence() >= MIN_EVIDENCE;
    }

    /** The evidence for a pair that passes the gates, or null when a gate shuts. */
    public Evidence evidence(StatementRef claim, StatementRef counter) {
        long lag = counter.publishedAt() - claim.publishedAt();
        RejectedContent rejected = counter.rejected();
        // A counterclaim that reports an accusation ("… most recently by accusing Kyiv of planning …") is the
        // claim side for the accused's answer only.
        boolean accusation = claim.label() == StatementLabel.COUNTERCLAIM && !claim.accused().isEmpty();
        if (claim.label() != StatementLabel.CLAIM && !accusation || counter.label() != StatementLabel.COUNTERCLAIM
                || claim.source().equalsIgnoreCase(counter.source()) || sameClaimer(claim, counter)
                || lag > windowMillis || lag < -leadMillis || rejected == null || rejected.terms().isEmpty()
                || !shareAnEntity(claim, counter) || sameSide(claim, counter)) {
            return null;
        }
        if (negatedProposition(rejected.text()) && !NEGATION.matcher(claim.text()).find()) {
            // "dismissed Putin's claim that he won't use nuclear weapons" against "sparking fears he may use one": the
            // claim says the opposite of what is called untrue, and so agrees with the dismissal.
            return null;
        }
        if (insistsOnNegation(counter) && NEGATION.matcher(claim.text()).find()) {
            // "Kelin insisted that Russia had no intention of using nuclear weapons" against Putin's "he had no intention of
            // using nuclear weapons": what is insisted on is asserted. A claim that negates too, about the same content
            // (what the rest of the rule weighs), most often says the same; one that does not is what is answered.
            return null;
        }
        if (isCounterAccusation(counter) && !blamesSideOf(claim, counter)) {
            // "Ukraine, in turn, has accused the Russian forces of mining the ports": a counter-accusation disputes the
            // accusation it answers, one blaming its claimer's side; not a report of Russian strikes near the ports.
            return null;
        }
        if (reactsTo(claim, counter)) {
            // "Biden says about Putin's statement that he has no intent to use nuclear weapons …" against Putin's
            // denial: the claim answers the counterclaim's claimer, not the other way round.
            return null;
        }
        boolean namesAuthor = rejected.authors().stream().anyMatch(a -> isClaimer(claim, a));
        // "It comes after Moscow alleged that …": the outlet tells the named author's statement in its own voice.
        boolean narratesAuthor = !namesAuthor && rejected.authors().stream().anyMatch(a -> NarratedClaims.narrates(claim, a));
        Set<String> parties = new HashSet<>();
        addParty(parties, claim.claimerId());
        addParty(parties, counter.claimerId());
        if (narratesAuthor) {
            rejected.authors().forEach(a -> addParty(parties, a)); // the narrated speaker is who says it, as a claimer would be
        }
        Set<String> claimTerms = claimTerms(claim);
        List<String> shared = new ArrayList<>();
        double mass = 0;
        double total = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rejected.terms().size(); i++) {
            String t = rejected.terms().get(i);
            if (isParty(t, parties) || !seen.add(t)) {
                continue; // who says what is not what it is about
            }
            double w = stats.termWeight(t) * (i < rejected.core() ? 1 : ACCOUNT_WEIGHT);
            total += w;
            if (held(t, claimTerms)) {
                shared.add(t);
                mass += w;
            }
        }
        double coverage = total > 0 ? mass / total : 0;
        boolean anonymous = rejected.core() == 0 || onlyParties(rejected, parties);
        boolean namesClaimer = namesClaimer(claim, counter);
        boolean answersClaim = !namesClaimer && namedIn(counter, claim);
        if (!rejected.authors().isEmpty() && !namesAuthor && !authorsSide(claim, rejected) && !narratesAuthor) {
            // "dismissed Putin's claim that …", "denied the Ukrainian assertion": whose statement it rejects
            // is named, and the claim is not that author's (nor of its side), however close its content.
            return null;
        }
        String accused = accusedAnswering(claim, counter);
        if (accusation && accused == null) {
            return null;
        }
        if (NarratedClaims.isNarration(claim) && !NarratedClaims.disputable(claim, counter, accused)) {
            // "Scores were killed when rockets hit the station" against a fake video blaming Ukraine called fake: the
            // outlet's own account of an event, which a third party's rejection of another version agrees with.
            return null;
        }
        String agent = agentOf(rejected);
        if (agent != null && !claim.accused().isEmpty() && !accuses(claim, agent)) {
            // Who did what to whom: "the unfounded accusation that Ukraine carried out genocide" rejects what is said
            // of Ukraine; a claim accusing the Kremlin of genocide says it of someone else, in the same words.
            return null;
        }
        if (claim.accused().isEmpty() && otherDoers(claim, rejected)) {
            // "a video suggesting Ukrainian missiles were behind the attack is fake" against "killed in a Russian strike":
            // the claim says another party did it, and so agrees with the rejection.
            return null;
        }
        // "Russia's allegation that …" against a claim of the Russian ministry: whose statement it is, named by the claimer's side.
        boolean namesSide = !namesAuthor && !rejected.authors().isEmpty() && (authorsSide(claim, rejected) || narratesAuthor);
        double evidence = mass + (namesAuthor ? AUTHOR_BONUS : namesClaimer || answersClaim || accused != null || namesSide ? PARTY_BONUS : 0);
        double apart = Math.abs(lag);
        double time = apart <= DAY ? 1 : 1 - 0.15 * Math.min(1, (apart - DAY) / (double) Math.max(DAY, windowMillis - DAY));
        double score = (1 - Math.exp(-evidence)) * (0.5 + 0.5 * coverage) * time;
        if ((anonymous || namesOnly(rejected)) && !namesAuthor && !namesClaimer && accused == null) {
            // "rejected the criticism, …": links only to a claim of the claimer it names. So does a rejection whose
            // own part names only who or where ("Aslin and Pinner [are not mercenaries]"): what it says of them
            // is not in it, and every report naming them would share it.
            return null;
        }
        if (!rejected.predicates().isEmpty() && rejected.predicates().stream().noneMatch(claimTerms::contains)) {
            // The same place and things, but not what is said to have happened there ("denied its drones attacked
            // the station" against "the station will reopen"): another proposition.
            return null;
        }
        if (rejected.fromArticle() && !namesAuthor && !namesClaimer && accused == null && !namesSide
                && coverage < FROM_ARTICLE_COVERAGE) {
            // "She denied it", "refuted these claims": what "it" is comes from the counterclaim's article. A claim by
            // someone else than whoever made "it" (or its side), holding a few of those words ("two Britons",
            // "Ukrainian"), tells another part of the same story; one that disputes "it" restates most of it.
            return null;
        }
        // What the rejected part itself says, the parties left out: how much of it the claim holds.
        int ownShared = 0;
        boolean ownSpecific = false;
        double own = 0;
        double ownHeld = 0;
        for (int i = 0; i < rejected.core(); i++) {
            String t = rejected.terms().get(i);
            if (isParty(t, parties) || accused != null && t.equals(LinkTerms.ENTITY + accused)) {
                continue;
            }
            double w = stats.termWeight(t);
            own += w;
            if (held(t, claimTerms)) {
                ownShared++;
                ownHeld += w;
                ownSpecific |= !t.startsWith(LinkTerms.FAMILY);
            }
        }
        if (!ownSpecific) {
            // "denied the bombing" against "accused of striking a factory": an event of that family, but
            // which one? The accused is answering some accusation; nothing says it is this one.
            ownShared = 0;
        }
        boolean soon = lag <= exchangeMillis;
        // "Russia's pledge", "Musk's original tweet": the kind of statement of the claim's author, and nothing else named.
        LinkTerms.StatementKind kind = namesAuthor && LinkTerms.get().namesOnlyWhoseAndKind(rejected.text())
                ? LinkTerms.get().kindNamed(rejected.text()) : null;
        // A kind that alone does not tell which statement it is ("Musk's tweet": he tweets many a day) needs a term in common too.
        String shownKind = kind != null && LinkTerms.get().shows(kind, claim.text()) && (kind.alone() || !shared.isEmpty())
                ? kindWord(kind, rejected.text()) : null;
        Exchange exchange = new Exchange(accused, accused == null ? 0 : accusedWeight(accused), ownShared, own > 0 ? ownHeld / own : 0,
                anonymous || own == 0, shownKind, soon, namesAuthor);
        if (accusation && !exchange.accusedAnswers()) {
            return null;
        }
        if (!shareANamedEntity(claim, counter) && !exchange.accusedAnswers() && !exchange.answersAuthor()
                && !(exchange.kind() != null && exchange.soon()) && !namesAuthor && !namesSide) {
            // Met only under a key that stands for a claimer (the country an envoy or "Kyiv" speaks for, a
            // surname): the parties' exchange may link them — the counterclaim names the claim's claimer or its
            // side as the author of what it rejects, the accused answers — what is said may not (a pipeline in an
            // envoy's claim and in other politicians' rejection of another proposal about it that mentions the
            // envoy's government; "officials in the capital refuted these claims" and any report naming the country).
            return null;
        }
        return new Evidence(List.copyOf(shared), mass, coverage, namesAuthor, namesClaimer, answersClaim, evidence, score, exchange);
    }

    /**
     * The claim's words and the entities it names, with a name as another outlet's annotator may have kept it: a
     * one-word name as a word ("Griner's freedom" where "Griner" was not recognised) besides its entity.
     */
    static Set<String> claimTerms(StatementRef claim) {
        Set<String> out = new HashSet<>(claim.words());
        LinkTerms terms = LinkTerms.get();
        for (String id : claim.entityIds()) {
            if (claim.partyKeys().contains(id)) {
                continue; // keys that stand for the claimer only (the country it speaks for, its surname) are not what the claim says
            }
            out.add(LinkTerms.ENTITY + id);
            String union = terms.unionOf(id);
            if (union != null) {
                out.add(LinkTerms.ENTITY + union); // "the European Parliament" / "the EU": one party
            }
            if (id.indexOf('-') < 0) {
                String word = terms.key(id);
                if (word != null && !word.startsWith(LinkTerms.ENTITY) && !word.startsWith(LinkTerms.FAMILY)) {
                    out.add(word);
                }
            }
        }
        return out;
    }

    /**
     * Whether the claim holds a term, a union's seat or body also by the union ("the resolution from
     * Brussels" / "the European Parliament"). Not a multi-part name by its last part: which entities are
     * persons the term does not tell ("Joe Biden administration" is no "administration").
     */
    static boolean held(String term, Set<String> claimTerms) {
        if (claimTerms.contains(term)) {
            return true;
        }
        String union = term.startsWith(LinkTerms.ENTITY) ? LinkTerms.get().unionOf(term.substring(1)) : null;
        return union != null && claimTerms.contains(LinkTerms.ENTITY + union);
    }

    /** A claimer's entity as a term, and its surname as another outlet may name it alone ("@musk" for "elon-musk"). */
    private static void addParty(Set<String> parties, String claimerId) {
        if (claimerId != null) {
            parties.add(LinkTerms.ENTITY + claimerId);
            String seat = LinkTerms.get().seatCountry(claimerId);
            if (seat != null) {
                parties.add(LinkTerms.ENTITY + seat); // "Moscow denied …": Russia is who speaks, not what it is about
            }
            String surname = StatementRefs.surnameKey(claimerId);
            if (surname != null) {
                parties.add(LinkTerms.ENTITY + surname);
            }
        }
    }

    /** Whether the rejected part itself holds names only (entities, no word, event or number) and no predicate. */
    static boolean namesOnly(RejectedContent r) {
        if (!r.predicates().isEmpty() || r.core() == 0) {
            return false;
        }
        return r.terms().subList(0, r.core()).stream().allMatch(t -> t.startsWith(LinkTerms.ENTITY));
    }

    private static final java.util.regex.Pattern PASSIVE = java.util.regex.Pattern.compile(
            "\\b(?:been|being|was|were|is|are|be)\\s+(?:\\p{L}+ly\\s+)?\\p{L}+(?:ed|en|wn|ck|ht)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * The party the rejected clause says did something: the entity it opens with, before what it says happened
     * ("that <u>Ukraine</u> carried out genocide", "that <u>British</u> navy personnel had blown up …"); null when it
     * opens otherwise, says nothing happened, or is passive ("the base had been shelled": the base is no agent).
     */
    static String agentOf(RejectedContent r) {
        if (r.core() == 0 || r.predicates().isEmpty() || !r.terms().get(0).startsWith(LinkTerms.ENTITY) || PASSIVE.matcher(r.text()).find()) {
            return null;
        }
        return r.terms().get(0).substring(1);
    }

    /** Whether the claim accuses this party, or one of the same country ("the Kremlin" and "Russia", "London" and "British navy"). */
    private static boolean accuses(StatementRef claim, String party) {
        String country = countryOf(party);
        for (String x : claim.accused()) {
            if (x.equals(party) || countryOf(x).equals(country)) {
                return true;
            }
        }
        return false;
    }

    /** A negation: "not", "no", "never", "won't". */
    private static final Pattern NEGATION = Pattern.compile("\\b(?:not|no|never|none|nothing|neither|nor|cannot)\\b|n['\u2019]t\\b",
            Pattern.CASE_INSENSITIVE);

    /** "insisted that …", "maintains it was not …" right before what a counterclaim rejects. */
    private static final Pattern INSISTED = Pattern.compile("(?i)\\b(?:insist|insists|insisted|insisting|maintain|maintains|maintained"
            + "|maintaining)\\s*(?:that\\s*)?$");

    /**
     * Whether the counterclaim insists on what it is said to reject ("insisted that Russia had no intention of …"), a
     * negation: its insistence asserts that negation.
     */
    static boolean insistsOnNegation(StatementRef counter) {
        RejectedContent r = counter.rejected();
        if (r == null) {
            return false;
        }
        int at = counter.text().indexOf(r.text());
        if (at < 0 || !INSISTED.matcher(counter.text().substring(0, at)).find()) {
            return false;
        }
        return NEGATION.matcher(r.text()).find();
    }

    /**
     * Whether what the counterclaim rejects is its own accusation of someone ("accused the Russian forces of …",
     * "blaming Kyiv for …"): a counter-accusation.
     */
    static boolean isCounterAccusation(StatementRef counter) {
        return counter.rejected() != null && !counter.accused().isEmpty() && ACCUSING.matcher(counter.rejected().text()).lookingAt();
    }

    /**
     * Whether the claim blames the counterclaim's side (or its claimer): accuses it, says it carried out an act one side
     * blames on the other, or, from the other side, names it (a claimer of the other side naming the counterclaim's side
     * is taken as blaming it: the exchange rule's parties are enough there; the gate is for claims of no known side,
     * the outlet's reports of strikes and advances). Where the counterclaim's side is not known, whether it accuses its
     * claimer.
     */
    static boolean blamesSideOf(StatementRef claim, StatementRef counter) {
        Set<String> blamed = new HashSet<>(countriesOf(claim.accused()));
        blamed.addAll(claim.accused());
        if (CounterAccusations.namesBlamedAct(claim)) {
            blamed.addAll(EventDoers.in(claim.text())); // not "Ukrainian forces have made advances": no act anyone is blamed for
        }
        if (counter.claimerId() != null && blamed.contains(counter.claimerId())) {
            return true;
        }
        if (!Collections.disjoint(blamed, counter.side())) {
            return true;
        }
        // "the grave danger posed by the plans hatched by the Ukrainians" (Peskov): the other side's claimer naming the
        // counterclaim's side, in words the doer patterns do not know.
        return !claim.side().isEmpty() && Collections.disjoint(claim.side(), counter.side())
                && counter.side().stream().anyMatch(c -> claim.words().contains(LinkTerms.ENTITY + c) || claim.entityIds().contains(c));
    }

    /**
     * Whether the rejected text is a statement whose content is negated: a noun of something said with a
     * negated "that" clause ("Putin's claim this week that he won't use nuclear weapons"). Not a counterclaim's own
     * negation ("none of its units were there", "Biden insisted: “We do not want …”").
     */
    static boolean negatedProposition(String rejectedText) {
        Matcher that = PROPOSITION_THAT.matcher(rejectedText);
        while (that.find()) {
            if (LinkTerms.get().isAuthoredNoun(that.group(1).toLowerCase(Locale.ROOT))) {
                return NEGATION.matcher(rejectedText).region(that.end(), rejectedText.length()).find();
            }
        }
        return false;
    }

    /** A noun and the "that" of what it says, a few words apart: "claim this week that …". */
    private static final Pattern PROPOSITION_THAT = Pattern.compile("\\b(\\p{L}+)(?=(?:\\s+\\p{L}+){0,3}\\s+that\\b)");

    /** "Putin's statement", "Russia's explanation": a possessive name before a noun of something said. */
    private static final Pattern WHOSE_STATEMENT = Pattern.compile("(\\p{Lu}[\\p{L}.-]*)['\u2019]s\\s+(\\p{Ll}+)(?:\\s+(\\p{Ll}+))?");

    /** Nouns of an answer given, besides those of something said ({@link LinkTerms#isAuthoredNoun}). */
    private static final Set<String> ANSWER_NOUNS = Set.of("explanation", "explanations", "denial", "denials", "response", "reply");

    /**
     * Whether the claim speaks of a statement of the counterclaim's claimer or its side ("poking fun at
     * Russia's explanation", "says about Putin's statement that …"): it reacts to that claimer, whose
     * counterclaim is then what it answers rather than an answer to it.
     */
    static boolean reactsTo(StatementRef claim, StatementRef counter) {
        if (counter.claimer().equals("article")) {
            return false;
        }
        LinkTerms terms = LinkTerms.get();
        Matcher m = WHOSE_STATEMENT.matcher(claim.text());
        while (m.find()) {
            if (!saidNoun(terms, m.group(2)) && !(m.group(3) != null && saidNoun(terms, m.group(3)))) {
                continue; // "Putin's war"; "Russia's latest explanation" is one
            }
            String name = m.group(1);
            String lower = name.toLowerCase(Locale.ROOT);
            String country = terms.partyCountry(name);
            if (counter.claimer().toLowerCase(Locale.ROOT).contains(lower) || lower.equals(StatementRefs.surnameKey(counter.claimerId()))
                    || country != null && (country.equals(counter.claimerId()) || counter.side().contains(country))) {
                return true;
            }
        }
        return false;
    }

    private static boolean saidNoun(LinkTerms terms, String lower) {
        return terms.isAuthoredNoun(lower) || ANSWER_NOUNS.contains(lower);
    }

    /** An accusing word: "accuses", "blamed". */
    private static final Pattern ACCUSING = Pattern.compile("\\b(?:accus|blam)\\p{L}*", Pattern.CASE_INSENSITIVE);

    /** Whether what is rejected and the claim each say who did it, and name no one in common. */
    static boolean otherDoers(StatementRef claim, RejectedContent rejected) {
        // "denies targeting civilians and accuses Kyiv of shelling the plant": who it accuses is asserted, not rejected.
        // RejectedSpans already ends a parsed span there; this also holds for rejected text kept in state by earlier builds.
        Matcher accusing = ACCUSING.matcher(rejected.text());
        String denied = accusing.find() ? rejected.text().substring(0, accusing.start()) : rejected.text();
        Set<String> rejectedDoers = EventDoers.in(denied);
        if (rejectedDoers.isEmpty()) {
            return false;
        }
        Set<String> claimDoers = EventDoers.in(claim.text());
        return !claimDoers.isEmpty() && Collections.disjoint(claimDoers, rejectedDoers);
    }

    /** The countries of parties ({@link #countryOf}: "kremlin" → "russia", "british-navy" → "united-kingdom"). */
    static Set<String> countriesOf(List<String> parties) {
        Set<String> out = new HashSet<>();
        for (String p : parties) {
            out.add(countryOf(p));
        }
        return out;
    }

    /** The country a party stands for: a seat's or an official's, a name's opening nationality ("british-navy"), or itself. */
    static String countryOf(String id) {
        LinkTerms terms = LinkTerms.get();
        String seat = terms.speaksFor(id);
        if (seat != null) {
            return seat;
        }
        int dash = id.indexOf('-');
        String nationality = dash > 0 ? terms.countryOf(Character.toUpperCase(id.charAt(0)) + id.substring(1, dash)) : null;
        return nationality != null ? nationality : id;
    }

    /** Whether a term is one of the parties, or a seat speaking for one ("Moscow" where Russia is the claimer). */
    private static boolean isParty(String term, Set<String> parties) {
        if (parties.contains(term)) {
            return true;
        }
        String seat = term.startsWith(LinkTerms.ENTITY) ? LinkTerms.get().seatCountry(term.substring(1)) : null;
        return seat != null && parties.contains(LinkTerms.ENTITY + seat);
    }

    /** The rarity of an accused party: an entity, or a rare name the annotator missed (its id is the word). */
    private double accusedWeight(String accused) {
        return stats.termWeight(LinkTerms.ENTITY + accused);
    }

    /** The noun of the kind as the rejected text writes it ("pledge"). */
    private static String kindWord(LinkTerms.StatementKind kind, String text) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (kind.nouns().contains(w)) {
                return w;
            }
        }
        return kind.name();
    }

    /**
     * The party the claim accuses that answers in the counterclaim: its claimer ("accused Kyiv of …" ←
     * "Kyiv denied …"), one speaking for its country ("accused Ukraine of …" ← "Ukrainian officials"), or
     * the same person by surname ("suspected Sobchak of …" ← "Ksenia Sobchak dismissed …"); or null.
     */
    static String accusedAnswering(StatementRef claim, StatementRef counter) {
        LinkTerms terms = LinkTerms.get();
        for (String x : claim.accused()) {
            String seat = terms.speaksFor(x);
            if (x.equals(counter.claimerId()) || counter.side().contains(x) || seat != null && (seat.equals(counter.claimerId())
                    || counter.side().contains(seat)) || counter.claimerId() != null && counter.claimerId().endsWith("-" + x)) {
                return x;
            }
            if (counter.claimerId() == null && !counter.claimer().equals("article")) {
                for (String w : counter.claimer().split("[^\\p{L}]+")) {
                    if (w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && w.toLowerCase(Locale.ROOT).equals(x)) {
                        return x;
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether an entity id names the claim's claimer: its id, or its surname as a one-word id ("musk" for
     * "elon-musk", "Musk's original tweet" in an article that never gave his first name).
     */
    private static boolean isClaimer(StatementRef claim, String id) {
        if (claim.claimerId() != null) {
            return id.equals(claim.claimerId()) || !id.contains("-") && claim.claimerId().endsWith("-" + id);
        }
        if (claim.claimer().equals("article")) {
            return false;
        }
        // A claimer the annotator gave no id ("Secretary of State Antony Blinken", "Defense Sergey Shoigu"): by its
        // last word, against a one-word author, or against the surname of a named author the claim itself names
        // ("sergei-shoigu" → "Shoigu", not any "… Service" for "federal-security-service").
        String surname = !id.contains("-") ? id : claim.entityIds().contains(id) ? StatementRefs.surnameKey(id) : null;
        String[] words = claim.claimer().split("[^\\p{L}]+");
        String last = words.length == 0 ? "" : words[words.length - 1];
        return surname != null && words.length >= 2 && Character.isUpperCase(last.isEmpty() ? 'a' : last.charAt(0))
                && last.toLowerCase(Locale.ROOT).equals(surname);
    }

    /**
     * Links between a new statement and those stored under one entity key: a new counterclaim against
     * the stored claims, a new claim against the stored counterclaims, so arrival order does not matter.
     */
    public List<ContestedLink> linksFor(StatementRef incoming, Iterable<StatementRef> stored) {
        List<ContestedLink> out = new ArrayList<>();
        for (StatementRef other : stored) {
            if (incoming.label() == StatementLabel.COUNTERCLAIM) {
                addIfLinked(out, link(other, incoming));
                if (other.label() == StatementLabel.COUNTERCLAIM) {
                    // Two counterclaims: one may report an accusation the other answers, either way round.
                    addIfLinked(out, link(incoming, other));
                }
            } else {
                addIfLinked(out, link(incoming, other));
            }
            if (CounterAccusations.accuses(incoming) && CounterAccusations.accuses(other)) {
                // Two accusations: the later may accuse the earlier's side back, whichever arrived first.
                addIfLinked(out, counterAccusations.link(other, incoming));
                addIfLinked(out, counterAccusations.link(incoming, other));
            }
        }
        return out;
    }

    /** Adds a link found, once: a pair both rules link is one link. */
    private static void addIfLinked(List<ContestedLink> out, ContestedLink l) {
        if (l != null && out.stream().noneMatch(o -> o.id().equals(l.id()))) {
            out.add(l);
        }
    }

    /**
     * The evidence in words: what the counterclaim rejects (and, for "it", what its article says it
     * is), the terms in common as written (adjacent ones as one phrase), the parties, the time between.
     */
    private static String explain(StatementRef claim, StatementRef counter, Evidence e) {
        RejectedContent r = counter.rejected();
        StringBuilder out = new StringBuilder("disputes “").append(shorten(r.text(), 160)).append('”');
        if (r.fromArticle()) {
            out.append(", which its article gives as “").append(shorten(r.answered(), 160)).append('”');
        }
        List<String> common = phrases(claim, r, e.shared());
        if (!common.isEmpty()) {
            out.append("; in common: ").append(String.join(", ", common));
        }
        Exchange x = e.exchange();
        if (x.accusedAnswers()) {
            out.append("; ").append(counter.claimer()).append(" is who the claim accuses");
        }
        if (e.namesAuthor()) {
            out.append("; names the claimer, ").append(claim.claimer()).append(", as its author");
            if (x.kind() != null) {
                out.append(", and the claim is such a ").append(x.kind());
            }
        } else if (e.namesClaimer() && !x.accusedAnswers()) {
            out.append("; names the claimer, ").append(claim.claimer());
        } else if (e.answersClaim() && !x.accusedAnswers()) {
            out.append("; ").append(counter.claimer()).append(" answers the claim about it");
        }
        long lag = counter.publishedAt() - claim.publishedAt();
        out.append("; ").append(duration(Math.abs(lag))).append(lag >= 0 ? " after the claim" : " before the claim");
        return out.toString();
    }

    /**
     * Shared terms as written in the counterclaim, those next to each other in its text joined into
     * one phrase ("power station"); an event told in other words as "struck" / "shelled".
     */
    static List<String> phrases(StatementRef claim, RejectedContent r, List<String> shared) {
        String written = r.text() + "\n" + (r.answered() == null ? "" : r.answered() + "\n") + claim.text();
        List<int[]> at = new ArrayList<>(); // [start, end] of each shared term's form in the written text
        List<String> labels = new ArrayList<>();
        Set<String> in = new HashSet<>(shared);
        for (int i = 0; i < r.terms().size(); i++) {
            String t = r.terms().get(i);
            if (!in.remove(t)) {
                continue;
            }
            String form = r.forms().get(i);
            String theirs = t.startsWith(LinkTerms.FAMILY) ? formIn(claim, t) : null;
            if (theirs != null && !LinkTerms.get().sameWord(theirs, form)) {
                labels.add("“" + theirs + "” / “" + form + "”");
                at.add(null);
                continue;
            }
            int pos = written.indexOf(form);
            labels.add(form);
            at.add(pos < 0 ? null : new int[] {pos, pos + form.length()});
        }
        // Order by place in the text, then join neighbours separated by spaces only.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            order.add(i);
        }
        order.sort((x, y) -> Integer.compare(at.get(x) == null ? Integer.MAX_VALUE : at.get(x)[0],
                at.get(y) == null ? Integer.MAX_VALUE : at.get(y)[0]));
        List<String> out = new ArrayList<>();
        StringBuilder run = null;
        int runEnd = -1;
        for (int i : order) {
            int[] span = at.get(i);
            if (span == null) {
                if (run != null) {
                    out.add("“" + run + "”");
                    run = null;
                }
                out.add(labels.get(i));
                continue;
            }
            if (run != null && span[0] >= runEnd && written.substring(runEnd, span[0]).isBlank()) {
                run.append(written, runEnd, span[1]);
            } else {
                if (run != null) {
                    out.add("“" + run + "”");
                }
                run = new StringBuilder(labels.get(i));
            }
            runEnd = span[1];
        }
        if (run != null) {
            out.add("“" + run + "”");
        }
        return out;
    }

    private static String formIn(StatementRef ref, String term) {
        int i = ref.words().indexOf(term);
        return i >= 0 && i < ref.forms().size() ? ref.forms().get(i) : null;
    }

    static String duration(long millis) {
        double hours = millis / 3.6e6;
        if (hours < 1) {
            return String.format(Locale.ROOT, "%d min", Math.round(millis / 60_000.0));
        }
        return hours < 48 ? String.format(Locale.ROOT, "%.0f h", hours) : String.format(Locale.ROOT, "%.1f days", hours / 24);
    }

    private static String shorten(String s, int max) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    /** The counterclaim names the claim's claimer: by entity (or nationality), or by its name as written. */
    private static boolean namesClaimer(StatementRef claim, StatementRef counter) {
        return namedIn(claim, counter) || describedIn(claim, counter) || counter.rejected() != null && claim.claimerId() != null
                && counter.rejected().terms().contains(LinkTerms.ENTITY + claim.claimerId());
    }

    /**
     * Whether the claimer of {@code speaker} is named in {@code other} other than as its claimer: by
     * entity id (also by nationality), or — for a claimer the annotator gave no id — by a capitalised
     * word of its name as written ("Gvaramia said …" ← "describing Gvaramia as …"). "The accused
     * answers" is the counterclaim's claimer named in the claim.
     */
    private static boolean namedIn(StatementRef speaker, StatementRef other) {
        String id = speaker.claimerId();
        if (id != null) {
            if (id.equals(other.claimerId())) {
                return false;
            }
            int from = other.claimerId() != null && !other.entityIds().isEmpty() && other.entityIds().get(0).equals(other.claimerId()) ? 1 : 0;
            if (other.entityIds().subList(from, other.entityIds().size()).contains(id) || other.words().contains(LinkTerms.ENTITY + id)) {
                return true;
            }
        }
        if (speaker.claimer().equals("article")) {
            return false;
        }
        for (String w : speaker.claimer().split("[\\s,]+")) {
            if (w.length() >= 3 && Character.isUpperCase(w.charAt(0)) && other.forms().contains(w) && !other.claimer().contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a claimer named by a description ("A Russian court") is named again in the counterclaim by its
     * head noun with "the" ("calling the court's decision a sham").
     */
    private static boolean describedIn(StatementRef claim, StatementRef counter) {
        String head = claim.claimerId() == null ? descriptionHead(claim.claimer()) : null;
        if (head == null || counter.claimer().toLowerCase(Locale.ROOT).contains(head)) {
            return false;
        }
        String text = counter.text().toLowerCase(Locale.ROOT);
        String named = "the " + head;
        for (int at = text.indexOf(named); at >= 0; at = text.indexOf(named, at + 1)) {
            int end = at + named.length();
            boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
            if (wordStart && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true; // "the court", "the court's decision"
            }
        }
        return false;
    }

    /** The head noun of a claimer described rather than named ("A Russian court" → "court"), or null. */
    static String descriptionHead(String claimer) {
        String[] words = claimer.trim().split("\\s+");
        String last = words[words.length - 1];
        if (words.length < 2 || last.length() < 4 || !last.chars().allMatch(Character::isLowerCase)) {
            return null;
        }
        String key = LinkTerms.get().key(last);
        return key == null || key.startsWith(LinkTerms.FAMILY) ? null : last;
    }

    /** Whether the rejected content's own part holds nothing but the parties ("Russia's pledge" against a claim by Russia). */
    private static boolean onlyParties(RejectedContent r, Set<String> parties) {
        for (int i = 0; i < r.core(); i++) {
            if (!parties.contains(r.terms().get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the claim's claimer speaks for the country of an author the counterclaim names ("the Russian announcement" ← "Russia's Defence Ministry said"). */
    private static boolean authorsSide(StatementRef claim, RejectedContent rejected) {
        LinkTerms terms = LinkTerms.get();
        for (String author : rejected.authors()) {
            String country = terms.speaksFor(author);
            if (claim.side().contains(author) || country != null && (claim.side().contains(country) || country.equals(claim.claimerId()))) {
                return true;
            }
        }
        return false;
    }

    /** Both claimers speak for the same country ("Ukrainian officials" and "Kyiv"): a denial from the claim's own side. */
    private static boolean sameSide(StatementRef claim, StatementRef counter) {
        for (String c : claim.side()) {
            if (counter.side().contains(c)) {
                return true;
            }
        }
        return false;
    }

    /** An entity both statements name, not only a key that stands for one's claimer ({@link StatementRef#partyKeys()}). */
    private static boolean shareANamedEntity(StatementRef a, StatementRef b) {
        for (String e : a.entityIds()) {
            if (!a.partyKeys().contains(e) && b.entityIds().contains(e) && !b.partyKeys().contains(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shareAnEntity(StatementRef a, StatementRef b) {
        for (String e : a.entityIds()) {
            if (b.entityIds().contains(e)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The same claimer: the same entity, the same name as written, or one person's surname in the other's
     * claimer ("William Burns" and "CIA and William J. Burns", whose ids differ): a person does not dispute
     * themself, and two people of one surname in one story are rarer than one named twice.
     */
    static boolean sameClaimer(StatementRef a, StatementRef b) {
        if (a.claimerId() != null && a.claimerId().equals(b.claimerId())) {
            return true;
        }
        if (a.claimer().equals("article") || b.claimer().equals("article")) {
            return false;
        }
        return a.claimer().equalsIgnoreCase(b.claimer()) || surnameIn(a, b) || surnameIn(b, a);
    }

    /**
     * Whether the surname of {@code a}'s claimer, a person (its surname is one of its keys: {@link
     * StatementRefs} adds it for persons only), is a word of {@code b}'s claimer.
     */
    private static boolean surnameIn(StatementRef a, StatementRef b) {
        String surname = StatementRefs.surnameKey(a.claimerId());
        if (surname == null || !a.entityIds().contains(surname)) {
            return false;
        }
        for (String w : b.claimer().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.equals(surname)) {
                return true;
            }
        }
        return false;
    }
}
