package io.claimwatch.nlp.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the name finder on the NER corpora, holding out every {@link #HOLD_OUT_EVERY}th sentence of
 * each corpus for evaluation. Deterministic: the same data and settings give the same model.
 */
public final class NerTrainer {

    /** Sentence i of a corpus is held out when i % 10 == 9. */
    public static final int HOLD_OUT_EVERY = 10;

    /** OpenNLP trainer settings; {@code claimwatch train-ner} defaults to PERCEPTRON, 300, 1. */
    public record Settings(String algorithm, int iterations, int cutoff) {}

    public record Split(List<NameSample> train, List<NerCorpus.Part> heldOut) {}

    public record Result(TokenNameFinderModel model, NerEvaluation overall, List<NerEvaluation> perCorpus, int trainSentences) {}

    public static Split split(List<NerCorpus.Part> parts) {
        List<NameSample> train = new ArrayList<>();
        List<NerCorpus.Part> heldOut = new ArrayList<>();
        for (NerCorpus.Part part : parts) {
            List<NameSample> held = new ArrayList<>();
            for (int i = 0; i < part.sentences().size(); i++) {
                (i % HOLD_OUT_EVERY == HOLD_OUT_EVERY - 1 ? held : train).add(part.sentences().get(i));
            }
            heldOut.add(new NerCorpus.Part(part.name(), held));
        }
        return new Split(train, heldOut);
    }

    public static Result train(List<NerCorpus.Part> parts, Settings settings, Consumer<String> progress) throws IOException {
        Split split = split(parts);
        TrainingParameters params = TrainingParameters.defaultParams();
        params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
        params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
        progress.accept("training on " + split.train().size() + " sentences (" + settings.algorithm() + ", "
                + settings.iterations() + " iterations, cutoff " + settings.cutoff() + ")");
        TokenNameFinderModel model = NameFinderME.train("en", null,
                ObjectStreamUtils.createObjectStream(split.train()), params, new TokenNameFinderFactory());
        NameFinderME finder = new NameFinderME(model);
        List<NerEvaluation> perCorpus = new ArrayList<>();
        NerEvaluation overall = new NerEvaluation("all held-out");
        for (NerCorpus.Part part : split.heldOut()) {
            NerEvaluation e = new NerEvaluation(part.name());
            for (NameSample s : part.sentences()) {
                var predicted = finder.find(s.getSentence());
                finder.clearAdaptiveData();
                e.add(s.getNames(), predicted);
                overall.add(s.getNames(), predicted);
            }
            perCorpus.add(e);
        }
        return new Result(model, overall, perCorpus, split.train().size());
    }
}
