/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.perenne.model.Canvas;
import org.perenne.model.FigureFormat;
import org.perenne.model.PerennePackage;
import org.perenne.model.edit.CanvasDocument;
import org.perenne.model.edit.EditVocabulary;
import org.perenne.optimisation.RuleOutcome;
import org.perenne.optimisation.plan.domain.PlanDecision;
import org.perenne.optimisation.plan.domain.PlanOption;
import org.perenne.optimisation.plan.domain.SpacePlan;
import org.perenne.optimisation.plan.solver.PlanMapping;
import org.perenne.optimisation.plan.solver.PlanSolver;
import org.perenne.optimisation.timetable.Week;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
import org.perenne.optimisation.timetable.solver.TimetableMapping;
import org.perenne.optimisation.timetable.solver.TimetableSolver;
import org.perenne.ui.CanvasSession;
import org.perenne.ui.Messages;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The two optimisations: the weekly room timetable and the plan of room uses and prices. The solver
 * runs in a job, its best score shown as it improves, and can be stopped; the result shows as a
 * rooms × time grid or a list of decisions, with the score explained rule by rule; "apply to the
 * canvas" makes it one change, undone with Ctrl+Z.
 */
public final class OptimisationPart {

    @Inject
    private CanvasSession session;
    @Inject
    private UISynchronize ui;

    private Scrolling scroll;
    private Button timetableChoice;
    private Spinner seconds;
    private Button start;
    private Button stop;
    private Button apply;
    private Label best;
    private Table result;
    private WeekGrid grid;
    private Table explanation;
    private Job running;
    private volatile TimetableSolver timetableSolver;
    private volatile PlanSolver planSolver;
    /** The result shown and how to apply it; null before a run. */
    private Runnable applyResult;
    private volatile WeeklyTimetable timetable;

    @PostConstruct
    void create(Composite part) {
        // the week grid keeps its height when the part is short (1280×800, the explanation under it): the part scrolls
        part.setLayout(new org.eclipse.swt.layout.FillLayout());
        scroll = new Scrolling(part);
        Composite parent = scroll.newContent();
        parent.setLayout(new GridLayout(1, false));
        Composite controls = new Composite(parent, SWT.NONE);
        org.eclipse.swt.layout.RowLayout row = new org.eclipse.swt.layout.RowLayout();
        row.wrap = true; // a narrow part puts the buttons on a second line rather than cutting them
        row.spacing = 10;
        row.center = true;
        controls.setLayout(row);
        GridData controlsLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        controlsLayout.widthHint = 100;
        controls.setLayoutData(controlsLayout);
        timetableChoice = new Button(controls, SWT.RADIO);
        timetableChoice.setText(Messages.get("optimise.timetable"));
        timetableChoice.setToolTipText(Messages.get("optimise.timetable.explained"));
        timetableChoice.setSelection(true);
        Button planChoice = new Button(controls, SWT.RADIO);
        planChoice.setText(Messages.get("optimise.plan"));
        planChoice.setToolTipText(Messages.get("optimise.plan.explained"));
        new Label(controls, SWT.NONE).setText(Messages.get("optimise.seconds"));
        seconds = new Spinner(controls, SWT.BORDER);
        seconds.setValues(10, 1, 600, 0, 1, 10);
        start = new Button(controls, SWT.PUSH);
        start.setText(Messages.get("optimise.start"));
        start.addListener(SWT.Selection, event -> start());
        stop = new Button(controls, SWT.PUSH);
        stop.setText(Messages.get("optimise.stop"));
        stop.setEnabled(false);
        stop.addListener(SWT.Selection, event -> stop());
        apply = new Button(controls, SWT.PUSH);
        apply.setText(Messages.get("optimise.apply"));
        apply.setToolTipText(Messages.get("optimise.apply.explained"));
        apply.setEnabled(false);
        apply.addListener(SWT.Selection, event -> applyToCanvas());
        best = new Label(parent, SWT.WRAP);
        best.setText(Messages.get("optimise.ready"));
        GridData bestLayout = new GridData(SWT.FILL, SWT.TOP, true, false);
        bestLayout.widthHint = 300;
        best.setLayoutData(bestLayout);
        result = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        result.setHeaderVisible(true);
        result.setLinesVisible(true);
        result.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        grid = new WeekGrid(parent);
        grid.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        showing(false);
        Label why = new Label(parent, SWT.NONE);
        why.setText(Messages.get("optimise.explanation"));
        why.setToolTipText(Messages.get("optimise.explanation.explained"));
        explanation = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        explanation.setHeaderVisible(true);
        GridData explanationLayout = new GridData(SWT.FILL, SWT.FILL, true, false);
        explanationLayout.heightHint = explanation.getItemHeight() * 6;
        explanation.setLayoutData(explanationLayout);
    }

    /** Runs the chosen optimisation for the time set (tests set both first). */
    void start() {
        CanvasDocument document = session.document().orElse(null);
        if (document == null || running != null) {
            return;
        }
        if (document.validate().getSeverity() >= Diagnostic.ERROR) {
            best.setText(Messages.get("dashboard.invalid"));
            return;
        }
        Duration limit = Duration.ofSeconds(seconds.getSelection());
        applyResult = null;
        apply.setEnabled(false);
        start.setEnabled(false);
        stop.setEnabled(true);
        best.setText(Messages.get("optimise.running"));
        running = timetableChoice.getSelection() ? timetableJob(document, limit) : planJob(document, limit);
        running.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                ui.asyncExec(() -> {
                    running = null;
                    if (!start.isDisposed()) {
                        start.setEnabled(true);
                        stop.setEnabled(false);
                    }
                });
            }
        });
        running.schedule();
    }

    private Job timetableJob(CanvasDocument document, Duration limit) {
        TimetableMapping mapping = new TimetableMapping(document.canvas()); // reads the model on the UI thread
        WeeklyTimetable problem = mapping.problem();
        return Job.create(Messages.get("optimise.timetable"), (IProgressMonitor monitor) -> {
            TimetableSolver solver = new TimetableSolver();
            timetableSolver = solver;
            WeeklyTimetable solution = solver.solveWithin(problem, limit,
                    found -> showScore(ScoreWords.timetable(TimetableSolver.standing(found))));
            timetableSolver = null;
            List<RuleOutcome> why = TimetableSolver.outcomes(solution);
            ui.asyncExec(() -> {
                timetable = solution;
                showTimetable(solution);
                showExplanation(why, false);
                applyResult = () -> document.execute(mapping.applyOccupancy(document.editingDomain(), document.canvas(), solution));
                apply.setEnabled(true);
            });
            return Status.OK_STATUS;
        });
    }

    private Job planJob(CanvasDocument document, Duration limit) {
        PlanMapping mapping = new PlanMapping(document.canvas());
        SpacePlan problem = mapping.problem();
        if (problem.getDecisions().isEmpty()) {
            best.setText(Messages.get("optimise.nothingToDecide"));
        }
        return Job.create(Messages.get("optimise.plan"), (IProgressMonitor monitor) -> {
            if (problem.getDecisions().isEmpty()) {
                return Status.OK_STATUS;
            }
            double before = problem.getSimulator().outcome(List.of()).averageYearlyResult();
            PlanSolver solver = new PlanSolver();
            planSolver = solver;
            SpacePlan solution = solver.solveWithin(problem, limit, found -> showScore(ScoreWords.plan(PlanSolver.standing(found))));
            planSolver = null;
            double after = solution.outcome().averageYearlyResult();
            List<RuleOutcome> why = PlanSolver.outcomes(solution);
            ui.asyncExec(() -> {
                showPlan(document, solution, before, after);
                showExplanation(why, true);
                applyResult = () -> document.execute(mapping.apply(document.editingDomain(), solution));
                apply.setEnabled(true);
            });
            return Status.OK_STATUS;
        });
    }

    /** Shows the best solution so far (called from the solver's thread: the words are made there). */
    private void showScore(String score) {
        ui.asyncExec(() -> {
            if (!best.isDisposed()) {
                best.setText(Messages.get("optimise.best", score));
            }
        });
    }

    /** Stops the solver early: the best result so far is kept. */
    void stop() {
        TimetableSolver t = timetableSolver;
        if (t != null) {
            t.stop();
        }
        PlanSolver p = planSolver;
        if (p != null) {
            p.stop();
        }
    }

    private void columns(String... titles) {
        result.removeAll();
        for (TableColumn column : result.getColumns()) {
            column.dispose();
        }
        for (String title : titles) {
            TableColumn column = new TableColumn(result, SWT.LEFT);
            column.setText(title);
            column.setWidth(130);
        }
    }

    /** The week as a grid: a column per day and room, the hours downwards; the activities left out under it. */
    private void showTimetable(WeeklyTimetable solution) {
        showing(true);
        Canvas canvas = session.document().map(CanvasDocument::canvas).orElse(null);
        java.time.YearMonth first = canvas == null ? java.time.YearMonth.now() : canvas.getStartMonth();
        grid.show(Week.of(solution), canvas == null ? "" : canvas.getName(), first,
                first.plusYears(canvas == null ? 1 : canvas.getHorizonYears()).minusMonths(1));
        long placed = solution.getActivities().stream().filter(ScheduledActivity::isPlaced).count();
        best.setText(Messages.get("optimise.timetableDone", placed, solution.getActivities().size(),
                ScoreWords.timetable(TimetableSolver.standing(solution))));
        scroll.fit();
    }

    /** Shows the week grid (a timetable) or the table (a plan). */
    private void showing(boolean week) {
        ((GridData) grid.control().getLayoutData()).exclude = !week;
        grid.control().setVisible(week);
        ((GridData) result.getLayoutData()).exclude = week;
        result.setVisible(!week);
    }

    private void showPlan(CanvasDocument document, SpacePlan solution, double before, double after) {
        showing(false);
        columns(Messages.get("optimise.item"), Messages.get("optimise.now"), Messages.get("optimise.proposed"));
        result.getColumn(0).setWidth(240);
        EditVocabulary words = new EditVocabulary(Messages.locale());
        FigureFormat euros = FigureFormat.of(Messages.locale());
        for (PlanDecision decision : solution.getDecisions()) {
            TableItem row = new TableItem(result, SWT.NONE);
            row.setText(0, decision.getItemName());
            row.setText(1, option(decision.getCurrent(), words, euros));
            row.setText(2, option(decision.getChoice(), words, euros)
                    + (Objects.equals(decision.getCurrent(), decision.getChoice()) ? "" : "  ←"));
        }
        for (TableColumn column : result.getColumns()) {
            column.pack();
        }
        FigureFormat whole = FigureFormat.of(Messages.locale());
        best.setText(Messages.get("optimise.planDone", whole.whole(before), whole.whole(after),
                ScoreWords.plan(PlanSolver.standing(solution))));
        scroll.fit();
    }

    private static String option(PlanOption option, EditVocabulary words, FigureFormat euros) {
        if (option == null) {
            return "";
        }
        return option.function() != null
                ? words.literalLabel(PerennePackage.Literals.ROOM_FUNCTION.getEEnumLiteral(option.function().getValue()))
                : euros.number(option.price(), 2) + "\u00a0€";
    }

    /** Each rule: its name, what the solution gives for it in its unit, and what it weighs in the choice. */
    private void showExplanation(List<RuleOutcome> why, boolean plan) {
        explanation.removeAll();
        for (TableColumn column : explanation.getColumns()) {
            column.dispose();
        }
        for (String key : new String[] { "optimise.rule", "optimise.measure", "optimise.worth" }) {
            new TableColumn(explanation, SWT.LEFT).setText(Messages.get(key));
        }
        for (RuleOutcome rule : why) {
            TableItem row = new TableItem(explanation, SWT.NONE);
            row.setText(0, Messages.get("rule." + rule.rule()));
            row.setText(1, ScoreWords.measure(rule));
            row.setText(2, ScoreWords.weight(rule, plan));
        }
        for (TableColumn column : explanation.getColumns()) {
            column.pack();
        }
    }

    /** Applies the result shown to the canvas, as one change that undo takes back. */
    void applyToCanvas() {
        if (applyResult != null) {
            applyResult.run();
            apply.setEnabled(false);
            best.setText(Messages.get("optimise.applied"));
        }
    }

    /** Chooses the plan instead of the timetable and a time limit (tests). */
    void choose(boolean timetableProblem, int limitSeconds) {
        timetableChoice.setSelection(timetableProblem);
        ((Button) timetableChoice.getParent().getChildren()[1]).setSelection(!timetableProblem);
        seconds.setSelection(limitSeconds);
    }

    boolean isRunning() {
        return running != null;
    }

    boolean canApply() {
        return apply.isEnabled();
    }

    WeeklyTimetable timetable() {
        return timetable;
    }

    Table resultTable() {
        return result;
    }

    WeekGrid weekGrid() {
        return grid;
    }

    @PreDestroy
    void dispose() {
        stop();
        if (running != null) {
            running.cancel();
        }
    }
}
