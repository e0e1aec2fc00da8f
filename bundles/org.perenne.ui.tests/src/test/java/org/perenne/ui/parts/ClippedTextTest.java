/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perenne.model.edit.CanvasDocument;

/**
 * The dialogs show their whole text in French and in English (the window's views: {@link WindowLayoutsTest}); and the
 * check itself sees a cut label, button and column header.
 */
class ClippedTextTest {

    private DesktopTestBench bench;

    @AfterEach
    void close() {
        org.perenne.ui.Messages.use(Locale.FRENCH);
        if (bench != null) {
            bench.close();
        }
    }

    /**
     * The languages this run checks: French in the application's usual test run, English in a run of its own
     * started in English (the build's "in-english" execution), where EMF's labels are English too.
     */
    private static final List<Locale> LANGUAGES = java.util.Arrays.stream(System.getProperty("perenne.testLanguages", "fr,en").split(","))
            .map(Locale::forLanguageTag).toList();

    @Test
    void theNewPlaceAssistantShowsItsWholeTextInBothLanguages() throws Exception {
        for (Locale language : LANGUAGES) {
            bench = new DesktopTestBench(1280, 800, language);
            bench.open();
            NewPlaceDialog dialog = NewPlaceDialog.shown(bench.shell);
            bench.settle();
            assertEquals(3, dialog.kinds().size());
            ScreenCheck check = new ScreenCheck();
            check.check(dialog.getShell());
            assertEquals(List.of(), check.cut, "the assistant in " + language);
            bench.screenshotOf(dialog.getShell(), "screens/" + language.getLanguage() + "-new-place");
            dialog.close();
            bench.close();
            bench = null;
        }
    }

    @Test
    void theAccountMappingShowsItsWholeTextInBothLanguages(@org.junit.jupiter.api.io.TempDir java.nio.file.Path folder)
            throws Exception {
        for (Locale language : LANGUAGES) {
            bench = new DesktopTestBench(1280, 800, language);
            org.perenne.model.edit.CanvasDocument document = bench.openSample();
            bench.open();
            String header = String.join("\t", org.perenne.report.AccountsImport.FEC_COLUMNS);
            java.nio.file.Path fec = java.nio.file.Files.writeString(folder.resolve("fec-" + language + ".txt"), header + "\n"
                    + "OD\tOD\t1\t20270315\t6251\tDéplacements et missions\t\t\tP1\t20270315\ttrain\t45,60\t0,00\t\t\t20270315\t\t\n"
                    + "OD\tOD\t1\t20270315\t6132\tLocations immobilières\t\t\tP1\t20270315\tloyer\t2400,00\t0,00\t\t\t20270315\t\t\n"
                    + "OD\tOD\t1\t20270315\t512\tBanque\t\t\tP1\t20270315\ttrain\t0,00\t2445,60\t\t\t20270315\t\t\n",
                    java.nio.charset.StandardCharsets.UTF_8);
            org.perenne.ui.handlers.ImportAccountsHandler.importInto(document, fec, months -> true);
            org.perenne.simulation.actuals.AccountChart chart = new org.perenne.simulation.actuals.AccountChart(document.canvas());
            List<org.perenne.simulation.actuals.PlanVersusActual.Account> accounts = new org.perenne.simulation.actuals.PlanVersusActual(
                    document.canvas(), org.perenne.simulation.KeyFigures.of(document.canvas(), null, 0, 1, 1,
                            org.perenne.simulation.MonteCarlo.Progress.NONE).projection(), chart).accounts();
            java.util.Map<String, String> current = new java.util.LinkedHashMap<>();
            accounts.forEach(a -> current.put(a.account(), chart.mappingOf(a.account()).orElse(org.perenne.simulation.actuals.AccountChart.NONE)));
            AccountMappingDialog dialog = AccountMappingDialog.shown(bench.shell, accounts,
                    org.perenne.ui.handlers.MapAccountsHandler.choices(document.canvas()), current);
            bench.settle();
            ScreenCheck check = new ScreenCheck();
            check.check(dialog.getShell());
            assertEquals(List.of(), check.cut, "the account mapping in " + language);
            bench.screenshotOf(dialog.getShell(), "screens/" + language.getLanguage() + "-account-mapping");
            dialog.close();
            bench.close();
            bench = null;
        }
    }

    @Test
    void theCheckSeesACutLabelAButtonAndAColumnHeader() {
        bench = new DesktopTestBench(400, 300, Locale.FRENCH);
        Composite area = new Composite(bench.shell, SWT.NONE);
        Label label = new Label(area, SWT.NONE);
        label.setText("Une étiquette bien trop longue pour sa place");
        label.setBounds(0, 0, 60, 20);
        Button button = new Button(area, SWT.PUSH);
        button.setText("Un bouton trop long");
        button.setBounds(0, 30, 40, 30);
        Table table = new Table(area, SWT.BORDER);
        table.setHeaderVisible(true);
        table.setBounds(0, 70, 200, 100);
        TableColumn column = new TableColumn(table, SWT.LEFT);
        column.setText("Une colonne au titre long");
        column.setWidth(30);
        TableColumn last = new TableColumn(table, SWT.LEFT); // GTK widens the last column to the table's width
        last.setText("x");
        last.setWidth(60);
        bench.open();
        ScreenCheck check = new ScreenCheck();
        check.check(area);
        assertEquals(3, check.cut.size(), check.cut + " (" + check.texts + " looked at; the column is " + column.getWidth() + " px wide)");
    }
}
