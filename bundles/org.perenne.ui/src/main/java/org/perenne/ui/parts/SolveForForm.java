/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.perenne.model.AssumptionChange;
import org.perenne.model.FieldUnit;
import org.perenne.model.FigureFormat;
import org.perenne.model.OverrideMode;
import org.perenne.model.PerennePackage.Literals;
import org.perenne.model.edit.AssumptionCommands;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.model.edit.Levers;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.Output;
import org.perenne.simulation.RiskSettings;
import org.perenne.simulation.SolveFor;
import org.perenne.simulation.UncertainAssumption;
import org.perenne.ui.Messages;

/**
 * "Solve for": the value of one number of the canvas (a grant, a fee, an occupancy) that makes a figure reach a
 * target, in the number's own unit, applied back to the canvas as one undoable edit. It starts on the main grant's
 * yearly amounts; its choices scroll when the window is low, its buttons and its answer stay in sight under them.
 */
final class SolveForForm {

    /** What the search may aim at; risk is the probability of running out of cash, the others projection figures. */
    enum Goal {
        MINIMUM_CASH, END_CASH, RESULT_OF_YEAR, RISK
    }

    /** The last value found and the number it is for. */
    record Found(AssumptionPicker.Choice choice, SolveFor.Solution solution) {
    }

    private final UISynchronize ui;
    private final Scrolling scroll;
    private final Composite pickerArea;
    private final Combo goal;
    private final Text goalValue;
    private final Text lower;
    private final Text upper;
    private final Label boundsUnit;
    private final Button apply;
    private final Label answer;
    private AssumptionPicker picker;
    private CanvasDocument pickerDocument;
    private int years = -1;
    private Job running;
    /** The last value found; null until a search succeeds. */
    private volatile Found found;

    SolveForForm(Composite parent, UISynchronize ui) {
        this.ui = ui;
        Group group = new Group(parent, SWT.NONE);
        group.setText(Messages.get("solve.title"));
        group.setLayout(new GridLayout(1, false));
        scroll = new Scrolling(group);
        scroll.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        Composite choices = scroll.newContent();
        choices.setLayout(new GridLayout(1, false));
        wrapped(choices, Messages.get("solve.intro"));
        pickerArea = new Composite(choices, SWT.NONE);
        pickerArea.setLayout(new GridLayout(2, false));
        pickerArea.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        Composite form = new Composite(choices, SWT.NONE);
        form.setLayout(new GridLayout(5, false));
        form.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        new Label(form, SWT.NONE).setText(Messages.get("solve.goal"));
        goal = new Combo(form, SWT.READ_ONLY);
        // the goals are long sentences: a row of their own
        goal.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
        new Label(form, SWT.NONE).setText(Messages.get("solve.goalValue"));
        goalValue = new Text(form, SWT.BORDER);
        goalValue.setLayoutData(new GridData(80, SWT.DEFAULT));
        goalValue.setToolTipText(Messages.get("solve.goalValue.explained"));
        goal.addListener(SWT.Selection, event -> goalValue.setText(goal.getSelectionIndex() == Goal.RISK.ordinal() ? "5" : "0"));
        new Label(form, SWT.NONE).setLayoutData(new GridData(SWT.FILL, SWT.CENTER, false, false, 3, 1));
        new Label(form, SWT.NONE).setText(Messages.get("solve.between"));
        lower = new Text(form, SWT.BORDER);
        lower.setLayoutData(new GridData(80, SWT.DEFAULT));
        lower.setToolTipText(Messages.get("solve.bounds.explained"));
        new Label(form, SWT.NONE).setText(Messages.get("solve.and"));
        upper = new Text(form, SWT.BORDER);
        upper.setLayoutData(new GridData(80, SWT.DEFAULT));
        upper.setToolTipText(Messages.get("solve.bounds.explained"));
        boundsUnit = new Label(form, SWT.NONE);
        boundsUnit.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // under the scrolled choices, always in sight
        Composite buttons = new Composite(group, SWT.NONE);
        GridLayout buttonsLayout = new GridLayout(2, false);
        buttonsLayout.marginHeight = 0;
        buttons.setLayout(buttonsLayout);
        Button search = new Button(buttons, SWT.PUSH);
        search.setText(Messages.get("solve.search"));
        search.addListener(SWT.Selection, event -> solve());
        apply = new Button(buttons, SWT.PUSH);
        apply.setText(Messages.get("solve.apply"));
        apply.setToolTipText(Messages.get("solve.apply.explained"));
        apply.setEnabled(false);
        apply.addListener(SWT.Selection, event -> applyFound());
        answer = wrapped(group, "");
    }

    private static Label wrapped(Composite parent, String text) {
        Label label = new Label(parent, SWT.WRAP);
        label.setText(text);
        GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false);
        layout.widthHint = 300;
        label.setLayoutData(layout);
        return label;
    }

    /** Follows the canvas: the goals when the horizon changes, the numbers offered when another canvas opens. */
    void refresh(CanvasDocument document) {
        int horizon = document == null ? 0 : document.canvas().getHorizonYears();
        if (horizon != years) {
            years = horizon;
            goal.removeAll();
            goal.add(Messages.get("solve.goal.minimumCash"));
            goal.add(Messages.get("solve.goal.endCash"));
            goal.add(Messages.get("solve.goal.result", Math.max(1, years)));
            goal.add(Messages.get("solve.goal.risk"));
            goal.select(Goal.RISK.ordinal());
            goalValue.setText("5");
        }
        if (document != pickerDocument || (picker != null && picker.choice() != null
                && picker.choice().item().eResource() == null)) {
            pickerDocument = document;
            for (org.eclipse.swt.widgets.Control child : pickerArea.getChildren()) {
                child.dispose();
            }
            picker = null;
            if (document != null) {
                // only numbers the engine reads can be solved for; the compiled canvas knows which
                CompiledCanvas compiled = CanvasCompiler.compile(document.canvas());
                picker = new AssumptionPicker(pickerArea, document,
                        choice -> compiled.slotsOf(choice.item(), choice.attribute().getName(), choice.index()).length > 0);
                picker.onChange(this::suggestBounds);
                // the question people ask first: how much grant is enough
                Levers.mainGrant(document.canvas()).ifPresent(grant -> picker.choose(grant, Literals.GRANT__COMMITTED_AMOUNTS));
                suggestBounds();
            }
            found = null;
            apply.setEnabled(false);
            answer.setText("");
            scroll.fit();
        }
    }

    /** The unit of the number chosen, as its field in the details shows it. */
    private FieldUnit unit() {
        AssumptionPicker.Choice choice = picker == null ? null : picker.choice();
        return choice == null ? FieldUnit.NONE : FieldUnit.of(choice.attribute());
    }

    /** The range searched when the user gives none: the same rule as the command line's, in the field's unit. */
    private void suggestBounds() {
        AssumptionPicker.Choice choice = picker == null ? null : picker.choice();
        double[] range = SolveFor.searchRange(choice == null ? 0 : picker.current(),
                choice == null ? Double.MAX_VALUE : CanvasValidator.highestValue(choice.attribute()));
        lower.setText(typed(range[0]));
        upper.setText(typed(range[1]));
        String unit = unit().withUnit("", Messages.locale()).strip();
        boundsUnit.setText(unit);
        boundsUnit.getParent().layout(true, true);
    }

    /** A value as the user types it in the chosen field's unit (a share of 0.25 as 25). */
    private String typed(double stored) {
        return FigureFormat.of(Messages.locale()).number((Double) unit().shown(stored), 2);
    }

    /** A value in the chosen field's unit, with the unit: "27 %", "42 500 €". */
    private String withUnit(double stored) {
        return unit().withUnit(typed(stored), Messages.locale());
    }

    /** Looks for the value of the number chosen that reaches the goal. */
    void solve() {
        CanvasDocument document = pickerDocument;
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
        SolveFor.Target target = switch (Goal.values()[goal.getSelectionIndex()]) {
            case MINIMUM_CASH -> new SolveFor.Target(Output.LOWEST_CASH, SolveFor.Comparison.AT_LEAST, goalNumber);
            case END_CASH -> new SolveFor.Target(Output.END_CASH, SolveFor.Comparison.AT_LEAST, goalNumber);
            case RESULT_OF_YEAR -> new SolveFor.Target(Output.resultOfYear(years), SolveFor.Comparison.AT_LEAST, goalNumber);
            case RISK -> new SolveFor.Target(null, SolveFor.Comparison.AT_MOST, goalNumber / 100);
        };
        if (target.isProbabilistic() && (target.value() < 0 || target.value() > 1)) {
            answer.setText(Messages.get("solve.badRisk"));
            return;
        }
        double low = (Double) unit().stored(from);
        double high = (Double) unit().stored(to);
        CompiledCanvas compiled = CanvasCompiler.compile(document.canvas());
        java.util.List<UncertainAssumption> uncertain = UncertainAssumption.of(document.canvas(), compiled);
        int[] slots = compiled.slotsOf(choice.item(), choice.attribute().getName(), choice.index());
        double step = step(choice.attribute());
        found = null;
        apply.setEnabled(false);
        answer.setText(Messages.get("solve.searching"));
        schedule(Job.create(Messages.get("solve.job"), (IProgressMonitor monitor) -> {
            SolveFor.Solution solution = SolveFor.solve(compiled, uncertain, slots, target, low, high, KeyFigures.DEFAULT_RUNS,
                    KeyFigures.DEFAULT_SEED, RiskSettings.processors(), step);
            ui.asyncExec(() -> show(choice, target, solution));
            return Status.OK_STATUS;
        }));
    }

    /** The precision of the value found: a whole number, a tenth of a percent, or a cent. */
    private static double step(EAttribute attribute) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        return FieldUnit.of(attribute) == FieldUnit.PERCENT ? 0.001 : 0.01;
    }

    private void show(AssumptionPicker.Choice choice, SolveFor.Target target, SolveFor.Solution solution) {
        if (answer.isDisposed()) {
            return;
        }
        if (solution.found()) {
            found = new Found(choice, solution);
            answer.setText(Messages.get("solve.found", withUnit(solution.value()), achieved(target, solution.achieved())));
        } else {
            answer.setText(Messages.get("solve.notFound", withUnit(solution.lower()), withUnit(solution.upper()),
                    achieved(target, solution.outputAtLower()), achieved(target, solution.outputAtUpper())));
        }
        apply.setEnabled(solution.found());
        answer.getParent().layout(true, true);
    }

    private static String achieved(SolveFor.Target target, double value) {
        FigureFormat figures = FigureFormat.of(Messages.locale());
        return target.isProbabilistic() ? Messages.get("solve.risk", Messages.percent(value), KeyFigures.DEFAULT_RUNS)
                : Messages.get("solve.euros", SensitivityPart.words(target.output()), figures.euros(value));
    }

    /** Puts the value found into the canvas, as one edit to undo. */
    void applyFound() {
        CanvasDocument document = pickerDocument;
        Found result = found;
        if (document == null || result == null || result.choice().item().eResource() == null) {
            return;
        }
        AssumptionPicker.Choice choice = result.choice();
        document.execute(AssumptionCommands.of(document.editingDomain(), choice.item(),
                new AssumptionChange(choice.attribute(), choice.index(), OverrideMode.SET, result.solution().value()),
                Messages.get("solve.apply")));
        apply.setEnabled(false);
        answer.setText(Messages.get("solve.applied", withUnit(result.solution().value())));
    }

    private void schedule(Job job) {
        if (running != null) {
            running.cancel();
        }
        running = job;
        job.schedule();
    }

    /** Chooses the number to solve for and the goal, as a user would (tests). */
    void choose(EObject item, EAttribute attribute, Goal goalChosen, String value, String from, String to) {
        picker.choose(item, attribute);
        goal.select(goalChosen.ordinal());
        goalValue.setText(value);
        lower.setText(from);
        upper.setText(to);
    }

    /** The number chosen now (tests). */
    AssumptionPicker.Choice choice() {
        return picker == null ? null : picker.choice();
    }

    Found found() {
        return found;
    }

    String answer() {
        return answer.getText();
    }

    void dispose() {
        if (running != null) {
            running.cancel();
        }
    }
}
