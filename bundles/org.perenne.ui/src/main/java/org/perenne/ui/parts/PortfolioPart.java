/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.perenne.charts.ChartText;
import org.perenne.charts.PortfolioScatterChart;
import org.perenne.model.Funder;
import org.perenne.model.FunderLevel;
import org.perenne.model.edit.EditVocabulary;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.io.SafeFiles;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.report.PortfolioTables;
import org.perenne.report.ReportTable;
import org.perenne.report.ReportText;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.portfolio.FunderIdentity;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.Portfolio;
import org.perenne.simulation.portfolio.StressTest;
import org.perenne.ui.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * A funder's portfolio (for the local authorities that fund many places): a folder of canvases, the
 * funder looked at, a stress test and the minimum envelope; the places' table (the same as the command
 * line's places.csv, stress.csv…, sortable by any column) and the scatter of the funder's share against
 * the risk. The analysis runs in a job that can be stopped; the computing is {@link Portfolio}'s.
 */
public final class PortfolioPart {

    private static final List<String> STRESS_KINDS = List.of("none", "cut", "stop", "delay", "renewal");

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
    private ChartCanvas scatter;
    /** The names of the scatter's numbered points, when the places are too many to name on the chart. */
    private Label scatterKey;
    private Path folder;
    /** What each entry of the funder list chooses: null (every funder), a funder's name, or a level. */
    private final List<Object> funderChoices = new ArrayList<>();
    /** The SIREN of a funder offered by name, when a place gives one (other places may name it otherwise). */
    private final Map<String, String> sirens = new LinkedHashMap<>();
    private int runs = KeyFigures.DEFAULT_RUNS;
    private Job running;
    private PortfolioTables results;
    private final List<ReportTable> shownTables = new ArrayList<>();
    private final ReportText text = new ReportText(Messages.locale());

    @PostConstruct
    void create(Composite parent) {
        this.parent = parent;
        parent.setLayout(new GridLayout(6, false));
        Button choose = new Button(parent, SWT.PUSH);
        choose.setText(Messages.get("portfolio.chooseFolder"));
        choose.addListener(SWT.Selection, event -> {
            DirectoryDialog dialog = new DirectoryDialog(parent.getShell());
            dialog.setMessage(Messages.get("portfolio.chooseFolder.message"));
            String chosen = dialog.open();
            if (chosen != null) {
                useFolder(Path.of(chosen));
            }
        });
        folderLabel = new Label(parent, SWT.NONE);
        folderLabel.setText(Messages.get("portfolio.noFolder"));
        folderLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));

        new Label(parent, SWT.NONE).setText(Messages.get("portfolio.funder"));
        funder = new Combo(parent, SWT.READ_ONLY);
        funder.add(Messages.get("portfolio.allFunders"));
        funder.select(0);
        funder.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1));

        new Label(parent, SWT.NONE).setText(Messages.get("portfolio.stress"));
        stressKind = new Combo(parent, SWT.READ_ONLY);
        STRESS_KINDS.forEach(kind -> stressKind.add(Messages.get("portfolio.stress." + kind)));
        stressKind.select(0);
        stressValue = labelled(Messages.get("portfolio.stress.value"), "30");
        stressYear = labelled(Messages.get("portfolio.stress.year"), "2028");
        stressKind.addListener(SWT.Selection, event -> enableStress());

        envelope = new Button(parent, SWT.CHECK);
        envelope.setText(Messages.get("portfolio.envelope"));
        envelope.setToolTipText(Messages.get("portfolio.envelope.tip"));
        envelope.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
        analyse = new Button(parent, SWT.PUSH);
        analyse.setText(Messages.get("portfolio.analyse"));
        analyse.addListener(SWT.Selection, event -> analyse());
        stop = new Button(parent, SWT.PUSH);
        stop.setText(Messages.get("portfolio.stop"));
        stop.setEnabled(false);
        stop.addListener(SWT.Selection, event -> {
            if (running != null) {
                running.cancel();
            }
        });
        new Label(parent, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        status = new Label(parent, SWT.WRAP);
        GridData statusLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 6, 1);
        statusLayout.widthHint = 300;
        status.setLayoutData(statusLayout);
        status.setText(Messages.get("portfolio.explained"));

        new Label(parent, SWT.NONE).setText(Messages.get("tables.choose"));
        tableChoice = new Combo(parent, SWT.READ_ONLY);
        tableChoice.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        tableChoice.addListener(SWT.Selection, event -> showTable());
        sameFunder = new Button(parent, SWT.PUSH);
        sameFunder.setText(Messages.get("portfolio.sameFunder"));
        sameFunder.setToolTipText(Messages.get("portfolio.sameFunder.tip", Portfolio.FOLDER_FILE));
        sameFunder.setEnabled(false);
        sameFunder.addListener(SWT.Selection, event -> confirmSameFunder());
        table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridData tableLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1);
        tableLayout.heightHint = 160;
        table.setLayoutData(tableLayout);
        table.addListener(SWT.Selection, event -> enableSameFunder());
        scatter = new ChartCanvas(parent, "portefeuille");
        GridData chartLayout = new GridData(SWT.FILL, SWT.FILL, true, true, 6, 1);
        chartLayout.heightHint = 220;
        scatter.control().setLayoutData(chartLayout);
        scatterKey = new Label(parent, SWT.WRAP);
        GridData keyLayout = new GridData(SWT.FILL, SWT.TOP, true, false, 6, 1);
        keyLayout.widthHint = 300;
        scatterKey.setLayoutData(keyLayout);
        enableStress();
    }

    private Text labelled(String label, String initial) {
        new Label(parent, SWT.NONE).setText(label);
        Text field = new Text(parent, SWT.BORDER);
        field.setText(initial);
        GridData layout = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        layout.widthHint = 60;
        field.setLayoutData(layout);
        return field;
    }

    private void enableStress() {
        String kind = STRESS_KINDS.get(stressKind.getSelectionIndex());
        stressValue.setEnabled(!kind.equals("none") && !kind.equals("stop"));
        stressYear.setEnabled(kind.equals("cut") || kind.equals("stop"));
    }

    /** Takes a folder of canvases and offers its funders (each once, by SIREN or plain name). */
    void useFolder(Path chosen) {
        folder = chosen;
        folderLabel.setText(chosen.toString());
        Map<String, String> names = new LinkedHashMap<>();
        sirens.clear();
        java.util.SortedSet<FunderLevel> levels = new java.util.TreeSet<>();
        try {
            for (Path file : Portfolio.read(List.of(chosen)).canvases()) {
                CanvasFiles.LoadResult loaded = CanvasFiles.load(file, Messages.locale());
                if (loaded.isLoaded() && loaded.canvas().getPartners() != null) {
                    for (Funder f : loaded.canvas().getPartners().getFunders()) {
                        if (f.getName() == null || f.getName().isBlank()) {
                            continue; // a funder not named yet cannot be chosen by name
                        }
                        names.putIfAbsent(FunderIdentity.key(f), f.getName());
                        if (f.getSiren() != null && !f.getSiren().isBlank()) {
                            sirens.putIfAbsent(f.getName(), f.getSiren());
                        }
                        levels.add(f.getLevel());
                    }
                }
            }
        } catch (IOException e) {
            status.setText(Messages.get("portfolio.unreadable", chosen, String.valueOf(e.getLocalizedMessage())));
        }
        funder.removeAll();
        funderChoices.clear();
        funder.add(Messages.get("portfolio.allFunders"));
        funderChoices.add(null);
        names.values().stream().sorted().forEach(name -> {
            funder.add(name);
            funderChoices.add(name);
        });
        EditVocabulary words = new EditVocabulary(Messages.locale());
        for (FunderLevel level : levels) {
            funder.add(Messages.get("portfolio.level", words.literalLabel(
                    org.perenne.model.PerennePackage.Literals.FUNDER_LEVEL.getEEnumLiteral(level.getValue()))));
            funderChoices.add(level);
        }
        funder.select(0);
        parent.layout(true, true);
    }

    /** The stress test the fields describe, or null; throws with words for the user when they are wrong. */
    private StressTest stressTest() {
        String kind = STRESS_KINDS.get(stressKind.getSelectionIndex());
        String value = stressValue.getText().strip().replace(',', '.');
        String year = stressYear.getText().strip();
        return switch (kind) {
            case "cut" -> StressTest.parse("cut:" + value + "%:" + year);
            case "stop" -> StressTest.parse("stop:" + year);
            case "delay" -> StressTest.parse("delay:" + value);
            case "renewal" -> StressTest.parse("renewal:" + value);
            default -> null;
        };
    }

    private void analyse() {
        if (folder == null) {
            status.setText(Messages.get("portfolio.noFolder"));
            return;
        }
        StressTest stress;
        try {
            stress = stressTest();
        } catch (IllegalArgumentException e) {
            status.setText(Messages.get("portfolio.badStress"));
            return;
        }
        Object choice = funder.getSelectionIndex() < 0 ? null : funderChoices.get(funder.getSelectionIndex());
        String wanted = choice instanceof String name ? name : null;
        String siren = wanted == null ? null : sirens.get(wanted);
        FunderLevel level = choice instanceof FunderLevel chosenLevel ? chosenLevel : null;
        Path chosen = folder;
        boolean withEnvelope = envelope.getSelection();
        int paths = runs;
        Locale locale = Messages.locale();
        analyse.setEnabled(false);
        stop.setEnabled(true);
        status.setText(Messages.get("portfolio.running"));
        running = Job.create(Messages.get("portfolio.job"), (IProgressMonitor monitor) -> {
            PortfolioTables tables;
            try {
                Portfolio.Members members = Portfolio.read(List.of(chosen));
                monitor.beginTask(Messages.get("portfolio.job"), members.canvases().size());
                java.util.function.Predicate<Funder> chosenFunders = Portfolio.funders(wanted, level, members.sameFunders());
                if (siren != null) {
                    // the same SIREN under another name at another place is the same funder
                    chosenFunders = chosenFunders.or(Portfolio.funders(siren, null, members.sameFunders()));
                }
                PlaceAnalysis.Options options = new PlaceAnalysis.Options(chosenFunders,
                        stress, withEnvelope, paths, KeyFigures.DEFAULT_SEED, Runtime.getRuntime().availableProcessors());
                tables = PortfolioTables.analyse(members, options, canvas -> CanvasValidator.validate(canvas, locale,
                        new EditVocabulary(locale)).getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR)
                        .map(Diagnostic::getMessage).toList(), new Portfolio.Problems(locale,
                                first -> Messages.get("portfolio.samePlace", first.getFileName()), Messages.get("dashboard.tooLarge")),
                        Path::getFileName, () -> { // the folder is shown above the table
                            monitor.worked(1);
                            if (monitor.isCanceled()) {
                                throw new OperationCanceledException();
                            }
                        });
            } catch (OperationCanceledException e) {
                ui.asyncExec(() -> finished(null, Messages.get("portfolio.stopped")));
                return Status.CANCEL_STATUS;
            } catch (IOException e) {
                ui.asyncExec(() -> finished(null, Messages.get("portfolio.unreadable", chosen, SafeFiles.explain(e, locale))));
                return Status.OK_STATUS;
            } catch (RuntimeException e) {
                // never leave the view waiting: say what went wrong and let the user try again
                ui.asyncExec(() -> finished(null, Messages.get("portfolio.failed", String.valueOf(e.getLocalizedMessage()))));
                return Status.OK_STATUS;
            }
            PortfolioTables done = tables;
            ui.asyncExec(() -> finished(done, null));
            return Status.OK_STATUS;
        });
        running.schedule();
    }

    private void finished(PortfolioTables tables, String problem) {
        if (parent.isDisposed()) {
            return;
        }
        analyse.setEnabled(true);
        stop.setEnabled(false);
        running = null;
        if (tables == null) {
            status.setText(problem);
            return;
        }
        results = tables;
        List<String> summary = new ArrayList<>(List.of(Messages.get("portfolio.summary", tables.placeCount(), tables.problemCount())));
        summary.addAll(tables.stressHeadline(text));
        status.setText(String.join("\n", summary));
        shownTables.clear();
        shownTables.addAll(tables.all());
        tableChoice.removeAll();
        shownTables.forEach(t -> tableChoice.add(text.get("table." + t.name())));
        tableChoice.select(0);
        showTable();
        showScatter(tables);
        parent.layout(true, true);
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

    private void showScatter(PortfolioTables tables) {
        List<PortfolioScatterChart.Place> points = tables.scatter();
        ChartText words = new ChartText(Messages.locale());
        scatter.show((width, height) -> PortfolioScatterChart.create(points, PlaceAnalysis.ENVELOPE_RISK, words, width, height),
                PortfolioScatterChart.hover(points, words));
        scatterKey.setText(PortfolioScatterChart.key(points).orElse(""));
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

    /** Chooses which table to show (tests): its index in the order of the command line's files. */
    void choose(int index) {
        tableChoice.select(index);
        showTable();
    }
}
