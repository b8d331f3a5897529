package io.claimwatch.cli;

import io.claimwatch.claims.CheckWorthinessTrainer;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Trains and calibrates the check-worthiness model from the CheckThat! sentences. */
@Command(name = "train-checkworthy", mixinStandardHelpOptions = true,
        description = {"Train the check-worthiness model on CT24_en_train.tsv, choose its regularisation and threshold on",
                "CT24_en_dev.tsv, calibrate so that 0.5 is the threshold, measure on later debates of the training file how far",
                "the threshold moves for later text (later-offset); with --evaluate, report P/R/F1 on CT24_en_dev-test.tsv",
                "at the threshold for later text."})
final class TrainCheckworthyCommand implements Callable<Integer> {

    @Option(names = "--data", defaultValue = "../shared/data/checkworthiness", description = "Folder of the TSV files (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--out", defaultValue = "src/main/resources/models/claimwatch-checkworthy-en.bin",
            description = "Model file to write; the calibration goes beside it as .properties (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--evaluate", description = {"Also score CT24_en_dev-test.tsv at the end. It chooses nothing; leave it out while",
            "experimenting, so that the held-out figure stays a held-out figure."})
    boolean evaluate;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        var train = CheckWorthinessTrainer.readTsv(file("CT24_en_train.tsv"));
        var tuning = CheckWorthinessTrainer.readTsv(file("CT24_en_dev.tsv"));
        var evaluation = evaluate ? CheckWorthinessTrainer.readTsv(file("CT24_en_dev-test.tsv")) : List.<CheckWorthinessTrainer.Labelled>of();
        System.out.printf("training on %d sentences, tuning on %d, evaluating on %d%n", train.size(), tuning.size(), evaluation.size());
        var r = CheckWorthinessTrainer.train(train, tuning, evaluation, System.out::println);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            r.model().model().serialize(os);
        }
        Path calibration = out.resolveSibling(out.getFileName().toString().replaceFirst("\\.bin$", "") + ".properties");
        Files.writeString(calibration, String.format(Locale.ROOT,
                "# Written by claimwatch train-checkworthy: score = sigmoid(slope * (logit(p) - logit(threshold))),%n"
                        + "# for later text sigmoid(slope * (logit(p) - logit(threshold) - later-offset)).%n"
                        + "# L1 %.1f, L2 %.1f, threshold and slope chosen on CT24_en_dev.tsv; later-offset: the threshold's move in logit%n"
                        + "# for text later than the training debates, measured on later debates of CT24_en_train.tsv (mean of %d cuts).%n"
                        + "threshold=%.2f%nslope=%.2f%nlater-offset=%.2f%n",
                r.l1(), r.l2(), r.cuts().size(), r.model().threshold(), r.model().slope(), r.model().laterOffset()));
        System.out.printf("chose L1 %.1f, L2 %.1f, threshold %.2f (later text %.2f), slope %.2f; wrote %s and %s in %.0f s%n", r.l1(), r.l2(),
                r.model().threshold(), r.model().laterThreshold(), r.model().slope(), out, calibration, (System.nanoTime() - t0) / 1e9);
        System.out.println("tuning (CT24_en_dev), Yes class at 0.5:                     " + r.tuning());
        System.out.println("tuning (CT24_en_dev), Yes at 0.5 for later text:           " + r.tuningAtLater());
        if (evaluate) {
            System.out.println("evaluation (CT24_en_dev-test), Yes at 0.5 for later text:  " + r.evaluation());
        }
        return 0;
    }

    private Path file(String name) {
        Path p = data.resolve(name);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException(p + " not found (pass --data DIR, the folder of the CheckThat! TSV files)");
        }
        return p;
    }
}
