package io.claimwatch.connectors.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A small client of Flink's REST API (a MiniCluster's or a cluster's): the jobs it runs and, for
 * each, its {@link JobHealth}. Every call has a timeout; an unreachable endpoint is an IOException
 * that names the address.
 */
public final class FlinkRest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http;
    private final Duration timeout;

    public FlinkRest(String url, Duration timeout) {
        this.base = url.replaceAll("/+$", "");
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    public String url() {
        return base;
    }

    /** The health of every job the endpoint knows, newest first. */
    public List<JobHealth> jobs() throws IOException, InterruptedException {
        List<JobHealth> out = new ArrayList<>();
        List<JsonNode> jobs = new ArrayList<>();
        get("/jobs/overview").path("jobs").forEach(jobs::add);
        jobs.sort((a, b) -> Long.compare(b.path("start-time").asLong(), a.path("start-time").asLong()));
        for (JsonNode j : jobs) {
            out.add(health(j.path("jid").asText(), j.path("name").asText(), j.path("state").asText()));
        }
        return out;
    }

    /** The health of one job. */
    public JobHealth job(String jobId) throws IOException, InterruptedException {
        JsonNode j = get("/jobs/" + jobId);
        return health(jobId, j.path("name").asText(), j.path("state").asText());
    }

    private JobHealth health(String id, String name, String state) throws IOException, InterruptedException {
        // A job that is still initializing answers its state but not yet these: they count as nothing yet.
        long restarts = 0;
        for (JsonNode m : getOrEmpty("/jobs/" + id + "/metrics?get=numRestarts")) {
            restarts = m.path("value").asLong();
        }
        String failure = null;
        long failureTime = 0;
        JsonNode entries = getOrEmpty("/jobs/" + id + "/exceptions?maxExceptions=1").path("exceptionHistory").path("entries");
        if (entries.size() > 0) {
            JsonNode last = entries.get(0);
            failure = rootCause(last.path("stacktrace").asText(last.path("exceptionName").asText()));
            failureTime = last.path("timestamp").asLong();
        }
        JsonNode cp = getOrEmpty("/jobs/" + id + "/checkpoints");
        JsonNode counts = cp.path("counts");
        JsonNode completed = cp.path("latest").path("completed");
        JsonNode failed = cp.path("latest").path("failed");
        if (failed.isObject() && isShutdownArtefact(failed.path("failure_message").asText(""))) {
            failed = JSON.missingNode();
        }
        long inARow = 0;
        for (JsonNode h : cp.path("history")) {
            String status = h.path("status").asText();
            if (status.equals("COMPLETED")) {
                break;
            }
            if (status.equals("FAILED") && !isShutdownArtefact(h.path("failure_message").asText(""))) {
                inARow++;
            }
        }
        boolean hasCompleted = completed.isObject();
        return new JobHealth(id, name, state, restarts, failure, failureTime, counts.path("completed").asLong(),
                counts.path("failed").asLong(), inARow, hasCompleted ? completed.path("id").asLong() : 0,
                hasCompleted ? completed.path("latest_ack_timestamp").asLong() : 0,
                hasCompleted ? completed.path("state_size").asLong(completed.path("checkpointed_size").asLong()) : 0,
                failed.isObject() ? failed.path("id").asLong() : 0,
                failed.isObject() ? firstLine(failed.path("failure_message").asText(null)) : null);
    }

    /**
     * The sum over all subtasks of an operator metric ({@code metric}, e.g. "claimsKept") of the job
     * vertex whose name contains {@code vertex}; NaN when the vertex or metric is not (yet) there.
     */
    public double operatorMetric(String jobId, String vertex, String metric) throws IOException, InterruptedException {
        return operatorMetric(jobId, vertex, metric, "sum");
    }

    /** As above with another aggregation over the subtasks: "min", "max", "avg" or "sum". */
    public double operatorMetric(String jobId, String vertex, String metric, String agg) throws IOException, InterruptedException {
        for (JsonNode v : get("/jobs/" + jobId).path("vertices")) {
            if (!v.path("name").asText().contains(vertex)) {
                continue;
            }
            String base = "/jobs/" + jobId + "/vertices/" + v.path("id").asText() + "/subtasks/metrics";
            for (JsonNode m : get(base)) {
                String id = m.path("id").asText();
                if (id.equals(metric) || id.endsWith("." + metric)) {
                    for (JsonNode value : get(base + "?get=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8)
                            + "&agg=" + agg)) {
                        return value.path(agg).asDouble(Double.NaN);
                    }
                }
            }
        }
        return Double.NaN;
    }

    /**
     * Checkpoints aborted because the job is ending (a bounded job finishing, a cancel, a stop with
     * savepoint), or declined because some task is not running yet or any more (while the job starts,
     * after part of a bounded job finished), are not failures an operator must act on: a task that
     * stopped running because it failed shows as a restart.
     */
    static boolean isShutdownArtefact(String message) {
        return message.contains("Checkpoint Coordinator is suspending") || message.contains("task is closing")
                || message.contains("tasks not ready") || message.contains("checkpoint request for unknown task");
    }

    /**
     * How long a job vertex (a task: one operator, or a chain of them) was busy, back-pressured and
     * idle (ms, summed over its subtasks), and its records in and out.
     */
    public record VertexTimes(String id, String name, int parallelism, double busyMs, double backPressuredMs, double idleMs,
            long readRecords, long writeRecords) {

        /** The difference from an earlier snapshot of the same vertex. */
        public VertexTimes minus(VertexTimes earlier) {
            return new VertexTimes(id, name, parallelism, busyMs - earlier.busyMs, backPressuredMs - earlier.backPressuredMs,
                    idleMs - earlier.idleMs, readRecords - earlier.readRecords, writeRecords - earlier.writeRecords);
        }
    }

    /**
     * Every vertex of the job with its accumulated busy, back-pressured and idle time and its records
     * in and out, summed over its subtasks, in the job graph's order. Read from the task metrics
     * ({@code accumulateBusyTimeMs}...), which the REST endpoint refreshes at its metric fetch interval,
     * not from the job details, which it caches for longer; NaN for a vertex whose metrics are not there yet.
     */
    public List<VertexTimes> vertexTimes(String jobId) throws IOException, InterruptedException {
        List<VertexTimes> out = new ArrayList<>();
        for (JsonNode v : get("/jobs/" + jobId).path("vertices")) {
            String vid = v.path("id").asText();
            java.util.Map<String, Double> sums = new java.util.HashMap<>();
            for (JsonNode m : getOrEmptyArray("/jobs/" + jobId + "/vertices/" + vid + "/subtasks/metrics?get="
                    + "accumulateBusyTimeMs,accumulateBackPressuredTimeMs,accumulateIdleTimeMs,numRecordsIn,numRecordsOut&agg=sum")) {
                sums.put(m.path("id").asText(), m.path("sum").asDouble(Double.NaN));
            }
            out.add(new VertexTimes(vid, v.path("name").asText(), v.path("parallelism").asInt(1),
                    sums.getOrDefault("accumulateBusyTimeMs", Double.NaN), sums.getOrDefault("accumulateBackPressuredTimeMs", Double.NaN),
                    sums.getOrDefault("accumulateIdleTimeMs", Double.NaN), sums.getOrDefault("numRecordsIn", Double.NaN).longValue(),
                    sums.getOrDefault("numRecordsOut", Double.NaN).longValue()));
        }
        return out;
    }

    private JsonNode getOrEmptyArray(String path) throws IOException, InterruptedException {
        try {
            return get(path);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("not reachable")) {
                throw e;
            }
            return JSON.createArrayNode();
        }
    }

    /** The job's state (RUNNING, FINISHED...) and whether every task of it is running. */
    public boolean allTasksRunning(String jobId) throws IOException, InterruptedException {
        JsonNode j = get("/jobs/" + jobId);
        if (!j.path("state").asText().equals("RUNNING")) {
            return false;
        }
        for (JsonNode v : j.path("vertices")) {
            if (!v.path("status").asText().equals("RUNNING")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The innermost "Caused by" of a Java stack trace, as "Exception: message": what went wrong,
     * without the layers of wrapping Flink adds.
     */
    static String rootCause(String stacktrace) {
        if (stacktrace == null || stacktrace.isBlank()) {
            return null;
        }
        String root = stacktrace.lines().findFirst().orElse("");
        for (String line : (Iterable<String>) stacktrace.lines()::iterator) {
            if (line.startsWith("Caused by: ")) {
                root = line.substring("Caused by: ".length());
            }
        }
        // "org.apache.kafka.common.errors.FooException: msg" → "FooException: msg"
        int colon = root.indexOf(':');
        String type = colon < 0 ? root : root.substring(0, colon);
        int dot = type.lastIndexOf('.');
        return (dot >= 0 && !type.contains(" ") ? root.substring(dot + 1) : root).strip();
    }

    private static String firstLine(String s) {
        return s == null ? null : s.lines().findFirst().orElse(s);
    }

    /** An empty object when the endpoint cannot answer this yet (a job that is initializing). */
    private JsonNode getOrEmpty(String path) throws IOException, InterruptedException {
        try {
            return get(path);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains("not reachable")) {
                throw e;
            }
            return JSON.createObjectNode();
        }
    }

    /** The JSON the endpoint answers at {@code path}, for diagnostics. */
    public JsonNode raw(String path) throws IOException, InterruptedException {
        return get(path);
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IOException("Flink REST API at " + base + " is not reachable: " + e, e);
        }
        if (r.statusCode() != 200) {
            throw new IOException("Flink REST API at " + base + path + " answered " + r.statusCode() + ": " + abbreviate(r.body()));
        }
        return JSON.readTree(r.body());
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
