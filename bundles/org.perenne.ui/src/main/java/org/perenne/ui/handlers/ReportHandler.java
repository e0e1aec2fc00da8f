/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.perenne.model.Canvas;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.report.CsvExport;
import org.perenne.report.ReportFigures;
import org.perenne.report.ReportText;
import org.perenne.report.WorkbookExport;
import org.perenne.report.WorkshopReport;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.RiskSettings;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.FileChooser;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

/**
 * File › Export a report: the workshop report (PDF), the spreadsheet (xlsx) or the CSV tables of the
 * canvas as it is, in the interface's language; computed and written in a job.
 */
public final class ReportHandler {

    /** Paths drawn for the report's risk and fan, as on the command line. */
    private static final String[] EXTENSIONS = { "*.pdf", "*.xlsx", "*.csv" };

    @CanExecute
    public boolean canExecute(CanvasSession session) {
        return session.document().isPresent();
    }

    @Execute
    public void execute(Shell shell, CanvasSession session, UISynchronize ui) {
        CanvasDocument document = session.document().orElse(null);
        if (document == null) {
            return;
        }
        if (document.validate().getSeverity() >= Diagnostic.ERROR) {
            MessageDialog.openInformation(shell, Messages.get("report.title"), Messages.get("dashboard.invalid"));
            return;
        }
        String stem = document.file() == null ? document.canvas().getName()
                : document.file().getFileName().toString().replaceFirst("\\.perenne$", "");
        Optional<FileChooser.Saved> saved = CanvasDialogs.files().toSave(shell, Messages.get("report.title"), List.of(
                new FileChooser.Filter("*.pdf", Messages.get("report.pdf")), new FileChooser.Filter("*.xlsx", Messages.get("report.xlsx")),
                new FileChooser.Filter("*.csv", Messages.get("report.csv"))),
                document.file() == null ? null : document.file().toAbsolutePath().getParent(), CanvasDialogs.fileName(stem, ".pdf"));
        if (saved.isEmpty()) {
            return;
        }
        String extension = EXTENSIONS[Math.min(EXTENSIONS.length - 1, saved.get().filter())].substring(1);
        Path target = withExtension(saved.get().path(), extension);
        if (Files.exists(written(extension, target)) && !CanvasDialogs.ask(shell, Messages.get("report.title"),
                Messages.get("dialog.save.overwrite", written(extension, target).getFileName()))) {
            return;
        }
        // a copy: the job reads it while the user goes on editing the canvas
        Canvas canvas = EcoreUtil.copy(document.canvas());
        Job.create(Messages.get("report.job", target.getFileName()), (IProgressMonitor monitor) -> {
            monitor.beginTask(Messages.get("report.job", target.getFileName()), IProgressMonitor.UNKNOWN);
            try {
                write(canvas, extension, target);
                ui.asyncExec(() -> CanvasDialogs.offerToOpen(shell, Messages.get("report.title"),
                        Messages.get("report.done", written(extension, target)), Messages.get("report.open"), written(extension, target)));
            } catch (IOException | RuntimeException e) {
                ui.asyncExec(() -> MessageDialog.openError(shell, Messages.get("report.title"),
                        Messages.get("report.failed", target, String.valueOf(e.getLocalizedMessage()))));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /**
     * The file chosen with the extension of the kind chosen: a name that ends with another report's extension (the
     * dialog proposed ".pdf", then the user chose the spreadsheet) gets its own in its place, never after it.
     */
    static Path withExtension(Path chosen, String extension) {
        String name = chosen.getFileName().toString().replaceFirst("(?i)\\.(pdf|xlsx|csv)$", "");
        return chosen.resolveSibling(name + extension);
    }

    /** What a choice writes: the file itself, or for CSV a folder of tables named after it ("budget.csv" → "budget-csv"). */
    static Path written(String extension, Path target) {
        return extension.equals(".csv")
                ? target.resolveSibling(target.getFileName().toString().replaceFirst("\\.csv$", "") + "-csv")
                : target;
    }

    /** Writes the report in the format of the extension; a CSV choice writes a folder of tables named after the file. */
    static void write(Canvas canvas, String extension, Path target) throws IOException {
        ReportFigures figures = new ReportFigures(canvas, null, KeyFigures.DEFAULT_RUNS, KeyFigures.DEFAULT_SEED,
                RiskSettings.processors(),
                LocalDate.now());
        ReportText text = new ReportText(Messages.locale());
        switch (extension) {
            case ".xlsx" -> WorkbookExport.write(figures, text, target);
            case ".csv" -> CsvExport.write(figures.tables(text), written(extension, target));
            default -> new WorkshopReport(figures, text).write(target);
        }
    }
}
