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
     * lower than the one chosen on the earlier tuning sentences, so the offset is negative.
     */
    @Test
    void laterSentencesWithNewVocabularyGiveANegativeOffset() throws Exception {
        Random r = new Random(7);
        List<Labelled> train = new ArrayList<>();
        List<Labelled> tuning = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            boolean later = i >= 1200;
            boolean yes = r.nextInt(4) == 0;
            String text = yes ? checkable(r, later) : pleasantry(r);
            (i % 10 == 0 ? tuning : train).add(new Labelled(text, yes, i));
        }
        List<CheckWorthinessTrainer.Cut> cuts = CheckWorthinessTrainer.outOfTime(train, tuning, 0.5, 0.5, line -> {});
        assertEquals(CheckWorthinessTrainer.CUTS.length, cuts.size());
        for (CheckWorthinessTrainer.Cut c : cuts) {
            assertTrue(c.before() + c.after() == train.size() && c.after() > 0, c.toString());
        }
        double mean = cuts.stream().mapToDouble(CheckWorthinessTrainer.Cut::offset).average().orElseThrow();
        assertTrue(mean < -0.3, "offset " + mean + " from " + cuts);
        CheckWorthinessTrainer.Cut first = cuts.get(0);
        assertTrue(first.laterF1AtLater() >= first.laterF1AtTuning(), first.toString());
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
    private static final String[] LATER_FIGURES = {"tariffs", "pensions", "rents", "visas", "mortgages", "subsidies"};
    private static final String[] VERBS = {"rose", "fell", "doubled", "grew"};
    private static final String[] PLEASANTRIES = {"Thank you all for being here tonight.", "It is good to see you again.",
            "I want to say hello to my family.", "Let me answer that in a moment.", "We are glad to be with you.",
            "That is a fair question, thank you.", "Good evening and welcome everyone."};

    /** Earlier: a figure word, a verb and a number; later: a new figure word and, half the time, no number. */
    private static String checkable(Random r, boolean later) {
        String what = (later ? LATER_FIGURES : FIGURES)[r.nextInt(6)];
        String verb = VERBS[r.nextInt(VERBS.length)];
        if (later && r.nextBoolean()) {
            return "Our " + what + " " + verb + " under this government.";
        }
        return "Our " + what + " " + verb + " by " + (2 + r.nextInt(40)) + " percent last year.";
    }

    private static String pleasantry(Random r) {
        return PLEASANTRIES[r.nextInt(PLEASANTRIES.length)];
    }
}
