package io.claimwatch.cli;

import io.claimwatch.nlp.parse.ParserModel;
import io.claimwatch.nlp.parse.ParserTrainer;
import io.claimwatch.nlp.parse.Treebank;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains the project's dependency parser on the UD English EWT treebank. */
@Command(name = "train-parser", mixinStandardHelpOptions = true,
        description = {"Train the dependency parser and its POS tagger on en_ewt-ud-train.conllu in --data, report UAS/LAS",
                "on en_ewt-ud-dev.conllu after each pass and on en_ewt-ud-test.conllu at the end, and write the model to --out."})
final class TrainParserCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "../shared/data/ud-ewt", description = "Folder of the CoNLL-U files (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "src/main/resources/models/claimwatch-parser-en.bin",
            description = "Model file to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--iterations", defaultValue = "10", description = "Passes over the training sentences (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        List<Treebank.Sentence> train = Treebank.read(file("en_ewt-ud-train.conllu"));
        List<Treebank.Sentence> dev = Treebank.read(file("en_ewt-ud-dev.conllu"));
        List<Treebank.Sentence> test = Treebank.read(file("en_ewt-ud-test.conllu"));
        ParserTrainer.Settings d = ParserTrainer.Settings.defaults();
        ParserTrainer.Settings settings = new ParserTrainer.Settings(iterations, d.wordCutoff(), d.explore(), d.featureCutoff(),
                d.minWeight(), d.taggerIterations(), d.folds(), d.seed());
        ParserModel model = ParserTrainer.train(train, dev, settings, System.out::println);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            model.write(os);
        }
        System.out.printf("wrote %s (%d KiB; %s) in %.0f s%n", out, Files.size(out) / 1024, model.size(), (System.nanoTime() - t0) / 1e9);
        System.out.println("test (en_ewt-ud-test, the parser's own POS tags, punctuation included): " + ParserTrainer.report(model, test));
        return 0;
    }

    private Path file(String name) {
        Path p = data.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(p + " not found (pass --data DIR, the folder of the UD English EWT CoNLL-U files)");
        }
        return p;
    }
}
