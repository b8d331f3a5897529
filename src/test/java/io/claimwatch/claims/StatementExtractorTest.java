package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.Statement;
import io.claimwatch.model.StatementLabel;
import io.claimwatch.nlp.ArticleAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Attribution, labels and in-article dispute links on invented news text. */
class StatementExtractorTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static List<Statement> statements(String text) {
        List<Statement> list = ANALYZER.analyze(text).annotation().statements();
        for (Statement s : list) {
            assertTrue(s.score() >= 0 && s.score() <= 1, s.toString());
        }
        return list;
    }

    private static Statement containing(String text, List<Statement> list, String part) {
        return list.stream().filter(s -> text.substring(s.start(), s.end()).contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with " + part));
    }

    @Test
    void subjectsBeforeAndAfterTheVerbAndSourcesAfterAccordingTo() {
        String text = "Governor Taras Bondarchuk said 12 people were killed in the strike on Monday.\n"
                + "“The hospital was hit twice,” said Mayor Anna Kovalenko.\n"
                + "More than 40 homes were damaged, according to local officials.\n"
                + "Olexander Lomako, secretary of the Chernihiv city council, said the bridge had collapsed.";
        List<Statement> list = statements(text);
        assertEquals("Taras Bondarchuk", list.get(0).claimer());
        assertEquals("taras-bondarchuk", list.get(0).claimerId());
        assertEquals("said", list.get(0).cue());
        assertEquals("reported", list.get(0).speech());
        assertEquals("Anna Kovalenko", list.get(1).claimer());
        assertEquals("direct", list.get(1).speech());
        assertTrue(list.get(1).quoteStart() > 0 && text.substring(list.get(1).quoteStart(), list.get(1).quoteEnd()).startsWith("The hospital"));
        assertEquals("local officials", list.get(2).claimer());
        assertEquals("according to", list.get(2).cue());
        assertEquals("Olexander Lomako", list.get(3).claimer(), "the name, not the council of its appositive");
    }

    @Test
    void pronounsDescriptionsAndQuotesAcrossSentencesFindTheirClaimer() {
        String text = "Regional governor Oleh Syniehubov said two missiles hit an energy site in Kharkiv on Tuesday.\n"
                + "He said repairs would take at least a week.\n"
                + "The Kestrian Defence Ministry said its air defences shot down 14 drones overnight. "
                + "The ministry added that no one was hurt.\n"
                + "“We have restored power to 9,000 homes. Crews are still working on the grid in Izium,” said Syniehubov.";
        List<Statement> list = statements(text);
        assertEquals("Oleh Syniehubov", list.get(1).claimer(), "he → the last person who spoke");
        assertEquals("Kestrian Defence Ministry", list.get(3).claimer(), "the ministry → the ministry named before");
        assertEquals("Oleh Syniehubov", list.get(4).claimer(), "the first sentence of a two-sentence quote");
        assertEquals("Oleh Syniehubov", list.get(5).claimer());
    }

    @Test
    void theOutletIsTheClaimerOfUnattributedFacts() {
        List<Statement> list = statements("The strike destroyed 30 buildings in the centre of Kharkiv on Sunday.");
        assertEquals("article", list.get(0).claimer());
        assertNull(list.get(0).claimerId());
        assertEquals(StatementLabel.CLAIM, list.get(0).label());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The Kestrian army denied any involvement in the attack on the power station.",
        "The ministry rejected the report as fabricated and said its troops were not in the area.",
        "Valdoria called the casualty figures propaganda.",
        "The mayor said the announcement turned out to be “a complete lie”.",
        "The claim that 300 soldiers were killed could not be independently verified.",
        "The general said the move was not a retreat but a regrouping of forces.",
        "Moscow in turn accused Kyiv of shelling the plant itself.",
        "Ukraine accused Russia of shelling Kharkiv after pledging to halt attacks there."
    })
    void everyFormOfDisputeIsACounterclaim(String sentence) {
        assertEquals(StatementLabel.COUNTERCLAIM, statements(sentence).get(0).label(), sentence);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The government decided not only to stay but also to fortify the city.",
        "The minister did not deny that talks were taking place in Istanbul.",
        "Residents in Kharkiv said they had electricity again on Monday."
    })
    void negationsAndPlainReportsAreNotCounterclaims(String sentence) {
        assertTrue(statements(sentence).get(0).label() != StatementLabel.COUNTERCLAIM, sentence);
    }

    @Test
    void headingsQuestionsAndFirstPersonColourAreNone() {
        String text = "Massive strikes overnight\n"
                + "What happens next?\n"
                + "“We are tired, but we will keep going,” one resident said.";
        List<Statement> list = statements(text);
        assertEquals(3, list.size());
        list.forEach(s -> assertEquals(StatementLabel.NONE, s.label(), s.toString()));
    }

    @Test
    void aCounterclaimNamesTheClaimOfTheArticleItDisputes() {
        String text = "Valdoria said its forces had recaptured the village of Velna on Friday.\n"
                + "Officials in Oster reported heavy rain.\n"
                + "Kestria denied that Valdorian forces had recaptured Velna, calling the claim propaganda.";
        List<Statement> list = statements(text);
        Statement counter = containing(text, list, "Kestria denied");
        assertEquals(StatementLabel.COUNTERCLAIM, counter.label());
        assertEquals("Kestria", counter.claimer());
        assertEquals(list.get(0).id(), counter.disputes(), list.toString());
    }
}
