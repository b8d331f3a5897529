package io.claimwatch.nlp.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The annotator tags each sentence once; the parser given those tags builds the tree it builds tagging the sentence itself. */
class SharedTagsTest {

    private final ParserModel model = ParserModel.get();
    private final PosTagger tagger = new PosTagger(model);
    private final DependencyParser withTags = new DependencyParser(model);
    private final DependencyParser alone = new DependencyParser(model);

    private static final String[][] SENTENCES = {
        "Officials in Brasvik said Teodor Malvane would resign .".split(" "),
        "Ned Price told reporters the ministry had denied the report .".split(" "),
        "Will Bright , a spokesman for Harbour Energy , said the talks would resume .".split(" "),
        "The mayor did n’t see the defenders ’ work , we ’re told .".split(" "),
    };

    @Test
    void theParserGivenTheSentenceTagsBuildsTheSameTreeWhateverTheNames() {
        boolean retagged = false;
        for (String[] tokens : SENTENCES) {
            String[] tags = tagger.tags(tokens);
            // Every capitalised word a name, then none, then only the first word ("Ned", "Will": not PROPN to the tagger).
            boolean[][] markings = {capitalised(tokens), new boolean[tokens.length], first(tokens.length), null};
            for (boolean[] names : markings) {
                DependencyTree expected = alone.parse(tokens, names);
                DependencyTree got = withTags.parse(tokens, tags, names);
                String what = String.join(" ", tokens) + " names " + Arrays.toString(names);
                assertArrayEquals(expected.tags(), got.tags(), what);
                assertArrayEquals(expected.heads(), got.heads(), what);
                assertArrayEquals(expected.relations(), got.relations(), what);
                retagged |= !Arrays.equals(expected.tags(), tags);
            }
        }
        // Some name the tagger alone did not take for a PROPN, so the parser had to tag again from it.
        assertTrue(retagged);
    }

    @Test
    void splitCliticsGetTheTreebankTagsTheParserLearnt() {
        String[] tokens = "Ukraine ’s army did n’t move , we ’re told .".split(" ");
        assertArrayEquals(new String[] {"PROPN", "PART", "NOUN", "AUX", "PART", "VERB", "PUNCT", "PRON", "AUX", "VERB", "PUNCT"},
                tagger.tags(tokens));
    }

    @Test
    void tagsOfAnotherTagSetAreRefused() {
        String[] tokens = {"Kyiv", "fell", "."};
        assertThrows(IllegalArgumentException.class, () -> withTags.parse(tokens, new String[] {"NNP", "VBD", "."}, null));
        assertThrows(IllegalArgumentException.class, () -> withTags.parse(tokens, new String[] {"PROPN"}, null));
    }

    private static boolean[] capitalised(String[] tokens) {
        boolean[] out = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            out[i] = Character.isUpperCase(tokens[i].charAt(0));
        }
        return out;
    }

    private static boolean[] first(int n) {
        boolean[] out = new boolean[n];
        out[0] = true;
        return out;
    }
}
