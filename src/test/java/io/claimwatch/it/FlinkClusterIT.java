package io.claimwatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.cli.CliRun;
import io.claimwatch.dev.Ports;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code target/claimwatch-job.jar} on a real standalone Flink session cluster (JobManager and
 * TaskManager as separate JVMs from the Maven Central artifacts), submitted through the REST API,
 * stopped with a savepoint and resubmitted from it: nothing lost, nothing repeated.
 */
@ExtendWith(SharedStack.class)
@Timeout(value = 420)
class FlinkClusterIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<Process> PROCESSES = new ArrayList<>();
    private static Path dir;
    /** The module openings Flink's start scripts pass on Java 17 (env.java.opts.all of its default config). */
    private static final List<String> JAVA_17_OPENS = List.of("--add-exports=java.base/sun.net.util=ALL-UNNAMED",
            "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.text=ALL-UNNAMED",
            "--add-opens=java.base/java.time=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");
    private static String rest;

    @BeforeAll
    static void startCluster() throws Exception {
        dir = Files.createTempDirectory(Path.of("target"), "flink-cluster-").toAbsolutePath();
        Path conf = Files.createDirectories(dir.resolve("conf"));
        int restPort = Ports.free();
        Files.writeString(conf.resolve("config.yaml"), String.join("\n",
                "jobmanager.rpc.address: localhost", "jobmanager.bind-host: localhost", "jobmanager.rpc.port: " + Ports.free(),
                "rest.address: localhost", "rest.bind-address: localhost", "rest.port: " + restPort,
                "blob.server.port: " + Ports.free(), "jobmanager.memory.process.size: 1024m",
                "taskmanager.host: localhost", "taskmanager.bind-host: localhost", "taskmanager.rpc.port: " + Ports.free(),
                "taskmanager.numberOfTaskSlots: 2", "taskmanager.cpu.cores: 2",
                // What Flink's start scripts compute with BashJavaUtils, given explicitly.
                "taskmanager.memory.framework.heap.size: 128m", "taskmanager.memory.task.heap.size: 640m",
                "taskmanager.memory.framework.off-heap.size: 128m", "taskmanager.memory.task.off-heap.size: 0m",
                "taskmanager.memory.network.min: 64m", "taskmanager.memory.network.max: 64m",
                "taskmanager.memory.managed.size: 128m", "taskmanager.memory.jvm-metaspace.size: 256m",
                "taskmanager.memory.jvm-overhead.min: 192m", "taskmanager.memory.jvm-overhead.max: 192m",
                "web.upload.dir: " + dir.resolve("upload"), "") );
        // The cluster's classpath: Flink and its dependencies from Maven, not this project's classes
        // (those come in the job jar), not the Kafka broker of the test kit.
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.endsWith("target/classes") && !e.endsWith("target/test-classes") && !e.contains("log4j-slf4j")
                        // What a Flink distribution does not have: the job jar brings its own copies.
                        && !e.contains("/org/apache/kafka/") && !e.contains("flink-connector-kafka") && !e.contains("/elasticsearch")
                        && !e.contains("/co/elastic/") && !e.contains("opennlp") && !e.contains("jsoup") && !e.contains("picocli")
                        && !e.contains("selenium") && !e.contains("webjars"))
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> jm = new ArrayList<>(List.of(java, "-Xmx512m"));
        jm.addAll(JAVA_17_OPENS);
        jm.addAll(List.of("-cp", classpath, "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint", "-c", conf.toString()));
        PROCESSES.add(start(jm, "jobmanager"));
        List<String> tm = new ArrayList<>(List.of(java, "-Xmx768m", "-XX:MaxDirectMemorySize=192m", "-XX:MaxMetaspaceSize=256m"));
        tm.addAll(JAVA_17_OPENS);
        tm.addAll(List.of("-cp", classpath, "org.apache.flink.runtime.taskexecutor.TaskManagerRunner", "-c", conf.toString()));
        PROCESSES.add(start(tm, "taskmanager"));
        rest = "http://localhost:" + restPort;
        await("the TaskManager registered", () -> get("/overview").path("taskmanagers").asInt() == 1, Duration.ofSeconds(90));
    }

    private static Process start(List<String> command, String name) throws Exception {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(name + ".out").toFile()).start();
    }

    @AfterAll
    static void stopCluster() {
        for (Process p : PROCESSES) {
            p.destroy();
        }
        for (Process p : PROCESSES) {
            try {
                if (!p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Test
    void theJobJarRunsOnTheClusterAndResumesFromASavepointLosingAndRepeatingNothing() throws Exception {
        PipelineHarness run = new PipelineHarness("cluster");
        Path job = dir.resolve("job.yaml");
        Files.writeString(job, String.join("\n", "kafka:", "  bootstrap-servers: " + SharedStack.bootstrapServers(),
                "  group-id: " + run.prefix + "group", "  topic-prefix: " + run.prefix, "  transactional-id-prefix: " + run.prefix + "tx",
                "elasticsearch:", "  hosts: [\"" + SharedStack.elasticsearchUrl() + "\"]", "  index-prefix: " + run.prefix,
                "pipeline:", "  parallelism: 1", "checkpointing:", "  interval-ms: 1000",
                "  storage: " + dir.resolve("checkpoints").toUri(), "  state-backend: hashmap", ""));
        String jarId = upload(Path.of("target/claimwatch-job.jar"));

        run.produce(Articles.stories("first", 10));
        String jobId = submit(jarId, job, null);
        TestElasticsearch.awaitCount(run.articlesIndex(), n -> n >= 10, Duration.ofSeconds(120));
        assertEquals(10, TestElasticsearch.count(run.articlesIndex()));

        String savepoint = stopWithSavepoint(jobId, dir.resolve("savepoints"));
        assertTrue(Files.exists(Path.of(URI.create(savepoint.startsWith("file:") ? savepoint : "file://" + savepoint))), savepoint);

        run.produce(Articles.stories("second", 8, 100)); // new stories: the restored dedupe state would drop repeats
        String resumed = submit(jarId, job, savepoint);
        long indexed = TestElasticsearch.awaitCount(run.articlesIndex(), n -> n >= 18, Duration.ofSeconds(120));
        assertEquals(18, indexed, () -> "after resuming: job " + safeGet("/jobs/" + resumed).path("state") + ", exceptions "
                + safeGet("/jobs/" + resumed + "/exceptions").path("exceptionHistory").path("entries").toString());
        await("the enriched topic holds every article", () -> TestKafka.readCommitted(run.enrichedTopic()).size() >= 18,
                Duration.ofSeconds(60));
        List<JsonNode> enriched = EnrichPipelineIT.parse(TestKafka.readCommitted(run.enrichedTopic()));
        assertEquals(18, enriched.size(), "nothing repeated after resuming");
        assertEquals(18, enriched.stream().map(e -> e.get("id").asText()).distinct().count(), "nothing lost");
        assertEquals(18, TestElasticsearch.count(run.articlesIndex()));

        // claimwatch status sees the running job, its last checkpoint and the index.
        await("a checkpoint of the resumed job", () -> get("/jobs/" + resumed + "/checkpoints").path("counts").path("completed").asInt() > 0,
                Duration.ofSeconds(60));
        CliRun statusRun = CliRun.of("status", "--job", job.toString(), "--flink-url", rest);
        assertEquals(0, statusRun.exit(), statusRun.err());
        String status = statusRun.out();
        assertTrue(status.contains("job claimwatch-enrich " + resumed + ": RUNNING"), status);
        assertTrue(status.matches("(?s).*job claimwatch-enrich " + resumed + ": RUNNING\\s+restarts 0\\s+checkpoints: last completed #.*"), status);
        assertTrue(status.contains(run.prefix + "claimwatch-articles") && status.contains("18 documents"), status);
        HTTP.send(HttpRequest.newBuilder(URI.create(rest + "/jobs/" + resumed + "?mode=cancel"))
                .method("PATCH", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String upload(Path jar) throws Exception {
        String boundary = "claimwatch" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"jarfile\"; filename=\"claimwatch-job.jar\"\r\n"
                + "Content-Type: application/x-java-archive\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(Files.readAllBytes(jar));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(rest + "/jars/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String file = JSON.readTree(r.body()).get("filename").asText();
        return Path.of(file).getFileName().toString();
    }

    private static String submit(String jarId, Path job, String savepoint) throws Exception {
        var request = JSON.createObjectNode();
        request.putArray("programArgsList").add("--job").add(job.toString());
        if (savepoint != null) {
            request.put("savepointPath", savepoint);
        }
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(rest + "/jars/" + jarId + "/run"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        String jobId = JSON.readTree(r.body()).get("jobid").asText();
        await("the job runs", () -> get("/jobs/" + jobId).path("state").asText().equals("RUNNING"), Duration.ofSeconds(60));
        return jobId;
    }

    private static String stopWithSavepoint(String jobId, Path target) throws Exception {
        var request = JSON.createObjectNode().put("targetDirectory", target.toUri().toString()).put("drain", false);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(rest + "/jobs/" + jobId + "/stop"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(request.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, r.statusCode(), r.body());
        String trigger = JSON.readTree(r.body()).get("request-id").asText();
        String[] location = new String[1];
        await("the savepoint completes", () -> {
            JsonNode s = get("/jobs/" + jobId + "/savepoints/" + trigger);
            if (s.path("status").path("id").asText().equals("COMPLETED")) {
                JsonNode op = s.path("operation");
                if (op.has("failure-cause")) {
                    throw new AssertionError("savepoint failed: " + op);
                }
                location[0] = op.path("location").asText();
                return true;
            }
            return false;
        }, Duration.ofSeconds(120));
        await("the job stopped", () -> get("/jobs/" + jobId).path("state").asText().equals("FINISHED"), Duration.ofSeconds(60));
        return location[0];
    }

    private static JsonNode safeGet(String path) {
        try {
            return get(path);
        } catch (Exception e) {
            return JSON.createObjectNode().put("error", e.toString());
        }
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(rest + path)).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    interface Check {
        boolean ok() throws Exception;
    }

    private static void await(String what, Check check, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                if (check.ok()) {
                    return;
                }
            } catch (java.io.IOException e) {
                last = e; // not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("timed out waiting until " + what + (last == null ? "" : ": " + last)
                + "; cluster output in " + dir);
    }
}
