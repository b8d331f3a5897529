package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.ContestedLink;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.model.StatementRef;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Two accusations across outlets that blame each other's side for the same act at the same place. */
class CounterAccusationsTest {

    private static final long HOUR = 3_600_000L;
    /** "karvisk" is in four articles of 1000: a place in the news for this story; "plant" in 80. */
    private static final LinkStatistics STATS = new LinkStatistics(1000, 3, Map.of("karvisk", 4, "ostra", 5, "russia", 700, "ukraine", 800),
            Map.of("~attack", 300, "plant", 80, "artilleri", 60));
    private final CounterAccusations rule = new CounterAccusations(Duration.ofDays(7), STATS);

    private static StatementRef claim(String id, String source, long hours, String claimer, String claimerId, String text,
            List<String> entities, List<String> words, List<String> side, List<String> accused) {
        List<String> forms = words.stream().map(w -> w.equals("~attack") ? "shelling" : w).toList();
        return new StatementRef(id, id.split(":")[0], source, "https://x.example/" + id, hours * HOUR, StatementLabel.CLAIM, 0.9, claimer,
                claimerId, text, entities, words, forms, null, side, accused, List.of());
    }

    /** The Russian ministry blames Ukrainian artillery (the doer) for shelling the Karvisk plant. */
    private final StatementRef ministry = claim("a:0", "First Wire", 0, "Russian Defence Ministry", "russian-defence-ministry",
            "The Russian Defence Ministry said Ukrainian artillery shelled the Karvisk plant.",
            List.of("russian-defence-ministry", "ukraine", "karvisk"), List.of("@ukraine", "artilleri", "~attack", "plant"),
            List.of("russia"), List.of());

    private StatementRef kyivAccuses(String accused, String place, long hours) {
        return claim("b:0", "Second Daily", hours, "Kyiv", "kyiv", "Kyiv accused " + accused + " of shelling the " + place + " plant.",
                List.of("kyiv", accused.toLowerCase(), place.toLowerCase()), List.of("~attack", "plant"), List.of("ukraine"),
                List.of(accused.toLowerCase()));
    }

    @Test
    void anAccusationOfTheOtherSideForTheSameActAtTheSamePlaceAnswersTheEarlierOnce() {
        StatementRef back = kyivAccuses("Russia", "Karvisk", 5);
        ContestedLink link = rule.link(ministry, back);
        assertNotNull(link, "each blames the other's side for shelling the Karvisk plant");
        assertTrue(link.reason().startsWith("blames russia for what the claim blames on ukraine"), link.reason());
        assertTrue(link.reason().contains("in common: “shelling”, “plant”, “karvisk”"), link.reason());
        assertNull(rule.link(back, ministry), "the answer comes after what it answers: one link per exchange");
        for (List<StatementRef> order : List.of(List.of(back, ministry), List.of(ministry, back))) {
            List<ContestedLink> viaRule = new DisputeRule(Duration.ofDays(7), STATS).linksFor(order.get(0), List.of(order.get(1)));
            assertEquals(List.of(link.id()), viaRule.stream().map(ContestedLink::id).toList(),
                    "the dispute rule finds it whichever statement arrives first");
        }
    }

    @Test
    void twoAccusationsToldAtTheSameTimeAreLinkedOnce() {
        StatementRef back = kyivAccuses("Russia", "Karvisk", 0);
        assertNotNull(rule.link(ministry, back), "by id order");
        assertNull(rule.link(back, ministry), "not again the other way");
    }

    @Test
    void aSideTellingWhatItsOwnSideDidBlamesNoOne() {
        StatementRef boast = claim("c:0", "Third Post", 0, "Russian Defence Ministry", "russian-defence-ministry",
                "The Russian Defence Ministry said Russian artillery shelled the Karvisk plant after Ukrainian forces attacked it.",
                List.of("russian-defence-ministry", "ukraine", "karvisk"), List.of("@russia", "@ukraine", "artilleri", "~attack", "plant"),
                List.of("russia"), List.of());
        assertNull(rule.link(boast, kyivAccuses("Russia", "Karvisk", 5)), "Russia's own artillery is no accusation of Ukraine");
        assertEquals(java.util.Set.of(), EventDoers.in("Zakharova said Russia's strike sank a Ukrainian military vessel.").stream()
                .filter("ukraine"::equals).collect(java.util.stream.Collectors.toSet()), "the vessel sunk is the target, not a doer");
    }

    @Test
    void theMeansOfAnActAndAPlaceOfAnyKindTellNoPlaceAndWhatItIsNearIsNoTarget() {
        // Two reports of artillery fire on "the city": which city? Neither names the same place or thing.
        StatementRef governor = claim("d:0", "First Wire", 0, "Governor", null,
                "The governor said Russian artillery shells hit the city overnight.",
                List.of("russia"), List.of("@russia", "artilleri", "~attack", "citi"), List.of("ukraine"), List.of());
        StatementRef ministryBack = claim("e:0", "Second Daily", 20, "Russian Defence Ministry", "russian-defence-ministry",
                "The Russian Defence Ministry said Ukrainian artillery launched shells at the city on Sunday.",
                List.of("russian-defence-ministry", "ukraine"), List.of("@ukraine", "artilleri", "~attack", "citi"), List.of("russia"),
                List.of());
        assertNull(rule.link(governor, ministryBack), "artillery and a city are no place in common");
        // Shelling of the villages near the plant is not shelling of the plant.
        StatementRef villages = claim("f:0", "Third Post", 5, "Kyiv", "kyiv", "Kyiv said Russian shelling wounded two people in villages near the Karvisk plant.",
                List.of("kyiv", "russia", "karvisk"), List.of("@russia", "~attack", "~injure", "villag", "plant"), List.of("ukraine"),
                List.of());
        assertNull(rule.link(ministry, villages), "the plant is where the villages are, not what was shelled");
        assertNotNull(rule.link(ministry, kyivAccuses("Russia", "Karvisk", 5)), "the plant itself shelled is");
    }

    @Test
    void notAnotherPlaceNorAThirdPartyNorTheSameSideNorDaysLater() {
        assertNull(rule.link(ministry, kyivAccuses("Russia", "Ostra", 5)), "the same act elsewhere");
        assertNull(rule.link(ministry, kyivAccuses("Belarus", "Karvisk", 5)), "blaming someone the ministry does not speak for");
        assertNull(rule.link(ministry, kyivAccuses("Russia", "Karvisk", 72)), "an exchange is told within two days");
        StatementRef alsoRussian = claim("b:0", "Second Daily", 5, "Moscow", "moscow", "Moscow said Ukrainian forces shelled the Karvisk plant.",
                List.of("moscow", "ukraine", "karvisk"), List.of("@ukraine", "~attack", "plant"), List.of("russia"), List.of("ukraine"));
        assertNull(rule.link(ministry, alsoRussian), "the same side saying the same");
    }

    @Test
    void holdingGroundIsNoActOneSideBlamesOnTheOther() {
        StatementRef seize = claim("a:0", "First Wire", 0, "Russian Defence Ministry", "russian-defence-ministry",
                "The Russian Defence Ministry said Ukrainian forces tried to seize the Karvisk plant.",
                List.of("russian-defence-ministry", "ukraine", "karvisk"), List.of("@ukraine", "forc", "~capture", "plant"),
                List.of("russia"), List.of());
        StatementRef occupying = claim("b:0", "Second Daily", 5, "Kyiv", "kyiv", "Kyiv accused Russia of occupying the Karvisk plant.",
                List.of("kyiv", "russia", "karvisk"), List.of("~capture", "plant"), List.of("ukraine"), List.of("russia"));
        assertNull(rule.link(seize, occupying), "who holds the plant is not who shelled it");
    }

    @Test
    void whatADistanceIsMeasuredFromIsALandmarkNotWhatWasHit() {
        assertTrue(CounterAccusations.distanceMarks("Shells hit Nikopol, 10 kilometers (6 miles) across the Dnieper River from the plant.")
                .contains("plant"));
        assertTrue(CounterAccusations.distanceMarks("Ukrainian artillery shelled the plant.").isEmpty());
        assertTrue(CounterAccusations.distanceMarks("including an attack not far from the Karvisk plant").contains("karvisk"),
                "nearness in words is a distance too");
        StatementRef village = claim("b:0", "Second Daily", 5, "Kyiv", "kyiv",
                "Kyiv accused Russia of shelling a village 10 km from the plant.",
                List.of("kyiv", "russia"), List.of("~attack", "villag", "plant"), List.of("ukraine"), List.of("russia"));
        StatementRef plant = claim("a:0", "First Wire", 0, "Russian Defence Ministry", "russian-defence-ministry",
                "The Russian Defence Ministry said Ukrainian artillery shelled the plant and its cooling pond.",
                List.of("russian-defence-ministry", "ukraine"), List.of("@ukraine", "artilleri", "~attack", "plant", "cool", "pond"),
                List.of("russia"), List.of());
        assertNull(rule.link(plant, village), "a village near the plant is not the plant");
    }

    @Test
    void anAccusationItsArticleLabelledACounterAccusationStillAnswersAcrossOutlets() {
        StatementRef back = kyivAccuses("Russia", "Karvisk", 5);
        StatementRef counter = new StatementRef(back.id(), back.articleId(), back.source(), back.url(), back.publishedAt(),
                StatementLabel.COUNTERCLAIM, back.score(), back.claimer(), back.claimerId(), back.text(), back.entityIds(), back.words(),
                back.forms(), null, back.side(), back.accused(), back.partyKeys());
        List<ContestedLink> viaRule = new DisputeRule(Duration.ofDays(7), STATS).linksFor(counter, List.of(ministry));
        assertEquals(1, viaRule.size(), "a counterclaim that rejects nothing is an accusation too: " + viaRule);
    }

    @Test
    void aSentenceTellingBothSidesVersionsAnswersNoOne() {
        StatementRef both = claim("b:0", "Second Daily", 5, "Kyiv", "kyiv",
                "Kyiv accused Russia of shelling the Karvisk plant, while Moscow claimed Ukrainian artillery shelled it.",
                List.of("kyiv", "russia", "karvisk", "moscow"), List.of("~attack", "plant", "@ukraine", "artilleri"), List.of("ukraine"),
                List.of("russia"));
        assertNull(rule.link(ministry, both), "the exchange told whole is neither side's accusation");
        assertNull(rule.link(both, ministry), "either way");
    }

    @Test
    void whatTheActDamagedTellsThePlaceButTheActItselfDoesNot() {
        StatementRef line = claim("a:0", "First Wire", 0, "Russian Defence Ministry", "russian-defence-ministry",
                "The Russian Defence Ministry said Ukrainian shelling damaged the line.",
                List.of("russian-defence-ministry", "ukraine"), List.of("@ukraine", "~attack", "~damage", "line"), List.of("russia"), List.of());
        StatementRef back = claim("b:0", "Second Daily", 5, "Kyiv", "kyiv", "Kyiv accused Russia of shelling that damaged the line.",
                List.of("kyiv", "russia"), List.of("~attack", "~damage", "line"), List.of("ukraine"), List.of("russia"));
        ContestedLink link = new CounterAccusations(Duration.ofDays(7), new LinkStatistics(1000, 3, Map.of("russia", 700, "ukraine", 800),
                Map.of("~attack", 300, "~damage", 200, "line", 150))).link(line, back);
        assertNotNull(link, "the damage and the line are what was hit");
        assertTrue(link.reason().contains("~damage"), link.reason());
    }
}
