package io.claimwatch.jobs;

import java.nio.file.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point of {@code flink run target/claimwatch-job.jar --job jobs/enrich.yaml}. Environment
 * variables override addresses and carry secrets (see README).
 */
public final class EnrichJobMain {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichJobMain.class);

    private EnrichJobMain() {}

    public static void main(String[] args) throws Exception {
        Path jobFile = null;
        boolean bounded = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--job" -> {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("--job needs a file, e.g. --job jobs/enrich.yaml");
                    }
                    jobFile = Path.of(args[++i]);
                }
                case "--bounded" -> bounded = true;
                default -> throw new IllegalArgumentException("unknown argument '" + args[i]
                        + "'; usage: --job jobs/enrich.yaml [--bounded]");
            }
        }
        EnrichConfig config = EnrichConfig.load(jobFile, System.getenv());
        LOG.info("starting enrich job: {} {}", config.kafka(), config.elasticsearch());
        if (config.checkpointing().storage() == null || config.checkpointing().storage().isBlank()) {
            LOG.warn("checkpointing.storage is not set: checkpoints go where the cluster's configuration says "
                    + "(execution.checkpointing.dir); without one Flink keeps them in the JobManager, whose 5 MB limit "
                    + "a few hundred real articles exceed. Set checkpointing.storage in the job file (file://, s3://, hdfs://).");
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(EnrichRuntime.flinkConfiguration(config, null));
        EnrichRuntime.prepare(env, config, new KafkaIo(config, bounded));
        env.execute("claimwatch-enrich");
    }
}
