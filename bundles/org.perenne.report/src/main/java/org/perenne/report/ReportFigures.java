/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.perenne.model.Canvas;
import org.perenne.model.Scenario;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Output;
import org.perenne.simulation.Projection;
import org.perenne.simulation.actuals.AccountChart;
import org.perenne.simulation.actuals.PlanVersusActual;
import org.perenne.simulation.actuals.Reforecast;
import org.perenne.simulation.Scenarios;
import org.perenne.simulation.Sensitivity;

/**
 * Everything a report shows, computed once from a valid canvas (with a scenario applied or not): the
 * projection and its indicators, the Monte Carlo fan, the tornado on the lowest cash, the canvas's
 * scenarios side by side and the association budget. The exports only lay these figures out.
 */
public final class ReportFigures {

    /** At most this many of the canvas's scenarios are compared in a report. */
    public static final int MAX_SCENARIOS = 4;

    /** One column of the scenario comparison: the scenario's name and its key figures. */
    public record Compared(String name, KeyFigures figures) {

        /** The risk of running out of cash (Monte Carlo, the report's seed and paths). */
        public MonteCarloResult risk() {
            return figures.monteCarlo().orElseThrow();
        }
    }

    private final Canvas canvas;
    private final String scenarioName;
    private final LocalDate date;
    private final KeyFigures figures;
    private final Sensitivity.Tornado tornado;
    private final List<Compared> scenarios = new ArrayList<>();
    private final AssociationBudget budget;
    private final PlanVersusActual planVersusActual;
    private final Optional<Reforecast> reforecast;
    /** The Monte Carlo of the figures, its paths and seed: for the draws on request. */
    private final MonteCarlo monteCarloRun;
    private final int runs;
    private final long seed;

    /**
     * @param base the canvas as saved (valid)
     * @param scenario the scenario the report is about, or null for the canvas as it is
     * @param runs Monte Carlo paths (also for each compared scenario's risk)
     */
    public ReportFigures(Canvas base, Scenario scenario, int runs, long seed, int threads, LocalDate date) {
        this.canvas = scenario == null ? base : Scenarios.apply(base, scenario);
        this.scenarioName = scenario == null ? null : nameOf(scenario);
        this.date = date;
        KeyFigures.Prepared prepared = KeyFigures.prepare(canvas);
        figures = prepared.compute(runs, seed, threads, MonteCarlo.Progress.NONE);
        tornado = Sensitivity.of(prepared.compiled(), prepared.uncertainties(), Output.LOWEST_CASH);
        monteCarloRun = new MonteCarlo(prepared.compiled(), prepared.uncertainties());
        this.runs = runs;
        this.seed = seed;
        budget = new AssociationBudget(figures.projection());
        planVersusActual = new PlanVersusActual(canvas, figures.projection(), new AccountChart(canvas));
        reforecast = canvas.getActuals() == null ? Optional.empty()
                : Reforecast.of(prepared, planVersusActual, runs, seed, threads, false, MonteCarlo.Progress.NONE);
        if (scenario == null) {
            for (Scenario other : base.getScenarios().subList(0, Math.min(MAX_SCENARIOS, base.getScenarios().size()))) {
                scenarios.add(new Compared(nameOf(other),
                        KeyFigures.of(base, other, runs, seed, threads, MonteCarlo.Progress.NONE)));
            }
        }
    }

    static String nameOf(Scenario scenario) {
        return scenario.getName() != null && !scenario.getName().isBlank() ? scenario.getName() : scenario.getId();
    }

    /** The canvas the figures are for (the scenario applied, when there is one). */
    public Canvas canvas() {
        return canvas;
    }

    /** The scenario's name, or null for the canvas as it is. */
    public String scenarioName() {
        return scenarioName;
    }

    public LocalDate date() {
        return date;
    }

    /** The key figures of the canvas (or of the scenario the report is about). */
    public KeyFigures figures() {
        return figures;
    }

    public Projection projection() {
        return figures.projection();
    }

    public Indicators indicators() {
        return figures.indicators();
    }

    public MonteCarloResult monteCarlo() {
        return figures.monteCarlo().orElseThrow();
    }

    public Sensitivity.Tornado tornado() {
        return tornado;
    }

    /** The canvas's own scenarios compared with it (empty when the report is about a scenario). */
    public List<Compared> scenarios() {
        return scenarios;
    }

    public AssociationBudget budget() {
        return budget;
    }

    /**
     * The tables of the spreadsheet and the CSV files, in their order; with actual accounts, plan versus
     * actual by month and by year and the accounts mapped to no line after them.
     */
    public List<ReportTable> tables(ReportText text) {
        List<ReportTable> tables = new ArrayList<>(List.of(ReportTables.keyFigures(figures()), ReportTables.cashflow(projection()),
                ReportTables.incomeStatement(projection()),
                ReportTables.indicators(indicators()), ReportTables.monteCarlo(monteCarlo()), ReportTables.budget(budget),
                ReportTables.funders(indicators()), ReportTables.grants(projection()),
                ReportTables.impact(canvas, indicators(), text)));
        if (canvas.getActuals() != null) {
            PlanVersusActual plan = planVersusActual;
            tables.add(ReportTables.planVersusActual(plan));
            tables.add(ReportTables.planVersusActualByYear(plan));
            tables.add(ReportTables.unmapped(plan));
        }
        return tables;
    }

    /**
     * On request, the Monte Carlo's own draws (docs/model-reference.md, "The draws themselves"): every uncertain
     * figure as the engine read it (figures) and every value each path drew (draws), from the seed and paths of the
     * report's risk.
     */
    public List<ReportTable> drawTables() {
        return List.of(ReportTables.figures(monteCarloRun), ReportTables.draws(monteCarloRun, runs, seed));
    }

    /** The canvas's actual accounts next to its plan (no month when it has none). */
    public PlanVersusActual planVersusActual() {
        return planVersusActual;
    }

    /**
     * The re-forecast from the accounts' last known cash, with its Monte Carlo (the report's seed and
     * paths); empty without accounts or when they give no cash inside the horizon.
     */
    public Optional<Reforecast> reforecast() {
        return reforecast;
    }
}
