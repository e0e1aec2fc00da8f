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
        try (Pending pending = prepare(file, content, keepBackup, wrapper)) {
            pending.commit();
        }
    }

    /**
     * Writes the new content of {@code file} beside it, to be put in place by {@link Pending#commit()} (with
     * other files, all or none: {@link ResultsFolder}); nothing of {@code file} is touched yet.
     *
     * @throws Refused when {@code file} exists and is not a regular file (a device, a pipe, a folder)
     */
    public static Pending prepare(Path file, Content content, boolean keepBackup) throws IOException {
        return prepare(file, content, keepBackup, out -> out);
    }

    static Pending prepare(Path file, Content content, boolean keepBackup, UnaryOperator<OutputStream> wrapper)
            throws IOException {
        Path target = realPath(file);
        refuseIfNotAFile(target);
        Files.createDirectories(target.getParent());
        removeLeftovers(target);
        Path temporary = temporaryFor(target);
        try {
            try (OutputStream out = wrapper.apply(Files.newOutputStream(temporary, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            force(temporary);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new Pending(target, temporary, keepBackup, wrapper);
    }

    /**
     * A file's new content written beside it, not yet in place: {@link #commit()} puts it in place in one
     * rename (after keeping the previous version as a backup when asked); {@link #undo()} puts the previous
     * version back after a commit, when asked for beforehand with {@link #undoable()}; closing removes what
     * is left beside the file.
     */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temporary;
        private final boolean keepBackup;
        private final UnaryOperator<OutputStream> wrapper;
        private boolean undoable;
        private boolean existed;
        private boolean committed;
        /** The version replaced, kept until the commit is final (a hard link to it, or a copy). */
        private Path previous;

        private Pending(Path target, Path temporary, boolean keepBackup, UnaryOperator<OutputStream> wrapper) {
            this.target = target;
            this.temporary = temporary;
            this.keepBackup = keepBackup;
            this.wrapper = wrapper;
        }

        /** The file this writes (links followed). */
        public Path target() {
            return target;
        }

        /** Keeps the version the commit replaces until this is closed, so that {@link #undo()} can put it back. */
        public Pending undoable() {
            undoable = true;
            return this;
        }

        /** Puts the new content in place; the file is either the previous version or the new one, never a mix. */
        public void commit() throws IOException {
            refuseIfNotAFile(target);
            existed = Files.exists(target);
            Path backupTemporary = null;
            try {
                if (existed) {
                    copyPermissions(target, temporary);
                }
                if (keepBackup && existed) {
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
                if (undoable && existed) {
                    previous = keep(target);
                }
                replace(temporary, target);
                committed = true;
                forceFolder(target.getParent());
            } finally {
                if (backupTemporary != null) {
                    Files.deleteIfExists(backupTemporary);
                }
            }
        }

        /** Puts back the version a commit replaced (or removes the file it created). */
        public void undo() throws IOException {
            if (!committed) {
                return;
            }
            if (previous != null) {
                replace(previous, target);
                previous = null;
            } else if (!existed) {
                Files.deleteIfExists(target);
            }
            committed = false;
        }

        @Override
        public void close() throws IOException {
            Files.deleteIfExists(temporary);
            if (previous != null) {
                Files.deleteIfExists(previous);
            }
        }
    }

    /** Another name for the content of {@code file}, beside it: a hard link, or a copy where links are not allowed. */
    private static Path keep(Path file) throws IOException {
        Path kept = file.resolveSibling("." + file.getFileName() + "." + ThreadLocalRandom.current().nextLong(Long.MAX_VALUE) + ".old");
        try {
            return Files.createLink(kept, file);
        } catch (UnsupportedOperationException | IOException noLinksHere) {
            return Files.copy(file, kept, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /**
     * Reads a whole file: only a regular file (or a link to one), never a device, a pipe or a folder, and no
     * more than {@code maxBytes}, counted while reading (a device may say it holds nothing).
     *
     * @throws Refused when it is not a regular file, or holds more than {@code maxBytes}
     */
    public static byte[] read(Path file, long maxBytes) throws IOException {
        if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
        }
        if (!Files.isRegularFile(file)) {
            throw new Refused(file, Files.isDirectory(file) ? Refused.Reason.FOLDER : Refused.Reason.NOT_A_FILE, maxBytes);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16));
            if (bytes.length > maxBytes) {
                throw new Refused(file, Refused.Reason.TOO_LARGE, maxBytes);
            }
            return bytes;
        }
    }

    /**
     * Reads a whole text file in UTF-8 as {@link #read} does.
     *
     * @throws Refused when it is not a regular file, holds more than {@code maxBytes}, or is not UTF-8 text
     */
    public static String readText(Path file, long maxBytes) throws IOException {
        byte[] bytes = read(file, maxBytes);
        try {
            String text = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                throw new java.nio.charset.CharacterCodingException();
            }
            return text;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new Refused(file, Refused.Reason.NOT_TEXT, maxBytes);
        }
    }

    /** Refuses to write over anything but a regular file: a device, a pipe or a folder stays what it is. */
    static void refuseIfNotAFile(Path target) throws Refused {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new Refused(target, Files.isDirectory(target) ? Refused.Reason.FOLDER : Refused.Reason.NOT_A_FILE, 0);
        }
    }

    /** A file Pérenne will not read or write: a device, a pipe or a folder where a file is expected, or one too large. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        /** Why the file is refused. */
        public enum Reason {
            /** A device, a pipe or a socket: not a file of the user. */
            NOT_A_FILE,
            /** A folder where a file is expected. */
            FOLDER,
            /** A file where a folder is expected. */
            NOT_A_FOLDER,
            /** The root of a disk, where results would mix with the system's folders. */
            ROOT,
            /** More than the limit of what Pérenne reads of that kind of file. */
            TOO_LARGE,
            /** Bytes that are not UTF-8 text where text is expected. */
            NOT_TEXT
        }

        private final transient Path file;
        private final Reason reason;
        private final long limit;

        public Refused(Path file, Reason reason, long limit) {
            super(file + ": " + reason.name().toLowerCase(Locale.ROOT).replace('_', ' '));
            this.file = file;
            this.reason = reason;
            this.limit = limit;
        }

        public Path file() {
            return file;
        }

        public Reason reason() {
            return reason;
        }

        /** The largest size read, in bytes (for {@link Reason#TOO_LARGE}). */
        public long limit() {
            return limit;
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
        if (problem instanceof Refused refused) {
            return messages.format("io.refused." + refused.reason().name().toLowerCase(Locale.ROOT), refused.file(),
                    Math.max(1, refused.limit() / (1024 * 1024)));
        }
        if (problem instanceof ResultsFolder.NotWritten notWritten) {
            return notWritten.explain(messages);
        }
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
        Pattern leftover = Pattern.compile("\\." + Pattern.quote(file.getFileName().toString()) + "(\\.bak)?\\.\\d+\\.(tmp|old)");
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

    static void replace(Path from, Path to) throws IOException {
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
