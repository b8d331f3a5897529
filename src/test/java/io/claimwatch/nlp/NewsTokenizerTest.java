package io.claimwatch.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NewsTokenizerTest {

    private final NewsTokenizer tokenizer = new NewsTokenizer(NlpModels.get());

    private String[] tokens(String text) {
        return tokenizer.tokenize(text, 0, text.length()).tokens();
    }

    @Test
    void possessivesSplitWithStraightAndCurlyApostrophes() {
        assertArrayEquals(new String[] {"Ukraine", "’s", "army", "and", "Russia", "'s", "navy", "moved", "."},
                tokens("Ukraine’s army and Russia's navy moved."));
    }

    @Test
    void contractionsAndPluralPossessivesSplit() {
        String[] t = tokens("They didn’t see the defenders’ work, we’re told.");
        assertEquals("did", t[1]);
        assertEquals("n’t", t[2]);
        assertEquals("defenders", t[5]);
        assertEquals("’", t[6]);
        assertEquals("’re", t[10]);
    }

    @Test
    void quotesAndTheFinalStopLeaveTheLastWordButAbbreviationsKeepTheirDots() {
        String[] t = tokens("Troops were arrayed around Kyiv.");
        assertEquals("Kyiv", t[t.length - 2]);
        assertEquals(".", t[t.length - 1]);
        String[] q = tokens("He said “Bakhmut” was held by the U.S.");
        assertEquals("Bakhmut", q[3], Arrays.toString(q));
        assertEquals("U.S.", q[q.length - 1], Arrays.toString(q));
    }

    @Test
    void offsetsPointIntoTheOriginalTextAndTagsComeWithTokens() {
        String text = "Intro. Ukraine’s President Volodymyr Zelenskyy spoke.";
        TokenizedSentence s = tokenizer.tokenize(text, 7, text.length());
        for (int i = 0; i < s.size(); i++) {
            assertEquals(s.tokens()[i], text.substring(s.starts()[i], s.ends()[i]));
        }
        assertEquals(s.size(), s.tags().length);
        assertEquals("PROPN", s.tags()[3], Arrays.toString(s.tags()));
    }
}
