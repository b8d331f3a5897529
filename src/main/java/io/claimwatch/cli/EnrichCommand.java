package io.claimwatch.cli;

import io.claimwatch.dev.EmbeddedFlink;
import io.claimwatch.dev.RunFolder;
import io.claimwatch.jobs.EnrichConfig;
import io.claimwatch.jobs.EnrichRuntime;
import io.claimwatch.jobs.KafkaIo;
import java.util.concurrent.CountDownLatch;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import java.nio.file.Path;
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
        EnrichConfig config = EnrichConfig.load(jobFile, System.getenv());
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch cleanedUp = new CountDownLatch(1);
        // Ctrl-C: the hook lets the main thread cancel the job and remove the run folder first.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopped.countDown();
            try {
                cleanedUp.await(60, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "enrich-shutdown"));
        try {
            return runJob(config, stopped);
        } finally {
            cleanedUp.countDown();
        }
    }

    private int runJob(EnrichConfig config, CountDownLatch stopped) throws Exception {
        // In this JVM: a MiniCluster of our own, its checkpoints in files of this run's folder (unless
        // the job file names a storage), its REST address in the run file for 'claimwatch status'.
        try (RunFolder run = RunFolder.create("enrich")) {
            Configuration flink = EnrichRuntime.flinkConfiguration(config, run.dir("checkpoints"));
            try (EmbeddedFlink cluster = EmbeddedFlink.start(flink, config.pipeline().parallelism(), run.dir("flink-tmp"))) {
                run.publish("flink", cluster.restUrl());
                StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(flink);
                EnrichRuntime.prepare(env, config, new KafkaIo(config, bounded));
                JobID job = cluster.submit(env, "claimwatch-enrich");
                System.err.printf("Enrich job %s running on a local MiniCluster (Flink REST %s); Kafka %s, Elasticsearch %s%n", job,
                        cluster.restUrl(), config.kafka().bootstrapServers(), config.elasticsearch().hosts());
                try (JobMonitor monitor = new JobMonitor(cluster.restUrl(), job.toHexString(), System.err).start()) {
                    var result = cluster.result(job);
                    while (stopped.getCount() > 0 && !result.isDone()) {
                        Thread.sleep(500);
                    }
                    if (!result.isDone()) {
                        cluster.cancel(job);
                        return 0;
                    }
                    var failure = result.get().getSerializedThrowable();
                    if (failure.isPresent()) {
                        System.err.println("claimwatch enrich: the job failed: " + failure.get().getMessage());
                        return 1;
                    }
                    return 0;
                }
            }
        }
    }
}
