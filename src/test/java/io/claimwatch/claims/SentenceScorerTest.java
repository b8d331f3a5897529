package io.claimwatch.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.claimwatch.model.StatementLabel;
import org.junit.jupiter.api.Test;

/** The sentence scorer's interface: a calibrated score in [0, 1] whose 0.5 is the decision threshold. */
class SentenceScorerTest {

    private final SentenceScorer scorer = SentenceScorer.withDefaults();

    @Test
    void scoresAreProbabilitiesAndTheLabelFollowsTheThreshold() {
        for (String s : new String[] {"Unemployment fell to 3.5 percent in 2019.", "Thank you very much.", "", "?"}) {
            SentenceScorer.Scored r = scorer.score(s);
            assertTrue(r.score() >= 0 && r.score() <= 1, s);
            if (r.label() != StatementLabel.COUNTERCLAIM) {
                assertEquals(r.score() >= 0.5, r.label() == StatementLabel.CLAIM, s);
            }
        }
    }

    @Test
    void factualFiguresOutscorePleasantries() {
        double figure = scorer.score("The state cut taxes for 2 million families and the deficit doubled to $400 billion.").score();
        double thanks = scorer.score("I want to thank everyone here tonight, it is great to be with you.").score();
        assertTrue(figure >= 0.5 && thanks < 0.5, figure + " vs " + thanks);
    }

    @Test
    void aSentenceOnItsOwnGetsTheScoreForLaterText() {
        CheckWorthinessModel m = CheckWorthinessModel.get();
        String s = "The council spent 3 million on the new bridge last year.";
        double p = m.scorer().probability(s);
        assertEquals(m.calibrateLater(p), scorer.score(s).score(), 1e-12);
        assertTrue(m.laterOffset() < 0 && m.calibrateLater(p) > m.calibrate(p), "the shipped model lowers the threshold for later text");
    }

    @Test
    void theCalibrationMapsTheChosenThresholdToOneHalf() {
        CheckWorthinessModel m = CheckWorthinessModel.get();
        assertEquals(0.5, m.calibrate(m.threshold()), 1e-9);
        assertTrue(m.calibrate(m.threshold() + 0.1) > 0.5 && m.calibrate(m.threshold() - 0.1) < 0.5);
    }
}
