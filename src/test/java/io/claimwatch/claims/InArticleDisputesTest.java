package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A counterclaim's {@code disputes}: the id of the statement of the same article it rejects. Each
 * text has a nearer or more similar statement that a careless rule would pick instead.
 */
class InArticleDisputesTest {

    private static List<Statement> statements(String text) {
        return CounterclaimFormsTest.statements(text);
    }

    private static void assertDisputes(List<Statement> list, int counterclaim, int disputed) {
        Statement c = list.get(counterclaim);
        assertEquals(StatementLabel.COUNTERCLAIM, c.label(), c.toString());
        assertEquals(list.get(disputed).id(), c.disputes(), list.toString());
    }

    @Test
    void aCounterAccusationDisputesTheAccusationItAnswers() {
        List<Statement> list = statements("Russia accused Ukrainian forces of shelling the city of Donetsk on Monday.\n"
                + "The Red Cross said 40 families had left the city.\n"
                + "Ukraine accused Russia of staging the attack to win sympathy abroad.");
        assertDisputes(list, 2, 0);
    }

    @Test
    void aRebuttalDisputesTheStatementItAnswers() {
        List<Statement> list = statements("Valdoria said Kestrian ships had attacked its port on Sunday.\n"
                + "Responding to the accusation, Kestria said none of its ships had been near the port.");
        assertDisputes(list, 1, 0);
    }

    @Test
    void everySentenceOfAQuotationThatDeniesDisputesTheSameStatement() {
        List<Statement> list = statements("Russia said its forces had captured the town of Vuhledar.\n"
                + "\"That is false. None of our soldiers has left the bridge,\" said Ukrainian army spokesman Serhiy Cherevatyi.");
        assertDisputes(list, 1, 0);
        assertDisputes(list, 2, 0);
    }

    @Test
    void aFollowUpDisputesWhatTheDenialBeforeItDisputes() {
        List<Statement> list = statements("The Russian Defence Ministry said its troops had destroyed a bridge near Kharkiv.\n"
                + "Ukraine's defence minister Oleksii Reznikov denied the report.\n"
                + "He added that the bridge was not damaged at all.");
        assertDisputes(list, 1, 0);
        assertDisputes(list, 2, 0);
    }

    @Test
    void aContradictionDisputesTheOpposedStatement() {
        List<Statement> list = statements("Russia said 300 Ukrainian soldiers had been killed in the fighting near Bakhmut.\n"
                + "But Ukraine said none of its soldiers had been killed near Bakhmut.");
        assertDisputes(list, 1, 0);
    }

    @Test
    void theOutletsDoubtDisputesTheClaimNotTheDenialRightBeforeIt() {
        List<Statement> list = statements("Russia said its missiles had destroyed an arms depot in Lviv.\n"
                + "Ukraine's air force denied the report.\n"
                + "The claims could not be independently verified.");
        assertDisputes(list, 1, 0);
        assertDisputes(list, 2, 0);
    }

    @Test
    void aCounterclaimNamingAClaimersStatementDisputesThatClaimerNotTheNearestClaim() {
        List<Statement> list = statements("Russia pledged on Friday to halt attacks on Kyiv.\n"
                + "Ukraine said on Saturday that Russian missiles had hit two districts of Kharkiv.\n"
                + "Ukrainian President Volodymyr Zelensky dismissed Russia's pledge as worthless.");
        assertDisputes(list, 2, 0);
    }

    @Test
    void theNounACounterclaimNamesFindsTheStatementThatIntroducedIt() {
        // "the resolution" is the one adopted first, not the condemnation nor the nearest claim.
        List<Statement> list = statements("On Thursday the European Parliament adopted a resolution calling on Hungary to protect the press.\n"
                + "Separately, the European Commission condemned attacks on reporters in Serbia.\n"
                + "The Serbian police said two men had been arrested.\n"
                + "Hungarian government spokesman Zoltan Kovacs said the resolution had nothing to do with European values.");
        assertDisputes(list, 3, 0);
    }

    @Test
    void aStatementIntroducedByAColonIsDisputedWhereItBegins() {
        List<Statement> list = statements("Elon Musk launched a poll on Monday about the war.\n"
                + "In reply, Volodymyr Zelensky posted a poll of his own asking \"which leader do you trust more?\":\n"
                + "\"One who keeps his word\" or \"One who breaks it.\"\n"
                + "Musk replied to Zelensky that \"I still support Ukraine, but a wider war would be a disaster.\"");
        assertDisputes(list, 3, 1);
    }

    @Test
    void anAnswerToAnOriginalStatementDisputesThatClaimersFirstOne() {
        List<Statement> list = statements("Elon Musk has clashed with Ukrainian President Volodymyr Zelensky over a peace plan.\n"
                + "The Tesla CEO, who bought Twitter this year, argued in a tweet that Russia should keep Crimea.\n"
                + "Musk wrote in another tweet that a long war would kill millions.\n"
                + "Andriy Melnyk, Ukraine's ambassador to Germany, responded to Musk's original tweet with an insult.");
        assertEquals("Elon Musk", list.get(1).claimer(), "the role opening the sentence is the person just named");
        assertDisputes(list, 3, 1);
    }

    @Test
    void claimsDisputeNothingAndALoneDenialHasNothingInTheArticleToDispute() {
        List<Statement> list = statements("Russia said its missiles had destroyed an arms depot in Lviv.\n"
                + "The Lviv mayor said the city had electricity again on Monday.");
        list.forEach(s -> assertNull(s.disputes(), s.toString()));
        Statement lone = statements("The Ukrainian army denied the report.").get(0);
        assertEquals(StatementLabel.COUNTERCLAIM, lone.label());
        assertNull(lone.disputes(), lone.toString());
    }

    @Test
    void aDemonstrativePointsBackAtWhatWasSaidBeforeNotAtALaterAccusation() {
        List<Statement> list = statements("The Russian Defence Ministry said Ukrainian rockets had hit a prison near Donetsk, killing 50 inmates.\n"
                + "Kyiv has denied these allegations.\n"
                + "Russia has repeatedly accused Kyiv of firing rockets at prisons and other civilian targets.");
        assertDisputes(list, 1, 0);
    }

    @Test
    void aRejectionSetBesideItsOwnClauseDisputesNoOtherStatement() {
        List<Statement> list = statements("The Pentagon said it had sent 16 rocket launchers to Ukraine.\n"
                + "Last week the Russian military said it had destroyed four of the launchers, a claim dismissed by Kyiv as misinformation.");
        Statement c = list.get(1);
        assertEquals(StatementLabel.COUNTERCLAIM, c.label(), c.toString());
        assertNull(c.disputes(), "the claim it dismisses is the first half of its own sentence: " + list);
    }

    @Test
    void theOwnerNamedAfterTheNounIsTheClaimerOfTheDisputedStatement() {
        List<Statement> list = statements("The Kremlin said Ukrainian agents had planted the bomb in Moscow.\n"
                + "Police in Moscow said three people had been arrested after the blast.\n"
                + "Despite the accusations from the Kremlin, Ukraine denies any involvement in the bombing.");
        assertDisputes(list, 2, 0);
    }

    @Test
    void aDoubtOfTheStatementsOwnSourceDisputesNoOtherStatement() {
        List<Statement> list = statements("The army said it had retaken the airport on Friday.\n"
                + "Unconfirmed reports say the rebels have fled to the hills.");
        Statement c = list.get(1);
        assertEquals(StatementLabel.COUNTERCLAIM, c.label(), c.toString());
        assertEquals(CounterForm.UNVERIFIED.cue(), c.cue());
        assertNull(c.disputes(), list.toString());
    }

    @Test
    void aRunOfDenialsWithNoClaimBetweenDisputesWhatTheRunDisputes() {
        List<Statement> list = statements("Republicans accused the president of ordering the raid on the senator's home.\n"
                + "The White House denied that the president had any knowledge of the raid.\n"
                + "\"No, that did not happen,\" press secretary Karine Jean-Pierre said.");
        assertDisputes(list, 1, 0);
        assertDisputes(list, 2, 0);
    }

    @Test
    void anAccusationAnsweringTheSideThatSaidTheAccuserDidItDisputesThatStatement() {
        List<Statement> list = statements("The Russian Defence Ministry said Ukrainian shelling had caused a fire at the Karvisk plant.\n"
                + "Workers at the plant said the fire was out by the evening.\n"
                + "Ukraine accused Russia of shelling the Karvisk plant to cut power to the south.");
        assertDisputes(list, 2, 0);
        assertEquals(CounterForm.COUNTER_ACCUSATION.cue(), list.get(2).cue());
    }

    @Test
    void anAccusationOfTheSideThatSaidNothingOfTheAccuserIsAClaim() {
        List<Statement> list = statements("The Russian Defence Ministry said a fire had broken out at the Karvisk plant.\n"
                + "Ukraine accused Russia of shelling the Karvisk plant to cut power to the south.");
        assertEquals(StatementLabel.CLAIM, list.get(1).label(), list.toString());
    }

    @Test
    void onlyTheSentencesOfADenyingQuotationThatNegateGoOnWithTheDenial() {
        List<Statement> list = statements("Russia said its forces had captured the town of Vuhledar.\n"
                + "\"That is false. Nobody there has surrendered. We need more ammunition to hold the bridge,\" "
                + "said Ukrainian army spokesman Serhiy Cherevatyi.");
        assertDisputes(list, 1, 0);
        assertDisputes(list, 2, 0);
        assertNotEquals(StatementLabel.COUNTERCLAIM, list.get(3).label(), "the speaker's own view: " + list);
    }
}
