package io.claimwatch.dev;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.flink.api.common.JobID;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.configuration.WebOptions;
import org.apache.flink.runtime.jobmaster.JobResult;
import org.apache.flink.runtime.minicluster.MiniCluster;
import org.apache.flink.runtime.minicluster.MiniClusterConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.graph.StreamGraph;

/**
 * A Flink MiniCluster owned by this process, for the demo, {@code claimwatch enrich} and the tests:
 * REST endpoint, RPC and blob server on loopback only (no CORS wildcard), its temp files in the run's
 * folder, and its REST address known, so job state, restarts and checkpoints can be read like a
 * cluster's.
 */
public final class EmbeddedFlink implements AutoCloseable {

    private final MiniCluster cluster;
    private final URI rest;

    private EmbeddedFlink(MiniCluster cluster, URI rest) {
        this.cluster = cluster;
        this.rest = rest;
    }

    /**
     * @param settings the job's Flink settings (state backend, checkpoint storage); the cluster's own are added
     * @param slots task slots (the job's parallelism)
     * @param tmp where Flink puts its temp files (the RPC system's jar, blobs): inside the run folder
     */
    public static EmbeddedFlink start(Configuration settings, int slots, Path tmp) throws Exception {
        Configuration conf = new Configuration(settings);
        conf.set(RestOptions.BIND_ADDRESS, "127.0.0.1");
        conf.set(RestOptions.ADDRESS, "127.0.0.1");
        conf.set(RestOptions.BIND_PORT, "0");
        conf.set(WebOptions.ACCESS_CONTROL_ALLOW_ORIGIN, "http://127.0.0.1");
        conf.set(JobManagerOptions.BIND_HOST, "127.0.0.1");
        conf.set(TaskManagerOptions.BIND_HOST, "127.0.0.1");
        conf.set(TaskManagerOptions.HOST, "127.0.0.1");
        conf.set(CoreOptions.TMP_DIRS, tmp.toString());
        conf.set(WebOptions.UPLOAD_DIR, tmp.resolve("web-upload").toString());
        conf.set(TaskManagerOptions.NUM_TASK_SLOTS, slots);
        MiniCluster cluster = new MiniCluster(new MiniClusterConfiguration.Builder()
                .setConfiguration(conf)
                .setNumTaskManagers(1)
                .setNumSlotsPerTaskManager(slots)
                .setCommonBindAddress("127.0.0.1")
                .build());
        try {
            cluster.start();
            EmbeddedFlink flink = new EmbeddedFlink(cluster, cluster.getRestAddress().get(30, TimeUnit.SECONDS));
            flink.awaitRest(java.time.Duration.ofSeconds(30));
            return flink;
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
    }

    /** The REST endpoint answers 503 until its leader is elected: wait for a 200 so callers need not retry. */
    private void awaitRest(java.time.Duration timeout) throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                var r = http.send(java.net.http.HttpRequest.newBuilder(URI.create(restUrl() + "/overview"))
                        .timeout(java.time.Duration.ofSeconds(5)).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Flink's REST endpoint at " + restUrl() + " did not become ready within " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /** The REST endpoint, e.g. {@code http://127.0.0.1:40123}. */
    public String restUrl() {
        return "http://" + rest.getHost() + ":" + rest.getPort();
    }

    /** Submits the job built on {@code env}; returns at once. */
    public JobID submit(StreamExecutionEnvironment env, String name) throws Exception {
        StreamGraph graph = env.getStreamGraph();
        graph.setJobName(name);
        return cluster.submitJob(graph).get(60, TimeUnit.SECONDS).getJobID();
    }

    /** Completes when the job ends (finished, cancelled or failed for good). */
    public CompletableFuture<JobResult> result(JobID job) {
        return cluster.requestJobResult(job);
    }

    /** Runs the job to its end and throws its failure, like {@code env.execute}. */
    public JobResult run(StreamExecutionEnvironment env, String name) throws Exception {
        JobResult r = result(submit(env, name)).get();
        if (r.getSerializedThrowable().isPresent()) {
            throw new Exception("job " + name + " failed: " + r.getSerializedThrowable().get().getFullStringifiedStackTrace());
        }
        return r;
    }

    public void cancel(JobID job) throws Exception {
        cluster.cancelJob(job).get(60, TimeUnit.SECONDS);
    }

    public CompletableFuture<String> stopWithSavepoint(JobID job, Path target) {
        return cluster.stopWithSavepoint(job, target.toUri().toString(), false,
                org.apache.flink.core.execution.SavepointFormatType.CANONICAL);
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
