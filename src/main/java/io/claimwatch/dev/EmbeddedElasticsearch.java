package io.claimwatch.dev;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch node as a child process, from Elastic's server zip on Maven Central: single
 * node, loopback only, security off, 512 MB heap. Elasticsearch refuses to run as root, so as root
 * it runs as {@code nobody} through {@code setpriv}; its home, data and config then live under the
 * system temp folder, which that user can reach. Its folder is inside a {@link RunFolder}; a pid
 * file lets the next start stop a node whose run was killed.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedElasticsearch.class);
    public static final String VERSION = "8.19.21";
    private static final String UNPRIVILEGED_USER = "nobody";
    private static final String UNPRIVILEGED_GROUP = "nogroup";

    private final Process launcher;
    private final Path nodeDir;
    private final int httpPort;

    private EmbeddedElasticsearch(Process launcher, Path nodeDir, int httpPort) {
        this.launcher = launcher;
        this.nodeDir = nodeDir;
        this.httpPort = httpPort;
    }

    /**
     * Starts a node with its data, logs and config in {@code nodeDir} (inside a run folder), on the
     * first free port of {@code ports} (e.g. "9200-9299"; Elasticsearch binds it itself, so two runs
     * never race for one port), and waits until it answers. The port is read back from the node's
     * ports file: this run only ever talks to the node it started.
     */
    public static EmbeddedElasticsearch start(Path nodeDir, String ports, Duration timeout) throws IOException, InterruptedException {
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "claimwatch");
        Files.createDirectories(base);
        FileTrees.traversable(base);
        Path home = unpackHome(base);
        FileTrees.delete(nodeDir);
        Path config = nodeDir.resolve("config");
        Files.createDirectories(config);
        FileTrees.traversable(nodeDir);
        for (String d : List.of("data", "logs", "tmp")) {
            Files.createDirectories(nodeDir.resolve(d));
        }
        try (Stream<Path> files = Files.list(home.resolve("config"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(f)) {
                    Files.copy(f, config.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        String name = nodeDir.getParent().getFileName().toString();
        Files.writeString(config.resolve("elasticsearch.yml"), String.join("\n",
                "cluster.name: claimwatch-" + name,
                "node.name: " + name,
                "path.data: " + nodeDir.resolve("data"),
                "path.logs: " + nodeDir.resolve("logs"),
                "network.host: 127.0.0.1",
                "http.port: " + ports,
                "transport.port: 0",
                "node.portsfile: true",
                "discovery.type: single-node",
                "xpack.security.enabled: false",
                "cluster.routing.allocation.disk.threshold_enabled: false",
                "action.destructive_requires_name: false",
                ""));
        boolean root = isRoot();
        if (root) {
            chownTree(nodeDir);
        }
        List<String> command = new ArrayList<>();
        if (root) {
            // --pdeathsig: if this JVM dies without closing the node (killed, or halted by a shutdown
            // safeguard), the kernel sends the launcher SIGTERM and it stops the node.
            command.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_USER, "--regid=" + UNPRIVILEGED_GROUP,
                    "--clear-groups", "--pdeathsig", "TERM", "--"));
        }
        command.add(home.resolve("bin/elasticsearch").toString());
        command.addAll(List.of("-p", nodeDir.resolve("server.pid").toString()));
        ProcessBuilder pb = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(nodeDir.resolve("logs/console.log").toFile());
        Map<String, String> env = pb.environment();
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_PATH_CONF", config.toString());
        env.put("ES_TMPDIR", nodeDir.resolve("tmp").toString());
        // The launcher's own JVM writes temp folders too (final-flags*): into the node's folder, not /tmp.
        env.put("CLI_JAVA_OPTS", "-Djava.io.tmpdir=" + nodeDir.resolve("tmp"));
        env.put("ES_JAVA_OPTS", "-Xms512m -Xmx512m -XX:-UsePerfData");
        env.remove("JAVA_TOOL_OPTIONS");
        LOG.info("starting Elasticsearch {} on 127.0.0.1, port {} (work dir {})", VERSION, ports, nodeDir);
        Process launcher = pb.start();
        EmbeddedElasticsearch node = new EmbeddedElasticsearch(launcher, nodeDir, -1);
        try {
            return node.awaitReady(timeout);
        } catch (IOException | RuntimeException | InterruptedException e) {
            node.close();
            throw e;
        }
    }

    /**
     * Stops the node a run left behind in its folder (its owner was killed before closing it): only a
     * process whose command line names that folder, never a node of another run.
     */
    static void stopLeftOver(Path runFolder) {
        Path nodeDir = runFolder.resolve("elasticsearch");
        serverProcess(nodeDir).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains(nodeDir.toString())).orElse(false))
                .ifPresent(p -> {
                    LOG.warn("stopping the Elasticsearch node (pid {}) of a run that ended without stopping it", p.pid());
                    p.destroy();
                    waitFor(p, Optional.empty());
                    if (p.isAlive()) {
                        p.destroyForcibly();
                    }
                });
    }

    /** The port of "127.0.0.1:9201" (the first loopback address of the ports file). */
    static int boundPort(String portsFile) {
        for (String line : portsFile.split("\\R")) {
            String l = line.strip();
            int colon = l.lastIndexOf(':');
            if (colon > 0) {
                try {
                    return Integer.parseInt(l.substring(colon + 1));
                } catch (NumberFormatException ignored) {
                    // a line being written
                }
            }
        }
        return -1;
    }

    public String url() {
        return "http://127.0.0.1:" + httpPort;
    }

    public int port() {
        return httpPort;
    }

    /** Waits for the ports file, then for the node to answer on the port it names. */
    private EmbeddedElasticsearch awaitReady(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Path portsFile = nodeDir.resolve("logs/http.ports");
        int port = -1;
        while (System.nanoTime() < deadline) {
            if (!launcher.isAlive()) {
                throw new IOException("Elasticsearch exited with code " + launcher.exitValue() + " during start-up:\n" + consoleTail());
            }
            if (port < 0 && Files.isRegularFile(portsFile)) {
                port = boundPort(Files.readString(portsFile));
            }
            if (port > 0) {
                EmbeddedElasticsearch ready = new EmbeddedElasticsearch(launcher, nodeDir, port);
                try {
                    HttpURLConnection c = (HttpURLConnection) URI.create(ready.url() + "/_cluster/health?wait_for_status=yellow&timeout=1s")
                            .toURL().openConnection();
                    c.setConnectTimeout(1000);
                    c.setReadTimeout(5000);
                    if (c.getResponseCode() == 200) {
                        LOG.info("Elasticsearch is up at {}", ready.url());
                        return ready;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
            }
            Thread.sleep(500);
        }
        throw new IOException("Elasticsearch did not answer within " + timeout.toSeconds() + " s:\n" + consoleTail());
    }

    private String consoleTail() {
        try {
            List<String> lines = Files.readAllLines(nodeDir.resolve("logs/console.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no console log)";
        }
    }

    @Override
    public void close() {
        Optional<ProcessHandle> server = serverProcess(nodeDir);
        launcher.destroy();
        server.ifPresent(ProcessHandle::destroy);
        waitFor(launcher.toHandle(), server);
        if (launcher.isAlive()) {
            launcher.destroyForcibly();
        }
        server.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
        try {
            Files.deleteIfExists(nodeDir.resolve("server.pid"));
        } catch (IOException ignored) {
            // the next start cleans it up
        }
    }

    private static void waitFor(ProcessHandle launcher, Optional<ProcessHandle> server) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && (launcher.isAlive() || server.map(ProcessHandle::isAlive).orElse(false))) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Optional<ProcessHandle> serverProcess(Path nodeDir) {
        Path pidFile = nodeDir.resolve("server.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            return ProcessHandle.of(pid).filter(p -> p.info().commandLine().map(c -> c.contains("elasticsearch")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The server zip, unpacked once per version into the temp folder with readable permissions. */
    static Path unpackHome(Path base) throws IOException {
        // Two runs starting at once must not unpack over each other: one unpacks, the other waits.
        try (java.nio.channels.FileChannel lock = java.nio.channels.FileChannel.open(base.resolve(".unpack.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock held = lock.lock()) {
            return unpackHomeLocked(base);
        }
    }

    private static Path unpackHomeLocked(Path base) throws IOException {
        Path home = base.resolve("elasticsearch-" + VERSION);
        Path marker = home.resolve(".unpacked");
        if (Files.exists(marker)) {
            return home;
        }
        Path zip = locateZip();
        LOG.info("unpacking {} into {}", zip, base);
        Path staging = Files.createTempDirectory(base, "unpack-");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new IOException("zip entry outside its folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        Path unpacked = staging.resolve("elasticsearch-" + VERSION);
        FileTrees.traversable(staging);
        try (Stream<Path> all = Files.walk(unpacked)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                boolean exec = Files.isDirectory(p) || p.getParent().getFileName().toString().equals("bin");
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(exec ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        FileTrees.delete(home);
        Files.move(unpacked, home);
        FileTrees.delete(staging);
        Files.writeString(marker, VERSION);
        return home;
    }

    /** The zip: -Dclaimwatch.es.zip, target/ of the project, or the local Maven repository. */
    static Path locateZip() {
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty("claimwatch.es.zip")).map(Path::of).ifPresent(candidates::add);
        Optional.ofNullable(System.getenv("CLAIMWATCH_ES_ZIP")).map(Path::of).ifPresent(candidates::add);
        String zipName = "elasticsearch-" + VERSION + ".zip";
        candidates.add(Path.of("target", zipName));
        candidates.add(Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "elasticsearch",
                "distribution", "integ-test-zip", "elasticsearch", VERSION, zipName));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() ->
                new IllegalStateException("Elasticsearch server zip not found (looked at " + candidates
                        + "); build the project with 'mvn package' first, which downloads it"));
    }

    private static boolean isRoot() {
        try {
            Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
            try (InputStream in = p.getInputStream()) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip().equals("0");
            }
        } catch (IOException e) {
            return false;
        }
    }

    private static void chownTree(Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("chown", "-R", UNPRIVILEGED_USER + ":" + UNPRIVILEGED_GROUP, dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("cannot hand " + dir + " to user " + UNPRIVILEGED_USER + ": " + out);
        }
    }
}
