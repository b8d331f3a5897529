package io.claimwatch.claims;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * The trained check-worthiness classifier and its calibrations. {@link #calibrate} maps the model's
 * probability through {@code sigmoid(slope * (logit(p) - logit(threshold)))}, so that the threshold
 * chosen on the tuning data (the training debates' own time) becomes 0.5: the score articles get,
 * which the statement labeller then moves with news signals of its own. {@link #calibrateLater}
 * moves the threshold by the out-of-time offset ({@code later-offset}, measured by the trainer on
 * debates later than those it trained on, where check-worthy sentences get lower probabilities):
 * the score of sentences taken on their own from later text, with no article around them
 * ({@code analyze --sentences}). Immutable and shared; {@link #scorer()} gives each thread its own
 * categorizer (OpenNLP's is not thread-safe).
 */
public final class CheckWorthinessModel {

    public static final String MODEL = "/models/claimwatch-checkworthy-en.bin";
    public static final String CALIBRATION = "/models/claimwatch-checkworthy-en.properties";
    public static final String YES = "Yes";

    private static volatile CheckWorthinessModel shared;

    private final DoccatModel model;
    private final double threshold;
    private final double slope;
    private final double laterOffset;

    static {
        // The model names its feature generator class; OpenNLP only instantiates allowed packages.
        ExtensionLoader.registerAllowedPackage("io.claimwatch.claims");
    }

    public CheckWorthinessModel(DoccatModel model, double threshold, double slope, double laterOffset) {
        if (!(threshold > 0 && threshold < 1) || !(slope > 0) || !Double.isFinite(laterOffset)) {
            throw new IllegalArgumentException("check-worthiness calibration: threshold " + threshold + " must be in (0, 1), slope " + slope
                    + " positive, later-offset " + laterOffset + " finite");
        }
        this.model = model;
        this.threshold = threshold;
        this.slope = slope;
        this.laterOffset = laterOffset;
    }

    public static CheckWorthinessModel get() {
        CheckWorthinessModel m = shared;
        if (m == null) {
            synchronized (CheckWorthinessModel.class) {
                m = shared;
                if (m == null) {
                    m = load();
                    shared = m;
                }
            }
        }
        return m;
    }

    private static CheckWorthinessModel load() {
        try (InputStream bin = CheckWorthinessModel.class.getResourceAsStream(MODEL);
                InputStream cal = CheckWorthinessModel.class.getResourceAsStream(CALIBRATION)) {
            if (bin == null || cal == null) {
                throw new IllegalStateException(MODEL + " or " + CALIBRATION + " is not on the classpath (claimwatch train-checkworthy makes them)");
            }
            Properties p = new Properties();
            p.load(cal);
            return new CheckWorthinessModel(new DoccatModel(bin), number(p, "threshold", null), number(p, "slope", null),
                    number(p, "later-offset", "0"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the check-worthiness model", e);
        }
    }

    private static double number(Properties p, String key, String fallback) {
        String v = p.getProperty(key, fallback);
        if (v == null) {
            throw new IllegalStateException(CALIBRATION + " has no '" + key + "' (claimwatch train-checkworthy writes it)");
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(CALIBRATION + ": '" + key + "' is '" + v + "', not a number", e);
        }
    }

    public DoccatModel model() {
        return model;
    }

    public double threshold() {
        return threshold;
    }

    public double slope() {
        return slope;
    }

    /** The out-of-time offset of the threshold, in logit (negative: later text needs a lower threshold). */
    public double laterOffset() {
        return laterOffset;
    }

    /** The raw probability at which later text is check-worthy (its calibrated score 0.5). */
    public double laterThreshold() {
        return 1 / (1 + Math.exp(-(logit(threshold) + laterOffset)));
    }

    /** A categorizer for one thread. */
    public Scorer scorer() {
        return new Scorer(new DocumentCategorizerME(model));
    }

    /** Maps a raw probability of "Yes" to the calibrated score, 0.5 being the decision threshold. */
    public double calibrate(double probability) {
        return calibrate(probability, threshold, slope);
    }

    /** Maps a raw probability of "Yes" to the calibrated score for text later than the training debates. */
    public double calibrateLater(double probability) {
        return 1 / (1 + Math.exp(-slope * (logit(probability) - logit(threshold) - laterOffset)));
    }

    static double calibrate(double p, double threshold, double slope) {
        return 1 / (1 + Math.exp(-slope * (logit(p) - logit(threshold))));
    }

    static double logit(double p) {
        double q = Math.min(1 - 1e-9, Math.max(1e-9, p));
        return Math.log(q / (1 - q));
    }

    /** Scores sentences with one categorizer; not thread-safe. */
    public final class Scorer {
        private final DocumentCategorizerME categorizer;
        private final int yes;

        Scorer(DocumentCategorizerME categorizer) {
            this.categorizer = categorizer;
            this.yes = categorizer.getIndex(YES);
        }

        /** The model's raw probability that the sentence is check-worthy. */
        public double probability(String sentence) {
            return categorizer.categorize(CheckWorthinessFeatures.tokens(sentence))[yes];
        }

        /** The calibrated score in [0, 1] at the tuning threshold; at least 0.5 means check-worthy. */
        public double score(String sentence) {
            return calibrate(probability(sentence));
        }

        /** The calibrated score for a sentence of later text on its own; at least 0.5 means check-worthy. */
        public double laterScore(String sentence) {
            return calibrateLater(probability(sentence));
        }
    }
}
