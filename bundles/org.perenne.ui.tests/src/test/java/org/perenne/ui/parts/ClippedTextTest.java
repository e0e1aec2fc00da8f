/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perenne.model.edit.CanvasDocument;

/**
 * Every label, button, tile and column header of the parts shows its whole text, at 1280×800 and at
 * 1920×1080, in French and in English, with sample 1 open: a text wider (or, wrapped, taller) than the
 * room its control was given is a defect a user reads as a cut word.
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
    void smallScreen() throws Exception {
        for (Locale language : LANGUAGES) {
            noTextIsCut(1280, 800, language.getLanguage());
            bench.close();
            bench = null;
        }
    }

    @Test
    void fullHd() throws Exception {
        for (Locale language : LANGUAGES) {
            noTextIsCut(1920, 1080, language.getLanguage());
            bench.close();
            bench = null;
        }
    }

    private void noTextIsCut(int width, int height, String language) throws Exception {
        bench = new DesktopTestBench(width, height, Locale.forLanguageTag(language));
        SashForm sides = new SashForm(bench.shell, SWT.HORIZONTAL);
        SashForm left = new SashForm(sides, SWT.VERTICAL);
        bench.part(CanvasCardsPart.class, new Composite(left, SWT.NONE));
        bench.part(DetailsPart.class, new Composite(left, SWT.NONE));
        left.setWeights(64, 36);
        org.eclipse.swt.custom.CTabFolder stack = new org.eclipse.swt.custom.CTabFolder(sides, SWT.BORDER);
        List<Composite> tabs = new ArrayList<>();
        DashboardPart dashboard = null;
        for (Class<?> part : List.of(DashboardPart.class, TablesPart.class, ActualsPart.class, ScenariosPart.class,
                SensitivityPart.class, OptimisationPart.class)) {
            Composite area = new Composite(stack, SWT.NONE);
            org.eclipse.swt.custom.CTabItem tab = new org.eclipse.swt.custom.CTabItem(stack, SWT.NONE);
            String key = part.getSimpleName().replace("Part", "").toLowerCase(Locale.ROOT);
            // the tab's title as the application's window shows it (Application.e4xmi's labels)
            tab.setText(java.util.ResourceBundle.getBundle("OSGI-INF.l10n.bundle", Locale.forLanguageTag(language),
                    DashboardPart.class.getClassLoader(),
                    java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES))
                    .getString("part." + key).strip());
            tab.setControl(area);
            area.setData("part", key);
            Object made = bench.part(part, area);
            dashboard = made instanceof DashboardPart shown ? shown : dashboard;
            tabs.add(area);
        }
        stack.setSelection(0);
        sides.setWeights(57, 43);
        CanvasDocument document = bench.openSample();
        bench.open();
        bench.session.select(document.canvas().eResource().getEObject("tier-resident"));
        DashboardPart figures = dashboard;
        bench.waitFor(() -> figures.shown() != null && figures.shown().isFinal(), Duration.ofSeconds(60),
                "the dashboard's final figures");
        List<String> cut = new ArrayList<>();
        int[] checked = { 0 };
        check(sides, cut, checked);
        // at 1280×800, a picture of every tab in each language: docs/screens/ (what the user sees, looked at)
        boolean pictures = width == 1280;
        if (pictures) {
            bench.screenshot("screens/" + language + "-" + tabs.get(0).getData("part"));
        }
        for (int t = 1; t < tabs.size(); t++) {
            stack.setSelection(t);
            bench.settle();
            check(tabs.get(t), cut, checked);
            if (pictures) {
                bench.screenshot("screens/" + language + "-" + tabs.get(t).getData("part"));
            }
        }
        assertTrue(checked[0] > 40, "only " + checked[0] + " texts were looked at");
        assertEquals(List.of(), cut, cut.size() + " texts cut at " + width + "×" + height + " in " + language);
    }

    @Test
    void theNewPlaceAssistantShowsItsWholeTextInBothLanguages() throws Exception {
        for (Locale language : LANGUAGES) {
            bench = new DesktopTestBench(1280, 800, language);
            bench.open();
            NewPlaceDialog dialog = NewPlaceDialog.shown(bench.shell);
            bench.settle();
            assertEquals(3, dialog.kinds().size());
            List<String> cut = new ArrayList<>();
            check(dialog.getShell(), cut, new int[1]);
            assertEquals(List.of(), cut, "the assistant in " + language);
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
            List<String> cut = new ArrayList<>();
            check(dialog.getShell(), cut, new int[1]);
            assertEquals(List.of(), cut, "the account mapping in " + language);
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
        List<String> cut = new ArrayList<>();
        int[] checked = new int[1];
        check(area, cut, checked);
        assertEquals(3, cut.size(), cut + " (" + checked[0] + " looked at; the column is " + column.getWidth() + " px wide)");
    }

    /** Whether the control lies in a scrolled composite, outside the part of it that shows. */
    private static boolean scrolledAway(Control control) {
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof org.eclipse.swt.custom.ScrolledComposite) {
                return visible(control).y < control.getSize().y;
            }
        }
        return false;
    }

    /**
     * The part of a control that shows: its size cut by every ancestor's client area (a label laid out at
     * its full width still loses what falls outside its part).
     */
    private static Point visible(Control control) {
        org.eclipse.swt.graphics.Rectangle shown = control.getDisplay().map(control.getParent(), null, control.getBounds());
        for (Composite parent = control.getParent(); parent != null; parent = parent.getParent()) {
            org.eclipse.swt.graphics.Rectangle area = control.getDisplay().map(parent, null, parent.getClientArea());
            shown = shown.intersection(area);
            if (parent instanceof org.eclipse.swt.widgets.Shell) {
                break;
            }
        }
        return new Point(Math.max(0, shown.width), Math.max(0, shown.height));
    }

    /** Walks the visible controls and notes each text that needs more room than it has. */
    private static void check(Control control, List<String> cut, int[] checked) {
        if (!control.isVisible() || control.getSize().x <= 0) {
            return;
        }
        if (control instanceof Label || control instanceof Button || control instanceof Table
                || control instanceof org.eclipse.swt.widgets.Combo) {
            checked[0]++;
        }
        if (scrolledAway(control)) {
            return; // below a scrolled form's visible part: the user scrolls to it
        }
        if (control instanceof Label label && !label.getText().isEmpty()) {
            Point size = visible(label);
            boolean wraps = (label.getStyle() & SWT.WRAP) != 0;
            Point needed = wraps ? label.computeSize(label.getSize().x, SWT.DEFAULT) : label.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            if (wraps ? needed.y > label.getSize().y + 1 || size.x + 1 < label.getSize().x : needed.x > size.x + 1) {
                cut.add("label «" + label.getText() + "» needs " + needed + ", has " + size);
            }
        } else if (control instanceof Button button && !button.getText().isEmpty()
                && (button.getStyle() & (SWT.PUSH | SWT.CHECK | SWT.RADIO)) != 0) {
            Point needed = button.computeSize(SWT.DEFAULT, SWT.DEFAULT);
            if (needed.x > visible(button).x + 1) {
                cut.add("button «" + button.getText() + "» needs " + needed.x + " px, has " + visible(button).x);
            }
        } else if (control instanceof org.eclipse.swt.widgets.Combo combo && !combo.getText().isEmpty()) {
            // the choice shown must be read whole beside the arrow
            GC gc = new GC(combo);
            try {
                int needed = gc.textExtent(combo.getText()).x + 36;
                if (needed > visible(combo).x + 1) {
                    cut.add("list «" + combo.getText() + "» needs " + needed + " px, has " + visible(combo).x);
                }
            } finally {
                gc.dispose();
            }
        } else if (control instanceof Table table && table.getHeaderVisible()) {
            GC gc = new GC(table);
            try {
                for (TableColumn column : table.getColumns()) {
                    int needed = gc.textExtent(column.getText()).x + 12;
                    if (needed > column.getWidth()) {
                        cut.add("column «" + column.getText() + "» needs " + needed + " px, has " + column.getWidth());
                    }
                }
            } finally {
                gc.dispose();
            }
        } else if (control instanceof Table list && list.getColumnCount() == 0) {
            // a list of one column (the canvas's cards): a row too long ends with "…" and shows whole on hover
            GC gc = new GC(list);
            try {
                for (org.eclipse.swt.widgets.TableItem row : list.getItems()) {
                    int room = list.getClientArea().width - Math.max(0, row.getTextBounds(0).x);
                    boolean shortened = row.getText().endsWith("…") && row.getData(FittedItems.WHOLE) instanceof String;
                    if (gc.textExtent(row.getText()).x > room && !shortened) {
                        cut.add("row «" + row.getText() + "» needs " + gc.textExtent(row.getText()).x + " px, has " + room);
                    }
                }
            } finally {
                gc.dispose();
            }
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                check(child, cut, checked);
            }
        }
    }
}
