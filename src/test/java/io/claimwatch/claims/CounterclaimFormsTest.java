package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.nlp.ArticleAnalyzer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every form of counterclaim, on invented news text: the sentence is a counterclaim and its
 * {@code cue} names the form, so that a reader sees why. The last sentence of each text is the one
 * under test; the sentences before it are what the article showed first.
 */
class CounterclaimFormsTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    static List<Statement> statements(String text) {
        return ANALYZER.analyze(text).annotation().statements();
    }

    static Statement last(String text) {
        List<Statement> list = statements(text);
        return list.get(list.size() - 1);
    }

    /** Form, then the text whose last sentence shows it. */
    static Stream<Arguments> forms() {
        return Stream.of(
                // An active rejecting verb, its object a statement or a clause.
                Arguments.of(CounterForm.DENIAL, "The Kestrian army denied any role in the explosion at the dam."),
                Arguments.of(CounterForm.DENIAL, "Officials in Oster have denied that the water supply was poisoned."),
                Arguments.of(CounterForm.DENIAL, "Ukraine denied Russian claims that its drones had attacked Moscow."),
                Arguments.of(CounterForm.DENIAL, "The head of the council said the report had nothing to do with the facts."),
                // Rejecting verbs of several words, their object a statement; a statement noun however tagged.
                Arguments.of(CounterForm.DENIAL, "The Kestrian spokesman pushed back on claims that the army had lost the town."),
                Arguments.of(CounterForm.DENIAL, "Hours later the ministry began walking back the minister's comments about the border."),
                Arguments.of(CounterForm.DENIAL, "Most voters in Oster do not agree with the government's narrative that the strike was an accident."),
                Arguments.of(CounterForm.DENIAL, "The mayor of Oster said there was no legitimate basis for the ministry to keep the report secret."),
                Arguments.of(CounterForm.DENIAL, "What the inspectors from Oster have established contradicts the army's denials."),
                Arguments.of(CounterForm.DENIAL, "The air force of Kestria denied carrying out any raid on the village."),
                // Scorn for a statement, and casting doubt on its credibility; denying having said it.
                Arguments.of(CounterForm.DENIAL, "Western and Kestrian security officials have rubbished the claims."),
                Arguments.of(CounterForm.DENIAL, "Kestrian officials mocked the ministry's explanation that a careless smoker caused the fire."),
                Arguments.of(CounterForm.DENIAL, "Valdoria has repeatedly questioned the independence and credibility of the monitoring group."),
                Arguments.of(CounterForm.DENIAL, "The president claimed to have never said anything about using the new missiles."),
                // Distancing from a statement, calling it into question, criticising it: the object a statement.
                Arguments.of(CounterForm.DENIAL, "The foreign ministry of Kestria has distanced itself from claims made by its ambassador in Oster."),
                Arguments.of(CounterForm.DENIAL, "Her lawyers called into question some of the expert analysis used in the case against her."),
                Arguments.of(CounterForm.DENIAL, "The deputy foreign minister of Valdoria sharply criticized the ambassador's views on the war."),
                Arguments.of(CounterForm.DENIAL, "The mayor of Oster said the ministry would answer, dismissing the idea that the vote could be held in May."),
                // Passive, participle and relative clause: the rejection sits in a noun phrase.
                Arguments.of(CounterForm.REJECTION, "The allegation was rejected by the army on Tuesday."),
                Arguments.of(CounterForm.REJECTION, "The mayor of Oster repeated that the port was mined, a theory peddled by the army and discredited by the inspectors."),
                Arguments.of(CounterForm.REJECTION, "The authenticity of the photos presented by the ministry was questioned by many online."),
                Arguments.of(CounterForm.REJECTION, "Claims, denied by the ministry, that prisoners were tortured have spread online."),
                Arguments.of(CounterForm.REJECTION, "A report the company called baseless said the mine had leaked toxic waste for years."),
                // Calling a statement untrue.
                Arguments.of(CounterForm.DISMISSAL, "The governor said the story was false."),
                Arguments.of(CounterForm.DISMISSAL, "The Kestrian envoy said: \"We have heard once again a huge amount of lies about our soldiers.\""),
                Arguments.of(CounterForm.DISMISSAL, "The campaign in Oster held up the leaked memo as so-called evidence of fraud."),
                Arguments.of(CounterForm.DISMISSAL, "\"To compare the two wars is absurd,\" the Kestrian foreign minister said."),
                Arguments.of(CounterForm.DISMISSAL, "The ministry dismissed the accusations as fabricated."),
                // "falsely" qualifying a verb of saying or accusing, also where a denial phrase needs a speaker.
                Arguments.of(CounterForm.DISMISSAL, "The senator falsely claimed that the election in Oster had been stolen."),
                Arguments.of(CounterForm.DISMISSAL, "Kestria has a history of falsely accusing its neighbours of attacks that never happened."),
                Arguments.of(CounterForm.DISMISSAL, "\"That is a lie,\" the mayor said of the report."),
                // A contracted "is" the tagger takes for a possessive.
                Arguments.of(CounterForm.DISMISSAL, "The governor said the dam had been mined. That's not true."),
                Arguments.of(CounterForm.DISMISSAL, "The company said the allegations were \"completely unfounded\"."),
                Arguments.of(CounterForm.DISMISSAL, "The minister told parliament that the Kestrian allegations were increasingly detached from reality."),
                // Renaming what the other side said.
                Arguments.of(CounterForm.REFRAMING, "The general said the withdrawal was not a retreat but a regrouping of forces."),
                Arguments.of(CounterForm.REFRAMING, "It was not an invasion but a special operation, the Kremlin said."),
                Arguments.of(CounterForm.REFRAMING, "The army spokesman said the soldiers had not fled but were regrouping near the border."),
                Arguments.of(CounterForm.REFRAMING, "The minister likened the evictions to ethnic cleansing."),
                Arguments.of(CounterForm.REFRAMING, "The opposition compared the new tax to robbery."),
                Arguments.of(CounterForm.REFRAMING, "The opposition leader described the vote as a \"coup\"."),
                // Holding to the opposite of the other side's version.
                Arguments.of(CounterForm.INSISTENCE, "Valdoria accused Kestria of starting the war.\nKestria insists the attack was unprovoked."),
                Arguments.of(CounterForm.INSISTENCE, "The ministry maintained that its troops had not crossed the border."),
                Arguments.of(CounterForm.INSISTENCE, "He broke with policy, although the White House insisted there had been no change in policy."),
                // The outlet's own doubt, or a source's.
                Arguments.of(CounterForm.UNVERIFIED, "The Daily Courier could not independently confirm the account."),
                Arguments.of(CounterForm.UNVERIFIED, "The claim that 40 soldiers died in the strike could not be verified."),
                Arguments.of(CounterForm.UNVERIFIED, "The Daily Courier has not independently verified the claims of either side."),
                Arguments.of(CounterForm.NO_EVIDENCE, "The senator said, without offering evidence, that the election had been stolen."),
                Arguments.of(CounterForm.NO_EVIDENCE, "The agency provided no evidence for its claim that the plant stored weapons."),
                Arguments.of(CounterForm.NO_EVIDENCE, "\"The port is mined,\" the senator from Oster wrote on Monday without supporting his claim."),
                Arguments.of(CounterForm.DOUBT, "Analysts cast doubt on the official figures for the harvest."),
                Arguments.of(CounterForm.DOUBT, "\"We don't believe a word of it,\" the union leader said of the ministry's promise."),
                // Accusations in answer to accusations: in the sentence itself, or against the first accuser.
                Arguments.of(CounterForm.COUNTER_ACCUSATION, "Moscow in turn accused Kyiv of shelling the plant itself."),
                Arguments.of(CounterForm.COUNTER_ACCUSATION, "Each side blamed the other for the collapse of the ceasefire."),
                Arguments.of(CounterForm.COUNTER_ACCUSATION, "The Kestrian government accused Valdoria of reacting hysterically to the missile strike."),
                Arguments.of(CounterForm.COUNTER_ACCUSATION, "Officials in Oster accused Valdoria of faking the attack to blame Kestrian troops for it."),
                Arguments.of(CounterForm.COUNTER_ACCUSATION, "Russia accused Ukrainian forces of shelling the city of Donetsk on Monday.\n"
                        + "Ukraine accused Russia of staging the attack to win sympathy abroad."),
                // An answer to a named statement that negates it.
                Arguments.of(CounterForm.REBUTTAL, "Valdoria said Kestrian ships had attacked its port on Sunday.\n"
                        + "Responding to the accusation, Kestria said none of its ships had been near the port."),
                // The other sentences of a quotation that denies, when they negate too.
                Arguments.of(CounterForm.QUOTE_DENIAL, "Russia said its forces had captured the town of Vuhledar.\n"
                        + "\"That is false. We said so twice on Monday. None of our soldiers has left the bridge,\" "
                        + "said Ukrainian army spokesman Serhiy Cherevatyi."),
                // The same speaker going on with the denial.
                Arguments.of(CounterForm.FOLLOW_UP, "The Russian Defence Ministry said its troops had destroyed a bridge near Kharkiv.\n"
                        + "Ukraine's defence minister Oleksii Reznikov denied the report.\n"
                        + "He added that the bridge was not damaged at all."),
                // A negated statement set against another side's statement about the same event.
                Arguments.of(CounterForm.CONTRADICTION, "Russia said 300 Ukrainian soldiers had been killed in the fighting near Bakhmut.\n"
                        + "But Ukraine said none of its soldiers had been killed near Bakhmut."));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("forms")
    void eachFormIsACounterclaimWithItsCue(CounterForm form, String text) {
        Statement s = last(text);
        assertEquals(StatementLabel.COUNTERCLAIM, s.label(), s.toString());
        assertEquals(form.cue(), s.cue(), s.toString());
        assertTrue(s.score() >= 0.5, "a counterclaim is worth a look: " + s);
    }

    @Test
    void everyFormHasAnExampleAbove() {
        Set<CounterForm> covered = forms().map(a -> (CounterForm) a.get()[0]).collect(Collectors.toCollection(() -> EnumSet.noneOf(CounterForm.class)));
        assertEquals(EnumSet.allOf(CounterForm.class), covered, "a form without an example is a form without a test");
    }

    @Test
    void cuesAreDistinctLowerCaseWords() {
        List<String> cues = Arrays.stream(CounterForm.values()).map(CounterForm::cue).toList();
        assertEquals(cues.size(), Set.copyOf(cues).size(), cues.toString());
        cues.forEach(c -> assertTrue(c.matches("[a-z]+(-[a-z]+)*"), c));
    }

    @Test
    void aCounterclaimsClaimerIsTheOneWhoRejectsNotTheOneRejected() {
        Statement s = last("The allegation was rejected by the army on Tuesday.");
        assertEquals("the army", s.claimer());
        Statement t = last("Ukraine denied Russian claims that its drones had attacked Moscow.");
        assertEquals("Ukraine", t.claimer());
        assertEquals("ukraine", t.claimerId());
    }

    @Test
    void whoeverPushesBackOrDisagreesIsTheClaimerAndAPhraseWithoutAStatementMakesNoSpeaker() {
        assertEquals("Ukraine", last("Ukraine pushed back on claims that its drones had attacked Moscow.").claimer());
        assertEquals("Most voters", last("Most voters do not agree with the government's narrative that the strike was an accident.").claimer());
        Statement crowd = last("Police in Oster pushed back on the crowd near the bridge on Monday.");
        assertEquals(StatementLabel.CLAIM, crowd.label());
        assertEquals("article", crowd.claimer());
    }

    @Test
    void aDiscourseAdverbialIsNoPartOfTheClaimer() {
        assertEquals("The rebels", last("The rebels in turn accused the army of shelling the village.").claimer());
        assertEquals("The army", last("The army, for its part, denied the report.").claimer());
    }

    @Test
    void aRejectingWordRightAfterAVerbIsItsObjectNotADenial() {
        // "questions" is the object of "raising": the sentence doubts, nobody denies anything.
        Statement s = last("The vote is also raising questions whether the aid to the province will continue.");
        assertNotEquals(CounterForm.DENIAL.cue(), s.cue(), s.toString());
    }

    @Test
    void denyingSomeoneSomethingWithholdsItAndDisputesNothing() {
        for (String withheld : List.of("The governor said the closure of the dam would deny the province a major source of water.",
                "The early warning denied them the element of surprise.")) {
            assertNotEquals(StatementLabel.COUNTERCLAIM, last(withheld).label(), withheld);
        }
        assertEquals(StatementLabel.COUNTERCLAIM, last("The governor denied the report that the dam was closed.").label());
    }

    @Test
    void theOutletsDoubtHasTheArticleAsClaimer() {
        Statement s = last("The claim that 40 soldiers died in the strike could not be verified.");
        assertEquals("article", s.claimer());
        assertEquals(CounterForm.UNVERIFIED.cue(), s.cue());
    }

    @Test
    void theSpeakerOfAQuotationThatDeniesHoldsEverySentenceOfIt() {
        List<Statement> list = statements("Russia said its forces had captured the town of Vuhledar.\n"
                + "\"That is false. None of our soldiers has left the bridge,\" said Ukrainian army spokesman Serhiy Cherevatyi.");
        assertEquals(3, list.size(), list.toString());
        assertEquals(CounterForm.DISMISSAL.cue(), list.get(1).cue(), "the sentence that denies shows its own form");
        assertEquals("Serhiy Cherevatyi", list.get(1).claimer());
        assertEquals("Serhiy Cherevatyi", list.get(2).claimer());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // A negated rejection, an interrogation, a refused request, astonishment: no dispute.
        "The minister did not deny that talks were taking place in Istanbul.",
        "Police questioned him for six hours on Monday.",
        "The border guards denied him entry at the airport.",
        "\"We couldn't believe it when the letter arrived,\" the teacher said.",
        // A refusal to comment, resolve, "not only … but also", a plain negated fact, a confirmation.
        "The spokesman would not comment on the report.",
        "The mayor said the city would not give up.",
        "The government decided not only to stay but also to fortify the city.",
        "Ukraine's military said it had not yet received the promised tanks.",
        "The foreign ministry confirmed that the ambassador had been summoned.",
        // A party's silence, not a newsroom's doubt.
        "The Pentagon has not confirmed the report.",
        // A rejected request is no rejected statement.
        "The Kremlin has repeatedly rejected calls for a ceasefire.",
        "The government rejected talks with the rebels until the fighting stopped.",
        // Making fun of a person, or of people, is no dispute; rubbish in the streets is no scorn.
        "The comedian mocked the president as his troops struggled near the border.",
        "The party refused to apologise, saying the post was mocking those who were offended.",
        "Uncollected bodies and rubbish add to the unsanitary conditions in the city.",
        // Phrasal verbs and words of rejection that take no statement here.
        "Air defences in Oster shot down a drone near the border on Monday.",
        "Police in Oster pushed back on the crowd near the bridge.",
        "The so-called Islamic State claimed the attack on the market in Oster.",
        "The town of Oster lies about 50 kilometres from the border.",
        // Dismissing people from office; a noun that criticises, in the active; criticism of no statement.
        "The president signed decrees on Saturday dismissing five diplomats, including the ambassador to Valdoria.",
        "She was fined again in August over a post criticizing the military campaign in Oster.",
        "The minister criticised the decision to close the border crossing at Oster.",
        "The head of the agency called into question the future of the alliance with Valdoria.",
        "An air base near Oster was at the center of several blasts that occurred on Tuesday, according to the ministry.",
        // A doubt denied is certainty.
        "\"No one should have any doubt about it,\" the governor of Oster said on Monday."
    })
    void rejectingWordsThatDisputeNoStatementAreNotCounterclaims(String sentence) {
        Statement s = last(sentence);
        assertNotEquals(StatementLabel.COUNTERCLAIM, s.label(), s.toString());
        assertTrue(Arrays.stream(CounterForm.values()).noneMatch(f -> f.cue().equals(s.cue())), "no form as cue: " + s);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // The words of insistence, comparison and portrayal about no other side's version: plain claims.
        "The mayor insisted on a meeting with the governor of the province.",
        "The union insists that talks with the employers must go on.",
        "Shoppers compared prices at the two markets in Oster on Saturday.",
        "Exports rose by 4 percent in May compared with last year.",
        "The minister described the plan to reporters in Oster on Monday.",
        "The minister described the talks with the unions as constructive.",
        "The mayor described Maria Kovacs as a \"good friend\" of the city.",
        "In the embassy, most of the staff are described as diplomats.",
        // A likening in the passive without anyone who likens: the outlet's description.
        "The shelling of the city has been compared to the siege of Oster, which was all but destroyed by artillery.",
        "The new engine has been compared to one found on a lawnmower.",
        // A denial negated agrees: no rebuttal.
        "Asked if the company was earning more than before the war, the minister replied \"I can't deny that\"."
    })
    void insistingComparingAndDescribingWithoutAnOtherVersionStayClaims(String sentence) {
        Statement s = last(sentence);
        assertEquals(StatementLabel.CLAIM, s.label(), s.toString());
    }

    @Test
    void aNegatedStatementOfTheSameSideIsNoContradiction() {
        // The same claimer, no opposing side: the second sentence only adds.
        List<Statement> list = statements("Russia said 300 Ukrainian soldiers had been killed in the fighting near Bakhmut.\n"
                + "Russia said none of its own soldiers had been killed near Bakhmut.");
        assertNotEquals(StatementLabel.COUNTERCLAIM, list.get(1).label(), list.toString());
    }
}
