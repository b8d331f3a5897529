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
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(EnrichRuntime.flinkConfiguration(config));
        EnrichRuntime.prepare(env, config, new KafkaIo(config, bounded));
        env.execute("claimwatch-enrich");
    }
}
