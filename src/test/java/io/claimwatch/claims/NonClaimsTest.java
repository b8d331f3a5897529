package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementLabel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What is not a claim, on invented news text: headlines and subheadings (a paragraph's line without
 * a final stop), questions, and first-person colour. Each case stands beside the claim it is not,
 * so that a labeller calling everything "none" fails too.
 */
class NonClaimsTest {

    private static List<Statement> statements(String text) {
        return CounterclaimFormsTest.statements(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Kestria says dam attack killed 12\nThe Kestrian interior ministry said on Monday that 12 people were killed when the dam burst.",
        "Floods in the north: what we know so far\nHeavy rain flooded 300 homes in the province of Oster on Sunday, officials said.",
        "Who will pay for the repairs?\nThe city council said the repairs would cost 4 million euros."
    })
    void aHeadlineOrQuestionAboveTheReportIsNoneAndTheReportIsAClaim(String text) {
        List<Statement> list = statements(text);
        assertEquals(2, list.size(), list.toString());
        assertEquals(StatementLabel.NONE, list.get(0).label(), list.get(0).toString());
        assertTrue(list.get(0).score() <= 0.2, "a heading or question is not worth checking: " + list.get(0));
        assertEquals(StatementLabel.CLAIM, list.get(1).label(), list.get(1).toString());
    }

    @Test
    void theSameWordsWithAFinalStopAreASentenceNotAHeading() {
        List<Statement> list = statements("Kestria says dam attack killed 12.\n"
                + "The Kestrian interior ministry said on Monday that 12 people were killed when the dam burst.");
        assertEquals(StatementLabel.CLAIM, list.get(0).label(), list.get(0).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"Who will pay for this?\" she asked.",
        "Why did the talks fail?",
        "Will the ceasefire hold after the elections in the spring?"
    })
    void questionsAssertNothing(String sentence) {
        Statement s = statements(sentence).get(0);
        assertEquals(StatementLabel.NONE, s.label(), s.toString());
    }

    @Test
    void theAnswerAfterAQuestionIsAClaim() {
        List<Statement> list = statements("Is the ceasefire holding? Officials in Oster said it was.");
        assertEquals(StatementLabel.NONE, list.get(0).label(), list.toString());
        assertEquals(StatementLabel.CLAIM, list.get(1).label(), list.toString());
        assertEquals("Officials in Oster", list.get(1).claimer());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "\"I love this city and I will never leave it,\" said Maria Hensen, 64.",
        "\"I was so scared, I could not stop crying,\" one resident said.",
        "I spoke to residents who had fled the shelling."
    })
    void firstPersonColourIsNone(String sentence) {
        Statement s = statements(sentence).get(0);
        assertEquals(StatementLabel.NONE, s.label(), s.toString());
    }

    @Test
    void aFirstPersonQuoteWithAFigureIsAClaim() {
        Statement s = statements("\"We lost 40 tanks in two days,\" the commander said.").get(0);
        assertEquals(StatementLabel.CLAIM, s.label(), s.toString());
        assertEquals("the commander", s.claimer());
        assertEquals("direct", s.speech());
    }
}
