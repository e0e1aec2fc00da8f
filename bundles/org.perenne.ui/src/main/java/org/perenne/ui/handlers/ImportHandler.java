/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.model.io.SafeFiles;
import org.perenne.report.CsvImport;
import org.perenne.report.ReportText;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.FileChooser;
import org.perenne.ui.Messages;

/**
 * File › Import offers or costs (CSV): the rows of a spreadsheet added to the canvas as one edit
 * (one Ctrl+Z takes them all back); a file with a bad row adds nothing and says what is wrong where.
 */
public final class ImportHandler {

    @CanExecute
    public boolean canExecute(CanvasSession session) {
        return session.document().isPresent();
    }

    @Execute
    public void execute(Shell shell, CanvasSession session) {
        CanvasDocument document = session.document().orElse(null);
        if (document == null) {
            return;
        }
        Path chosen = chosenFile(shell, Messages.get("import.title"), "*.csv", Messages.get("import.filter"));
        if (chosen == null) {
            return;
        }
        try {
            int added = importInto(document, chosen);
            MessageDialog.openInformation(shell, Messages.get("import.title"), Messages.get("import.done", added));
        } catch (ImportRefused e) {
            MessageDialog.openError(shell, Messages.get("import.title"), e.getMessage());
        }
    }

    /** The file the user picks to import (files of {@code extensions}, or any), or null when they cancel. */
    static Path chosenFile(Shell shell, String title, String extensions, String filterName) {
        return CanvasDialogs.files().toOpen(shell, title, java.util.List.of(new FileChooser.Filter(extensions, filterName),
                new FileChooser.Filter("*.*", Messages.get("import.all")))).orElse(null);
    }

    /** Why a file added nothing, in words for the user. */
    public static final class ImportRefused extends Exception {
        private static final long serialVersionUID = 1L;

        ImportRefused(String message) {
            super(message);
        }
    }

    /** Adds a file's offers and costs to the canvas as one command; the number added. */
    static int importInto(CanvasDocument document, Path file) throws ImportRefused {
        CsvImport.Result result;
        try {
            result = CsvImport.read(file, document.canvas(), new ReportText(Messages.locale()));
        } catch (IOException e) {
            throw new ImportRefused(Messages.get("import.unreadable", file.getFileName(), SafeFiles.explain(e, Messages.locale())));
        }
        if (!result.isClean()) {
            throw new ImportRefused(Messages.get("import.refused", file.getFileName()) + "\n\n"
                    + String.join("\n", result.problems().subList(0, Math.min(20, result.problems().size())))
                    + (result.problems().size() > 20 ? "\n…" : ""));
        }
        CompoundCommand all = new CompoundCommand(Messages.get("import.title"));
        for (CsvImport.Addition addition : result.additions()) {
            all.append(AddCommand.create(document.editingDomain(), addition.owner(), addition.feature(), addition.item()));
        }
        document.execute(all);
        return result.additions().size();
    }
}
