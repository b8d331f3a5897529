package io.claimwatch.dev;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The folder of one run of the embedded stack (a demo, a test run, a local job): Elasticsearch data
 * and logs, Kafka logs, Flink temp files and checkpoints, and a run file {@code run.json} naming its
 * owner (PID and start time) and its addresses. Runs never share a folder. A folder is removed when
 * its run ends, and the folders of owners that are gone (killed) are removed at the next start; a
 * live owner's folder is never touched. Under {@code java.io.tmpdir}/claimwatch/runs, or
 * {@code claimwatch.runs.dir} (tests point it elsewhere so a running demo never leaks into them).
 */
public final class RunFolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunFolder.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String RUN_FILE = "run.json";

    /** What a run file says: whose run it is and where its services listen. */
    public record RunInfo(Path folder, String kind, long pid, Instant ownerStarted, Map<String, String> addresses) {

        /** The owner is alive: the same PID and the same process start time (PIDs are reused). */
        public boolean live() {
            return ProcessHandle.of(pid).flatMap(p -> p.info().startInstant())
                    .map(s -> Math.abs(s.toEpochMilli() - ownerStarted.toEpochMilli()) < 2000).orElse(false);
        }

        public Optional<String> address(String service) {
            return Optional.ofNullable(addresses.get(service));
        }
    }

    private final Path folder;
    private final String kind;
    private final Map<String, String> addresses = new TreeMap<>();

    private RunFolder(Path folder, String kind) {
        this.folder = folder;
        this.kind = kind;
    }

    /** The folder under which every run has its own. */
    public static Path root() {
        String set = System.getProperty("claimwatch.runs.dir");
        return set != null && !set.isBlank() ? Path.of(set) : Path.of(System.getProperty("java.io.tmpdir"), "claimwatch", "runs");
    }

    /** A new run folder for this process, after removing those whose owners are gone. */
    public static RunFolder create(String kind) throws IOException {
        Path root = root();
        Files.createDirectories(root);
        FileTrees.traversable(root);
        removeDead();
        ProcessHandle self = ProcessHandle.current();
        Path folder = Files.createTempDirectory(root, kind + "-" + self.pid() + "-");
        // Elasticsearch runs as another user when we are root: it must be able to reach its folder.
        FileTrees.traversable(folder);
        RunFolder run = new RunFolder(folder, kind);
        run.writeRunFile();
        return run;
    }

    public Path path() {
        return folder;
    }

    /** A sub-folder of the run, created. */
    public Path dir(String name) throws IOException {
        Path d = folder.resolve(name);
        Files.createDirectories(d);
        FileTrees.traversable(d);
        return d;
    }

    /** Records where a service of this run listens (kafka, elasticsearch, dashboard, flink) in the run file. */
    public synchronized void publish(String service, String address) {
        addresses.put(service, address);
        try {
            writeRunFile();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run file in " + folder, e);
        }
    }

    private void writeRunFile() throws IOException {
        ProcessHandle self = ProcessHandle.current();
        ObjectNode o = JSON.createObjectNode();
        o.put("kind", kind).put("pid", self.pid())
                .put("owner_started", self.info().startInstant().orElse(Instant.EPOCH).toString());
        ObjectNode a = o.putObject("addresses");
        addresses.forEach(a::put);
        Path tmp = folder.resolve(RUN_FILE + ".tmp");
        Files.writeString(tmp, o.toPrettyString());
        try {
            Files.move(tmp, folder.resolve(RUN_FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, folder.resolve(RUN_FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Every run folder with a readable run file, newest first. */
    public static List<RunInfo> all() {
        List<RunInfo> out = new ArrayList<>();
        Path root = root();
        if (!Files.isDirectory(root)) {
            return out;
        }
        try (Stream<Path> runs = Files.list(root)) {
            for (Path f : (Iterable<Path>) runs::iterator) {
                read(f).ifPresent(out::add);
            }
        } catch (IOException e) {
            LOG.warn("cannot list run folders in {}: {}", root, e.toString());
        }
        out.sort(Comparator.comparing(RunInfo::ownerStarted).reversed());
        return out;
    }

    /** The runs whose owners are alive, newest first. */
    public static List<RunInfo> live() {
        return all().stream().filter(RunInfo::live).toList();
    }

    static Optional<RunInfo> read(Path folder) {
        Path file = folder.resolve(RUN_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            var o = JSON.readTree(file.toFile());
            Map<String, String> addresses = new TreeMap<>();
            o.path("addresses").fields().forEachRemaining(e -> addresses.put(e.getKey(), e.getValue().asText()));
            return Optional.of(new RunInfo(folder, o.path("kind").asText(), o.path("pid").asLong(),
                    Instant.parse(o.path("owner_started").asText()), addresses));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Removes the folders of runs whose owner is gone. A folder without a run file is left alone
     * unless it is older than an hour (a run that died while starting).
     */
    static void removeDead() {
        Path root = root();
        try (Stream<Path> runs = Files.list(root)) {
            for (Path f : (Iterable<Path>) runs::iterator) {
                if (!Files.isDirectory(f)) {
                    continue;
                }
                Optional<RunInfo> info = read(f);
                boolean dead = info.map(i -> !i.live()).orElseGet(() -> olderThanAnHour(f));
                if (dead) {
                    LOG.info("removing the folder of a run that ended without cleaning up: {}", f);
                    info.ifPresent(i -> EmbeddedElasticsearch.stopLeftOver(f));
                    deleteLogged(f);
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot clean old run folders in {}: {}", root, e.toString());
        }
    }

    private static boolean olderThanAnHour(Path f) {
        try {
            return Files.getLastModifiedTime(f).toInstant().isBefore(Instant.now().minusSeconds(3600));
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        deleteLogged(folder);
    }

    /** A run folder is removed as far as it can be: what is left is logged, not fatal. */
    private static void deleteLogged(Path dir) {
        FileTrees.delete(dir, (path, e) -> LOG.warn("cannot delete {}: {}", path, e.toString()));
    }
}
