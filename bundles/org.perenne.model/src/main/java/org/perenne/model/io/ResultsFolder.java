/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * The one way Pérenne writes a command's results: the files of a folder, and the files it writes elsewhere
 * with them (a canvas saved with {@code --apply}, a calendar), all in place or none. The files are first
 * written into a hidden folder inside the results folder (so on its own file system, whatever links or mount
 * points lead to it); {@link #complete()} then checks every target (a folder, a device or a pipe where a file
 * goes is refused before anything moves), moves each file in, keeping the version it replaces, then puts the
 * other files in place; if anything fails, what was moved is put back and the exception says so, or names the
 * files that could not be put back. What an interrupted run (kill -9) left is removed by the next one.
 */
public final class ResultsFolder implements AutoCloseable {

    /** The hidden folder a run writes into, inside the results folder. */
    private static final String STAGING = ".perenne-results.";

    private final Path folder;
    private final Path staging;
    /** The folders this run created, outermost first, when the results folder did not exist (removed again if the run fails). */
    private final List<Path> created = new ArrayList<>();
    private final List<SafeFiles.Pending> others = new ArrayList<>();
    private boolean completed;

    /**
     * Opens the results folder {@code folder} (created when missing).
     *
     * @throws SafeFiles.Refused when {@code folder} is a file, not a folder, or the root of a disk
     */
    public ResultsFolder(Path folder) throws IOException {
        Path given = folder.toAbsolutePath().normalize();
        if (given.getParent() == null || Files.exists(given) && given.toRealPath().getParent() == null) {
            throw new SafeFiles.Refused(given, SafeFiles.Refused.Reason.ROOT, 0);
        }
        if (Files.exists(given) && !Files.isDirectory(given)) {
            throw new SafeFiles.Refused(given, SafeFiles.Refused.Reason.NOT_A_FOLDER, 0);
        }
        for (Path up = given; up != null && !Files.exists(up, LinkOption.NOFOLLOW_LINKS); up = up.getParent()) {
            created.add(0, up);
        }
        Files.createDirectories(given);
        this.folder = given.toRealPath();
        removeLeftovers();
        this.staging = Files.createDirectory(this.folder.resolve(STAGING + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE) + ".tmp"));
    }

    /** The results folder (links followed). */
    public Path folder() {
        return folder;
    }

    /** Where to write the file {@code name} of the results. */
    public Path file(String name) {
        return staging.resolve(name);
    }

    /**
     * A file written outside the folder with the results, put in place by {@link #complete()} with them (all
     * or none); its content is written now, beside it.
     *
     * @param keepBackup keep the version it replaces as NAME.bak (a canvas)
     */
    public void alsoWrite(Path file, SafeFiles.Content content, boolean keepBackup) throws IOException {
        others.add(SafeFiles.prepare(file, content, keepBackup).undoable());
    }

    /**
     * Puts every file in place, each replacing the one of its name: all of them, or none.
     *
     * @throws NotWritten saying what is unchanged (everything, when the files could be put back)
     */
    public List<Path> complete() throws IOException {
        List<Path> staged;
        try (Stream<Path> files = Files.list(staging)) {
            staged = files.sorted().toList();
        }
        for (Path file : staged) {
            Path target = folder.resolve(file.getFileName());
            boolean aFolder = Files.isDirectory(file);
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && (aFolder ? !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
                    : !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(target))) {
                throw new NotWritten(folder, new SafeFiles.Refused(target,
                        Files.isDirectory(target) ? SafeFiles.Refused.Reason.FOLDER : SafeFiles.Refused.Reason.NOT_A_FILE, 0), List.of());
            }
        }
        Path previous = Files.createDirectory(staging.resolve(".previous"));
        Deque<Move> done = new ArrayDeque<>();
        Deque<SafeFiles.Pending> committed = new ArrayDeque<>();
        List<Path> written = new ArrayList<>();
        try {
            for (Path file : staged) {
                Path target = folder.resolve(file.getFileName());
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    done.push(new Move(target, previous.resolve(file.getFileName())).run());
                }
                done.push(new Move(file, target).run());
                written.add(target);
            }
            for (SafeFiles.Pending other : others) {
                other.commit();
                committed.push(other);
                written.add(other.target());
            }
        } catch (IOException | RuntimeException failure) {
            List<Path> notPutBack = new ArrayList<>();
            for (SafeFiles.Pending other : committed) {
                try {
                    other.undo();
                } catch (IOException e) {
                    notPutBack.add(other.target());
                }
            }
            for (Move move : done) {
                try {
                    move.undo();
                } catch (IOException e) {
                    notPutBack.add(move.to());
                }
            }
            throw new NotWritten(folder, failure instanceof IOException io ? io : new IOException(failure), notPutBack);
        }
        completed = true;
        return written;
    }

    /** A rename within the results folder's file system, and its reverse. */
    private record Move(Path from, Path to) {
        Move run() throws IOException {
            Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return this;
        }

        void undo() throws IOException {
            Files.move(to, from, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Removes the hidden folder and the files written beside others; a failed run also removes the folder it created. */
    @Override
    public void close() throws IOException {
        for (SafeFiles.Pending other : others) {
            other.close();
        }
        deleteTree(staging);
        for (int i = created.size() - 1; i >= 0 && !completed; i--) {
            try (Stream<Path> left = Files.list(created.get(i))) {
                if (left.findAny().isPresent()) {
                    break;
                }
            }
            Files.delete(created.get(i));
        }
    }

    /** Removes the hidden folders of runs that were interrupted before they could clean up. */
    private void removeLeftovers() throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, STAGING + "*.tmp")) {
            for (Path leftover : leftovers) {
                deleteTree(leftover);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /**
     * The results could not all be put in place: what was moved was put back, except {@link #notPutBack()}
     * (empty when nothing changed).
     */
    public static final class NotWritten extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient Path folder;
        private final transient List<Path> notPutBack;

        NotWritten(Path folder, IOException cause, List<Path> notPutBack) {
            super(cause.getMessage(), cause);
            this.folder = folder;
            this.notPutBack = List.copyOf(notPutBack);
        }

        /** The files that changed and could not be put back. */
        public List<Path> notPutBack() {
            return notPutBack;
        }

        String explain(IoMessages messages) {
            String why = SafeFiles.explain((IOException) getCause(), messages.locale());
            return notPutBack.isEmpty() ? messages.format("io.results.unchanged", folder, why)
                    : messages.format("io.results.changed", folder, why, String.join(", ", notPutBack.stream().map(Path::toString).toList()));
        }
    }
}
