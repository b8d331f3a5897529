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
}
