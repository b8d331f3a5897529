package io.claimwatch.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/** Folder trees of the embedded stack: removing them, and opening them to the unprivileged user. */
final class FileTrees {

    private FileTrees() {}

    /** Removes the tree; the first file that cannot be removed fails it (a node must not start on leftovers). */
    static void delete(Path dir) {
        delete(dir, (p, e) -> {
            throw new UncheckedIOException("cannot delete " + p, e);
        });
    }

    /** Removes the tree, going on past files that cannot be removed; each is handed to {@code failed}. */
    static void delete(Path dir, BiConsumer<Path, IOException> failed) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    failed.accept(p, e);
                }
            });
        } catch (IOException e) {
            failed.accept(dir, e);
        } catch (UncheckedIOException e) { // the walk itself, e.g. a folder removed meanwhile
            failed.accept(dir, e.getCause());
        }
    }

    /** rwxr-xr-x: Elasticsearch runs as another user and must reach its folders through ours. */
    static void traversable(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
