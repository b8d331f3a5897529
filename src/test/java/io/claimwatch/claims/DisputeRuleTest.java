package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.RejectedContent;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.model.StatementRef;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dispute rule on must-link and must-not-link pairs, with statistics of its own (1000 articles). */
class DisputeRuleTest {

    private static final long HOUR = 3_600_000L;
    /** "valdoria" is in nearly every article, "karvisk" in four; ordinary words are frequent, the station's words rarer. */
    private static final LinkStatistics STATS = new LinkStatistics(1000, 3,
            Map.of("valdoria", 990, "karvisk", 4, "petra-lind", 3, "kestria", 600),
            Map.of("~attack", 300, "power", 120, "station", 80, "artilleri", 60, "week", 700, "peopl", 800, "reopen", 40, "#40000", 5,
                    "home", 200));
    private final DisputeRule rule = new DisputeRule(Duration.ofDays(7), STATS);

    /** A claim: its entity keys and content terms as written. */
    private static StatementRef claim(String id, String source, long hours, String claimerId, List<String> entities, String... termsAndForms) {
        List<String> terms = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < termsAndForms.length; i += 2) {
            terms.add(termsAndForms[i]);
            forms.add(termsAndForms[i + 1]);
        }
        return new StatementRef(id, id.split(":")[0], source, "https://x.example/" + id, hours * HOUR, StatementLabel.CLAIM, 0.9,
                claimerId == null ? "article" : claimerId, claimerId, "text of " + id, entities, terms, forms, null, List.of());
    }

    /** A counterclaim rejecting what {@code rejected} holds (all of it its rejected part, the given terms its predicates). */
    private static StatementRef counter(String id, String source, long hours, String claimerId, List<String> entities,
            RejectedContent rejected, List<String> side) {
        return new StatementRef(id, id.split(":")[0], source, "https://x.example/" + id, hours * HOUR, StatementLabel.COUNTERCLAIM,
                0.9, claimerId, claimerId, "text of " + id, entities, List.of(), List.of(), rejected, side);
    }

    private static RejectedContent rejects(String text, List<String> terms, List<String> forms, List<String> predicates) {
        return new RejectedContent(text, null, terms, forms, terms.size(), List.of(), predicates);
    }

    private final StatementRef claim = claim("a:0", "First Wire", 0, "petra-lind", List.of("petra-lind", "karvisk"),
            "artilleri", "Artillery", "~attack", "struck", "power", "power", "station", "station", "#40000", "40,000", "home", "homes");

    private final RejectedContent shelledTheStation = rejects("that its artillery had shelled the Karvisk power station",
            List.of("artilleri", "~attack", "@karvisk", "power", "station"), List.of("artillery", "shelled", "Karvisk", "power", "station"),
            List.of("~attack"));

    @Test
    void aPersonNamedTwiceUnderTwoClaimerIdsDoesNotDisputeThemself() {
        // The claim by "Petra Lind" (a person: her surname is one of its keys); another outlet's counterclaim by
        // "the Harbour Guard and Petra M. Lind", whose id the annotator gave to the guard.
        StatementRef lind = new StatementRef("a:0", "a", "First Wire", "https://x.example/a", 0, StatementLabel.CLAIM, 0.9, "Petra Lind",
                "petra-lind", "text of a", List.of("petra-lind", "karvisk", "lind"), claim.words(), claim.forms(), null, List.of());
        StatementRef herself = new StatementRef("b:0", "b", "Second Daily", "https://x.example/b", 72 * HOUR, StatementLabel.COUNTERCLAIM,
                0.9, "the Harbour Guard and Petra M. Lind", "harbour-guard", "text of b", List.of("harbour-guard", "karvisk"), List.of(),
                List.of(), shelledTheStation, List.of());
        assertTrue(DisputeRule.sameClaimer(lind, herself));
        assertNull(rule.link(lind, herself), "she does not dispute her own claim");
        StatementRef other = new StatementRef("b:0", "b", "Second Daily", "https://x.example/b", 72 * HOUR, StatementLabel.COUNTERCLAIM,
                0.9, "the Harbour Guard and Marek Olen", "harbour-guard", "text of b", List.of("harbour-guard", "karvisk"), List.of(),
                List.of(), shelledTheStation, List.of());
        assertFalse(DisputeRule.sameClaimer(lind, other));
        assertNotNull(rule.link(lind, other), "someone else's denial of the same proposition links");
    }

    @Test
    void aClaimerWithoutAnIdIsTheNamedAuthorWhenTheClaimNamesThatPersonByTheSameSurname() {
        // "Defense Minister Petra Lind said …" where the claimer phrase got no id, but the claim names petra-lind.
        StatementRef untitled = new StatementRef("a:0", "a", "First Wire", "https://x.example/a", 0, StatementLabel.CLAIM, 0.9,
                "Defense Minister Petra Lind", null, "text of a", List.of("petra-lind", "karvisk"), claim.words(), claim.forms(), null,
                List.of());
        RejectedContent herClaim = new RejectedContent("Lind's claim that its artillery had shelled the Karvisk power station", null,
                shelledTheStation.terms(), shelledTheStation.forms(), shelledTheStation.terms().size(), List.of("petra-lind"), List.of("~attack"));
        StatementRef rejection = counter("b:0", "Second Daily", 24, "kestria", List.of("kestria", "karvisk", "petra-lind"), herClaim,
                List.of());
        assertNotNull(rule.link(untitled, rejection), "her claim, named as hers");
        RejectedContent someoneElses = new RejectedContent("Olen's claim that its artillery had shelled the Karvisk power station", null,
                shelledTheStation.terms(), shelledTheStation.forms(), shelledTheStation.terms().size(), List.of("marek-olen"), List.of("~attack"));
        assertNull(rule.link(untitled, counter("b:0", "Second Daily", 24, "kestria", List.of("kestria", "karvisk", "marek-olen"),
                someoneElses, List.of())), "another author's claim");
    }

    @Test
    void aDenialOfTheSamePropositionInOtherWordsFromAnotherOutletDaysLaterLinksWithItsEvidenceInWords() {
        StatementRef denial = counter("b:0", "Second Daily", 72, "kestria", List.of("kestria", "karvisk"), shelledTheStation, List.of());
        ContestedLink link = rule.link(claim, denial);
        assertNotNull(link);
        assertEquals(ContestedLink.idOf("a:0", "b:0"), link.id());
        assertTrue(link.score() > 0.5 && link.score() < 1, "score " + link.score());
        String why = link.reason();
        assertTrue(why.contains("disputes “that its artillery had shelled the Karvisk power station”"), why);
        assertTrue(why.contains("“struck” / “shelled”"), "the event in both sides' words: " + why);
        assertTrue(why.contains("“Karvisk power station”") && why.contains("“artillery”"), "phrases as written: " + why);
        assertTrue(why.contains("3.0 days after the claim"), why);
        assertFalse(why.contains("statio") && !why.contains("station"), "no stems: " + why);
        assertEquals(List.of(link), rule.linksFor(claim, List.of(denial)), "a new claim finds the earlier counterclaim too");
        assertEquals(List.of(link), rule.linksFor(denial, List.of(claim)), "and a new counterclaim the earlier claim");
    }

    @Test
    void aNameInEveryArticleWeighsLittleARareOneMuch() {
        RejectedContent ordinary = rejects("that Valdoria lost people this week", List.of("@valdoria", "peopl", "week"),
                List.of("Valdoria", "people", "week"), List.of());
        StatementRef everywhere = claim("a:0", "First Wire", 0, "petra-lind", List.of("petra-lind", "valdoria"), "peopl", "people",
                "week", "week");
        assertNull(rule.link(everywhere, counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "valdoria"), ordinary, List.of())),
                "a ubiquitous name and two ordinary words are no dispute");
        RejectedContent rare = rejects("that Karvisk lost its power station", List.of("@karvisk", "power", "station"),
                List.of("Karvisk", "power", "station"), List.of());
        assertNotNull(rule.link(claim, counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "karvisk"), rare, List.of())),
                "a rare name and the station's words are");
    }

    @Test
    void contentAloneLinksWhenItCoversHalfOfWhatIsRejectedAndNotOnTwoTermsOrLittleCoverage() {
        // A claim by someone the denial does not name (an outlet's own account of an event is NarratedClaimsTest's).
        StatementRef told = claim("a:0", "First Wire", 0, "marek-olen", List.of("karvisk"), "artilleri", "Artillery", "~attack", "struck",
                "power", "power", "station", "station");
        assertNotNull(rule.link(told, counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "karvisk"), shelledTheStation,
                List.of())), "the same artillery, attack, station of Karvisk: the same proposition without the parties");
        RejectedContent twoTerms = rejects("that Karvisk's station was shelled", List.of("@karvisk", "station", "~attack"),
                List.of("Karvisk", "station", "shelled"), List.of("~attack"));
        StatementRef stationOnly = claim("a:0", "First Wire", 0, "marek-olen", List.of("karvisk"), "station", "station", "home", "homes",
                "~attack", "struck");
        assertNotNull(rule.link(stationOnly, counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "karvisk"), twoTerms,
                List.of())), "three terms covering what is rejected");
        RejectedContent wider = rejects("that Valdoria's power station was shelled by artillery for 40,000 homes",
                List.of("@valdoria", "station", "~attack", "artilleri", "power", "#40000"),
                List.of("Valdoria", "station", "shelled", "artillery", "power", "40,000"), List.of("~attack"));
        StatementRef fewOfThem = claim("a:0", "First Wire", 0, "marek-olen", List.of("valdoria"), "week", "week", "peopl", "people",
                "~attack", "struck", "home", "homes");
        assertNull(rule.link(fewOfThem, counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "valdoria"), wider, List.of())),
                "a ubiquitous name and an attack in common among many rejected terms are too little without the parties");
    }

    @Test
    void aCounterclaimNamingWhoseStatementItRejectsLinksOnlyToThatAuthorsOrItsSidesClaims() {
        RejectedContent governorsClaim = new RejectedContent("Petra Lind's claim that artillery shelled the Karvisk power station", null,
                List.of("artilleri", "~attack", "@karvisk", "power", "station"), List.of("artillery", "shelled", "Karvisk", "power", "station"),
                5, List.of("petra-lind"), List.of("~attack"));
        StatementRef denial = counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "karvisk"), governorsClaim, List.of());
        assertNotNull(rule.link(claim, denial), "the governor's own claim");
        StatementRef reporters = claim("a:0", "First Wire", 0, null, List.of("karvisk"), "artilleri", "Artillery", "~attack", "struck",
                "power", "power", "station", "station");
        assertNull(rule.link(reporters, denial), "the same content told by someone else is not the statement it rejects");
    }

    @Test
    void theSamePlaceAndThingsWithAnotherPredicateIsAnotherProposition() {
        StatementRef reopening = claim("a:0", "First Wire", 0, "petra-lind", List.of("petra-lind", "karvisk"), "power", "power",
                "station", "station", "reopen", "reopen");
        assertNull(rule.link(reopening, counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "karvisk"), shelledTheStation,
                List.of())), "the denied shelling is not the announced reopening");
    }

    @Test
    void rejectingOneSidesVersionOfAnEventAgreesWithAReportThatTheOtherSideDidIt() {
        RejectedContent theirMissiles = rejects("a clip suggesting Ukrainian missiles were behind the attack on the Karvisk power station",
                List.of("~attack", "@karvisk", "power", "station", "artilleri"), List.of("attack", "Karvisk", "power", "station", "artillery"),
                List.of("~attack"));
        StatementRef fake = answer("b:0", 5, "kestria", List.of("kestria", "karvisk"), List.of(), theirMissiles);
        StatementRef russianStrike = said("a:0", 0, StatementLabel.CLAIM, "petra-lind",
                "Petra Lind said a Russian artillery strike hit the Karvisk power station.", List.of("petra-lind", "karvisk"), List.of(),
                "artilleri", "artillery", "~attack", "strike", "power", "power", "station", "station");
        assertNull(rule.link(russianStrike, fake), "the clip said Ukraine did it; the claim says Russia did: they agree");
        StatementRef ukrainianStrike = said("a:0", 0, StatementLabel.CLAIM, "petra-lind",
                "Petra Lind said a Ukrainian artillery strike hit the Karvisk power station.", List.of("petra-lind", "karvisk"), List.of(),
                "artilleri", "artillery", "~attack", "strike", "power", "power", "station", "station");
        assertNotNull(rule.link(ukrainianStrike, fake), "the version the clip is said to fake");
        StatementRef nobodyNamed = said("a:0", 0, StatementLabel.CLAIM, "petra-lind",
                "Petra Lind said an artillery strike hit the Karvisk power station.", List.of("petra-lind", "karvisk"), List.of(),
                "artilleri", "artillery", "~attack", "strike", "power", "power", "station", "station");
        assertNotNull(rule.link(nobodyNamed, fake), "a claim that names no doer may be that version");
        RejectedContent deniesAndAccuses = rejects("striking civilians and accuses Ukrainian artillery of shelling the Karvisk power station",
                List.of("~attack", "@karvisk", "power", "station", "artilleri"), List.of("striking", "Karvisk", "power", "station", "artillery"),
                List.of("~attack"));
        assertNotNull(rule.link(russianStrike, answer("b:0", 5, "kestria", List.of("kestria", "karvisk"), List.of(), deniesAndAccuses)),
                "whom a denial goes on to accuse is asserted, not rejected");
    }

    @Test
    void aClaimThatSpeaksOfTheCounterclaimersStatementAnswersItAndIsNotDisputedByIt() {
        StatementRef denial = counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "karvisk"), shelledTheStation, List.of("kestria"));
        assertNotNull(rule.link(claim, denial), "the claim states what the denial rejects");
        StatementRef mocking = new StatementRef("a:0", "a", "First Wire", "https://x.example/a", 0, StatementLabel.CLAIM, 0.9, "petra-lind",
                "petra-lind", "Petra Lind mocked Kestria's explanation that a fire, not artillery, had struck the Karvisk power station.",
                claim.entityIds(), claim.words(), claim.forms(), null, List.of());
        assertTrue(DisputeRule.reactsTo(mocking, denial));
        assertNull(rule.link(mocking, denial), "the claim answers Kestria's statement; Kestria's denial does not dispute it");
        StatementRef war = new StatementRef("a:0", "a", "First Wire", "https://x.example/a", 0, StatementLabel.CLAIM, 0.9, "petra-lind",
                "petra-lind", "Petra Lind said Kestria's artillery had struck the Karvisk power station.", claim.entityIds(), claim.words(),
                claim.forms(), null, List.of());
        assertFalse(DisputeRule.reactsTo(war, denial), "“Kestria's artillery” is no statement of Kestria's");
    }

    @Test
    void dismissingANegatedClaimAgreesWithAClaimOfTheOpposite() {
        assertTrue(DisputeRule.negatedProposition("Petra Lind's claim this week that her artillery won't strike the Karvisk power station"));
        assertFalse(DisputeRule.negatedProposition("recent statements, Lind insisted: “We do not strike power stations”"),
                "the counterclaim's own negation, no claim that says it");
        assertFalse(DisputeRule.negatedProposition("the claim that her artillery struck the Karvisk power station"));
        RejectedContent wontStrike = rejects("Petra Lind's claim this week that her artillery won't strike the Karvisk power station",
                List.of("artilleri", "~attack", "@karvisk", "power", "station"), List.of("artillery", "strike", "Karvisk", "power", "station"),
                List.of("~attack"));
        StatementRef threat = new StatementRef("a:0", "a", "First Wire", "https://x.example/a", 0, StatementLabel.CLAIM, 0.9, "petra-lind",
                "petra-lind", "Petra Lind threatened that her artillery would strike the Karvisk power station.", claim.entityIds(),
                claim.words(), claim.forms(), null, List.of());
        StatementRef pledge = new StatementRef("a:0", "a", "First Wire", "https://x.example/a", 0, StatementLabel.CLAIM, 0.9, "petra-lind",
                "petra-lind", "Petra Lind said her artillery would not strike the Karvisk power station.", claim.entityIds(),
                claim.words(), claim.forms(), null, List.of());
        StatementRef dismissal = counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "karvisk"), wontStrike, List.of("kestria"));
        assertNull(rule.link(threat, dismissal), "the threat says what the dismissal says too");
        assertNotNull(rule.link(pledge, dismissal), "the pledge is what is dismissed");
    }

    @Test
    void aClaimerDescribedRatherThanNamedIsNamedAgainByItsHeadNoun() {
        StatementRef ruling = new StatementRef("a:0", "a", "First Wire", "https://x.example/a", 0, StatementLabel.CLAIM, 0.9,
                "A Karvisk court", null, "A Karvisk court has turned down the appeal of the power station's owner.", List.of("karvisk"),
                List.of("appeal", "power", "station"), List.of("appeal", "power", "station"), null, List.of());
        RejectedContent theHearing = new RejectedContent("the hearing on the power station", null, List.of("hear", "power", "station", "orlenko"),
                List.of("hearing", "power", "station", "Orlenko"), 3, List.of(), List.of());
        StatementRef sham = new StatementRef("b:0", "b", "Second Daily", "https://x.example/b", 5 * HOUR, StatementLabel.COUNTERCLAIM, 0.9,
                "Anna Vell", "anna-vell", "Anna Vell said after the court's decision in Karvisk that the hearing on the power station was a sham, Orlenko wrote.",
                List.of("anna-vell", "karvisk"), List.of(), List.of(), theHearing, List.of());
        ContestedLink link = rule.link(ruling, sham);
        assertNotNull(link, "“the court's decision” names the court that ruled");
        StatementRef noCourt = new StatementRef("b:0", "b", "Second Daily", "https://x.example/b", 5 * HOUR, StatementLabel.COUNTERCLAIM, 0.9,
                "Anna Vell", "anna-vell", "Anna Vell said in Karvisk that the hearing on the power station was a sham, Orlenko wrote.",
                List.of("anna-vell", "karvisk"), List.of(), List.of(), theHearing, List.of());
        assertNull(rule.link(ruling, noCourt), "the same words without naming the claimer are too little");
    }

    @Test
    void theGatesOutletClaimerSideWindowAndTimeOrder() {
        List<String> keys = List.of("kestria", "karvisk");
        assertNull(rule.link(claim, counter("b:0", "First Wire", 5, "kestria", keys, shelledTheStation, List.of())), "the same outlet");
        assertNull(rule.link(claim, counter("b:0", "Second Daily", 5, "petra-lind", keys, shelledTheStation, List.of())),
                "a claimer does not dispute itself");
        StatementRef ofValdoria = new StatementRef("a:0", "a", "First Wire", "u", 0, StatementLabel.CLAIM, 0.9, "petra-lind", "petra-lind",
                "t", claim.entityIds(), claim.words(), claim.forms(), null, List.of("valdoria"));
        assertNull(rule.link(ofValdoria, counter("b:0", "Second Daily", 5, "kestria", keys, shelledTheStation, List.of("valdoria"))),
                "a denial from the claim's own side");
        assertNotNull(rule.link(ofValdoria, counter("b:0", "Second Daily", 5, "kestria", keys, shelledTheStation, List.of("kestria"))));
        assertNull(rule.link(claim, counter("b:0", "Second Daily", 24 * 8, "kestria", keys, shelledTheStation, List.of())),
                "beyond the window");
        assertNull(rule.link(claim, counter("b:0", "Second Daily", -72, "kestria", keys, shelledTheStation, List.of())),
                "a denial published three days before the claim");
        assertNotNull(rule.link(claim, counter("b:0", "Second Daily", -5, "kestria", keys, shelledTheStation, List.of())),
                "another outlet may carry the denial a few hours before the claim");
        assertNull(rule.link(claim, counter("b:0", "Second Daily", 5, "kestria", List.of("kestria"), shelledTheStation, List.of())),
                "no entity in common: never compared");
    }

    @Test
    void aCounterclaimThatNamesNothingItsArticleExplainsNeverLinks() {
        assertNull(rule.link(claim, counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "karvisk"), null, List.of())),
                "“She denied it.” alone");
    }

    @Test
    void aRejectionThatOnlySaysWhoseStatementItIsLinksOnlyToAClaimOfTheClaimerItNames() {
        // "Inspectors rejected the statement, saying artillery had shelled the power station": nothing in the rejected part
        // itself (core 0), the account after it weighs half.
        RejectedContent account = new RejectedContent("the statement", null, List.of("artilleri", "~attack", "power", "station", "@karvisk"),
                List.of("artillery", "shelled", "power", "station", "Karvisk"), 0, List.of(), List.of());
        assertNull(rule.link(claim, counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "karvisk"), account, List.of())),
                "it does not name Petra Lind");
        ContestedLink named = rule.link(claim, counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "karvisk", "petra-lind"),
                account, List.of()));
        assertNotNull(named, "it names her");
        assertTrue(named.reason().contains("names the claimer, petra-lind"), named.reason());
    }

    /** A statement by {@code claimerId} with its sentence, accusing {@code accused}. */
    private static StatementRef said(String id, long hours, StatementLabel label, String claimerId, String text, List<String> entities,
            List<String> accused, String... termsAndForms) {
        List<String> terms = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < termsAndForms.length; i += 2) {
            terms.add(termsAndForms[i]);
            forms.add(termsAndForms[i + 1]);
        }
        return new StatementRef(id, id.split(":")[0], "First Wire", "https://x.example/" + id, hours * HOUR, label, 0.9,
                claimerId == null ? "Harbour police" : claimerId, claimerId, text, entities, terms, forms, null, List.of(), accused);
    }

    private static StatementRef answer(String id, long hours, String claimerId, List<String> entities, List<String> side, RejectedContent r) {
        return new StatementRef(id, id.split(":")[0], "Second Daily", "https://x.example/" + id, hours * HOUR, StatementLabel.COUNTERCLAIM,
                0.9, claimerId, claimerId, "text of " + id, entities, List.of(), List.of(), r, side);
    }

    /** "accused Kestria of planning to mine the strait": Kestria is in 600 of 1000 articles. */
    private final StatementRef accusesKestria = said("a:0", 0, StatementLabel.CLAIM, "valdoria",
            "Valdoria accused Kestria of planning to mine the Oster strait.", List.of("valdoria", "kestria"), List.of("kestria"),
            "plan", "planning", "mine", "mine", "strait", "strait");

    @Test
    void theAccusedAnsweringAboutWhatItIsAccusedOfLinksOnOneTermSoonAfter() {
        RejectedContent noSuchPlan = rejects("having any such plan", List.of("plan", "@kestria"), List.of("plan", "Kestria"), List.of());
        ContestedLink link = rule.link(accusesKestria, answer("b:0", 5, "kestria", List.of("kestria"), List.of("kestria"), noSuchPlan));
        assertNotNull(link, "the accused denies what it is accused of");
        assertTrue(link.reason().contains("kestria is who the claim accuses"), link.reason());
        assertNull(rule.link(accusesKestria, answer("b:0", 72, "kestria", List.of("kestria"), List.of("kestria"), noSuchPlan)),
                "three days later the same words may answer another accusation");
        StatementRef notAccused = said("a:0", 0, StatementLabel.CLAIM, "valdoria", "Valdoria said Kestria was planning a parade.",
                List.of("valdoria", "kestria"), List.of(), "plan", "planning", "parad", "parade");
        assertNull(rule.link(notAccused, answer("b:0", 5, "kestria", List.of("kestria"), List.of("kestria"), noSuchPlan)),
                "a claim that accuses no one: one term is too little");
        RejectedContent other = rejects("that its navy had stopped ferries near Karvisk", List.of("navi", "stop", "ferri", "@karvisk"),
                List.of("navy", "stopped", "ferries", "Karvisk"), List.of("stop"));
        assertNull(rule.link(accusesKestria, answer("b:0", 5, "kestria", List.of("kestria", "karvisk"), List.of("kestria"), other)),
                "the same accused denying another accusation");
        StatementRef accusesOfAnAttack = said("a:0", 0, StatementLabel.CLAIM, "valdoria", "Valdoria accused Kestria of striking a factory.",
                List.of("valdoria", "kestria"), List.of("kestria"), "~attack", "striking", "factori", "factory");
        RejectedContent theBombing = rejects("the bombing", List.of("~attack"), List.of("bombing"), List.of("~attack"));
        assertNull(rule.link(accusesOfAnAttack, answer("b:0", 5, "kestria", List.of("kestria"), List.of("kestria"), theBombing)),
                "“denied the bombing”: an attack, but which one?");
    }

    @Test
    void anAccusedRareInNewsAnsweringWithNothingNamedLinksAFrequentOneDoesNot() {
        RejectedContent theAccusations = new RejectedContent("the accusations", null, List.of("competitor"), List.of("competitors"), 0,
                List.of(), List.of());
        StatementRef suspectsVerhoek = said("a:0", 0, StatementLabel.CLAIM, null, "Harbour police suspected Tomas Verhoek of smuggling diesel.",
                List.of("tomas-verhoek"), List.of("tomas-verhoek"), "smuggl", "smuggling", "diesel", "diesel");
        assertNotNull(rule.link(suspectsVerhoek, answer("b:0", 9, "tomas-verhoek", List.of("tomas-verhoek"), List.of(), theAccusations)),
                "a person in few articles dismissing “the accusations” the day he is suspected");
        assertNull(rule.link(suspectsVerhoek, answer("b:0", 96, "tomas-verhoek", List.of("tomas-verhoek"), List.of(), theAccusations)),
                "four days later");
        assertNull(rule.link(accusesKestria, answer("b:0", 5, "kestria", List.of("kestria"), List.of("kestria"), theAccusations)),
                "a party in most articles is accused of many things a day: “the accusations” could be any of them");
    }

    @Test
    void anAccusationReportedInACounterclaimIsTheClaimForTheAccusedsAnswerOnly() {
        StatementRef reported = said("a:0", 0, StatementLabel.COUNTERCLAIM, "western-diplomats",
                "Western diplomats said Valdoria was stoking fears, most recently by accusing Kestria of planning to mine the strait without evidence.",
                List.of("valdoria", "kestria"), List.of("kestria"), "plan", "planning", "mine", "mine", "strait", "strait", "fear", "fears");
        RejectedContent noSuchPlan = rejects("having any such plan", List.of("plan", "@kestria"), List.of("plan", "Kestria"), List.of());
        assertNotNull(rule.link(reported, answer("b:0", 5, "kestria", List.of("kestria"), List.of("kestria"), noSuchPlan)));
        RejectedContent mining = rejects("that the strait had been mined", List.of("strait", "mine", "fear"), List.of("strait", "mined", "fears"),
                List.of("mine"));
        assertNull(rule.link(reported, answer("b:0", 5, "petra-lind", List.of("petra-lind", "kestria"), List.of(), mining)),
                "another party's denial, however close its words: a counterclaim is no claim");
        assertEquals(1, rule.linksFor(answer("b:0", 5, "kestria", List.of("kestria"), List.of("kestria"), noSuchPlan), List.of(reported)).size(),
                "a new counterclaim finds the stored one that reports the accusation");
    }

    @Test
    void aRejectionNamingOnlyTheClaimsAuthorAndKindLinksToAClaimOfThatKindSoonAfter() {
        RejectedContent pledge = new RejectedContent("Kestria's pledge", null, List.of("@kestria", "ploy"), List.of("Kestria", "ploy"), 1,
                List.of("kestria"), List.of());
        StatementRef commits = said("a:0", 0, StatementLabel.CLAIM, "kestria", "Kestria said it would pull its troops back from Velna.",
                List.of("kestria"), List.of(), "pull", "pull", "troop", "troops");
        ContestedLink link = rule.link(commits, answer("b:0", 6, "valdoria", List.of("valdoria", "kestria"), List.of("valdoria"), pledge));
        assertNotNull(link, "“Kestria's pledge” against Kestria committing itself");
        assertTrue(link.reason().contains("as its author, and the claim is such a pledge"), link.reason());
        StatementRef forecast = said("a:0", 0, StatementLabel.CLAIM, "kestria", "Kestria said the road would be closed until July.",
                List.of("kestria"), List.of(), "road", "road", "close", "closed");
        assertNull(rule.link(forecast, answer("b:0", 6, "valdoria", List.of("valdoria", "kestria"), List.of("valdoria"), pledge)),
                "a forecast is no pledge");
        assertNull(rule.link(commits, answer("b:0", 80, "valdoria", List.of("valdoria", "kestria"), List.of("valdoria"), pledge)),
                "days later Kestria has pledged other things");
        RejectedContent tweet = new RejectedContent("Kestria's tweet", null, List.of("@kestria", "troop"), List.of("Kestria", "troops"), 1,
                List.of("kestria"), List.of());
        assertNull(rule.link(commits, answer("b:0", 6, "valdoria", List.of("valdoria", "kestria"), List.of("valdoria"), tweet)),
                "a tweet, and the claim shows none");
        StatementRef tweeted = said("a:0", 0, StatementLabel.CLAIM, "kestria", "Kestria wrote in a tweet that its troops had left Velna.",
                List.of("kestria"), List.of(), "troop", "troops", "left", "left");
        assertNotNull(rule.link(tweeted, answer("b:0", 6, "valdoria", List.of("valdoria", "kestria"), List.of("valdoria"), tweet)));
        RejectedContent bareTweet = new RejectedContent("Kestria's tweet", null, List.of("@kestria"), List.of("Kestria"), 1,
                List.of("kestria"), List.of());
        assertNull(rule.link(tweeted, answer("b:0", 6, "valdoria", List.of("valdoria", "kestria"), List.of("valdoria"), bareTweet)),
                "one author posts many a day: which tweet, when nothing else is in common?");
    }

    @Test
    void aReplyToTheClaimerLinksOnOrdinaryWordsItsOwnContentSharesSoonAfter() {
        // "Brekke replied to Lind that “the people of Valdoria still come first, but …”": ordinary words, a long quote after them.
        RejectedContent reply = new RejectedContent("that “the people of Valdoria still come first", null,
                List.of("peopl", "@valdoria", "@petra-lind", "come", "first", "quarrel", "budget", "council", "vote", "winter"),
                List.of("people", "Valdoria", "Lind", "come", "first", "quarrel", "budget", "council", "vote", "winter"), 2,
                List.of("petra-lind"), List.of());
        StatementRef lind = said("a:0", 0, StatementLabel.CLAIM, "petra-lind", "“Who puts the people of Valdoria first?” Lind asked.",
                List.of("petra-lind", "valdoria"), List.of(), "peopl", "people");
        assertNotNull(rule.link(lind, answer("b:0", 4, "jonas-brekke", List.of("jonas-brekke", "petra-lind", "valdoria"), List.of(), reply)),
                "whom it answers, and what it says the claim holds");
        assertNull(rule.link(lind, answer("b:0", 80, "jonas-brekke", List.of("jonas-brekke", "petra-lind", "valdoria"), List.of(), reply)),
                "days later");
        StatementRef someoneElse = said("a:0", 0, StatementLabel.CLAIM, "kestria", "“Who puts the people of Valdoria first?” Kestria asked.",
                List.of("kestria", "valdoria"), List.of(), "peopl", "people");
        assertNull(rule.link(someoneElse, answer("b:0", 4, "jonas-brekke", List.of("jonas-brekke", "kestria", "valdoria"), List.of(), reply)),
                "it answers Lind, not Kestria");
    }

    @Test
    void theAuthorNamedBySurnameAloneIsTheClaimer() {
        RejectedContent tweet = new RejectedContent("Lind's tweet", null, List.of("@lind", "bridg"), List.of("Lind", "bridge"), 1,
                List.of("lind"), List.of());
        StatementRef tweeted = said("a:0", 0, StatementLabel.CLAIM, "petra-lind", "Governor Petra Lind wrote in a tweet that the bridge would open.",
                List.of("petra-lind", "lind"), List.of(), "bridg", "bridge", "open", "open");
        assertNotNull(rule.link(tweeted, answer("b:0", 3, "councillors", List.of("lind"), List.of(), tweet)));
        StatementRef other = said("a:0", 0, StatementLabel.CLAIM, "jonas-brekke", "Jonas Brekke wrote in a tweet that the bridge would open.",
                List.of("jonas-brekke", "lind"), List.of(), "bridg", "bridge", "open", "open");
        assertNull(rule.link(other, answer("b:0", 3, "councillors", List.of("lind"), List.of(), tweet)), "someone else's tweet");
    }

    /** A statement with keys that stand for its claimer only ({@code partyKeys}: its side, its surname). */
    private static StatementRef withParties(String id, String source, long hours, StatementLabel label, String claimerId,
            List<String> entities, List<String> partyKeys, List<String> side, List<String> accused, RejectedContent rejected,
            String... termsAndForms) {
        List<String> terms = new ArrayList<>();
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < termsAndForms.length; i += 2) {
            terms.add(termsAndForms[i]);
            forms.add(termsAndForms[i + 1]);
        }
        return new StatementRef(id, id.split(":")[0], source, "https://x.example/" + id, hours * HOUR, label, 0.9, claimerId, claimerId,
                "text of " + id, entities, terms, forms, rejected, side, accused, partyKeys);
    }

    @Test
    void statementsMetOnlyUnderAKeyOfTheirClaimerLinkByThePartiesExchangeNotByWhatTheySay() {
        // A Kestrian envoy on the Karvisk pipeline (keyed under Kestria, the country he speaks for, and his surname)
        // and another outlet's rejection of a proposal about the pipeline that names Kestria: the same pipeline,
        // another proposition, met only because of who the envoy speaks for.
        RejectedContent proposal = rejects("suggestions that gas shortages could be eased by opening the pipeline, something Kestria proposed",
                List.of("ga", "shortag", "eas", "open", "pipelin", "@kestria"), List.of("gas", "shortages", "eased", "opening", "pipeline",
                        "Kestria"), List.of());
        StatementRef counter = withParties("b:0", "Second Daily", 20, StatementLabel.COUNTERCLAIM, "valdorian-politicians",
                List.of("valdorian-politicians", "kestria"), List.of(), List.of("valdoria"), List.of(), proposal);
        StatementRef envoy = withParties("a:0", "First Wire", 0, StatementLabel.CLAIM, "oren-vask", List.of("oren-vask", "kestria", "vask"),
                List.of("kestria", "vask"), List.of("kestria"), List.of(), null,
                "ga", "gas", "shortag", "shortages", "pipelin", "pipeline", "pressur", "pressure");
        assertNull(rule.link(envoy, counter), "met only under the envoy's country: no content link");
        StatementRef naming = withParties("a:0", "First Wire", 0, StatementLabel.CLAIM, "oren-vask", List.of("oren-vask", "kestria", "vask"),
                List.of("vask"), List.of("kestria"), List.of(), null,
                "ga", "gas", "shortag", "shortages", "pipelin", "pipeline", "pressur", "pressure");
        assertNotNull(rule.link(naming, counter), "a claim that names Kestria itself meets the rejection by what it says");
        StatementRef kestrianDenial = withParties("b:0", "Second Daily", 20, StatementLabel.COUNTERCLAIM, "karvisk-ministry",
                List.of("karvisk-ministry", "kestria"), List.of("kestria"), List.of("kestria"), List.of(), proposal);
        StatementRef aboutKestria = withParties("a:0", "First Wire", 0, StatementLabel.CLAIM, "jonas-brekke", List.of("jonas-brekke", "kestria"),
                List.of(), List.of(), List.of(), null, "ga", "gas", "shortag", "shortages", "pipelin", "pipeline", "pressur", "pressure");
        assertNull(rule.link(aboutKestria, kestrianDenial),
                "met only under the country the denier speaks for, with no accusation to answer: another of the many reports naming Kestria");
        // The accused answering under its country's key is an exchange: it still links.
        StatementRef accusation = withParties("a:0", "First Wire", 0, StatementLabel.CLAIM, "valdoria", List.of("valdoria", "kestria"),
                List.of(), List.of("valdoria"), List.of("kestria"), null, "plan", "planning", "mine", "mine", "strait", "strait");
        RejectedContent noSuchPlan = rejects("having any such plan", List.of("plan"), List.of("plan"), List.of());
        StatementRef ministry = withParties("b:0", "Second Daily", 5, StatementLabel.COUNTERCLAIM, "kestrian-ministry",
                List.of("kestrian-ministry", "kestria"), List.of("kestria"), List.of("kestria"), List.of(), noSuchPlan);
        assertNotNull(rule.link(accusation, ministry), "the accused answers, met under its country");
    }

    @Test
    void aNameIsTheSameNameWhetherOneOutletsAnnotatorKeptItAsAnEntityOrAWord() {
        // "Governor Marta Velna" in the claim (her surname is one of its keys); "Velna's" in another outlet, a
        // word there where its annotator missed the name.
        StatementRef velna = claim("a:0", "First Wire", 0, "marta-velna", List.of("marta-velna", "karvisk", "velna"), "bridg", "bridge");
        java.util.Set<String> held = DisputeRule.claimTerms(velna);
        assertTrue(DisputeRule.held("velna", held), "the surname as a word: " + held);
        assertFalse(DisputeRule.held("@state-department", java.util.Set.of("@department")), "a name is not its last part");
        assertFalse(DisputeRule.held("bridge", held), "words still match by their stems only");
    }

    @Test
    void aSeatIsThePartyItSpeaksForAndNotContentWhereThatPartyIsTheClaimer() {
        assertTrue(DisputeRule.held("@brussels", java.util.Set.of("@european-union")), "the union's seat");
        assertFalse(DisputeRule.held("@moscow", java.util.Set.of("@russia")), "a capital is a place as often as a party");
        StatementRef byParliament = claim("a:0", "First Wire", 0, null, List.of("european-parliament", "european-union"), "resolut", "resolution");
        assertTrue(DisputeRule.held("@brussels", DisputeRule.claimTerms(byParliament)), "one of its bodies");
        // The claimer is Russia; a denial that "Moscow shelled the Karvisk power station" holds Moscow as a party, not as content.
        StatementRef russia = claim("a:0", "First Wire", 0, "russia", List.of("russia", "karvisk"), "~attack", "shelled", "power", "power",
                "station", "station");
        RejectedContent moscowShelled = rejects("that Moscow shelled the Karvisk power station",
                List.of("@moscow", "~attack", "@karvisk", "power", "station"), List.of("Moscow", "shelled", "Karvisk", "power", "station"),
                List.of("~attack"));
        DisputeRule.Evidence e = rule.evidence(russia, counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "karvisk"),
                moscowShelled, List.of()));
        assertNotNull(e);
        assertFalse(e.shared().contains("@moscow"), "Moscow is who the claim is by: " + e.shared());
        assertTrue(e.shared().containsAll(List.of("~attack", "@karvisk", "power", "station")), e.shared().toString());
    }

    @Test
    void aRejectedPartNamingOnlyWhoLinksOnlyToAClaimOfTheClaimerItNames() {
        // "Contrary to the propaganda, Petra Lind and Karvisk [are not …]": the names, and nothing said of them.
        RejectedContent names = new RejectedContent("Petra Lind and Karvisk", null, List.of("@petra-lind", "@karvisk"),
                List.of("Petra Lind", "Karvisk"), 2, List.of(), List.of());
        assertTrue(DisputeRule.namesOnly(names));
        assertFalse(DisputeRule.namesOnly(shelledTheStation), "the station's words say what happened");
        StatementRef report = claim("a:0", "First Wire", 0, null, List.of("petra-lind", "karvisk"), "visit", "visited");
        assertNull(rule.link(report, counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "karvisk"), names, List.of())),
                "every report naming them would share the names");
    }

    @Test
    void theLinkerReportsALinkFoundUnderSeveralEntitiesOnceAndCapsWhatOneStatementMakes() {
        ContestedClaimLinker linker = new ContestedClaimLinker(rule, Duration.ofDays(7), 2);
        assertTrue(linker.add(claim).isEmpty());
        for (int i = 1; i <= 3; i++) {
            assertTrue(linker.add(claim("c" + i + ":0", "Wire " + i, i, "claimer-" + i, List.of("claimer-" + i, "karvisk"), "artilleri",
                    "artillery", "~attack", "struck", "power", "power", "station", "station")).isEmpty());
        }
        StatementRef denial = counter("b:0", "Second Daily", 5, "kestria", List.of("kestria", "karvisk"), shelledTheStation, List.of());
        List<ContestedLink> links = linker.add(denial);
        assertEquals(2, links.size(), "four claims match, two links at most: " + links);
        assertTrue(links.get(0).score() >= links.get(1).score());
        assertTrue(linker.add(denial).isEmpty(), "the same links are not reported again");
    }
}
