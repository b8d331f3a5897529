package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.claims.CheckWorthinessTrainer.Labelled;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trainer's reading of the TSV files and its out-of-time offset, on invented sentences. */
class CheckWorthinessTrainerTest {

    @TempDir
    Path dir;

    @Test
    void readsTheSentenceIdAsTheOrderInTimeAndUnquotesTheText() throws Exception {
        Path tsv = dir.resolve("t.tsv");
        Files.writeString(tsv, "Sentence_id\tText\tclass_label\n"
                + "120\t\"The levy rose by 4 percent, \"\"officially\"\".\"\tYes\n"
                + "x7\tGood evening to you all.\tNo\n", StandardCharsets.UTF_8);
        List<Labelled> rows = CheckWorthinessTrainer.readTsv(tsv);
        assertEquals(new Labelled("The levy rose by 4 percent, \"officially\".", true, 120), rows.get(0));
        assertEquals(new Labelled("Good evening to you all.", false, -1), rows.get(1), "an id that is no number has no order");
    }

    /**
     * Later check-worthy sentences that share only part of the earlier ones' vocabulary get lower
     * probabilities from a model trained on the earlier ones: the best threshold after each cut is
     * lower than the one chosen on the earlier tuning sentences (a negative offset), and F1 after
     * the cut is higher at it.
     */
    @Test
    void laterSentencesWithNewVocabularyGiveANegativeOffset() throws Exception {
        Random r = new Random(7);
        List<Labelled> train = new ArrayList<>();
        List<Labelled> tuning = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            boolean yes = r.nextInt(4) == 0;
            String text = sentence(r, yes, i / 200);
            (i % 10 == 0 ? tuning : train).add(new Labelled(text, yes, i));
        }
        List<CheckWorthinessTrainer.Cut> cuts = CheckWorthinessTrainer.outOfTime(train, tuning, 0.5, 0.5, line -> {});
        assertEquals(CheckWorthinessTrainer.CUTS.length, cuts.size());
        for (CheckWorthinessTrainer.Cut c : cuts) {
            assertTrue(c.before() + c.after() == train.size() && c.after() > 0, c.toString());
            assertTrue(c.offset() < -0.3, "offset of " + c);
            assertTrue(c.laterF1AtLater() > c.laterF1AtTuning(), c.toString());
        }
    }

    @Test
    void sentencesWithoutAnOrderGiveNoCuts() throws Exception {
        List<Labelled> train = List.of(new Labelled("Taxes rose by 5 percent.", true), new Labelled("Thank you.", false));
        assertTrue(CheckWorthinessTrainer.outOfTime(train, train, 0.5, 0.5, line -> {}).isEmpty());
    }

    @Test
    void theLaterCalibrationPutsOneHalfAtTheMovedThreshold() {
        CheckWorthinessModel m = new CheckWorthinessModel(null, 0.3, 1.2, -1.0);
        double later = m.laterThreshold();
        assertEquals(1 / (1 + Math.exp(-(Math.log(0.3 / 0.7) - 1.0))), later, 1e-12);
        assertEquals(0.5, m.calibrateLater(later), 1e-9);
        assertEquals(0.5, m.calibrate(0.3), 1e-9);
        // between the two thresholds a sentence is check-worthy for later text only
        double between = (later + 0.3) / 2;
        assertTrue(m.calibrateLater(between) > 0.5 && m.calibrate(between) < 0.5);
        assertEquals(m.calibrate(0.3), new CheckWorthinessModel(null, 0.3, 1.2, 0).calibrateLater(0.3), 1e-12, "no offset, one calibration");
    }

    @Test
    void aCalibrationOutOfRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CheckWorthinessModel(null, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new CheckWorthinessModel(null, 0.3, -1, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new CheckWorthinessModel(null, 0.3, 1, Double.NaN));
        assertTrue(e.getMessage().contains("later-offset"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    private static final String[] FIGURES = {"taxes", "budget", "deficit", "wages", "jobs", "exports"};
    private static final String[] VERBS = {"rose", "fell", "doubled", "grew", "changed", "went"};
    private static final String[] FILLERS = {"we", "you", "really", "think", "tonight", "people", "great", "thank", "here", "folks"};

    /**
     * A sentence of invented words whose classes overlap (so no threshold separates them): check-worthy
     * ones usually name a figure, a verb of change and a number; others sometimes do too. Each period
     * of time has check-worthy topics of its own (invented words), which no earlier period had.
     */
    private static String sentence(Random r, boolean yes, int period) {
        StringBuilder b = new StringBuilder();
        for (int i = 0, n = 3 + r.nextInt(4); i < n; i++) {
            b.append(FILLERS[r.nextInt(FILLERS.length)]).append(' ');
        }
        if (r.nextDouble() < (yes ? 0.8 : 0.25)) {
            String figure = FIGURES[r.nextInt(FIGURES.length)];
            b.append(yes ? figure + "x" + period : figure).append(' ');
        }
        if (r.nextDouble() < (yes ? 0.6 : 0.3)) {
            b.append(VERBS[r.nextInt(VERBS.length)]).append(' ');
        }
        if (r.nextDouble() < (yes ? 0.5 : 0.2)) {
            b.append(2 + r.nextInt(40)).append(" percent ");
        }
        return b.toString().strip() + ".";
    }
}
