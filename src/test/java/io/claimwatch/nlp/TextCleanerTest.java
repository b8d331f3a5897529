package io.claimwatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.CleanedText;
import io.claimwatch.model.RemovedSpan;
import io.claimwatch.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner(BoilerplateLexicon.loadDefault());

    @Test
    void boilerplateTeasersAndRepeatsAreLeftOutAndOffsetsPointIntoTheOriginal() {
        String text = "Share this article\n"
                + "The mayor said the bridge would reopen in May.\n\n"
                + "Engineers found cracks in two of the piers last year.\n"
                + "The mayor said the bridge would reopen in May.\n"
                + "You May Also Like\n"
                + "Ten cafes to try this weekend\n"
                + "Storm warning for the coast\n"
                + "Leave a Reply\n"
                + "Your email address will not be published.\n"
                + "© 2026 Example Media";
        CleanedText c = cleaner.clean(text);
        List<String> kept = c.paragraphs().stream().map(p -> p.of(text)).toList();
        assertEquals(List.of("The mayor said the bridge would reopen in May.",
                "Engineers found cracks in two of the piers last year."), kept);
        assertEquals(List.of("boilerplate", "repeated", "boilerplate", "teaser", "teaser", "boilerplate", "boilerplate",
                "boilerplate"), c.removed().stream().map(RemovedSpan::why).toList());
        for (TextSpan p : c.paragraphs()) {
            assertEquals(text.substring(p.start(), p.end()), p.of(text));
        }
    }

    @Test
    void aTeaserBlockEndsAtTheFirstRealParagraph() {
        String text = "Most read\nShort headline here\nA full sentence of the article follows, and it ends properly.";
        List<String> kept = cleaner.clean(text).paragraphs().stream().map(p -> p.of(text)).toList();
        assertEquals(List.of("A full sentence of the article follows, and it ends properly."), kept);
    }

    @Test
    void ordinaryNewsSentencesAreKept() {
        String text = "Officials said 40 people were evacuated.\nThe company said it would comment later.\n"
                + "Reporting by the newsroom continues as events unfold in the region, officials said.";
        assertEquals(3, cleaner.clean(text).paragraphs().size());
        assertTrue(cleaner.clean(text).removed().isEmpty());
    }

    private List<String> kept(String text) {
        return cleaner.clean(text).paragraphs().stream().map(p -> p.of(text)).toList();
    }

    @Test
    void captionsWithTheirCreditsAreCutFromARunOnParagraphAlsoWhenRepeated() {
        String caption = "Mayor Ana Lind, left, talks with harbour workers at the northern pier in Eastbrook, Monday, "
                + "March 2, 2026. (John Doe/Pool Photo via AP)";
        String text = "The northern pier will close for repairs, the mayor said. " + caption
                + " Ferries will use the southern pier instead. " + caption + " " + caption.replace("talks", "walks")
                + " Traders expect fewer visitors.";
        CleanedText c = cleaner.clean(text);
        List<String> kept = c.paragraphs().stream().map(p -> p.of(text)).toList();
        assertEquals(List.of("The northern pier will close for repairs, the mayor said.", "Ferries will use the southern pier instead.",
                "Traders expect fewer visitors."), kept);
        assertEquals(List.of("caption", "caption", "caption"), c.removed().stream().map(RemovedSpan::why).toList());
        assertEquals(caption, text.substring(c.removed().get(0).start(), c.removed().get(0).end()), "the cut covers the caption and its credit exactly");
    }

    @Test
    void aFileCaptionIsCutBackToItsOpenerAcrossSentences() {
        String caption = "FILE - A ferry leaves the northern pier in Eastbrook, Friday, Jan. 9, 2026. The pier will close "
                + "in March for repairs. Officials say the work will take a year. (AP Photo/Jane Roe, File)";
        String text = "The harbour authority announced the closure on Monday. " + caption + " Traders were not consulted.";
        assertEquals(List.of("The harbour authority announced the closure on Monday.", "Traders were not consulted."), kept(text));
    }

    @Test
    void aCaptionWhoseFirstSentenceIsDatedLikeAPictureIsCutWhole() {
        String text = "Repairs begin next week. A diver inspects the northern pier in Eastbrook, Thursday, Aug. 13, 2026. "
                + "The pier has been closed since July after inspectors found corrosion. (AP Photo/Jane Roe) "
                + "On Thursday, the council met.";
        assertEquals(List.of("Repairs begin next week.", "On Thursday, the council met."), kept(text));
    }

    @Test
    void creditLinesAndCaptionParagraphsOfAPageAreCut() {
        String text = "Workers repair the pier on Monday. (Photo by Jane Roe/Getty Images)\n"
                + "Image 2 of 5\n"
                + "The pier had been closed since January, officials said.\n"
                + "Harbour view at dusk. Credit: Eastbrook Council";
        assertEquals(List.of("The pier had been closed since January, officials said."), kept(text));
    }

    @Test
    void contributorAndBylineLinesAreCutAsBylines() {
        String text = "By Jane Roe and John Doe, Eastbrook Herald\n"
                + "The pier will close in March, officials said. Herald staff contributed to this report. "
                + "Jane Roe reported from Eastbrook, and John Doe from Westport.";
        CleanedText c = cleaner.clean(text);
        assertEquals(List.of("The pier will close in March, officials said."), c.paragraphs().stream().map(p -> p.of(text)).toList());
        assertEquals(List.of("byline", "byline", "byline"), c.removed().stream().map(RemovedSpan::why).toList());
    }

    @Test
    void promosWarningsCommentFormsAndDatelinesAreCut() {
        String text = "Published 9:15 am GMT, Monday, March 2, 2026\n"
                + "Warning: this story contains details some readers may find distressing.\n"
                + "The pier will close in March, officials said. Sign up for our morning newsletter to get the news in your inbox. "
                + "Email Jane Roe at jane.roe@herald.example or follow her on Twitter.\n"
                + "Leave a Reply Cancel reply\n"
                + "Your email address will not be published. Required fields are marked *\n"
                + "Tell us what you think...";
        assertEquals(List.of("The pier will close in March, officials said."), kept(text));
    }

    @Test
    void sentencesThatOnlyLookLikeFurnitureAreKept() {
        String text = "LONDON (Reuters) - The pier will close in March, officials said (in a statement).\n"
                + "By Monday evening the ferries had moved to the southern pier.\n"
                + "Subscribers to the ferry pass will get a refund, the company said.\n"
                + "The photo (shown to reporters on Monday) was taken by a diver.\n"
                + "U.S. officials and the U.N. envoy met Mr. Lind in Eastbrook on Monday.";
        assertEquals(5, kept(text).size(), () -> kept(text).toString());
    }

    @Test
    void aRelatedStoriesBlockWithItsTeaserHeadlinesIsCut() {
        String text = "The pier will close in March, officials said.\nRelated stories\nCouncil approves budget for market hall\n"
                + "Storm warning for the coast on Friday\nThe closure will last a year, the authority added.";
        assertEquals(List.of("The pier will close in March, officials said.", "The closure will last a year, the authority added."),
                kept(text));
    }

    @Test
    void runsOfSpacesSeparateParagraphsAndACaptionClosedByAPhotographCreditIsCut() {
        String text = "The council met on Monday, the mayor said.    Workers repair a road in Eastbrook after the flood "
                + "Photograph: Ana Lind/Example Agency   The repairs will take a month, engineers said.";
        assertEquals(List.of("The council met on Monday, the mayor said.", "The repairs will take a month, engineers said."),
                kept(text));
        assertTrue(cleaner.clean(text).removed().stream().anyMatch(r -> r.why().equals(TextCleaner.CAPTION)
                && text.substring(r.start(), r.end()).startsWith("Workers repair a road")));
    }

    @Test
    void theLineAboveACreditLineIsItsCaptionButAParagraphAfterABlankLineIsNot() {
        String text = "The bridge reopened on Friday, officials said.\n\nA crane lifts a beam onto the bridge.\n"
                + "Photograph: Ana Lind/Example Agency\n\nTraffic was light, the police said.";
        assertEquals(List.of("The bridge reopened on Friday, officials said.", "Traffic was light, the police said."), kept(text));
        String story = "Traffic was light on the bridge, the police said.\n\nPhotograph: Ana Lind/Example Agency";
        assertEquals(List.of("Traffic was light on the bridge, the police said."), kept(story));
    }

    @Test
    void promosWithLinksEmbeddedPostsAndStoryPromptsAreCut() {
        String text = "The port reopened on Tuesday, the ministry said. ___ Follow the agency's coverage of the war at "
                + "https://example.com/hub/war FILE - A ship leaves the port, Monday, Aug. 1, 2022, in Eastbrook. "
                + "(Example Agency Photo/Ana Lind)\n"
                + "WATCH: @JaneRoe says the talks failed. #Talks #Eastbrook  Roe's comments came a day later.\n"
                + "Read the full interview here and listen to the podcast here.\n"
                + "Send your story ideas to newsdesk@example.com.\n"
                + "Why not follow Example News East on Facebook, Twitter and Instagram?\n"
                + "Related: Port strike ends after two weeks of talks in the northern city of Eastbrook, union says\n"
                + "The mayor tweeted that the strike was over #Eastbrook, and the union agreed.";
        assertEquals(List.of("The port reopened on Tuesday, the ministry said.", "Roe's comments came a day later.",
                "The mayor tweeted that the strike was over #Eastbrook, and the union agreed."), kept(text));
    }
}
