package io.claimwatch.nlp.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transition system, its oracle, training, the model file and the shipped model, on invented sentences. */
class ParserTest {

    /** "The minister said the army denied the claims ." in CoNLL-U, written by hand. */
    private static final String TREEBANK = """
            # text = The minister said the army denied the claims.
            1	The	the	DET	DT	_	2	det	_	_
            2	minister	minister	NOUN	NN	_	3	nsubj	_	_
            3	said	say	VERB	VBD	_	0	root	_	_
            4	the	the	DET	DT	_	5	det	_	_
            5	army	army	NOUN	NN	_	6	nsubj	_	_
            6	denied	deny	VERB	VBD	_	3	ccomp	_	_
            7	the	the	DET	DT	_	8	det	_	_
            8	claims	claim	NOUN	NNS	_	6	obj	_	_
            9	.	.	PUNCT	.	_	3	punct	_	_

            # text = The claims were denied by the army.
            1	The	the	DET	DT	_	2	det	_	_
            2	claims	claim	NOUN	NNS	_	4	nsubj:pass	_	_
            3	were	be	AUX	VBD	_	4	aux:pass	_	_
            4	denied	deny	VERB	VBN	_	0	root	_	_
            5	by	by	ADP	IN	_	7	case	_	_
            6	the	the	DET	DT	_	7	det	_	_
            7	army	army	NOUN	NN	_	4	obl:agent	_	_
            8	.	.	PUNCT	.	_	4	punct	_	_

            """;

    private static List<Treebank.Sentence> treebank(Path dir, String text) throws Exception {
        Path file = dir.resolve("t.conllu");
        Files.writeString(file, text);
        return Treebank.read(file);
    }

    @Test
    void theOracleRebuildsAProjectiveTreeAndChargesForWrongMoves(@TempDir Path dir) throws Exception {
        for (Treebank.Sentence s : treebank(dir, TREEBANK)) {
            assertTrue(s.isProjective());
            int n = s.size();
            int[] gold = new int[n + 1];
            int[] labels = new int[n + 1];
            for (int i = 0; i < n; i++) {
                gold[i] = s.tree().head(i) < 0 ? n : s.tree().head(i);
                labels[i] = i; // one label per token: a wrong label costs
            }
            gold[n] = -1;
            labels[n] = -1;
            ParseState state = new ParseState();
            state.reset(n);
            boolean sawCostlyMove = false;
            while (!state.terminal()) {
                int chosen = -1;
                for (int m = ParseState.SHIFT; m <= ParseState.RIGHT; m++) {
                    if (!state.valid(m)) {
                        continue;
                    }
                    int label = m == ParseState.SHIFT ? -1 : labels[state.stack(0)];
                    int cost = state.cost(m, label, gold, labels);
                    if (cost == 0 && chosen < 0) {
                        chosen = m;
                    } else if (cost > 0) {
                        sawCostlyMove = true;
                    }
                }
                assertTrue(chosen >= 0, "a projective tree always has a zero-cost move");
                state.apply(chosen, chosen == ParseState.SHIFT ? -1 : labels[state.stack(0)]);
            }
            for (int i = 0; i < n; i++) {
                assertEquals(gold[i], state.heads[i], "head of token " + i);
                assertEquals(labels[i], state.labels[i], "label of token " + i);
            }
            assertTrue(sawCostlyMove, "some valid move on the way loses a gold arc");
        }
    }

    @Test
    void aModelTrainedOnTwoSentencesParsesThemAndSurvivesItsFile(@TempDir Path dir) throws Exception {
        List<Treebank.Sentence> sentences = treebank(dir, TREEBANK);
        List<Treebank.Sentence> train = new ArrayList<>();
        for (int k = 0; k < 4; k++) {
            train.addAll(sentences); // four copies: enough for the tagger's word cutoff and the jackknife folds
        }
        List<String> log = new ArrayList<>();
        Consumer<String> sink = log::add;
        ParserModel model = ParserTrainer.train(train, sentences, new ParserTrainer.Settings(8, 1, 0.9, 1, 0.0, 5, 2, 7), sink);
        assertTrue(log.stream().anyMatch(l -> l.startsWith("pass  8")), log.toString());
        ParserTrainer.Score score = ParserTrainer.evaluate(model, sentences);
        assertEquals(1.0, score.uas(), 1e-9, score.toString());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        ParserModel again = ParserModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        DependencyParser a = new DependencyParser(model);
        DependencyParser b = new DependencyParser(again);
        for (Treebank.Sentence s : sentences) {
            DependencyTree ta = a.parse(s.forms());
            DependencyTree tb = b.parse(s.forms());
            assertArrayEquals(ta.heads(), tb.heads());
            assertArrayEquals(ta.relations(), tb.relations());
            assertArrayEquals(s.tree().heads(), tb.heads());
        }
    }

    @Test
    void theShippedModelFindsSubjectsAgentsAndPossessors() {
        DependencyParser parser = new DependencyParser(ParserModel.get());
        String[] said = {"The", "ministry", "said", "the", "army", "had", "denied", "the", "claims", "."};
        DependencyTree t = parser.parse(said);
        assertEquals(-1, t.head(2), "said is the root");
        assertEquals(2, t.head(1));
        assertEquals("nsubj", t.relation(1));
        assertEquals(6, t.head(4));
        assertEquals("nsubj", t.relation(4));
        String[] passive = {"The", "claims", "were", "rejected", "by", "the", "government", "on", "Friday", "."};
        DependencyTree p = parser.parse(passive);
        assertEquals(3, p.head(6));
        assertEquals("obl:agent", p.relation(6));
        String[] poss = {"NATO", "'s", "statement", "said", "the", "drills", "would", "continue", "."};
        DependencyTree q = parser.parse(poss, new boolean[] {true, false, false, false, false, false, false, false, false});
        assertEquals("PROPN", q.tag(0));
        assertEquals(2, q.head(0));
        assertEquals("nmod:poss", q.relation(0));
        assertEquals("nsubj", q.relation(2));
    }

    @Test
    void theShippedModelWrittenAgainParsesTheSame() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ParserModel.get().write(bytes);
        ParserModel again = ParserModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        DependencyParser a = new DependencyParser(ParserModel.get());
        DependencyParser b = new DependencyParser(again);
        String[] s = {"Officials", "in", "the", "port", "city", "said", "on", "Monday", "that", "two", "ships", "had", "left", "."};
        assertArrayEquals(a.parse(s).heads(), b.parse(s).heads());
        assertArrayEquals(a.parse(s).relations(), b.parse(s).relations());
    }

    @Test
    void aBrokenTreebankLineSaysWhereAndWhat(@TempDir Path dir) throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> treebank(dir, "1\tWord\tword\tNOUN\tNN\t_\t0\n\n"));
        assertTrue(e.getMessage().contains("t.conllu:1") && e.getMessage().contains("10 tab-separated"), e.getMessage());
        IllegalArgumentException head = assertThrows(IllegalArgumentException.class,
                () -> treebank(dir, "1\tWord\tword\tNOUN\tNN\t_\tx\troot\t_\t_\n\n"));
        assertTrue(head.getMessage().contains("head 'x'"), head.getMessage());
    }

    @Test
    void splitCliticsGetTheTreebankTagsTheParserLearnt() {
        String[] tokens = "Ukraine ’s army did n’t move , we ’re told .".split(" ");
        assertArrayEquals(new String[] {"PROPN", "PART", "NOUN", "AUX", "PART", "VERB", "PUNCT", "PRON", "AUX", "VERB", "PUNCT"},
                new DependencyParser(ParserModel.get()).parse(tokens).tags());
    }
}
