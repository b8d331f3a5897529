package io.claimwatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.claimwatch.model.Annotation;
import io.claimwatch.model.CleanedText;
import io.claimwatch.model.Sentence;
import org.junit.jupiter.api.Test;

class SentenceAnnotatorTest {

    @Test
    void sentencesOfKeptParagraphsHaveOffsetsIntoTheOriginalText() {
        String text = "Share this\nThe minister said on Monday that 12 shells hit the plant. Repairs will take a week.\n"
                + "Dr. Lind disputed the figures.";
        CleanedText cleaned = new TextCleaner(BoilerplateLexicon.loadDefault()).clean(text);
        Annotation a = new SentenceAnnotator(NlpModels.get()).annotate(text, cleaned);
        assertEquals(3, a.sentences().size());
        Sentence first = a.sentences().get(0);
        assertEquals("The minister said on Monday that 12 shells hit the plant.", text.substring(first.start(), first.end()));
        assertEquals("Dr. Lind disputed the figures.", text.substring(a.sentences().get(2).start(), a.sentences().get(2).end()));
        assertEquals(a.sentences().stream().mapToInt(Sentence::tokenCount).sum(), a.tokenCount());
    }
}
