package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class EventDoersTest {

    @Test
    void aCountryItsNationalityOrItsSeatBeforeAnActOfForceOrAForceDidIt() {
        assertEquals(Set.of("russia"), EventDoers.in("Eleven people were killed in a Russian strike on the depot."));
        assertEquals(Set.of("ukraine"), EventDoers.in("a clip suggesting Ukrainian missiles were behind the blast"));
        assertEquals(Set.of("ukraine"), EventDoers.in("Ukraine was preparing to detonate a bomb at the dam"));
        assertEquals(Set.of("russia"), EventDoers.in("Moscow's forces shelled the bridge twice."));
    }

    @Test
    void aTargetAPlaceOrTheMakerOfArmsSomeoneElseUsesDidNothing() {
        assertEquals(Set.of(), EventDoers.in("a drone strike on Russian positions near the border"));
        assertEquals(Set.of(), EventDoers.in("the army kept attacking Ukrainian troops from the plant"));
        assertEquals(Set.of(), EventDoers.in("it was using Iranian drones"));
        assertEquals(Set.of(), EventDoers.in("Russia said on Monday that it would reopen the port"), "no act of force");
    }

    @Test
    void whoSpeaksIsNotWhoActs() {
        assertEquals(Set.of("ukraine"), EventDoers.in("Russia said Ukrainian forces shelled the plant."),
                "the window of a speaker stops at its verb and at another party");
        assertEquals(Set.of(), EventDoers.in("Ukrainian claims that the plant is a base"));
        assertEquals(Set.of(), EventDoers.in("The Ukrainian military command said 1,600 Russians had been killed."),
                "a force followed by a verb of saying speaks");
        assertEquals(Set.of("ukraine"), EventDoers.in("The Ukrainian military shelled the bridge, the governor said."));
    }

    @Test
    void theGroupTheVictimsAreAmongDidNothing() {
        assertEquals(Set.of(), EventDoers.in("Data on casualties among Russian forces cannot be confirmed"));
    }

    @Test
    void aSentenceThatTellsBothSidesHasTwoSpeakers() {
        assertEquals(Set.of("ukraine", "russia"), EventDoers.speakers(
                "Ukraine said Russian forces fired on areas near the plant and Russia claimed Ukrainian shells hit a building."));
        assertEquals(Set.of("russia"), EventDoers.speakers("Russia's Defense Ministry has repeatedly accused Ukrainian forces of shelling the plant."));
        assertEquals(Set.of(), EventDoers.speakers("Ukrainian shells hit a building, the governor said."),
                "a doer before its act is no speaker, nor a governor without a country");
        assertEquals(Set.of("ukraine"), EventDoers.speakers("Russia was accused of shelling the plant, and the Ukrainian military said it had proof."),
                "the accused of a passive is no speaker; a force that speaks is");
        assertEquals(Set.of("russia", "ukraine"), EventDoers.speakers("Russia and Ukraine traded claims of strikes near the plant."),
                "joint subjects both say it");
    }

    @Test
    void aPartyHoldingToItsOwnStatementIsNamedBeforeItsPossessiveAndTheStatementNoun() {
        assertEquals(Set.of("russia"), EventDoers.ownStatements("On Monday, the Kremlin stood by its allegation that Kyiv is preparing a bomb."));
        assertEquals(Set.of("russia"), EventDoers.ownStatements("Moscow repeated its own claims about the plant."));
        assertEquals(Set.of(), EventDoers.ownStatements("The Kremlin stood by its troops in the region."), "no statement noun");
        assertEquals(Set.of("ukraine"), EventDoers.ownStatements("Moscow said Kyiv stood by its allegation."),
                "the party nearest the statement noun holds it");
    }
}
