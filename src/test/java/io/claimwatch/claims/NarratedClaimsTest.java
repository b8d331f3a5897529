package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.RejectedContent;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.model.StatementRef;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which of an outlet's own statements another outlet's counterclaim may dispute. */
class NarratedClaimsTest {

    private static final long HOUR = 3_600_000L;
    private static final LinkStatistics STATS = new LinkStatistics(1000, 3, Map.of("karvisk", 4, "russia", 700, "petra-lind", 3),
            Map.of("~attack", 300, "power", 120, "station", 80, "artilleri", 60, "home", 200, "#40000", 5));
    private final DisputeRule rule = new DisputeRule(Duration.ofDays(7), STATS);

    private static final RejectedContent SHELLED_THE_STATION = new RejectedContent("that artillery had shelled the Karvisk power station",
            null, List.of("artilleri", "~attack", "@karvisk", "power", "station"), List.of("artillery", "shelled", "Karvisk", "power", "station"),
            5, List.of(), List.of("~attack"));

    /** The outlet's own statement: no claimer, the station's terms. */
    private static StatementRef narration(String text) {
        return new StatementRef("a:0", "a", "First Wire", "https://x.example/a", 0, StatementLabel.CLAIM, 0.9, "article", null, text,
                List.of("karvisk"), List.of("artilleri", "~attack", "power", "station", "#40000", "home"),
                List.of("artillery", "struck", "power", "station", "40,000", "homes"), null, List.of());
    }

    private static StatementRef denial(String claimer, String claimerId, List<String> side) {
        return new StatementRef("b:0", "b", "Second Daily", "https://x.example/b", 5 * HOUR, StatementLabel.COUNTERCLAIM, 0.9, claimer,
                claimerId, "text of b", List.of(claimerId, "karvisk"), List.of(), List.of(), SHELLED_THE_STATION, side);
    }

    @Test
    void anOutletsAccountOfAnEventIsNotDisputedByAThirdPartysRejectionOfTheSameWords() {
        StatementRef told = narration("Artillery struck the Karvisk power station, cutting power to 40,000 homes.");
        assertNull(rule.link(told, denial("Petra Lind", "petra-lind", List.of())),
                "someone who neither did it nor is accused of it, rejecting a version of the event: the account agrees or tells another part");
    }

    @Test
    void anOutletsAccountIsDisputedByWhomItSaysDidItAndWhenItReportsAStance() {
        StatementRef byRussia = narration("Russian artillery struck the Karvisk power station, cutting power to 40,000 homes.");
        assertNotNull(rule.link(byRussia, denial("Russia", "russia", List.of("russia"))), "the doer denies it");
        StatementRef blamed = narration("Kyiv and its allies blame the artillery that struck the Karvisk power station, cutting power to 40,000 homes.");
        assertNotNull(rule.link(blamed, denial("Petra Lind", "petra-lind", List.of())), "a party's stance reported by the outlet");
    }

    @Test
    void aStanceIsAVerbOfSayingOrPositionOrANounOfWhatWasSaidNotARecordOfAFact() {
        assertTrue(NarratedClaims.reportsStance("Kyiv and its allies blame Moscow for blockading the ports."));
        assertTrue(NarratedClaims.reportsStance("It comes after Moscow alleged that Ukraine is preparing a dirty bomb."));
        assertTrue(NarratedClaims.reportsStance("The State Department reclassified her as having been wrongfully detained."));
        assertTrue(NarratedClaims.reportsStance("The minister made the claims in a series of calls."));
        assertFalse(NarratedClaims.reportsStance("Scores of people were killed when rockets hit a railway station."));
        assertFalse(NarratedClaims.reportsStance("A photo of the woman became one of the most iconic images of the war."));
        assertFalse(NarratedClaims.reportsStance("Russia's invasion pushed Finland to the verge of applying, a move that would end neutrality."),
                "'that' is no noun of something said");
    }

    @Test
    void aNarrationOfWhatTheCounterclaimsClaimerSaidIsThatClaimersOwn() {
        StatementRef putin = new StatementRef("b:0", "b", "Second Daily", "https://x.example/b", 0, StatementLabel.COUNTERCLAIM, 0.9,
                "Vladimir Putin", "vladimir-putin", "text of b", List.of("vladimir-putin"), List.of(), List.of(), SHELLED_THE_STATION, List.of());
        assertTrue(NarratedClaims.spokenBy(narration("Putin claimed Russia signed the deal to ease food prices."), putin));
        assertTrue(NarratedClaims.spokenBy(narration("Putin, speaking in Sochi on a visit to the region, said the deal was unfair."), putin),
                "a clause between the name and its verb");
        assertFalse(NarratedClaims.spokenBy(narration("Kyiv blames Putin for the blockade of the ports."), putin),
                "named as the one blamed, not as the speaker");
        assertFalse(NarratedClaims.spokenBy(narration("Kyiv blames Putin. Its allies said the blockade must end."), putin),
                "the verb of another sentence");
    }

    private static boolean narrates(String narrated, String author) {
        return NarratedClaims.narrates(narration(narrated), author);
    }

    @Test
    void theOutletTellingWhatANamedAuthorSaidNarratesThatAuthorsStatement() {
        assertTrue(narrates("It comes after Moscow alleged that Ukraine is preparing a dirty bomb.", "russia"),
                "a seat before a verb of saying speaks for its country");
        assertTrue(narrates("On Monday, the Kremlin stood by its allegation that Kyiv may be preparing a bomb.",
                "russia"), "a seat holding to its own statement");
        assertTrue(narrates("It comes after Defence Minister Sergei Shoigu claimed to his counterparts that Kyiv "
                + "was preparing a provocation.", "sergei-shoigu"), "a person by surname before a verb of saying");
        assertTrue(narrates("Austin was asked about Putin's claims that Kyiv was preparing a bomb.", "vladimir-putin"),
                "a person's statement");
        assertFalse(narrates("Russia and Ukraine traded claims of strikes near the plant.", "russia"),
                "both sides' exchange is neither one's claim");
        assertFalse(narrates("Russia and Ukraine traded claims of strikes near the plant.",
                "general-staff-of-the-armed-forces-of-ukraine"), "a country ending a body's name is no surname");
        assertFalse(narrates("President Vladimir Putin has not ruled out using nuclear weapons.", "vladimir-putin"),
                "what someone did not say is not their statement");
        assertFalse(narrates("The mention of the bomb in Shoigu's calls seemed to indicate a new threat.",
                "sergei-shoigu"), "a possession other than a statement");
        assertFalse(narrates("His region is the home of minister Sergei Shoigu, who Putin has refused to fire "
                + "despite demands.", "sergei-shoigu"), "another name is the subject of the verb");
        StatementRef byKremlin = new StatementRef("k:0", "k", "First Wire", "https://x.example/k", 0, StatementLabel.CLAIM, 0.9, "Kremlin",
                "kremlin", "The Kremlin said Kyiv is preparing a bomb.", List.of("kremlin"), List.of());
        assertFalse(NarratedClaims.narrates(byKremlin, "russia"), "a claim with a claimer is that claimer's, not the outlet's narration");
    }
}
