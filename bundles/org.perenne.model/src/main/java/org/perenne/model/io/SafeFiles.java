/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Files written whole or not at all, whatever fails: the new content goes to a temporary file beside
 * the real file (symbolic links are followed), is flushed to the disk, takes the permissions of the
 * file it replaces, and replaces it in one rename; the folder is then flushed too. A backup, when
 * asked for, is written the same way before the file is touched, so a full disk never costs the
 * previous backup. Temporary files left by an interrupted write are removed by the next write of the
 * same file.
 */
public final class SafeFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFiles() {
    }

    /** Writes {@code file} whole or not at all, creating its folder if needed. */
    public static void write(Path file, Content content) throws IOException {
        write(file, content, false, out -> out);
    }

    /**
     * Writes {@code file} whole or not at all; with {@code keepBackup}, the version it replaces is first
     * kept as {@link #backupOf(Path)}. {@code wrapper} wraps every stream written (tests make it fail).
     */
    static void write(Path file, Content content, boolean keepBackup, UnaryOperator<OutputStream> wrapper)
            throws IOException {
        Path target = realPath(file);
        Path folder = target.getParent();
        Files.createDirectories(folder);
        removeLeftovers(target);
        Path temporary = temporaryFor(target);
        Path backupTemporary = null;
        try {
            try (OutputStream out = wrapper.apply(Files.newOutputStream(temporary, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            force(temporary);
            boolean replaces = Files.exists(target);
            if (replaces) {
                copyPermissions(target, temporary);
            }
            if (keepBackup && replaces) {
                Path backup = backupOf(target);
                backupTemporary = temporaryFor(backup);
                try (InputStream in = Files.newInputStream(target);
                        OutputStream out = wrapper.apply(Files.newOutputStream(backupTemporary, StandardOpenOption.WRITE))) {
                    in.transferTo(out);
                }
                force(backupTemporary);
                copyPermissions(target, backupTemporary);
                replace(backupTemporary, backup);
            }
            replace(temporary, target);
            forceFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
            if (backupTemporary != null) {
                Files.deleteIfExists(backupTemporary);
            }
        }
    }

    /**
     * Why a file could not be read or written, in the user's language: « /chemin/fichier : accès
     * refusé (dossier ou fichier en lecture seule ?) », the system's own words where it gives some
     * ("No space left on device").
     */
    public static String explain(IOException problem, Locale locale) {
        IoMessages messages = new IoMessages(locale);
        String file = problem instanceof FileSystemException system && system.getFile() != null ? system.getFile() : "";
        String reason = switch (problem) {
            case AccessDeniedException denied -> messages.format("io.write.denied");
            case NoSuchFileException missing -> messages.format("io.write.missing");
            case FileAlreadyExistsException exists -> messages.format("io.write.exists");
            case FileSystemException system when system.getReason() != null -> system.getReason();
            default -> String.valueOf(problem.getLocalizedMessage());
        };
        return file.isEmpty() ? reason : messages.format("io.write.problem", file, reason);
    }

    /** The file that keeps the previous version of {@code file} after a save. */
    static Path backupOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".bak");
    }

    /** The file itself: a symbolic link (or a chain of them) is followed to the file it names. */
    static Path realPath(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute)) {
            return absolute.toRealPath();
        }
        Path folder = absolute.getParent();
        return Files.isDirectory(folder) ? folder.toRealPath().resolve(absolute.getFileName()) : absolute;
    }

    /** A new empty file beside {@code file}, created like any file of the user (not private like a temp file). */
    private static Path temporaryFor(Path file) throws IOException {
        while (true) {
            Path candidate = file.resolveSibling(
                    "." + file.getFileName() + "." + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                // another name
            }
        }
    }

    /** Removes the temporary files that interrupted writes of {@code file} (or of its backup) left behind. */
    private static void removeLeftovers(Path file) throws IOException {
        Pattern leftover = Pattern.compile("\\." + Pattern.quote(file.getFileName().toString()) + "(\\.bak)?\\.\\d+\\.tmp");
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(file.getParent(),
                sibling -> leftover.matcher(sibling.getFileName().toString()).matches())) {
            for (Path sibling : siblings) {
                Files.deleteIfExists(sibling);
            }
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source != null && target != null) {
            target.setPermissions(source.readAttributes().permissions());
        }
    }

    private static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Flushes a folder's entries (the rename) to the disk where the system allows it (not on Windows). */
    static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notAllowedHere) {
            // the rename is done; only its flush to the disk is left to the system
        }
    }
}
