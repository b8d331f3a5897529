package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.Statement;
import io.claimwatch.nlp.ArticleAnalyzer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who said it: each attribution form and each kind of reference, on invented sentences. */
class AttributionTest {

    private static final ArticleAnalyzer ANALYZER = ArticleAnalyzer.withDefaults();

    private static List<Statement> statements(String text) {
        return ANALYZER.analyze(text).annotation().statements();
    }

    /** The statement holding the words, in an article of the given text. */
    private static Statement containing(String text, String part) {
        return statements(text).stream().filter(s -> text.substring(s.start(), s.end()).contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no statement with " + part));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // subject before the verb, with a title before the name or in apposition
        "Interior Minister Lena Brandt told reporters that 40 people had been detained.|Lena Brandt",
        "The mayor of Velna, Ivan Petrov, said the bridge would reopen in May.|Ivan Petrov",
        // inverted: "…, said X"
        "“The bridge will reopen in May,” said Ivan Petrov, the mayor of Velna.|Ivan Petrov",
        // a time phrase before the subject is not part of it
        "On Tuesday, Amnesty International said it had documented 30 cases of torture.|Amnesty International",
        // "according to"
        "Fourteen drones were shot down overnight, according to NATO.|NATO",
        // the agent of a passive
        "The claims that troops had crossed the border were denied by NATO on Friday.|NATO",
        // the owner of "X's statement"
        "NATO's statement said the exercises would continue until March.|NATO",
        // "a statement by X … saying"
        "The Kremlin issued a statement on Monday, saying the talks had failed.|Kremlin",
        // "quoted X as saying"
        "The agency quoted Ivan Petrov as saying the dam was not damaged.|Ivan Petrov",
        // an unnamed source stays a short phrase
        "A senior U.S. official said the talks had stalled over the prisoner swap.|A senior U.S. official",
        // verbs of saying that are not "said": outlining, cautioning, pointing out
        "Interior Minister Lena Brandt has outlined a new package of sanctions, including a ban on coal imports.|Lena Brandt",
        "Ivan Petrov cautioned that the dam could fail within days.|Ivan Petrov",
        // whoever makes the allegations, not a party blamed inside them
        "Kestrian officials have repeatedly made allegations that Valdoria could flood the valley and blame it on Kestria.|Kestrian officials",
    })
    void eachAttributionFormFindsTheSpeaker(String sentence, String claimer) {
        assertEquals(claimer, statements(sentence).get(0).claimer(), sentence);
    }

    @Test
    void aNounInsideTheStatementIsNotTheSpeaker() {
        Statement s = statements("The ceasefire, the spokesman's statement said, would hold until Sunday.").get(0);
        assertEquals("the spokesman", s.claimer());
    }

    @Test
    void aParticipleOfSayingAfterACommaSpeaksForTheMainClausesSubject() {
        // The parser hangs "saying" under the passive inside the object; what is said is still the subject's.
        String text = "Governor Ivan Petrov addressed the council on Monday. He laid out accusations of villagers being driven out, "
                + "saying that the troops had burned their homes.";
        assertEquals("Ivan Petrov", containing(text, "He laid out").claimer());
        String stated = "The aim of these attacks is \"not military, but psychological,\" official Ivan Petrov stated after the strike, "
                + "adding that the drones were small.";
        assertEquals("Ivan Petrov", containing(stated, "The aim").claimer(), "the verb of saying before it has the participle");
        String quotes = "The ministry issued a statement on the claims. It quotes the agency's director, Marta Kovac, saying "
                + "the waste is stored safely.";
        assertEquals("Marta Kovac", containing(quotes, "It quotes").claimer(), "the one quoted speaks");
    }

    @Test
    void theWordsAfterAnOpeningPhraseAreTheSubjectNotAnApposition() {
        String opening = "In the wake of setbacks for Kestria in its war in Valdoria, top Kestrian officials including Ivo Marr, made "
                + "accusations that Valdoria was building a bomb.";
        assertEquals("top Kestrian officials including Ivo Marr", statements(opening).get(0).claimer());
        String apposition = "In testimony to a committee yesterday Governor Ivan Petrov, a former army officer, said the dam would hold.";
        assertEquals("Ivan Petrov", statements(apposition).get(0).claimer(), "a name before the first comma has the apposition");
    }

    @Test
    void aQuotationClosedWithoutItsOpeningMarkEndsThere() {
        // A text that begins inside a quotation (an excerpt, a feed's summary): the closing mark ends it, and what
        // follows is the outlet's again, with its own attribution.
        String straight = "If your answer is no, then you must act now,\" he said. Responding to the speech, Governor Ivan Petrov said "
                + "the reports of shelling were lies.";
        assertEquals("Ivan Petrov", containing(straight, "Responding").claimer());
        String curly = "If your answer is no, then you must act now,” he said. Responding to the speech, Governor Ivan Petrov said "
                + "the reports of shelling were lies.";
        assertEquals("Ivan Petrov", containing(curly, "Responding").claimer());
    }

    @Test
    void aJointStatementHasEveryClaimer() {
        Statement s = statements("Ukraine and NATO denied that any troops had crossed the border.").get(0);
        assertEquals("Ukraine and NATO", s.claimer());
        assertEquals(List.of("ukraine", "nato"), s.claimerIds());
        assertEquals("ukraine", s.claimerId());
        Statement three = statements("A statement by NATO, the European Union and the United Nations said the vote was not free.").get(0);
        assertEquals(List.of("nato", "european-union", "united-nations"), three.claimerIds(), three.toString());
        assertEquals("NATO, European Union and United Nations", three.claimer());
    }

    @Test
    void aTitleStandsForThePersonWhoHoldsIt() {
        String text = "Governor Ivan Petrov visited the flooded dam with his engineers on Monday.\nThe governor said repairs would take two weeks.";
        assertEquals("Ivan Petrov", containing(text, "The governor said").claimer());
        String lawyer = "Her lawyer, Marta Kovac, spoke outside the court.\nThe lawyer said the verdict would be appealed.";
        assertEquals("Marta Kovac", containing(lawyer, "The lawyer said").claimer());
        String attorney = "Her lawyer, Marta Kovac, spoke outside the court.\nThe attorney said the verdict would be appealed.";
        assertEquals("Marta Kovac", containing(attorney, "The attorney said").claimer(), "a synonym of the role");
    }

    @Test
    void anInstitutionsShortFormStandsForIt() {
        String text = "The Ministry of Energy of Velnia announced new tariffs on Monday.\nThe ministry said prices would rise by 12 percent.";
        Statement s = containing(text, "The ministry said");
        assertTrue(s.claimer().startsWith("Ministry of Energy"), s.toString());
    }

    @Test
    void aKindOfBodyStandsForTheBodyOfThatKind() {
        String ngo = "Amnesty International published a report on the camps.\nThe NGO said 30 detainees had been tortured.";
        assertEquals("Amnesty International", containing(ngo, "The NGO said").claimer());
        String paper = "The Oster Herald reported that the plant had closed.\nThe paper said 300 workers lost their jobs.";
        assertEquals("Oster Herald", containing(paper, "The paper said").claimer().replaceFirst("^The ", ""));
    }

    @Test
    void pronounsStandForTheLastSpeakerOfTheirKind() {
        String it = "NATO announced new exercises in the Baltic on Monday.\nIt said 9,000 troops would take part.";
        assertEquals("NATO", containing(it, "It said").claimer());
        String she = "Lena Brandt, the interior minister, visited the border town on Friday.\nShe said 40 people had been detained.";
        assertEquals("Lena Brandt", containing(she, "She said").claimer());
    }

    @Test
    void aDocumentWithoutAuthorIsTheLastSourcesDocument() {
        String text = "Amnesty International said on Monday that it had visited 12 camps.\nThe report said 30 detainees had been tortured.";
        assertEquals("Amnesty International", containing(text, "The report said").claimer());
        String polls = "Most voters favour the treaty, according to opinion polls.";
        assertEquals("opinion polls", statements(polls).get(0).claimer());
    }

    @Test
    void aQuotationOverSeveralSentencesHasOneSpeaker() {
        String text = "Mayor Ivan Petrov spoke at the site on Monday.\n"
                + "“We will rebuild the bridge.” “It will take a year,” the mayor said.\n"
                + "“We have the money. The work starts in May,” Petrov said.";
        assertEquals("Ivan Petrov", containing(text, "We will rebuild").claimer());
        assertEquals("Ivan Petrov", containing(text, "It will take a year").claimer());
        assertEquals("Ivan Petrov", containing(text, "We have the money").claimer());
    }

    @Test
    void aQuotationInSingleMarksHasOneSpeakerAndIsDirectSpeech() {
        String text = "Ministry spokesman Arlo Venn was asked about the report on Monday.\n"
                + "Then he added: 'It's a false allegation. The rebels have nothing like that in mind. "
                + "We take it seriously,' Venn said.";
        for (String opening : List.of("It's a false allegation", "The rebels have nothing", "We take it seriously")) {
            Statement s = containing(text, opening);
            assertEquals("Arlo Venn", s.claimer(), opening);
            assertEquals("direct", s.speech(), opening);
        }
    }

    @Test
    void whoSpeaksAfterComesAsOrAfterIsTheClausesOwnSubject() {
        // The parser reads "as Kestrian officials" as a phrase of "comes": the officials say it, not "the move".
        assertEquals("Kestrian officials", statements("The move comes as Kestrian officials said the bridge at Oster had been destroyed.")
                .get(0).claimer());
        assertEquals("Valdoria and its allies", statements("The announcement comes as Valdoria and its allies, including Kestria, warned "
                + "the rebels against using chemical weapons in Oster.").get(0).claimer());
        // Not a phrase inside a relative clause, nor a role "as" gives.
        assertEquals("Borin", statements("Borin, who was recently appointed as head of the Kestrian space agency, stressed that the new "
                + "doctrine is not aimed at Valdoria.").get(0).claimer());
    }

    @Test
    void aStatementTheOutletCallsUntrueIsTheOutletsNotItsAuthors() {
        // "made the unfounded accusation", "falsely claimed": the outlet judges what was said; its author says nothing here.
        for (String text : List.of("The Kestrian president has repeatedly made the unfounded accusation that Valdoria is building a dirty bomb.",
                "The senator falsely claimed that the election in Oster had been stolen.")) {
            Statement s = statements(text).get(0);
            assertEquals("article", s.claimer(), text);
        }
        // Without the judgement, who makes the allegation says it.
        Statement neutral = statements("The Kestrian authorities have made allegations that Valdoria is building a dirty bomb.").get(0);
        assertEquals("Kestrian authorities", neutral.claimer().replaceFirst("^The ", ""), neutral.toString());
    }

    @Test
    void aFewWordsInSingleMarksAreATermNotAQuotation() {
        Statement s = statements("Critics of the minister depict her plan for the port as 'reckless' in the local press.").get(0);
        assertEquals("none", s.speech(), s.toString());
        assertEquals("article", s.claimer(), s.toString());
    }

    @Test
    void apostrophesOpenNoQuotation() {
        Statement s = statements("The soldiers' families said the unit's commander had left the base on Friday.").get(0);
        assertEquals("reported", s.speech(), s.toString());
    }
}
