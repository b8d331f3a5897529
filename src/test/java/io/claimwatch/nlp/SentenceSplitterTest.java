package io.claimwatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentence splits around abbreviations, initials and datelines, on invented text. */
class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(NlpModels.get().sentenceModel(), SentenceSplitter.Abbreviations.get());

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.getStart(), s.getEnd())).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The bridge was closed, Gov. Martin Adeyemi said on Tuesday.",
        "Lt. Col. Anna Berg told reporters the unit had withdrawn.",
        "Sen. Paula Ortiz and Rep. Dan Whitfield signed the letter.",
        "The vote is set for Aug. 24 in the capital.",
        "The trains left from platform No. 3 before dawn.",
        "The appeal was filed on Feb. 17, 2022, in the regional court.",
        "Pilots from St. Petersburg and Mt. Olive were invited.",
        "The statement was signed by Jon K. Varga of the port authority.",
        "The company raised $12.5 million in its first round."
    })
    void abbreviationsInitialsAndNumbersDoNotEndASentence(String sentence) {
        assertEquals(List.of(sentence), sentences(sentence));
    }

    @Test
    void realSentenceEndsStillSplit() {
        assertEquals(List.of("The talks ended on Monday.", "Officials said a new round would follow.", "“It went well,” Dr. Lena Holm said."),
                sentences("The talks ended on Monday. Officials said a new round would follow. “It went well,” Dr. Lena Holm said."));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "LONDON, England — ",
        "KYIV, Ukraine (AP) — ",
        "SAN FRANCISCO -- ",
        "WASHINGTON (Reuters) - ",
        "MOSCOW, Aug. 24 (Reuters) - "
    })
    void aDatelineIsASegmentOfItsOwn(String dateline) {
        String sentence = "The ministry said the port would reopen next week.";
        assertEquals(List.of(dateline.strip(), sentence), sentences(dateline + sentence));
    }

    @Test
    void aCapitalisedSentenceStartIsNoDateline() {
        String text = "NATO members met in Brussels on Friday.";
        assertEquals(List.of(text), sentences(text));
    }

    @Test
    void paragraphsGluedWithoutASpaceAreTwoSentences() {
        assertEquals(List.of("Officials asked whether she was watched.", "Her lawyer Anna Berg said the file is sealed."),
                sentences("Officials asked whether she was watched.Her lawyer Anna Berg said the file is sealed."));
        assertEquals(List.of("“We have the evidence of it.”", "Sen. Mia Holt declined to comment."),
                sentences("“We have the evidence of it.”Sen. Mia Holt declined to comment."));
    }

    @Test
    void aGluedLookingAbbreviationOrAddressStaysWhole() {
        String text = "He met Gen.Holm at the base and read bbc.co.uk/News there.";
        assertEquals(List.of(text), sentences(text));
    }
}
