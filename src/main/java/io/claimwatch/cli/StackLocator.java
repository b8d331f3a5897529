package io.claimwatch.cli;

import io.claimwatch.dev.RunFolder;
import io.claimwatch.jobs.EnrichConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a command finds Kafka, Elasticsearch and Flink, in this order: an explicit flag, the
 * environment, a job file, the run file of the newest live embedded stack (a running
 * {@code claimwatch demo}), then the built-in defaults. Every address carries where it came from, so
 * that an error can say which address failed, why that one, and how to choose another.
 */
final class StackLocator {

    /** An address and where it came from ("--bootstrap-servers", "CLAIMWATCH_ES_HOSTS", "the running demo (...)"). */
    record Address(String value, String origin) {}

    private final Path jobFile;
    private final Map<String, String> env;
    private final Optional<RunFolder.RunInfo> run;

    StackLocator(Path jobFile, Map<String, String> env, PrintStream notes) {
        this.jobFile = jobFile;
        this.env = env;
        List<RunFolder.RunInfo> live = RunFolder.live();
        this.run = live.stream().findFirst();
        if (live.size() > 1 && notes != null) {
            notes.println("claimwatch: " + live.size() + " embedded stacks are running; using the newest (set the address to pick another):");
            for (RunFolder.RunInfo r : live) {
                notes.println("  " + r.kind() + " pid " + r.pid() + " since " + r.ownerStarted() + ": " + r.addresses());
            }
        }
    }

    static StackLocator fromEnvironment(Path jobFile) {
        return new StackLocator(jobFile, System.getenv(), System.err);
    }

    /** The job configuration with the addresses of a running embedded stack filled in where nothing else sets them. */
    EnrichConfig config() {
        Map<String, String> withRun = new HashMap<>(env);
        if (jobFile == null && run.isPresent()) {
            run.get().address("kafka").ifPresent(k -> withRun.putIfAbsent("CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS", k));
            run.get().address("elasticsearch").ifPresent(e -> withRun.putIfAbsent("CLAIMWATCH_ES_HOSTS", e));
        }
        return EnrichConfig.load(jobFile, withRun);
    }

    Address kafka(String flag) {
        return locate(flag, "--bootstrap-servers", "CLAIMWATCH_KAFKA_BOOTSTRAP_SERVERS", "kafka",
                config().kafka().bootstrapServers());
    }

    Address elasticsearch(String flag) {
        return locate(flag, "--es-hosts", "CLAIMWATCH_ES_HOSTS", "elasticsearch", String.join(",", config().elasticsearch().hosts()));
    }

    /** Flink's REST address: the flag, CLAIMWATCH_FLINK_URL, the running demo's, or none. */
    Optional<Address> flink(String flag) {
        if (flag != null) {
            return Optional.of(new Address(flag, "--flink-url"));
        }
        String fromEnv = env.get("CLAIMWATCH_FLINK_URL");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Optional.of(new Address(fromEnv, "CLAIMWATCH_FLINK_URL"));
        }
        return run.flatMap(r -> r.address("flink").map(a -> new Address(a, runOrigin(r))));
    }

    private Address locate(String flag, String flagName, String variable, String service, String configured) {
        if (flag != null) {
            return new Address(flag, flagName);
        }
        String fromEnv = env.get(variable);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new Address(fromEnv, variable);
        }
        if (jobFile != null) {
            return new Address(configured, "the job file " + jobFile);
        }
        if (run.isPresent() && run.get().address(service).isPresent()) {
            return new Address(run.get().address(service).get(), runOrigin(run.get()));
        }
        return new Address(configured, "the built-in default (config/application.yaml)");
    }

    private static String runOrigin(RunFolder.RunInfo r) {
        return "the running " + r.kind() + " (pid " + r.pid() + ", " + r.folder().resolve(RunFolder.RUN_FILE) + ")";
    }

    /** What to tell a user whose address did not answer. */
    static String howToSet(String flagName, String variable) {
        return "set " + flagName + " or " + variable + ", or start the embedded stack with ./claimwatch demo";
    }
}
