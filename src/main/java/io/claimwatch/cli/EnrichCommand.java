package io.claimwatch.cli;

import io.claimwatch.jobs.EnrichJobMain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code claimwatch enrich --job FILE}: runs the enrich job in this JVM (a local MiniCluster). */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run the enrich job on a local Flink MiniCluster against existing Kafka and Elasticsearch "
                + "(on a cluster, submit target/claimwatch-job.jar with 'flink run' instead).")
final class EnrichCommand implements Callable<Integer> {

    @Option(names = "--job", description = "job file (default: built-in defaults)")
    Path jobFile;

    @Option(names = "--bounded", description = "stop after the records present at start")
    boolean bounded;

    @Override
    public Integer call() throws Exception {
        List<String> args = new ArrayList<>();
        if (jobFile != null) {
            args.add("--job");
            args.add(jobFile.toString());
        }
        if (bounded) {
            args.add("--bounded");
        }
        EnrichJobMain.main(args.toArray(String[]::new));
        return 0;
    }
}
