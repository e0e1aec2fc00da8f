/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The folder a command writes its files into, complete or untouched: the files are first written
 * into a hidden folder beside it, and moved in only when all of them are written; a command that
 * fails on the way leaves the folder as it was (other files in it are kept).
 */
final class ResultsFolder implements AutoCloseable {

    private final Path folder;
    private final Path staging;

    ResultsFolder(Path folder) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        Files.createDirectories(this.folder.getParent());
        this.staging = Files.createDirectory(this.folder.resolveSibling(
                "." + this.folder.getFileName() + "." + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE) + ".tmp"));
    }

    /** Where to write the file {@code name} of the results. */
    Path file(String name) {
        return staging.resolve(name);
    }

    /** Where the files are written before they are moved in. */
    Path staging() {
        return staging;
    }

    /** Moves every file written into the folder, each replacing the one of the same name. */
    void complete() throws IOException {
        Files.createDirectories(folder);
        List<Path> written;
        try (Stream<Path> files = Files.list(staging)) {
            written = files.toList();
        }
        for (Path file : written) {
            Path target = folder.resolve(file.getFileName());
            if (Files.isDirectory(file)) {
                deleteTree(target);
            }
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Removes the hidden folder, with whatever a failed command left in it. */
    @Override
    public void close() throws IOException {
        deleteTree(staging);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
