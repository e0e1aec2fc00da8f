/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.perenne.model.ActualAccounts;
import org.perenne.model.FigureFormat;
import org.perenne.model.PerennePackage;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.report.AccountsImport;
import org.perenne.report.ReportText;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

/**
 * File › Import actual accounts: the FEC of the accounting software (or a CSV of monthly totals) kept
 * with the canvas as one edit (Ctrl+Z takes it back), after asking before months already imported are
 * replaced; a file with a problem imports nothing and says what is wrong on which line. The Tables view
 * then shows plan versus actual.
 */
public final class ImportAccountsHandler {

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
        Path chosen = ImportHandler.chosenFile(shell, Messages.get("importAccounts.title"), "*.txt;*.csv;*.fec",
                Messages.get("importAccounts.filter"));
        if (chosen == null) {
            return;
        }
        try {
            String done = importInto(document, chosen, months -> MessageDialog.openQuestion(shell,
                    Messages.get("importAccounts.title"), Messages.get("importAccounts.replace", months)));
            if (done != null) {
                MessageDialog.openInformation(shell, Messages.get("importAccounts.title"), done);
            }
        } catch (ImportHandler.ImportRefused e) {
            MessageDialog.openError(shell, Messages.get("importAccounts.title"), e.getMessage());
        }
    }

    /**
     * Imports a file's accounts into the canvas as one command: what was imported, in words, or null when
     * the user chose not to replace months already imported ({@code replace} is asked with those months).
     */
    public static String importInto(CanvasDocument document, Path file, Predicate<String> replace) throws ImportHandler.ImportRefused {
        AccountsImport.Result result;
        try {
            result = AccountsImport.read(file, document.canvas(), new ReportText(Messages.locale()));
        } catch (IOException e) {
            throw new ImportHandler.ImportRefused(Messages.get("import.unreadable", file.getFileName(), e.getLocalizedMessage()));
        }
        if (!result.isClean()) {
            throw new ImportHandler.ImportRefused(Messages.get("importAccounts.refused", file.getFileName()) + "\n\n"
                    + String.join("\n", result.problems().subList(0, Math.min(20, result.problems().size())))
                    + (result.problems().size() > 20 ? "\n…" : ""));
        }
        FigureFormat figures = FigureFormat.of(Messages.locale());
        ActualAccounts existing = document.canvas().getActuals();
        Set<YearMonth> again = AccountsImport.overlap(existing, result.accounts());
        if (!again.isEmpty() && !replace.test(again.stream().map(figures::month).collect(Collectors.joining(", ")))) {
            return null;
        }
        ActualAccounts merged = AccountsImport.merged(existing, result.accounts());
        document.execute(SetCommand.create(document.editingDomain(), document.canvas(), PerennePackage.Literals.CANVAS__ACTUALS,
                merged));
        TreeSet<YearMonth> months = new TreeSet<>();
        result.accounts().getBalances().forEach(balance -> months.add(balance.getMonth()));
        result.accounts().getCash().forEach(cash -> months.add(cash.getMonth()));
        return months.isEmpty() ? Messages.get("importAccounts.empty")
                : Messages.get("importAccounts.done", result.accounts().getBalances().size(), figures.month(months.first()),
                        figures.month(months.last()));
    }
}
