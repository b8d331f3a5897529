package io.claimwatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.ArticleCaps;
import io.claimwatch.model.Statement;
import io.claimwatch.model.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Caps bound what one article costs: time, record size and state. */
class BoundedAnnotatorTest {

    private static String longArticle(int paragraphs) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < paragraphs; i++) {
            b.append("The mayor of Eastbrook said on Monday that ").append(i)
                    .append(" families had returned to the riverside district. Officials in Velmora denied the report.\n\n");
        }
        return b.toString();
    }

    @Test
    void anArticleWithinTheCapsIsNotTruncated() {
        ArticleAnalyzer analyzer = ArticleAnalyzer.withCaps(ArticleCaps.DEFAULTS);
        ArticleAnalyzer.Analysis a = analyzer.analyze(longArticle(5));
        assertFalse(a.truncation().any(), a.truncation().toString());
        assertEquals(10, a.annotation().statements().size());
    }

    @Test
    void aHugeArticleIsTruncatedAndSaysHowMuch() {
        ArticleCaps caps = new ArticleCaps(5_000, 20, 15, 4, 3, 2, 5, 10, 200);
        ArticleAnalyzer.Analysis a = ArticleAnalyzer.withCaps(caps).analyze(longArticle(200));
        var t = a.truncation();
        assertTrue(t.any());
        assertTrue(t.textChars() > 20_000);
        assertTrue(t.analysedChars() <= 5_000 && t.analysedChars() > 4_000, t.toString());
        assertEquals(20, a.annotation().statements().size());
        assertEquals(20, t.statementsKept());
        assertTrue(t.statements() > 20);
        int mentions = a.annotation().entities().stream().mapToInt(e -> e.mentions().size()).sum();
        assertTrue(mentions <= 15 && t.mentionsKept() == mentions && t.mentions() > 15, t.toString());
        assertEquals(4, t.claimsKept());
        for (Statement s : a.annotation().statements()) {
            assertTrue(s.disputes() == null || a.annotation().statements().stream().anyMatch(x -> x.id().equals(s.disputes())),
                    "a kept counterclaim never points at a cut statement");
        }
    }

    @Test
    void theParagraphThatCrossesTheBudgetIsCutAtASpace() {
        String text = "aaaa bbbb cccc dddd";
        List<TextSpan> part = BoundedAnnotator.analysedPart(text, List.of(new TextSpan(0, text.length())), 12);
        assertEquals(List.of(new TextSpan(0, 9)), part);
    }
}
