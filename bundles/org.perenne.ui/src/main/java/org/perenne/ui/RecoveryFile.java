/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.io.SafeFiles;

/**
 * The copy of the open canvas written every {@value #EVERY_SECONDS} seconds while it has unsaved
 * changes, so that a crash loses at most that much work. Deleted when the canvas is saved or the
 * application closes normally; found at the next start after a crash.
 */
public final class RecoveryFile {

    /** Seconds between two recovery copies. */
    public static final int EVERY_SECONDS = 20;

    /** A copy left by a session that did not close normally, and the file it belongs to (null: never saved). */
    public record Pending(Path copy, Path original) {
    }

    private final Path copy;
    private final Path source;

    public RecoveryFile(Path folder) {
        copy = folder.resolve("canevas-en-cours." + CanvasFiles.EXTENSION);
        source = folder.resolve("canevas-en-cours.source");
    }

    /** The recovery folder in the user's Pérenne folder (the instance area). */
    public static RecoveryFile inInstanceArea() {
        try {
            return new RecoveryFile(Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve("recovery"));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new RecoveryFile(Path.of(System.getProperty("java.io.tmpdir"), "perenne-recovery"));
        }
    }

    /** Writes the canvas's unsaved state, or forgets the copy when there is nothing unsaved. */
    public void keep(CanvasDocument document) throws IOException {
        if (!document.isDirty()) {
            clear();
            return;
        }
        Files.createDirectories(copy.getParent());
        CanvasFiles.saveCopy(document.canvas(), copy);
        Files.writeString(source, document.file() == null ? "" : document.file().toString(), StandardCharsets.UTF_8);
    }

    public Optional<Pending> pending() {
        if (!Files.isRegularFile(copy)) {
            return Optional.empty();
        }
        try {
            String original = Files.isRegularFile(source) ? SafeFiles.readText(source, 64 * 1024).trim() : "";
            return Optional.of(new Pending(copy, original.isEmpty() ? null : Path.of(original)));
        } catch (IOException e) {
            return Optional.of(new Pending(copy, null));
        }
    }

    public void clear() {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(source);
        } catch (IOException e) {
            // an unreadable copy is offered again at the next start, and can be declined then
        }
    }
}
