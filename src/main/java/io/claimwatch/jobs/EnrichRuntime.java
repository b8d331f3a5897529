package io.claimwatch.jobs;

import io.claimwatch.connectors.elasticsearch.EsConnection;
import io.claimwatch.connectors.elasticsearch.IndexCatalog;
import io.claimwatch.connectors.elasticsearch.IndexTemplates;
import java.io.IOException;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** What every way of running the enrich job shares: Flink settings, index templates, the topology. */
public final class EnrichRuntime {

    private EnrichRuntime() {}

    /**
     * Flink settings from the job configuration: state backend and checkpoint storage. Without a
     * configured storage, checkpoints go to {@code localCheckpoints} (the run's own folder: demo,
     * {@code claimwatch enrich}, tests), never into the JobManager's memory, whose 5 MB limit real
     * news exceeds; with neither, the cluster's own configuration decides.
     */
    public static Configuration flinkConfiguration(EnrichConfig config, java.nio.file.Path localCheckpoints) {
        Configuration conf = new Configuration();
        conf.set(StateBackendOptions.STATE_BACKEND, config.checkpointing().stateBackend());
        String storage = config.checkpointing().storage();
        if ((storage == null || storage.isBlank()) && localCheckpoints != null) {
            storage = localCheckpoints.toUri().toString();
        }
        if (storage != null && !storage.isBlank()) {
            conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
            conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, storage);
        }
        return conf;
    }

    /** Applies checkpointing and parallelism, puts the index templates and builds the topology. */
    public static void prepare(StreamExecutionEnvironment env, EnrichConfig config, EnrichJob.Io io) {
        env.setParallelism(config.pipeline().parallelism());
        // Records are immutable and no step keeps or changes its input, so chained steps can hand each
        // other the same objects instead of a deep copy per step (the article text and raw bytes each time).
        env.getConfig().enableObjectReuse();
        env.enableCheckpointing(config.checkpointing().intervalMs(), CheckpointingMode.EXACTLY_ONCE);
        IndexCatalog indices = new IndexCatalog(config.elasticsearch().indexPrefix());
        try (EsConnection.Clients es = EsConnection.of(config.elasticsearch()).open()) {
            IndexTemplates.apply(es.sync(), indices);
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach Elasticsearch at " + config.elasticsearch().hosts()
                    + ": " + e.getMessage(), e);
        }
        new EnrichJob(config, indices).build(env, io);
    }
}
