package io.claimwatch.cli;

import io.claimwatch.nlp.entities.EntityKnowledge;
import io.claimwatch.nlp.entities.Gazetteer;
import io.claimwatch.nlp.ner.NerCorpus;
import io.claimwatch.nlp.ner.NerTrainer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains the project's English name-finder model from the open NER corpora. */
@Command(name = "train-ner", mixinStandardHelpOptions = true,
        description = {"Train the name-finder model from the CoNLL corpora in --data and write it to --out.",
                "Every 10th sentence of each corpus is held out and scored (exact spans, per type)."})
final class TrainNerCommand implements Callable<Integer> {

    @Option(names = "--data", description = "Folder of NER corpora (default: ${DEFAULT-VALUE}).", defaultValue = "../shared/data/ner")
    Path data;

    @Option(names = "--out", description = "Model file to write (default: ${DEFAULT-VALUE}).",
            defaultValue = "src/main/resources/models/claimwatch-ner-en.bin")
    Path out;

    @Option(names = "--algorithm", description = "OpenNLP trainer: MAXENT or PERCEPTRON (default: ${DEFAULT-VALUE}).", defaultValue = "PERCEPTRON")
    String algorithm;

    @Option(names = "--iterations", defaultValue = "300", description = "Training iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--cutoff", defaultValue = "1", description = "Minimum feature count (default: ${DEFAULT-VALUE}).")
    int cutoff;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        Gazetteer gazetteer = EntityKnowledge.get().gazetteer();
        // Countries and large cities that the corpora tag as organisations when they act become LOC.
        List<NerCorpus.Part> parts = NerCorpus.read(data, name -> {
            Gazetteer.Place p = gazetteer.place(name);
            return p != null && (p.kind().equals("country") || p.population() >= 100_000);
        });
        for (NerCorpus.Part p : parts) {
            System.out.printf("read %-12s %6d sentences%n", p.name(), p.sentences().size());
        }
        NerTrainer.Result result = NerTrainer.train(parts, new NerTrainer.Settings(algorithm, iterations, cutoff), System.out::println);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            result.model().serialize(os);
        }
        System.out.printf("wrote %s (%d KiB) in %.0f s; held-out evaluation (every 10th sentence of each corpus):%n",
                out, Files.size(out) / 1024, (System.nanoTime() - t0) / 1e9);
        for (var e : result.perCorpus()) {
            System.out.print(e.report());
        }
        System.out.print(result.overall().report());
        return 0;
    }
}
