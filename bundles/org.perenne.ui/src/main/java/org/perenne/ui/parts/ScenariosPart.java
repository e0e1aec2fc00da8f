/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.perenne.charts.ChartText;
import org.perenne.charts.ScenarioCashChart;
import org.perenne.model.Canvas;
import org.perenne.model.FieldUnit;
import org.perenne.model.FigureFormat;
import org.perenne.model.OverrideMode;
import org.perenne.model.PerennePackage.Literals;
import org.perenne.model.Scenario;
import org.perenne.model.ScenarioOverride;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.model.edit.EditVocabulary;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.report.KeyFigureWords;
import org.perenne.report.ReportText;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;
import org.perenne.simulation.RiskSettings;
import org.perenne.simulation.Scenarios;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Scenarios: named sets of changes to the canvas ("the State grant ends after year 3"). Create one
 * from the current canvas, add or remove its changes, tick up to four and compare them with the
 * canvas as it is: key figures side by side and the closing cash of each on one chart.
 */
public final class ScenariosPart {

    /** At most this many scenarios beside the canvas as it is. */
    static final int MAX_COMPARED = 4;

    @Inject
    private CanvasSession session;
    @Inject
    private UISynchronize ui;

    private Composite parent;
    private Table scenarios;
    private Table changes;
    private Table comparison;
    private ChartCanvas chart;
    private Label status;
    private final List<Scenario> rows = new ArrayList<>();
    private final List<ScenarioOverride> changeRows = new ArrayList<>();
    private final ChartText chartText = new ChartText(Messages.locale());
    private Job running;
    private CanvasSession.Listener listener;

    /** What a comparison shows (tests read it). */
    record Compared(String name, KeyFigures figures) {

        MonteCarloResult risk() {
            return figures.monteCarlo().orElseThrow();
        }
    }

    private volatile List<Compared> compared = List.of();

    @PostConstruct
    void create(Composite parent) {
        this.parent = parent;
        parent.setLayout(new GridLayout(1, false));
        Label intro = new Label(parent, SWT.WRAP);
        intro.setText(Messages.get("scenarios.intro", MAX_COMPARED));
        GridData introLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        introLayout.widthHint = 300;
        intro.setLayoutData(introLayout);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));

        Composite top = new Composite(sash, SWT.NONE);
        top.setLayout(new GridLayout(2, true));
        scenarios = new Table(top, SWT.CHECK | SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        scenarios.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        scenarios.addListener(SWT.Selection, event -> {
            showChanges();
            selected().ifPresent(session::select);
        });
        FittedItems.attach(scenarios, Messages.get("scenarios.rename.explained"));
        scenarios.addListener(SWT.MouseDoubleClick, event -> selected().ifPresent(this::rename));
        changes = new Table(top, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        changes.setHeaderVisible(true);
        changes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        for (String key : new String[] { "scenarios.change.item", "scenarios.change.field", "scenarios.change.how" }) {
            TableColumn column = new TableColumn(changes, SWT.LEFT);
            column.setText(Messages.get(key));
            column.setWidth(150);
        }
        Composite left = buttons(top);
        button(left, "scenarios.new", this::newScenario);
        button(left, "scenarios.delete", () -> selected().ifPresent(s -> session.document()
                .ifPresent(d -> ItemCommands.remove(d, s))));
        button(left, "scenarios.compare", this::compare);
        Composite right = buttons(top);
        button(right, "scenarios.addChange", this::addChange);
        button(right, "scenarios.removeChange", () -> {
            int index = changes.getSelectionIndex();
            if (index >= 0) {
                session.document().ifPresent(d -> ItemCommands.remove(d, changeRows.get(index)));
            }
        });

        Composite bottom = new Composite(sash, SWT.NONE);
        bottom.setLayout(new GridLayout(1, false));
        status = new Label(bottom, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        comparison = new Table(bottom, SWT.BORDER | SWT.FULL_SELECTION | SWT.H_SCROLL | SWT.V_SCROLL); // many scenarios scroll
        comparison.setHeaderVisible(true);
        comparison.setLinesVisible(true);
        GridData tableLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        tableLayout.heightHint = comparison.getItemHeight() * 8;
        comparison.setLayoutData(tableLayout);
        chart = new ChartCanvas(bottom, Messages.get("scenarios.file"));
        chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        sash.setWeights(30, 70);
        listener = PartListener.refreshing(parent, this::refresh);
        session.addListener(listener);
        refresh();
    }

    /** A row of buttons that goes on to a second line when the part is too narrow for it. */
    private static Composite buttons(Composite parent) {
        Composite row = new Composite(parent, SWT.NONE);
        org.eclipse.swt.layout.RowLayout layout = new org.eclipse.swt.layout.RowLayout();
        layout.wrap = true;
        layout.marginLeft = 0;
        row.setLayout(layout);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 100; // wraps within the column instead of widening it
        row.setLayoutData(data);
        return row;
    }

    private static void button(Composite parent, String key, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(Messages.get(key));
        button.setToolTipText(Messages.get(key + ".explained"));
        button.addListener(SWT.Selection, event -> action.run());
    }

    private java.util.Optional<Scenario> selected() {
        int index = scenarios.getSelectionIndex();
        return index < 0 || index >= rows.size() ? java.util.Optional.empty() : java.util.Optional.of(rows.get(index));
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        Scenario selected = selected().orElse(null);
        List<Scenario> checked = checked();
        rows.clear();
        scenarios.removeAll();
        session.document().ifPresent(document -> {
            for (Scenario scenario : document.canvas().getScenarios()) {
                rows.add(scenario);
                TableItem row = new TableItem(scenarios, SWT.NONE);
                row.setText(Messages.get("scenarios.row", nameOf(scenario), scenario.getOverrides().size()));
                row.setChecked(checked.contains(scenario));
                if (scenario == selected) {
                    scenarios.setSelection(row);
                }
            }
        });
        FittedItems.fit(scenarios);
        showChanges();
    }

    private static String nameOf(Scenario scenario) {
        return scenario.getName() != null && !scenario.getName().isBlank() ? scenario.getName() : String.valueOf(scenario.getId());
    }

    private List<Scenario> checked() {
        List<Scenario> checked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (scenarios.getItem(i).getChecked()) {
                checked.add(rows.get(i));
            }
        }
        return checked;
    }

    private void showChanges() {
        changeRows.clear();
        changes.removeAll();
        CanvasDocument document = session.document().orElse(null);
        Scenario scenario = selected().orElse(null);
        if (document == null || scenario == null) {
            return;
        }
        FigureFormat number = FigureFormat.of(Messages.locale());
        for (ScenarioOverride change : scenario.getOverrides()) {
            changeRows.add(change);
            TableItem row = new TableItem(changes, SWT.NONE);
            EObject target = change.getTarget();
            IItemLabelProvider labels = target == null ? null
                    : (IItemLabelProvider) document.adapterFactory().adapt(target, IItemLabelProvider.class);
            // the item's own name ("Subvention de fonctionnement de la Ville"), its kind on hover
            boolean named = target instanceof org.perenne.model.Element element && element.getName() != null
                    && !element.getName().isBlank();
            row.setText(0, labels == null ? "—" : named ? ((org.perenne.model.Element) target).getName() : labels.getText(target));
            row.setText(1, fieldName(document, target, change.getAttribute())
                    + (change.getIndex() >= 0 ? " " + Messages.get("scenarios.change.year", change.getIndex() + 1) : ""));
            FieldUnit unit = target != null && target.eClass().getEStructuralFeature(change.getAttribute()) instanceof EAttribute field
                    ? FieldUnit.of(field) : FieldUnit.NONE;
            row.setText(2, change.getMode() == OverrideMode.MULTIPLY
                    ? Messages.get("scenarios.change.multiply", number.number(change.getValue(), 3))
                    : Messages.get("scenarios.change.set", unit.withUnit(number.number(((Number) unit.shown(change.getValue())).doubleValue(), 3), Messages.locale())));
        }
        for (TableColumn column : changes.getColumns()) {
            column.pack();
        }
    }

    static String fieldName(CanvasDocument document, EObject target, String attribute) {
        if (target == null || !(target.eClass().getEStructuralFeature(attribute) instanceof EAttribute feature)) {
            return String.valueOf(attribute);
        }
        IItemPropertySource source = (IItemPropertySource) document.adapterFactory().adapt(target, IItemPropertySource.class);
        IItemPropertyDescriptor descriptor = source == null ? null : source.getPropertyDescriptor(target, feature);
        return descriptor == null ? attribute : descriptor.getDisplayName(target);
    }

    /** A new scenario, without changes yet: the canvas as it is, to change from there. */
    void newScenario() {
        session.document().ifPresent(document -> {
            Canvas canvas = document.canvas();
            document.execute(document.newScenario(number -> Messages.get("scenarios.defaultName", number), List.of()));
            Scenario scenario = canvas.getScenarios().get(canvas.getScenarios().size() - 1);
            refresh();
            scenarios.setSelection(rows.indexOf(scenario));
            showChanges();
            session.select(scenario);
        });
    }

    private void addChange() {
        CanvasDocument document = session.document().orElse(null);
        Scenario scenario = selected().orElse(null);
        if (document == null || scenario == null) {
            status.setText(Messages.get("scenarios.selectFirst"));
            return;
        }
        ScenarioChangeDialog.open(parent.getShell(), document)
                .ifPresent(change -> addChange(document, scenario, change));
    }

    /**
     * Adds a change to a scenario (the dialog's OK; tests call it directly). A scenario that still has its
     * default name is named after its first change ("Ville : montants engagés × 0,7"), in the same edit.
     */
    void addChange(CanvasDocument document, Scenario scenario, ScenarioOverride change) {
        org.eclipse.emf.common.command.CompoundCommand edit = new org.eclipse.emf.common.command.CompoundCommand();
        edit.append(AddCommand.create(document.editingDomain(), scenario, Literals.SCENARIO__OVERRIDES, change));
        if (scenario.getOverrides().isEmpty() && scenario.getName() != null && scenario.getName().matches(
                java.util.regex.Pattern.quote(Messages.get("scenarios.defaultName", 0)).replace("0", "\\E[0-9]+\\Q"))) {
            edit.append(SetCommand.create(document.editingDomain(), scenario, Literals.ELEMENT__NAME, describe(document, change)));
        }
        document.execute(edit);
    }

    /** A change in a few words: the item, the field, and the new value or the factor. */
    private static String describe(CanvasDocument document, ScenarioOverride change) {
        EObject target = change.getTarget();
        String item = target instanceof org.perenne.model.Element element && element.getName() != null ? element.getName() : "";
        FieldUnit unit = target != null && target.eClass().getEStructuralFeature(change.getAttribute()) instanceof EAttribute field
                ? FieldUnit.of(field) : FieldUnit.NONE;
        FigureFormat number = FigureFormat.of(Messages.locale());
        String how = change.getMode() == OverrideMode.MULTIPLY ? "× " + number.number(change.getValue(), 3)
                : "= " + unit.withUnit(number.number(((Number) unit.shown(change.getValue())).doubleValue(), 3), Messages.locale());
        return Messages.get("scenarios.namedAfter", item, fieldName(document, target, change.getAttribute()).toLowerCase(
                Messages.locale()), how);
    }

    /** Renames a scenario in place: a text over its row; Enter keeps the name (one edit to undo), Escape leaves it. */
    private void rename(Scenario scenario) {
        CanvasDocument document = session.document().orElse(null);
        TableItem row = scenarios.getSelection().length == 1 ? scenarios.getSelection()[0] : null;
        if (document == null || row == null) {
            return;
        }
        org.eclipse.swt.custom.TableEditor editor = new org.eclipse.swt.custom.TableEditor(scenarios);
        editor.grabHorizontal = true;
        org.eclipse.swt.widgets.Text name = new org.eclipse.swt.widgets.Text(scenarios, SWT.SINGLE);
        name.setText(nameOf(scenario));
        name.selectAll();
        editor.setEditor(name, row, 0);
        name.setFocus();
        name.addListener(SWT.DefaultSelection, event -> {
            String typed = name.getText().trim();
            name.dispose();
            if (!typed.isEmpty() && !typed.equals(scenario.getName())) {
                document.execute(SetCommand.create(document.editingDomain(), scenario, Literals.ELEMENT__NAME, typed));
            }
        });
        name.addListener(SWT.FocusOut, event -> name.dispose());
        name.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_ESCAPE) {
                name.dispose();
            }
        });
    }

    /** Ticks a scenario for the comparison (tests). */
    void tick(Scenario scenario, boolean on) {
        scenarios.getItem(rows.indexOf(scenario)).setChecked(on);
    }

    /** Compares the ticked scenarios with the canvas as it is: key figures, risk and closing cash. */
    void compare() {
        CanvasDocument document = session.document().orElse(null);
        List<Scenario> chosen = checked();
        if (document == null || chosen.isEmpty() || chosen.size() > MAX_COMPARED) {
            status.setText(Messages.get("scenarios.tickBetween", MAX_COMPARED));
            return;
        }
        if (document.validate().getSeverity() >= Diagnostic.ERROR) {
            status.setText(Messages.get("dashboard.invalid"));
            return;
        }
        // the model is read here, on the UI thread; the numbers are computed in a job
        Map<String, Canvas> canvases = new LinkedHashMap<>();
        canvases.put(Messages.get("scenarios.base"), document.canvas());
        for (Scenario scenario : chosen) {
            Canvas changed = Scenarios.apply(document.canvas(), scenario);
            if (CanvasValidator.validate(changed, Messages.locale(), new EditVocabulary(Messages.locale())).getSeverity() >= Diagnostic.ERROR) {
                status.setText(Messages.get("scenarios.invalid", nameOf(scenario)));
                return;
            }
            canvases.put(nameOf(scenario), changed);
        }
        Map<String, KeyFigures.Prepared> prepared = new LinkedHashMap<>();
        canvases.forEach((name, canvas) -> prepared.put(name, KeyFigures.prepare(canvas)));
        if (running != null) {
            running.cancel();
        }
        status.setText(Messages.get("dashboard.computing"));
        running = Job.create(Messages.get("scenarios.job"), (IProgressMonitor monitor) -> {
            monitor.beginTask(Messages.get("scenarios.job"), prepared.size());
            List<Compared> results = new ArrayList<>();
            MonteCarlo.Progress stop = MonteCarlo.Progress.cancelledBy(monitor::isCanceled); // one unit of work per scenario
            for (Map.Entry<String, KeyFigures.Prepared> entry : prepared.entrySet()) {
                try {
                    results.add(new Compared(entry.getKey(), entry.getValue().compute(KeyFigures.DEFAULT_RUNS,
                            KeyFigures.DEFAULT_SEED, RiskSettings.processors(), stop, false)));
                } catch (java.util.concurrent.CancellationException e) {
                    return Status.CANCEL_STATUS;
                }
                monitor.worked(1);
            }
            ui.asyncExec(() -> show(results));
            return Status.OK_STATUS;
        });
        running.schedule();
    }

    private void show(List<Compared> results) {
        if (parent.isDisposed()) {
            return;
        }
        compared = List.copyOf(results);
        comparison.removeAll();
        for (TableColumn column : comparison.getColumns()) {
            column.dispose();
        }
        TableColumn what = new TableColumn(comparison, SWT.LEFT);
        what.setText(Messages.get("scenarios.figure"));
        what.setWidth(220);
        for (Compared result : results) {
            TableColumn column = new TableColumn(comparison, SWT.RIGHT);
            // a long name is shortened in the header (whole on hover, in the list above and in the chart's legend): the
            // columns stay narrow enough for several scenarios side by side
            column.setText(result.name().length() <= SHORT_NAME ? result.name() : result.name().substring(0, SHORT_NAME - 1).strip() + "…");
            column.setToolTipText(result.name());
            column.setWidth(130);
        }
        // the same figures, words and marks as the report's comparison: a figure that should worry is marked ⚠
        for (KeyFigureWords.Line line : new KeyFigureWords(new ReportText(Messages.locale()))
                .compared(results.stream().map(Compared::figures).toList())) {
            TableItem row = new TableItem(comparison, SWT.NONE);
            row.setText(0, line.title());
            for (int i = 0; i < line.cells().size(); i++) {
                row.setText(i + 1, line.cells().get(i).marked());
                if (line.cells().get(i).worrying()) {
                    row.setForeground(i + 1, row.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
                }
            }
        }
        for (TableColumn column : comparison.getColumns()) {
            column.pack(); // as wide as its header and its figures: a scenario's name is never cut
        }
        status.setText(Messages.get("scenarios.compared", KeyFigures.DEFAULT_RUNS));
        Map<String, Projection> lines = new LinkedHashMap<>();
        results.forEach(r -> lines.put(r.name(), r.figures().projection()));
        chart.show((width, height) -> ScenarioCashChart.create(lines, chartText, width, height));
        parent.layout(true, true);
    }

    /** The longest scenario name a comparison's header shows whole. */
    static final int SHORT_NAME = 22;

    List<Compared> compared() {
        return compared;
    }

    Table comparisonTable() {
        return comparison;
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
        if (running != null) {
            running.cancel();
        }
    }
}
