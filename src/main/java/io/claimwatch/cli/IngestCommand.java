package io.claimwatch.cli;

import io.claimwatch.connectors.kafka.TopicCatalog;
import io.claimwatch.jobs.EnrichConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code claimwatch ingest PATH|-}: sends article files to the articles topic. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Send articles to the articles topic: JSON (an object or an array), JSON Lines, or plain-text "
                + "files (the file name becomes the title). Folders are read recursively; '-' reads JSON Lines from stdin.",
                "Each file is checked whole first: a bad file is reported and skipped, never half-sent."})
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "files, folders, or - for stdin")
    List<String> paths;

    @Mixin
    KafkaOptions kafka;

    @Option(names = "--source", defaultValue = "local-files", description = "outlet name for plain-text files (default: ${DEFAULT-VALUE})")
    String source;

    @Option(names = "--no-validate",
            description = "send records without checking them against the input contract (the job dead-letters bad ones)")
    boolean skipValidation;

    @Override
    public Integer call() throws Exception {
        EnrichConfig config = kafka.reachable();
        String servers = kafka.servers(config);
        String topic = kafka.topics(config).name(TopicCatalog.ARTICLES);

        // The same checks, with the same limits, as the job's parser: what ingest accepts, the job takes.
        io.claimwatch.model.ArticleParser validator = skipValidation ? null
                : new io.claimwatch.model.ArticleParser(config.pipeline().inputLimits(), java.time.Clock.systemUTC());
        List<ArticleFiles.FileRecords> files = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                files.add(ArticleFiles.readStdin(System.in, source, validator));
            } else {
                for (Path f : ArticleFiles.expand(Path.of(p))) {
                    files.add(ArticleFiles.read(f, source, validator));
                }
            }
        }
        long total = files.stream().mapToLong(f -> f.records().size()).sum();
        int skipped = 0;
        long sent = 0;
        System.err.printf("Sending %d articles from %d files to %s on %s%n", total, files.size(), topic, servers);
        Progress progress = new Progress(System.err, "ingest", total);
        try (ArticleSender sender = new ArticleSender(servers, config.kafka().properties(), topic)) {
            for (ArticleFiles.FileRecords f : files) {
                if (f.problem() != null) {
                    skipped++;
                    System.err.printf("%nskipped %s: %s%n", TerminalText.line(f.path().toString()), TerminalText.line(f.problem()));
                    continue;
                }
                sender.send(f.records());
                sent += f.records().size();
                progress.update(sent);
            }
        }
        System.err.printf("Sent %d articles from %d files; %d files skipped.%n", sent, files.size() - skipped, skipped);
        return skipped == 0 ? 0 : 2;
    }
}
