package io.claimwatch.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import opennlp.tools.util.ext.ExtensionLoader;

/**
 * Trains the check-worthiness model: L1/L2-regularised logistic regression (OpenNLP MAXENT_QN) on
 * the training file, regularisation chosen from a small grid and the decision threshold chosen by F1
 * on the tuning file, a calibration slope fitted on the tuning file, and the out-of-time offset
 * (below) that moves the threshold for text later than the training debates. The evaluation file
 * is only scored, never used to choose anything.
 *
 * <p>Out-of-time offset. The tuning file is a random sample of the same debates as the training
 * file, so a threshold chosen there fits sentences like the ones the model learnt from. The model
 * is used on later text (news, newer debates), where the check-worthy sentences get lower
 * probabilities across the board: new names, new topics, another style of speech. The trainer
 * measures that on the training file itself, by time (sentence ids follow the debates' dates):
 * for each of a few cuts it trains on the sentences before the cut, chooses the threshold on the
 * tuning sentences before the cut and, separately, on the training sentences after it; the mean
 * difference of the two thresholds in logit is the offset the model applies for later text
 * ({@link CheckWorthinessModel#calibrateLater}).
 */
public final class CheckWorthinessTrainer {

    /**
     * One labelled sentence; {@code order} is its place in time (the CheckThat! sentence id, which
     * follows the debates' dates), or -1 when unknown.
     */
    public record Labelled(String text, boolean yes, long order) {
        public Labelled(String text, boolean yes) {
            this(text, yes, -1);
        }
    }

    /** Where the out-of-time cuts fall: the share of the training file (by time) kept before each cut. */
    static final double[] CUTS = {0.6, 0.7, 0.8};

    /** Regularisation costs tried, chosen by tuning-set F1. */
    static final double[][] GRID = {{0.0, 1.0}, {0.0, 5.0}, {0.5, 0.5}, {1.0, 1.0}, {0.5, 2.0}};

    public record Prf(double precision, double recall, double f1, int tp, int fp, int fn) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f (tp %d, fp %d, fn %d)", precision, recall, f1, tp, fp, fn);
        }
    }

    /** One out-of-time cut: the thresholds chosen before and after it, and F1 after it at each. */
    public record Cut(long order, int before, int after, double tuningThreshold, double laterThreshold, double laterF1AtTuning,
            double laterF1AtLater) {
        public double offset() {
            return CheckWorthinessModel.logit(laterThreshold) - CheckWorthinessModel.logit(tuningThreshold);
        }
    }

    /**
     * The trained model and its figures: on the tuning file at its own threshold and at the threshold
     * for later text, and on the evaluation file (later text) at the latter.
     */
    public record Result(CheckWorthinessModel model, double l1, double l2, double offset, List<Cut> cuts, Prf tuning, Prf tuningAtLater,
            Prf evaluation) {}

    static {
        ExtensionLoader.registerAllowedPackage("io.claimwatch.claims");
    }

    private CheckWorthinessTrainer() {}

    /** Reads a CheckThat! TSV: header, then Sentence_id, Text, class_label. */
    public static List<Labelled> readTsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Labelled> out = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split("\t");
            if (c.length >= 3) {
                out.add(new Labelled(unquote(c[1]), c[c.length - 1].strip().equalsIgnoreCase("yes"), order(c[0])));
            }
        }
        return out;
    }

    static long order(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"")) {
            t = t.substring(1, t.length() - 1).replace("\"\"", "\"");
        }
        return t;
    }

    public static Result train(List<Labelled> train, List<Labelled> tuning, List<Labelled> evaluation, Consumer<String> progress)
            throws IOException {
        List<DocumentSample> samples = samples(train);
        DoccatModel best = null;
        double bestF1 = -1;
        double bestThreshold = 0.5;
        double[] bestCost = null;
        for (double[] cost : GRID) {
            DoccatModel m = fit(samples, cost[0], cost[1]);
            double[] p = probabilities(m, tuning);
            double t = bestThreshold(tuning, p);
            double f = prf(tuning, p, t).f1();
            progress.accept(String.format(Locale.ROOT, "L1 %.1f L2 %.1f: tuning F1 %.3f at threshold %.2f", cost[0], cost[1], f, t));
            if (f > bestF1) {
                best = m;
                bestF1 = f;
                bestThreshold = t;
                bestCost = cost;
            }
        }
        List<Cut> cuts = outOfTime(train, tuning, bestCost[0], bestCost[1], progress);
        double offset = cuts.stream().mapToDouble(Cut::offset).average().orElse(0);
        offset = round2(offset);
        progress.accept(String.format(Locale.ROOT, "out-of-time offset %.2f in logit (mean of %d cuts): threshold for later text %.2f (tuning %.2f)",
                offset, cuts.size(), sigmoid(CheckWorthinessModel.logit(bestThreshold) + offset), bestThreshold));
        double[] tuned = probabilities(best, tuning);
        double slope = fitSlope(tuning, tuned, bestThreshold);
        CheckWorthinessModel model = new CheckWorthinessModel(best, bestThreshold, slope, offset);
        double[] evaluated = probabilities(best, evaluation);
        return new Result(model, bestCost[0], bestCost[1], offset, cuts, prf(tuning, calibrated(model, tuned, false), 0.5),
                prf(tuning, calibrated(model, tuned, true), 0.5), prf(evaluation, calibrated(model, evaluated, true), 0.5));
    }

    /**
     * The out-of-time cuts (see the class comment). None when the sentences carry no order, or when
     * a side of a cut has too few sentences of either class to choose a threshold on.
     */
    static List<Cut> outOfTime(List<Labelled> train, List<Labelled> tuning, double l1, double l2, Consumer<String> progress)
            throws IOException {
        List<Labelled> byTime = new ArrayList<>(train);
        if (byTime.stream().anyMatch(l -> l.order() < 0)) {
            progress.accept("out-of-time offset: not measured (sentences without an order), 0");
            return List.of();
        }
        byTime.sort(java.util.Comparator.comparingLong(Labelled::order));
        List<Cut> cuts = new ArrayList<>();
        for (double share : CUTS) {
            long at = byTime.get((int) (byTime.size() * share)).order();
            List<Labelled> before = byTime.stream().filter(l -> l.order() < at).toList();
            List<Labelled> after = byTime.stream().filter(l -> l.order() >= at).toList();
            List<Labelled> tuningBefore = tuning.stream().filter(l -> l.order() >= 0 && l.order() < at).toList();
            if (positives(after) < 20 || positives(tuningBefore) < 20) {
                progress.accept("out-of-time cut at " + at + ": too few check-worthy sentences on a side, skipped");
                continue;
            }
            DoccatModel m = fit(samples(before), l1, l2);
            double[] pTuning = probabilities(m, tuningBefore);
            double[] pAfter = probabilities(m, after);
            double tt = bestThreshold(tuningBefore, pTuning);
            double ta = bestThreshold(after, pAfter);
            Cut cut = new Cut(at, before.size(), after.size(), tt, ta, prf(after, pAfter, tt).f1(), prf(after, pAfter, ta).f1());
            progress.accept(String.format(Locale.ROOT,
                    "out-of-time cut at id %d (%d before, %d after): threshold %.2f on tuning, %.2f after (F1 after %.3f -> %.3f), offset %.2f",
                    at, before.size(), after.size(), tt, ta, cut.laterF1AtTuning(), cut.laterF1AtLater(), cut.offset()));
            cuts.add(cut);
        }
        return cuts;
    }

    private static long positives(List<Labelled> data) {
        return data.stream().filter(Labelled::yes).count();
    }

    private static List<DocumentSample> samples(List<Labelled> data) {
        List<DocumentSample> samples = new ArrayList<>(data.size());
        for (Labelled l : data) {
            samples.add(new DocumentSample(l.yes() ? CheckWorthinessModel.YES : "No", CheckWorthinessFeatures.tokens(l.text())));
        }
        return samples;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double round2(double x) {
        return Math.round(x * 100) / 100.0;
    }

    private static DoccatModel fit(List<DocumentSample> samples, double l1, double l2) throws IOException {
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(TrainingParameters.ITERATIONS_PARAM, 100);
        params.put(TrainingParameters.CUTOFF_PARAM, 1);
        params.put("L1Cost", l1);
        params.put("L2Cost", l2);
        return DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), params,
                new DoccatFactory(new FeatureGenerator[] {new CheckWorthinessFeatures()}));
    }

    private static double[] probabilities(DoccatModel m, List<Labelled> data) {
        DocumentCategorizerME c = new DocumentCategorizerME(m);
        int yes = c.getIndex(CheckWorthinessModel.YES);
        double[] out = new double[data.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = c.categorize(CheckWorthinessFeatures.tokens(data.get(i).text()))[yes];
        }
        return out;
    }

    private static double[] calibrated(CheckWorthinessModel model, double[] p, boolean later) {
        double[] out = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = later ? model.calibrateLater(p[i]) : model.calibrate(p[i]);
        }
        return out;
    }

    /** The threshold with the best F1, averaged over its neighbours so one lucky point does not decide. */
    static double bestThreshold(List<Labelled> data, double[] p) {
        double best = -1;
        double at = 0.5;
        for (int k = 3; k <= 90; k++) {
            double f = 0;
            for (int d = -2; d <= 2; d++) {
                f += prf(data, p, (k + d) / 100.0).f1();
            }
            if (f > best) {
                best = f;
                at = k / 100.0;
            }
        }
        return at;
    }

    /** The slope of the calibration that maximises the tuning set's likelihood (its centre is fixed at the threshold). */
    static double fitSlope(List<Labelled> data, double[] p, double threshold) {
        double best = Double.NEGATIVE_INFINITY;
        double at = 1;
        for (double slope = 0.1; slope <= 4.0; slope += 0.05) {
            double ll = 0;
            for (int i = 0; i < p.length; i++) {
                double s = Math.min(1 - 1e-9, Math.max(1e-9, CheckWorthinessModel.calibrate(p[i], threshold, slope)));
                ll += data.get(i).yes() ? Math.log(s) : Math.log(1 - s);
            }
            if (ll > best) {
                best = ll;
                at = slope;
            }
        }
        return at;
    }

    public static Prf prf(List<Labelled> data, double[] scores, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold;
            boolean gold = data.get(i).yes();
            if (predicted && gold) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (gold) {
                fn++;
            }
        }
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return new Prf(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), tp, fp, fn);
    }
}
