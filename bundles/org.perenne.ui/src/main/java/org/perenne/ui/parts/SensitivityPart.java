/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.perenne.charts.ChartText;
import org.perenne.charts.TornadoChart;
import org.perenne.model.AssumptionChange;
import org.perenne.model.FigureFormat;
import org.perenne.model.OverrideMode;
import org.perenne.model.edit.AssumptionCommands;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.Output;
import org.perenne.simulation.Sensitivity;
import org.perenne.simulation.SolveFor;
import org.perenne.simulation.UncertainAssumption;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Two questions a funder asks. What matters most: the tornado, each uncertain assumption at its low
 * and high value and how far a figure moves. How much is enough: "solve for", the value of one
 * number of the canvas (a grant, a fee, an occupancy) that makes a figure reach a target, applied
 * back to the canvas as one undoable edit.
 */
public final class SensitivityPart {

    /** Paths drawn for each value tried when the target is the risk of running out of cash. */

    /** What "solve for" may aim at; risk is the probability of running out of cash, the others projection figures. */
    enum Goal {
        MINIMUM_CASH, END_CASH, RESULT_OF_YEAR, RISK
    }

    @Inject
    private CanvasSession session;
    @Inject
    private UISynchronize ui;

    private Composite parent;
    private Combo tornadoOutput;
    private org.eclipse.swt.custom.ScrolledComposite solveScroll;
    private ChartCanvas chart;
    private Label tornadoStatus;
    private Composite pickerArea;
    private AssumptionPicker picker;
    private CanvasDocument pickerDocument;
    private Combo goal;
    private Text goalValue;
    private Text lower;
    private Text upper;
    private Button apply;
    private Label answer;
    private final ChartText chartText = new ChartText(Messages.locale());
    private final List<Output> outputs = new ArrayList<>();
    private Job running;
    private CanvasSession.Listener listener;
    private volatile Sensitivity.Tornado tornado;
    /** How many tornadoes were asked for: only the last one asked is shown. */
    private int tornadoAsked;
    /** The last value found and the number it is for; null until a search succeeds. */
    private volatile Found found;

    record Found(AssumptionPicker.Choice choice, SolveFor.Solution solution) {
    }

    @PostConstruct
    void create(Composite parent) {
        this.parent = parent;
        parent.setLayout(new GridLayout(1, false));
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        createTornado(sash);
        createSolveFor(sash);
        sash.setWeights(58, 42);
        listener = PartListener.refreshing(parent, this::refresh);
        session.addListener(listener);
        refresh();
    }

    private void createTornado(Composite sash) {
        Group group = new Group(sash, SWT.NONE);
        group.setText(Messages.get("sensitivity.tornado"));
        group.setLayout(new GridLayout(2, false));
        Label intro = wrapped(group, Messages.get("sensitivity.tornado.intro"), 2);
        intro.setToolTipText(Messages.get("sensitivity.tornado.explained"));
        new Label(group, SWT.NONE).setText(Messages.get("sensitivity.output"));
        tornadoOutput = new Combo(group, SWT.READ_ONLY);
        tornadoOutput.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        tornadoOutput.addListener(SWT.Selection, event -> computeTornado());
        tornadoStatus = wrapped(group, "", 2);
        chart = new ChartCanvas(group, Messages.get("sensitivity.file"));
        chart.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
    }

    private void createSolveFor(Composite sash) {
        // scrolls when the window is too low for the whole form: its buttons always within reach
        solveScroll = new org.eclipse.swt.custom.ScrolledComposite(sash, SWT.V_SCROLL);
        solveScroll.setExpandHorizontal(true);
        solveScroll.setExpandVertical(true);
        Group group = new Group(solveScroll, SWT.NONE);
        solveScroll.setContent(group);
        solveScroll.addListener(SWT.Resize, event -> fitSolveForm());
        group.setText(Messages.get("solve.title"));
        group.setLayout(new GridLayout(1, false));
        wrapped(group, Messages.get("solve.intro"), 1);
        pickerArea = new Composite(group, SWT.NONE);
        pickerArea.setLayout(new GridLayout(2, false));
        pickerArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite form = new Composite(group, SWT.NONE);
        form.setLayout(new GridLayout(4, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(form, SWT.NONE).setText(Messages.get("solve.goal"));
        goal = new Combo(form, SWT.READ_ONLY);
        // the goals are long sentences: a row of their own
        goal.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        goal.addListener(SWT.Selection, event -> goalValue.setText(goalIndex() == Goal.RISK.ordinal() ? "5" : "0"));
        new Label(form, SWT.NONE).setText(Messages.get("solve.goalValue"));
        goalValue = new Text(form, SWT.BORDER);
        goalValue.setLayoutData(new GridData(80, SWT.DEFAULT));
        goalValue.setToolTipText(Messages.get("solve.goalValue.explained"));
        new Label(form, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 2, 1));
        new Label(form, SWT.NONE).setText(Messages.get("solve.between"));
        lower = new Text(form, SWT.BORDER);
        lower.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        lower.setToolTipText(Messages.get("solve.bounds.explained"));
        new Label(form, SWT.NONE).setText(Messages.get("solve.and"));
        upper = new Text(form, SWT.BORDER);
        upper.setLayoutData(new GridData(80, SWT.DEFAULT));
        upper.setToolTipText(Messages.get("solve.bounds.explained"));
        Composite buttons = new Composite(group, SWT.NONE);
        buttons.setLayout(new GridLayout(2, false));
        Button search = new Button(buttons, SWT.PUSH);
        search.setText(Messages.get("solve.search"));
        search.addListener(SWT.Selection, event -> solve());
        apply = new Button(buttons, SWT.PUSH);
        apply.setText(Messages.get("solve.apply"));
        apply.setToolTipText(Messages.get("solve.apply.explained"));
        apply.setEnabled(false);
        apply.addListener(SWT.Selection, event -> applyFound());
        answer = wrapped(group, "", 1);
    }

    /** The solve-for form's scrolling follows its height (its answer and choices change it). */
    private void fitSolveForm() {
        if (!solveScroll.isDisposed()) {
            solveScroll.setMinSize(solveScroll.getContent().computeSize(solveScroll.getClientArea().width, SWT.DEFAULT));
        }
    }

    private static Label wrapped(Composite parent, String text, int columns) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false, columns, 1);
        layout.widthHint = 300;
        label.setLayoutData(layout);
        return label;
    }

    private void refresh() {
        if (parent.isDisposed()) {
            return;
        }
        CanvasDocument document = session.document().orElse(null);
        int years = document == null ? 0 : document.canvas().getHorizonYears();
        if (outputs.size() != years + 2) {
            fillOutputs(years);
        }
        if (document != pickerDocument || (picker != null && picker.choice() != null
                && picker.choice().item().eResource() == null)) {
            pickerDocument = document;
            for (org.eclipse.swt.widgets.Control child : pickerArea.getChildren()) {
                child.dispose();
            }
            // only numbers the engine reads can be solved for; the compiled canvas knows which
            CompiledCanvas compiled = document == null ? null : CanvasCompiler.compile(document.canvas());
            picker = document == null ? null : new AssumptionPicker(pickerArea, document,
                    choice -> compiled.slotsOf(choice.item(), choice.attribute().getName(), choice.index()).length > 0);
            found = null;
            apply.setEnabled(false);
            answer.setText("");
            parent.layout(true, true);
            fitSolveForm();
        }
        if (picker != null && lower.getText().isBlank()) {
            suggestBounds();
        }
        computeTornado(); // a few runs of the engine: drawn at once, and again after every change
    }

    private void fillOutputs(int years) {
        outputs.clear();
        tornadoOutput.removeAll();
        goal.removeAll();
        outputs.add(Output.LOWEST_CASH);
        outputs.add(Output.END_CASH);
        for (int year = 1; year <= years; year++) {
            outputs.add(Output.resultOfYear(year));
        }
        for (Output output : outputs) {
            tornadoOutput.add(words(output));
        }
        tornadoOutput.select(0);
        goal.add(Messages.get("solve.goal.minimumCash"));
        goal.add(Messages.get("solve.goal.endCash"));
        goal.add(Messages.get("solve.goal.result", Math.max(1, years)));
        goal.add(Messages.get("solve.goal.risk"));
        goal.select(Goal.RISK.ordinal());
        goalValue.setText("5");
    }

    /** An output in the interface's words. */
    static String words(Output output) {
        return output.year() > 0 ? Messages.get("sensitivity.output.result", output.year())
                : Messages.get("sensitivity.output." + output.name());
    }

    private int goalIndex() {
        return goal.getSelectionIndex();
    }

    private void suggestBounds() {
        double current = picker.choice() == null ? 0 : picker.current();
        lower.setText(format(0));
        upper.setText(format(current > 0 ? 3 * current : 100_000));
    }

    private static String format(double value) {
        return FigureFormat.of(Messages.locale()).number(value, 2);
    }

    /** Computes the tornado for the output chosen (when the view opens, after each change and each choice of output). */
    void computeTornado() {
        CanvasDocument document = session.document().orElse(null);
        int index = tornadoOutput.getSelectionIndex();
        if (document == null || index < 0) {
            return;
        }
        if (document.validate().getSeverity() >= Diagnostic.ERROR) {
            tornadoStatus.setText(Messages.get("dashboard.invalid"));
            return;
        }
        CompiledCanvas compiled = CanvasCompiler.compile(document.canvas());
        List<UncertainAssumption> uncertain = UncertainAssumption.of(document.canvas(), compiled);
        Output output = outputs.get(index);
        tornadoStatus.setText(Messages.get("dashboard.computing"));
        int asked = ++tornadoAsked;
        schedule(Job.create(Messages.get("sensitivity.job"), (IProgressMonitor monitor) -> {
            Sensitivity.Tornado result = Sensitivity.of(compiled, uncertain, output);
            ui.asyncExec(() -> {
                if (asked == tornadoAsked) { // else the canvas or the output changed meanwhile
                    showTornado(result);
                }
            });
            return Status.OK_STATUS;
        }));
    }

    private void showTornado(Sensitivity.Tornado result) {
        if (parent.isDisposed()) {
            return;
        }
        tornado = result;
        String name = words(result.output());
        tornadoStatus.setText(result.bars().isEmpty() ? Messages.get("sensitivity.none")
                : Messages.get("sensitivity.base", name, Math.round(result.base()), result.bars().get(0).assumption()));
        chart.show((width, height) -> TornadoChart.create(result, name, chartText, width, height), TornadoChart.hover(result, name, chartText));
        parent.layout(true, true);
        fitSolveForm();
    }

    /** Looks for the value of the number chosen that reaches the goal. */
    void solve() {
        CanvasDocument document = session.document().orElse(null);
        AssumptionPicker.Choice choice = picker == null ? null : picker.choice();
        if (document == null || choice == null) {
            answer.setText(Messages.get("solve.nothing"));
            return;
        }
        if (document.validate().getSeverity() >= Diagnostic.ERROR) {
            answer.setText(Messages.get("dashboard.invalid"));
            return;
        }
        Double goalNumber = FieldText.number(goalValue.getText());
        Double from = FieldText.number(lower.getText());
        Double to = FieldText.number(upper.getText());
        if (goalNumber == null || from == null || to == null || from >= to) {
            answer.setText(Messages.get("solve.badNumbers"));
            return;
        }
        int years = document.canvas().getHorizonYears();
        Goal chosen = Goal.values()[goalIndex()];
        SolveFor.Target target = switch (chosen) {
            case MINIMUM_CASH -> new SolveFor.Target(Output.LOWEST_CASH, SolveFor.Comparison.AT_LEAST, goalNumber);
            case END_CASH -> new SolveFor.Target(Output.END_CASH, SolveFor.Comparison.AT_LEAST, goalNumber);
            case RESULT_OF_YEAR -> new SolveFor.Target(Output.resultOfYear(years), SolveFor.Comparison.AT_LEAST,
                    goalNumber);
            case RISK -> new SolveFor.Target(null, SolveFor.Comparison.AT_MOST, goalNumber / 100);
        };
        if (target.isProbabilistic() && (target.value() < 0 || target.value() > 1)) {
            answer.setText(Messages.get("solve.badRisk"));
            return;
        }
        CompiledCanvas compiled = CanvasCompiler.compile(document.canvas());
        List<UncertainAssumption> uncertain = UncertainAssumption.of(document.canvas(), compiled);
        int[] slots = compiled.slotsOf(choice.item(), choice.attribute().getName(), choice.index());
        double step = isWhole(choice) ? 1 : 0.01;
        found = null;
        apply.setEnabled(false);
        answer.setText(Messages.get("solve.searching"));
        schedule(Job.create(Messages.get("solve.job"), (IProgressMonitor monitor) -> {
            SolveFor.Solution solution = SolveFor.solve(compiled, uncertain, slots, target, from, to,
                    KeyFigures.DEFAULT_RUNS, KeyFigures.DEFAULT_SEED,
                    Runtime.getRuntime().availableProcessors(), step);
            ui.asyncExec(() -> showSolution(choice, target, solution));
            return Status.OK_STATUS;
        }));
    }

    private static boolean isWhole(AssumptionPicker.Choice choice) {
        Class<?> type = choice.attribute().getEAttributeType().getInstanceClass();
        return type == int.class || type == Integer.class;
    }

    private void showSolution(AssumptionPicker.Choice choice, SolveFor.Target target, SolveFor.Solution solution) {
        if (parent.isDisposed()) {
            return;
        }
        if (solution.found()) {
            found = new Found(choice, solution);
            answer.setText(Messages.get("solve.found", format(solution.value()), achieved(target, solution.achieved())));
        } else {
            answer.setText(Messages.get("solve.notFound", format(solution.lower()), format(solution.upper()),
                    achieved(target, solution.outputAtLower()), achieved(target, solution.outputAtUpper())));
        }
        apply.setEnabled(solution.found());
        parent.layout(true, true);
        fitSolveForm();
    }

    private static String achieved(SolveFor.Target target, double value) {
        return target.isProbabilistic() ? Messages.percent(value) + " " + Messages.get("solve.risk")
                : Messages.get("solve.euros", words(target.output()), format(value));
    }

    /** Puts the value found into the canvas, as one edit to undo. */
    void applyFound() {
        CanvasDocument document = session.document().orElse(null);
        Found result = found;
        if (document == null || result == null || result.choice().item().eResource() == null) {
            return;
        }
        AssumptionPicker.Choice choice = result.choice();
        document.execute(AssumptionCommands.of(document.editingDomain(), choice.item(),
                new AssumptionChange(choice.attribute(), choice.index(), OverrideMode.SET, result.solution().value()),
                Messages.get("solve.apply")));
        apply.setEnabled(false);
        answer.setText(Messages.get("solve.applied", format(result.solution().value())));
    }

    private void schedule(Job job) {
        if (running != null) {
            running.cancel();
        }
        running = job;
        job.schedule();
    }

    /** Chooses the number to solve for and the goal, as a user would (tests). */
    void choose(org.eclipse.emf.ecore.EObject item, org.eclipse.emf.ecore.EAttribute attribute, Goal goalChosen,
            String value, String from, String to) {
        picker.choose(item, attribute);
        goal.select(goalChosen.ordinal());
        goalValue.setText(value);
        lower.setText(from);
        upper.setText(to);
    }

    ChartCanvas tornadoChart() {
        return chart;
    }

    Sensitivity.Tornado tornado() {
        return tornado;
    }

    Found found() {
        return found;
    }

    String answer() {
        return answer.getText();
    }

    @PreDestroy
    void dispose() {
        session.removeListener(listener);
        if (running != null) {
            running.cancel();
        }
    }
}
