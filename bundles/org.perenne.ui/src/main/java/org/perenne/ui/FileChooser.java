/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Where the user picks a file or a folder: the system's own dialogs ({@link #SYSTEM}), or, in the tests that walk
 * every path of the application, answers given in advance (the system's dialogs cannot be answered from a test).
 * Every choice of a file in Pérenne goes through {@link CanvasDialogs#files()}.
 */
public interface FileChooser {

    /** A kind of file offered: its pattern ({@code *.csv}) and what it is called ("Tableur (xlsx)"). */
    record Filter(String pattern, String name) {
    }

    /** The file chosen to write, and which of the kinds offered was chosen with it. */
    record Saved(Path path, int filter) {
    }

    /** A file to read, of one of {@code filters}; empty when the user cancels. */
    Optional<Path> toOpen(Shell shell, String title, List<Filter> filters);

    /** Where to write, proposing {@code name} in {@code folder} (null: where the system likes); empty when cancelled. */
    Optional<Saved> toSave(Shell shell, String title, List<Filter> filters, Path folder, String name);

    /** A folder; empty when cancelled. */
    Optional<Path> folder(Shell shell, String message);

    /** The system's dialogs. */
    FileChooser SYSTEM = new FileChooser() {
        @Override
        public Optional<Path> toOpen(Shell shell, String title, List<Filter> filters) {
            FileDialog dialog = new FileDialog(shell, SWT.OPEN);
            dialog.setText(title);
            dialog.setFilterExtensions(filters.stream().map(Filter::pattern).toArray(String[]::new));
            dialog.setFilterNames(filters.stream().map(Filter::name).toArray(String[]::new));
            return Optional.ofNullable(dialog.open()).map(Path::of);
        }

        @Override
        public Optional<Saved> toSave(Shell shell, String title, List<Filter> filters, Path folder, String name) {
            FileDialog dialog = new FileDialog(shell, SWT.SAVE);
            dialog.setText(title);
            dialog.setFilterExtensions(filters.stream().map(Filter::pattern).toArray(String[]::new));
            dialog.setFilterNames(filters.stream().map(Filter::name).toArray(String[]::new));
            if (folder != null) {
                dialog.setFilterPath(folder.toString());
            }
            dialog.setFileName(name);
            String chosen = dialog.open();
            return chosen == null ? Optional.empty() : Optional.of(new Saved(Path.of(chosen), Math.max(0, dialog.getFilterIndex())));
        }

        @Override
        public Optional<Path> folder(Shell shell, String message) {
            DirectoryDialog dialog = new DirectoryDialog(shell);
            dialog.setMessage(message);
            return Optional.ofNullable(dialog.open()).map(Path::of);
        }
    };
}
