package io.claimwatch.nlp.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Trains the dependency parser on a treebank: greedy arc-hybrid transitions learned by an averaged
 * perceptron with the dynamic oracle and exploration of Goldberg and Nivre (2012, 2013), so that
 * the parser also learns to continue well after its own mistakes. Non-projective training trees
 * (which no arc-hybrid sequence can build) are left out of training, not out of evaluation.
 */
public final class ParserTrainer {

    /**
     * @param iterations passes over the training sentences
     * @param wordCutoff words seen fewer times are unknown words
     * @param explore from the second pass on, how often to follow the model's own (possibly wrong) move
     * @param featureCutoff features seen in fewer of the oracle's configurations are never learnt
     *     (a smaller, faster model that generalises as well)
     * @param minWeight averaged weights smaller than this are left out of the model (at 1.0: a model
     *     a third the size, 0.5 points of UAS less)
     * @param taggerIterations passes of the POS tagger's training
     * @param folds the parser trains on tags of taggers that did not see the sentence (jackknifing),
     *     so that it learns from tags as wrong as at run time
     */
    public record Settings(int iterations, int wordCutoff, double explore, int featureCutoff, double minWeight, int taggerIterations,
            int folds, long seed) {
        public static Settings defaults() {
            return new Settings(10, 2, 0.9, 2, 1.0, 8, 5, 1);
        }
    }

    /** Attachment scores over all tokens, punctuation included (as the UD shared tasks count). */
    public record Score(int tokens, int heads, int labelled) {
        public double uas() {
            return tokens == 0 ? 0 : (double) heads / tokens;
        }

        public double las() {
            return tokens == 0 ? 0 : (double) labelled / tokens;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "UAS %.2f LAS %.2f (%d tokens)", 100 * uas(), 100 * las(), tokens);
        }
    }

    private ParserTrainer() {}

    /**
     * Trains the tagger on the treebank's tags, then the parser on jackknifed tags.
     *
     * @param dev scored after every pass, for the log
     */
    public static ParserModel train(List<Treebank.Sentence> train, List<Treebank.Sentence> dev, Settings settings, Consumer<String> log) {
        ParserVocabulary vocabulary = vocabulary(train, settings.wordCutoff());
        int labels = vocabulary.labels().size();
        int classes = 1 + 2 * labels;
        Random random = new Random(settings.seed());
        List<String> tagNames = ParserModel.ordered(vocabulary.tags());
        LinearModel taggerWeights = trainTagger(train, vocabulary, settings.taggerIterations(), settings.minWeight(), random);
        PosTagger tagger = new PosTagger(taggerWeights, vocabulary);
        log.accept("tagger: dev " + tagAccuracy(tagger, dev));
        List<String[]> trainTags = jackknife(train, vocabulary, settings, random, log);
        List<String[]> devTags = tagsFor(dev, tagger);
        List<Treebank.Sentence> trainable = new ArrayList<>();
        List<String[]> tags = new ArrayList<>();
        for (int i = 0; i < train.size(); i++) {
            Treebank.Sentence s = train.get(i);
            if (s.isProjective()) {
                trainable.add(s);
                tags.add(trainTags.get(i));
            }
        }
        log.accept(String.format(Locale.ROOT, "%d training sentences (%d projective), %d words in the vocabulary, %d labels",
                train.size(), trainable.size(), vocabulary.words().size(), labels));
        ParserFeatures features = new ParserFeatures(vocabulary);
        ParseState state = new ParseState();
        long[] feats = new long[ParserFeatures.MAX];
        float[] scores = new float[classes];
        int[] costs = new int[classes];
        LongIntMap counts = settings.featureCutoff() > 1 ? countFeatures(trainable, tags, vocabulary, features, state) : null;
        if (counts != null) {
            log.accept(counts.size() + " distinct features in the oracle's configurations");
        }
        AveragedPerceptron weights = new AveragedPerceptron(counts, settings.featureCutoff());
        Integer[] order = new Integer[trainable.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        ParserModel model = null;
        for (int it = 0; it < settings.iterations(); it++) {
            long t0 = System.nanoTime();
            Collections.shuffle(Arrays.asList(order), random);
            long decisions = 0;
            long correct = 0;
            long inexact = 0;
            for (int idx : order) {
                Treebank.Sentence s = trainable.get(idx);
                int n = s.size();
                int[] gold = goldHeads(s);
                int[] goldLabels = goldLabels(s, vocabulary);
                features.encode(s.forms(), tags.get(idx));
                state.reset(n);
                while (!state.terminal()) {
                    int m = features.extract(state, feats);
                    Arrays.fill(scores, 0f);
                    weights.score(feats, m, scores);
                    int predicted = DependencyParser.bestValid(state, scores, labels);
                    // The best-scoring of the cheapest moves (zero cost unless the oracle is inexact here).
                    int best = -1;
                    for (int c = 0; c < classes; c++) {
                        int move = DependencyParser.move(c, labels);
                        costs[c] = state.valid(move) ? state.cost(move, DependencyParser.label(c, labels), gold, goldLabels) : Integer.MAX_VALUE;
                        if (best < 0 || costs[c] < costs[best] || costs[c] == costs[best] && scores[c] > scores[best]) {
                            best = c;
                        }
                    }
                    if (costs[best] > 0) {
                        inexact++;
                    }
                    weights.tick();
                    decisions++;
                    if (costs[predicted] == costs[best]) {
                        correct++;
                    } else {
                        weights.update(feats, m, best, predicted);
                    }
                    int follow = costs[predicted] == costs[best] || it > 0 && random.nextDouble() < settings.explore() ? predicted : best;
                    state.apply(DependencyParser.move(follow, labels), DependencyParser.label(follow, labels));
                }
            }
            model = new ParserModel(vocabulary, taggerWeights, weights.average(classes, settings.minWeight()));
            String devScore = dev.isEmpty() ? "" : ", dev " + evaluate(model, dev, devTags);
            log.accept(String.format(Locale.ROOT, "pass %2d: %.1f%% zero-cost moves (%d states without one), %d features%s (%.0f s)", it + 1,
                    100.0 * correct / Math.max(1, decisions), inexact, weights.featureCount(), devScore, (System.nanoTime() - t0) / 1e9));
        }
        return model;
    }

    /** Gold heads with the root as n (the arc-hybrid system's root at the end of the buffer). */
    private static int[] goldHeads(Treebank.Sentence s) {
        int n = s.size();
        int[] gold = new int[n + 1];
        for (int i = 0; i < n; i++) {
            gold[i] = s.tree().head(i) < 0 ? n : s.tree().head(i);
        }
        gold[n] = -1;
        return gold;
    }

    private static int[] goldLabels(Treebank.Sentence s, ParserVocabulary vocabulary) {
        int[] labels = new int[s.size() + 1];
        for (int i = 0; i < s.size(); i++) {
            labels[i] = vocabulary.label(s.tree().relation(i));
        }
        labels[s.size()] = -1;
        return labels;
    }

    /** Feature counts over the configurations the static oracle passes through. */
    private static LongIntMap countFeatures(List<Treebank.Sentence> sentences, List<String[]> tags, ParserVocabulary vocabulary,
            ParserFeatures features, ParseState state) {
        LongIntMap counts = new LongIntMap(1 << 22);
        long[] feats = new long[ParserFeatures.MAX];
        int labels = vocabulary.labels().size();
        for (int k = 0; k < sentences.size(); k++) {
            Treebank.Sentence s = sentences.get(k);
            int[] gold = goldHeads(s);
            int[] goldLabels = goldLabels(s, vocabulary);
            features.encode(s.forms(), tags.get(k));
            state.reset(s.size());
            while (!state.terminal()) {
                int m = features.extract(state, feats);
                for (int f = 0; f < m; f++) {
                    int c = counts.get(feats[f]);
                    counts.put(feats[f], c < 0 ? 1 : c + 1);
                }
                int move = -1;
                int label = -1;
                for (int mv = ParseState.SHIFT; mv <= ParseState.RIGHT && move < 0; mv++) {
                    if (!state.valid(mv)) {
                        continue;
                    }
                    int l = mv == ParseState.SHIFT ? -1 : goldLabels[state.stack(0)];
                    if (state.cost(mv, l, gold, goldLabels) == 0) {
                        move = mv;
                        label = l;
                    }
                }
                state.apply(move, label);
            }
        }
        return counts;
    }

    private static List<String[]> tagsFor(List<Treebank.Sentence> sentences, PosTagger tagger) {
        List<String[]> out = new ArrayList<>(sentences.size());
        for (Treebank.Sentence s : sentences) {
            int[] ids = tagger.tag(s.forms());
            String[] t = new String[ids.length];
            for (int i = 0; i < t.length; i++) {
                t[i] = tagger.name(ids[i]);
            }
            out.add(t);
        }
        return out;
    }

    /** Tags for every training sentence from a tagger trained on the other folds. */
    private static List<String[]> jackknife(List<Treebank.Sentence> train, ParserVocabulary vocabulary, Settings settings, Random random,
            Consumer<String> log) {
        String[][] out = new String[train.size()][];
        List<String> names = ParserModel.ordered(vocabulary.tags());
        int folds = Math.max(2, settings.folds());
        long right = 0;
        long all = 0;
        for (int f = 0; f < folds; f++) {
            List<Treebank.Sentence> rest = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < train.size(); i++) {
                if (i % folds == f) {
                    held.add(i);
                } else {
                    rest.add(train.get(i));
                }
            }
            PosTagger t = new PosTagger(trainTagger(rest, vocabulary, settings.taggerIterations(), settings.minWeight(), random), vocabulary);
            for (int i : held) {
                int[] ids = t.tag(train.get(i).forms());
                out[i] = new String[ids.length];
                for (int k = 0; k < ids.length; k++) {
                    out[i][k] = names.get(ids[k]);
                    right += out[i][k].equals(train.get(i).tags()[k]) ? 1 : 0;
                    all++;
                }
            }
        }
        log.accept(String.format(Locale.ROOT, "jackknifed training tags (%d folds): %.2f%% right", folds, 100.0 * right / all));
        return List.of(out);
    }

    /** The POS tagger: greedy averaged perceptron over the treebank's tags. */
    static LinearModel trainTagger(List<Treebank.Sentence> sentences, ParserVocabulary vocabulary, int iterations, double minWeight,
            Random random) {
        int classes = vocabulary.tags().size();
        AveragedPerceptron weights = new AveragedPerceptron(null, 0);
        PosTagger features = new PosTagger(null, vocabulary);
        long[] feats = new long[PosTagger.MAX_FEATURES];
        float[] scores = new float[classes];
        List<Treebank.Sentence> order = new ArrayList<>(sentences);
        for (int it = 0; it < iterations; it++) {
            Collections.shuffle(order, random);
            for (Treebank.Sentence s : order) {
                String[] tokens = s.forms();
                int[] gold = new int[tokens.length];
                for (int i = 0; i < tokens.length; i++) {
                    gold[i] = vocabulary.tag(s.tags()[i]);
                }
                int[] predicted = new int[tokens.length];
                features.encode(tokens);
                for (int i = 0; i < tokens.length; i++) {
                    int m = features.extract(tokens, i, predicted, feats);
                    Arrays.fill(scores, 0f);
                    weights.score(feats, m, scores);
                    int best = 0;
                    for (int c = 1; c < classes; c++) {
                        if (scores[c] > scores[best]) {
                            best = c;
                        }
                    }
                    weights.tick();
                    if (best != gold[i]) {
                        weights.update(feats, m, gold[i], best);
                    }
                    predicted[i] = best;
                }
            }
        }
        return weights.average(classes, minWeight);
    }

    private static String tagAccuracy(PosTagger tagger, List<Treebank.Sentence> sentences) {
        long right = 0;
        long all = 0;
        for (Treebank.Sentence s : sentences) {
            int[] ids = tagger.tag(s.forms());
            for (int i = 0; i < ids.length; i++) {
                right += tagger.name(ids[i]).equals(s.tags()[i]) ? 1 : 0;
                all++;
            }
        }
        return String.format(Locale.ROOT, "%.2f%% of %d tags right", 100.0 * right / Math.max(1, all), all);
    }

    /** Attachment scores with the model's own tagger. */
    public static Score evaluate(ParserModel model, List<Treebank.Sentence> sentences) {
        PosTagger tagger = new PosTagger(model.tagger, model.vocabulary);
        return evaluate(model, sentences, tagsFor(sentences, tagger));
    }

    /** Attachment scores with the model's own tagger, and its tagging accuracy. */
    public static String report(ParserModel model, List<Treebank.Sentence> sentences) {
        PosTagger tagger = new PosTagger(model.tagger, model.vocabulary);
        return evaluate(model, sentences, tagsFor(sentences, tagger)) + ", POS " + tagAccuracy(tagger, sentences);
    }

    static Score evaluate(ParserModel model, List<Treebank.Sentence> sentences, List<String[]> tags) {
        DependencyParser parser = new DependencyParser(model);
        int tokens = 0;
        int heads = 0;
        int labelled = 0;
        for (int k = 0; k < sentences.size(); k++) {
            Treebank.Sentence s = sentences.get(k);
            DependencyTree t = parser.parseTagged(s.forms(), tags.get(k));
            for (int i = 0; i < s.size(); i++) {
                tokens++;
                if (t.head(i) == s.tree().head(i)) {
                    heads++;
                    if (t.relation(i).equals(s.tree().relation(i))) {
                        labelled++;
                    }
                }
            }
        }
        return new Score(tokens, heads, labelled);
    }

    static ParserVocabulary vocabulary(List<Treebank.Sentence> train, int cutoff) {
        Map<String, Integer> counts = new HashMap<>();
        Set<String> tags = new LinkedHashSet<>();
        Set<String> labels = new LinkedHashSet<>();
        for (Treebank.Sentence s : train) {
            for (int i = 0; i < s.size(); i++) {
                counts.merge(ParserVocabulary.normalize(s.forms()[i]), 1, Integer::sum);
                tags.add(s.tags()[i]);
                labels.add(s.tree().relation(i));
            }
        }
        List<String> words = counts.entrySet().stream().filter(e -> e.getValue() >= cutoff).map(Map.Entry::getKey).sorted().toList();
        return new ParserVocabulary(ParserVocabulary.index(words), ParserVocabulary.index(tags.stream().sorted().toList()),
                labels.stream().sorted().toList());
    }
}
