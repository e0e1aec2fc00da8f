/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.model.io.SafeFiles;

/** The dialogs around opening and saving: file choosers, errors, unsaved changes. */
public final class CanvasDialogs {

    /** Where files and folders are chosen: the system's dialogs, unless a test answers them. */
    private static FileChooser files = FileChooser.SYSTEM;

    private CanvasDialogs() {
    }

    /** Where every file or folder of the application is chosen. */
    public static FileChooser files() {
        return files;
    }

    /** Chooses files another way (the tests that walk every path answer in advance). */
    public static void useFiles(FileChooser chooser) {
        files = chooser;
    }

    /** A file name the system accepts, from a name people gave ("La Passerelle / 2027" → "La Passerelle - 2027"). */
    public static String fileName(String name, String extension) {
        String plain = name == null || name.isBlank() ? Messages.get("title.untitled") : name.strip();
        return plain.replaceAll("[\\\\/:*?\"<>|]", "-") + extension;
    }

    /** Writes a file (a chart, a calendar, a printed week…). */
    @FunctionalInterface
    public interface FileWriting {
        void writeTo(Path file) throws IOException;
    }

    /**
     * Asks where to write a file named {@code fileName} (its extension as the filter; replacing a file is
     * confirmed), writes it there and says in plain words when that fails: the file written, or empty when the
     * user cancels or the writing failed.
     */
    public static Optional<Path> export(Shell shell, String fileName, FileWriting writing) {
        int dot = fileName.lastIndexOf('.');
        List<FileChooser.Filter> filters = dot > 0 ? List.of(new FileChooser.Filter("*" + fileName.substring(dot), fileName.substring(dot + 1)))
                : List.of();
        Optional<FileChooser.Saved> saved = files.toSave(shell, Messages.get("export.title"), filters, null, fileName);
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        String chosen = saved.get().path().toString();
        if (dot > 0 && !chosen.endsWith(fileName.substring(dot))) {
            chosen += fileName.substring(dot);
        }
        if (Files.exists(Path.of(chosen)) && !ask(shell, Messages.get("export.title"),
                Messages.get("dialog.save.overwrite", Path.of(chosen).getFileName()))) {
            return Optional.empty();
        }
        Path target = Path.of(chosen);
        try {
            writing.writeTo(target);
            return Optional.of(target);
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.get("export.failed.title"),
                    Messages.get("export.failed", target, SafeFiles.explain(e, Messages.locale())));
        } catch (RuntimeException e) {
            MessageDialog.openError(shell, Messages.get("export.failed.title"),
                    Messages.get("export.failed", target, String.valueOf(e.getLocalizedMessage())));
        }
        return Optional.empty();
    }

    /** Says where a written file is and offers to open it with the computer's application for that kind of file. */
    public static void offerToOpen(Shell shell, String title, String done, String open, Path written) {
        MessageDialog dialog = new MessageDialog(shell, title, null, done, MessageDialog.INFORMATION, 0, open, Messages.get("help.close"));
        if (dialog.open() == 0 && !org.eclipse.swt.program.Program.launch(written.toString())) {
            MessageDialog.openInformation(shell, title, Messages.get("report.cannotOpen", written));
        }
    }

    /** Asks for a canvas to open; empty when the user cancels. */
    public static Optional<Path> chooseFileToOpen(Shell shell) {
        return files.toOpen(shell, Messages.get("dialog.open.title"), List.of(new FileChooser.Filter("*.perenne", Messages.get("dialog.filter"))));
    }

    /**
     * Asks where to save, proposing the canvas's file or, for a canvas that has none yet, a file named after the place;
     * adds the .perenne extension and confirms before replacing a file.
     */
    public static Optional<Path> chooseFileToSave(Shell shell, Path current, String placeName) {
        Optional<FileChooser.Saved> saved = files.toSave(shell, Messages.get("dialog.save.title"),
                List.of(new FileChooser.Filter("*.perenne", Messages.get("dialog.filter"))),
                current == null ? null : current.toAbsolutePath().getParent(),
                current == null ? fileName(placeName, ".perenne") : String.valueOf(current.getFileName()));
        if (saved.isEmpty()) {
            return Optional.empty();
        }
        String chosen = saved.get().path().toString();
        Path target = Path.of(chosen.endsWith(".perenne") ? chosen : chosen + ".perenne");
        if (Files.exists(target) && !target.equals(current) && !CanvasDialogs.ask(shell,
                Messages.get("dialog.save.title"), Messages.get("dialog.save.overwrite", target.getFileName()))) {
            return Optional.empty();
        }
        return Optional.of(target);
    }

    /**
     * Saves to the canvas's file, or asks for one when it has none yet (a new canvas, a sample);
     * true when saved.
     */
    public static boolean save(Shell shell, CanvasDocument document, DesktopPreferences preferences) {
        if (document.file() == null) {
            return saveAs(shell, document, preferences);
        }
        return save(shell, document, document.file());
    }

    /** Asks for a file and saves there; true when saved. */
    public static boolean saveAs(Shell shell, CanvasDocument document, DesktopPreferences preferences) {
        Optional<Path> target = chooseFileToSave(shell, document.file(), document.canvas().getName());
        if (target.isEmpty() || !save(shell, document, target.get())) {
            return false;
        }
        preferences.opened(target.get());
        return true;
    }

    /** Saves, telling the user in plain words when it fails; true when saved. */
    public static boolean save(Shell shell, CanvasDocument document, Path target) {
        try {
            document.saveAs(target);
            return true;
        } catch (IOException e) {
            MessageDialog.openError(shell, Messages.get("dialog.save.title"),
                    Messages.get("dialog.save.failed", SafeFiles.explain(e, Messages.locale())));
            return false;
        } catch (RuntimeException e) {
            MessageDialog.openError(shell, Messages.get("dialog.save.title"),
                    Messages.get("dialog.save.failed", String.valueOf(e.getLocalizedMessage())));
            return false;
        }
    }

    public static void showOpeningProblem(Shell shell, Diagnostic problem) {
        StringBuilder text = new StringBuilder(String.valueOf(problem.getMessage()));
        for (Diagnostic child : problem.getChildren()) {
            text.append("\n• ").append(child.getMessage());
        }
        MessageDialog.openError(shell, Messages.get("dialog.open.failed"), text.toString());
    }

    /** A yes/no question whose buttons speak the interface's language; true for yes. */
    public static boolean ask(Shell shell, String title, String question) {
        return new MessageDialog(shell, title, null, question, MessageDialog.QUESTION, 0, Messages.get("dialog.yes"),
                Messages.get("dialog.no")).open() == 0;
    }

    /**
     * Before the open canvas is closed or replaced: when it has unsaved changes, asks whether to
     * save them. True when the caller may go on (saved, discarded, or nothing to save).
     */
    public static boolean mayDiscard(Shell shell, CanvasSession session) {
        Optional<CanvasDocument> open = session.document();
        if (open.isEmpty() || !open.get().isDirty()) {
            return true;
        }
        CanvasDocument document = open.get();
        MessageDialog dialog = new MessageDialog(shell, Messages.get("dialog.unsaved.title"), null,
                Messages.get("dialog.unsaved.message", document.file() == null ? document.canvas().getName()
                        : document.file().getFileName()), MessageDialog.QUESTION, 0,
                Messages.get("dialog.unsaved.save"), Messages.get("dialog.unsaved.discard"),
                Messages.get("dialog.unsaved.cancel"));
        return switch (dialog.open()) {
            case 0 -> save(shell, document, session.preferences());
            case 1 -> true;
            default -> false;
        };
    }
}
