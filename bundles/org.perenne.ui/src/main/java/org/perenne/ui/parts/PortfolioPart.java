/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.perenne.simulation.KeyFigureRows;
import org.perenne.charts.ChartText;
import org.perenne.charts.PortfolioScatterChart;
import org.perenne.model.edit.EditVocabulary;
import org.perenne.model.io.SafeFiles;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.report.PortfolioTables;
import org.perenne.report.PublishedGrantsFile;
import org.perenne.report.ReportTable;
import org.perenne.report.ReportText;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.RiskSettings;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.Portfolio;
import org.perenne.simulation.portfolio.StressTest;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.FileChooser;
import org.perenne.ui.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * A funder's portfolio (for the local authorities that fund many places): a folder of canvases, the
 * funder looked at, a stress test, the minimum envelope and the funder's published grants; what the stress
 * test causes in words (the headline of {@link PortfolioTables#stressHeadline}), the places' tables (the
 * command line's files, sortable by any column) and the scatter of the funder's share against the risk. The
 * analysis runs in a job that can be stopped; the computing is {@link Portfolio}'s.
 */
public final class PortfolioPart {

    /** The stress tests offered, "none" first. */
    private static final List<StressTest.Kind> STRESS_KINDS = List.of(StressTest.Kind.CUT, StressTest.Kind.STOP,
            StressTest.Kind.DELAY, StressTest.Kind.RENEWAL);

    @Inject
    private UISynchronize ui;

    private Composite parent;
    private Label folderLabel;
    private Combo funder;
    private Combo stressKind;
    private Text stressValue;
    private Text stressYear;
    private Button envelope;
    private Button analyse;
    private Button stop;
    private Label status;
    private Combo tableChoice;
    private Button sameFunder;
    private Table table;
    private Scrolling scroll;
    private ChartCanvas scatter;
    /** The names of the scatter's numbered points, when the places are too many to name on the chart. */
    private Label scatterKey;
    private Path folder;
    /** The funder published grants file to compare with, or null. */
    private Path published;
    /** What each entry of the funder list chooses: null for every funder. */
    private final List<Portfolio.FunderChoice> funderChoices = new ArrayList<>();
    private int runs = KeyFigures.DEFAULT_RUNS;
    private Job running;
    private PortfolioTables results;
    private final List<ReportTable> shownTables = new ArrayList<>();
    private final ReportText text = new ReportText(Messages.locale());

    @PostConstruct
    void create(Composite part) {
        // a short view (1280×800, workshop mode) scrolls rather than squeezing the table and the scatter to strips
        part.setLayout(new org.eclipse.swt.layout.FillLayout());
        scroll = new Scrolling(part);
        Composite parent = scroll.newContent();
        this.parent = parent;
        parent.setLayout(new GridLayout(2, false));
        button(parent, "portfolio.chooseFolder", this::chooseFolder);
        folderLabel = new Label(parent, SWT.WRAP);
        folderLabel.setText(Messages.get("portfolio.noFolder"));
        folderLabel.setLayoutData(wrapping(1));

        new Label(parent, SWT.NONE).setText(Messages.get("portfolio.funder"));
        funder = new Combo(parent, SWT.READ_ONLY);
        funder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        showFunders();

        new Label(parent, SWT.NONE).setText(Messages.get("portfolio.stress"));
        Composite stress = row(parent);
        stressKind = new Combo(stress, SWT.READ_ONLY);
        stressKind.add(Messages.get("portfolio.stress.none"));
        STRESS_KINDS.forEach(kind -> stressKind.add(Messages.get("portfolio.stress." + kind.name().toLowerCase(Locale.ROOT))));
        stressKind.select(0);
        stressKind.addListener(SWT.Selection, event -> enableStress());
        stressValue = labelled(stress, "portfolio.stress.value", "30");
        stressYear = labelled(stress, "portfolio.stress.year", "2028");

        Composite actions = row(parent);
        ((GridData) actions.getLayoutData()).horizontalSpan = 2;
        envelope = new Button(actions, SWT.CHECK);
        envelope.setText(Messages.get("portfolio.envelope"));
        envelope.setToolTipText(Messages.get("portfolio.envelope.tip"));
        analyse = button(actions, "portfolio.analyse", this::analyse);
        stop = button(actions, "portfolio.stop", () -> {
            if (running != null) {
                running.cancel();
            }
        });
        stop.setEnabled(false);
        button(actions, "portfolio.published", this::choosePublished).setToolTipText(Messages.get("portfolio.published.tip"));

        status = new Label(parent, SWT.WRAP);
        status.setLayoutData(wrapping(2));
        status.setText(Messages.get("portfolio.explained"));

        Composite choice = row(parent);
        ((GridData) choice.getLayoutData()).horizontalSpan = 2;
        new Label(choice, SWT.NONE).setText(Messages.get("tables.choose"));
        tableChoice = new Combo(choice, SWT.READ_ONLY);
        tableChoice.addListener(SWT.Selection, event -> showTable());
        sameFunder = button(choice, "portfolio.sameFunder", this::confirmSameFunder);
        sameFunder.setToolTipText(Messages.get("portfolio.sameFunder.tip", Portfolio.FOLDER_FILE));
        sameFunder.setEnabled(false);
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        tableLayout.heightHint = 160;
        tableLayout.minimumHeight = 160;
        table.setLayoutData(tableLayout);
        table.addListener(SWT.Selection, event -> enableSameFunder());
        scatter = new ChartCanvas(parent, "portefeuille");
        GridData chartLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        chartLayout.heightHint = DashboardPart.MINIMUM_CHART_HEIGHT;
        chartLayout.minimumHeight = DashboardPart.MINIMUM_CHART_HEIGHT;
        scatter.control().setLayoutData(chartLayout);
        scatterKey = new Label(parent, SWT.WRAP);
        scatterKey.setLayoutData(wrapping(2));
        enableStress();
    }

    /** A row of controls that wraps onto a second line when the view is narrow. */
    private static Composite row(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        RowLayout layout = new RowLayout(SWT.HORIZONTAL);
        layout.center = true;
        layout.marginLeft = layout.marginRight = layout.marginTop = layout.marginBottom = 0;
        row.setLayout(layout);
        row.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return row;
    }

    /** Layout data for a text that wraps within the view's width instead of widening it. */
    private static GridData wrapping(int columns) {
        GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        layout.widthHint = 300;
        return layout;
    }

    private static Button button(Composite parent, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(Messages.get(key));
        button.addListener(SWT.Selection, event -> action.run());
        return button;
    }

    private static Text labelled(Composite parent, String key, String initial) {
        new Label(parent, SWT.NONE).setText(Messages.get(key));
        Text field = new Text(parent, SWT.BORDER);
        field.setText(initial);
        field.setLayoutData(new org.eclipse.swt.layout.RowData(60, SWT.DEFAULT));
        return field;
    }

    private StressTest.Kind kind() {
        int index = stressKind.getSelectionIndex();
        return index <= 0 ? null : STRESS_KINDS.get(index - 1);
    }

    private void enableStress() {
        StressTest.Kind kind = kind();
        stressValue.setEnabled(kind != null && kind != StressTest.Kind.STOP);
        stressYear.setEnabled(kind == StressTest.Kind.CUT || kind == StressTest.Kind.STOP);
    }

    private void chooseFolder() {
        CanvasDialogs.files().folder(parent.getShell(), Messages.get("portfolio.chooseFolder.message")).ifPresent(this::useFolder);
    }

    /** Takes a folder of canvases and offers its funders (each once, by SIREN or plain name) and their levels. */
    void useFolder(Path chosen) {
        folder = chosen;
        folderLabel.setText(chosen.toString());
        funderChoices.clear();
        try {
            funderChoices.addAll(Portfolio.funderChoices(Portfolio.read(List.of(chosen)), Messages.locale()));
        } catch (IOException e) {
            status.setText(Messages.get("portfolio.unreadable", chosen, SafeFiles.explain(e, Messages.locale())));
        }
        showFunders();
        scroll.fit();
    }

    private void showFunders() {
        funder.removeAll();
        funder.add(Messages.get("portfolio.allFunders"));
        EditVocabulary words = new EditVocabulary(Messages.locale());
        for (Portfolio.FunderChoice choice : funderChoices) {
            funder.add(choice.level() == null ? choice.name() : Messages.get("portfolio.level", words.literalLabel(
                    org.perenne.model.PerennePackage.Literals.FUNDER_LEVEL.getEEnumLiteral(choice.level().getValue()))));
        }
        funder.select(0);
    }

    /** Asks for the funder's published grants (SCDL); compared at once when there are results, else at the next analysis. */
    private void choosePublished() {
        CanvasDialogs.files().toOpen(parent.getShell(), Messages.get("portfolio.published.tip"),
                List.of(new FileChooser.Filter("*.csv", "CSV"), new FileChooser.Filter("*", Messages.get("import.all"))))
                .ifPresent(this::usePublished);
    }

    /** Takes a published grants file: compares it with the places analysed, or keeps it for the next analysis. */
    void usePublished(Path file) {
        published = file;
        if (results == null) {
            status.setText(Messages.get("portfolio.published.kept", file.getFileName()));
            return;
        }
        try {
            PublishedGrantsFile.Result read = PublishedGrantsFile.read(file, text);
            if (read.rows().isEmpty() && !read.problems().isEmpty()) {
                status.setText(Messages.get("portfolio.published.refused", file.getFileName(), read.problems().get(0).text()));
                published = null;
                return;
            }
            results.comparePublished(read);
            showResults(results);
            tableChoice.select(shownTables.size() - 1);
            showTable();
        } catch (IOException e) {
            status.setText(Messages.get("portfolio.published.refused", file.getFileName(), SafeFiles.explain(e, Messages.locale())));
            published = null;
        }
    }

    /** The stress test the fields describe, or null for none. */
    private StressTest stressTest() {
        StressTest.Kind kind = kind();
        if (kind == null) {
            return null;
        }
        double value = kind == StressTest.Kind.STOP ? 0 : Double.parseDouble(stressValue.getText().strip().replace(',', '.'));
        int year = kind == StressTest.Kind.CUT || kind == StressTest.Kind.STOP ? Integer.parseInt(stressYear.getText().strip()) : 0;
        boolean percent = kind == StressTest.Kind.CUT || kind == StressTest.Kind.RENEWAL; // typed as percentages, 30 for 30 %
        return StressTest.of(kind, percent ? value / 100 : value, year);
    }

    private void analyse() {
        if (folder == null) {
            status.setText(Messages.get("portfolio.noFolder"));
            return;
        }
        StressTest stress;
        try {
            stress = stressTest();
        } catch (IllegalArgumentException e) { // a number that is none, or out of its range
            status.setText(Messages.get("portfolio.badStress"));
            return;
        }
        Portfolio.FunderChoice choice = funder.getSelectionIndex() <= 0 ? null : funderChoices.get(funder.getSelectionIndex() - 1);
        Path chosen = folder, publishedFile = published;
        boolean withEnvelope = envelope.getSelection();
        int paths = runs;
        Locale locale = Messages.locale();
        analyse.setEnabled(false);
        stop.setEnabled(true);
        status.setText(Messages.get("portfolio.running"));
        running = Job.create(Messages.get("portfolio.job"), (IProgressMonitor monitor) -> {
            try {
                Portfolio.Members members = Portfolio.read(List.of(chosen));
                monitor.beginTask(Messages.get("portfolio.job"), members.canvases().size());
                PlaceAnalysis.Options options = new PlaceAnalysis.Options(choice == null ? null : choice.funders(members.sameFunders()),
                        stress, withEnvelope, paths, KeyFigures.DEFAULT_SEED, RiskSettings.processors());
                PortfolioTables tables = PortfolioTables.analyse(members, options, canvas -> CanvasValidator.validate(canvas, locale,
                        new EditVocabulary(locale)).getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR)
                        .map(Diagnostic::getMessage).toList(), new Portfolio.Problems(locale,
                                first -> Messages.get("portfolio.samePlace", first.getFileName()), Messages.get("dashboard.tooLarge")),
                        Path::getFileName, () -> { // the folder is shown above the table
                            monitor.worked(1);
                            if (monitor.isCanceled()) {
                                throw new OperationCanceledException();
                            }
                        });
                ui.asyncExec(() -> finished(tables, publishedFile));
            } catch (OperationCanceledException e) {
                ui.asyncExec(() -> failed(Messages.get("portfolio.stopped")));
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                ui.asyncExec(() -> failed(Messages.get("portfolio.unreadable", chosen, SafeFiles.explain(e, locale))));
            } catch (RuntimeException e) {
                // never leave the view waiting: say what went wrong and let the user try again
                ui.asyncExec(() -> failed(Messages.get("portfolio.failed", String.valueOf(e.getLocalizedMessage()))));
            }
            return Status.OK_STATUS;
        });
        running.schedule();
    }

    private void failed(String problem) {
        if (!parent.isDisposed()) {
            idle(true);
            status.setText(problem);
        }
    }

    private void idle(boolean idle) {
        analyse.setEnabled(idle);
        stop.setEnabled(!idle);
        running = idle ? null : running;
    }

    private void finished(PortfolioTables tables, Path publishedFile) {
        if (parent.isDisposed()) {
            return;
        }
        idle(true);
        results = tables;
        showResults(tables);
        if (publishedFile != null) {
            usePublished(publishedFile);
        }
    }

    /** The headline, the tables to choose from (the first shown) and the scatter. */
    private void showResults(PortfolioTables tables) {
        List<String> summary = new ArrayList<>(List.of(Messages.get("portfolio.summary", tables.placeCount(), tables.problemCount())));
        summary.addAll(tables.stressHeadline(text));
        if (tables.published() != null) {
            summary.add(tables.publishedSummary(text));
        }
        status.setText(String.join("\n", summary));
        shownTables.clear();
        shownTables.addAll(tables.all());
        tableChoice.removeAll();
        shownTables.forEach(t -> tableChoice.add(text.get("table." + t.name())));
        tableChoice.select(0);
        showTable();
        List<PortfolioScatterChart.Place> points = tables.scatter();
        ChartText words = new ChartText(Messages.locale());
        scatter.show((width, height) -> PortfolioScatterChart.create(points, KeyFigureRows.RISK_ALERT, words, width, height),
                PortfolioScatterChart.hover(points, words));
        scatterKey.setText(PortfolioScatterChart.key(points).orElse(""));
        scroll.fit();
    }

    private void showTable() {
        if (tableChoice.getSelectionIndex() >= 0 && tableChoice.getSelectionIndex() < shownTables.size()) {
            Tables.show(table, shownTables.get(tableChoice.getSelectionIndex()), text);
        }
        enableSameFunder();
    }

    /** Whether the funders to confirm are shown and one pair is chosen. */
    private void enableSameFunder() {
        int index = tableChoice.getSelectionIndex();
        sameFunder.setEnabled(index >= 0 && index < shownTables.size()
                && shownTables.get(index).name().equals("uncertain-funders") && table.getSelectionIndex() >= 0);
    }

    /** Keeps in the folder that the chosen pair of names is one funder; the next analysis counts them as one. */
    void confirmSameFunder() {
        int row = table.getSelectionIndex();
        if (row < 0 || folder == null) {
            return;
        }
        String name = table.getItem(row).getText(0), other = table.getItem(row).getText(1);
        try {
            Portfolio.confirmSameFunder(folder, name, other);
            table.remove(row);
            status.setText(Messages.get("portfolio.sameFunder.done", name, other, Portfolio.FOLDER_FILE));
        } catch (IOException e) {
            status.setText(Messages.get("portfolio.unreadable", folder, SafeFiles.explain(e, Messages.locale())));
        }
        enableSameFunder();
    }

    /** Runs an analysis as a user would (tests): a folder, a funder's name (null: all), a stress test, the envelope. */
    void analyse(Path chosen, String funderName, int kind, String value, String year, boolean withEnvelope, int paths) {
        useFolder(chosen);
        if (funderName != null) {
            funder.select(funder.indexOf(funderName));
        }
        stressKind.select(kind);
        enableStress();
        stressValue.setText(value);
        stressYear.setText(year);
        envelope.setSelection(withEnvelope);
        runs = paths;
        analyse();
    }

    /** Whether no analysis is running (tests). */
    boolean idle() {
        return running == null;
    }

    /** The last results (tests). */
    PortfolioTables results() {
        return results;
    }

    Table table() {
        return table;
    }

    String statusText() {
        return status.getText();
    }

    /** Chooses which table to show (tests): its index in the order of the command line's files. */
    void choose(int index) {
        tableChoice.select(index);
        showTable();
    }
}
