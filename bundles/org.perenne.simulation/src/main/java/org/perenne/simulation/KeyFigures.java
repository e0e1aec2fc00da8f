/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.perenne.model.Canvas;
import org.perenne.model.Scenario;

/**
 * A canvas's key figures, computed in one place for the dashboard, the scenarios, the report and the
 * command line: the projection as users read it (the rounded table of docs/model-reference.md, "Rounding"), its
 * indicators, what makes the headline meaningless when the canvas lacks it, and the Monte Carlo risk
 * with its 95 % margin, from one default seed and path count. The same canvas, seed and number of
 * paths give the same figures whoever asks.
 */
public final class KeyFigures {

    /** Monte Carlo paths of every risk shown, unless the user asks for another number. */
    public static final int DEFAULT_RUNS = 10_000;
    /** Paths of the quick estimate the dashboard may show before the final figure. */
    public static final int QUICK_RUNS = 1_000;
    /** The seed of every Monte Carlo run, unless the user asks for another one. */
    public static final long DEFAULT_SEED = 1;

    /** What a canvas lacks for its headline figures to mean anything (docs/model-reference.md, "Key figures"). */
    public enum Missing {
        /** No income of any kind: no offer, no grant. */
        INCOME,
        /** No cost of any kind. */
        COSTS,
        /** Members who need desks but no room that gives desks. */
        DESKS
    }

    /**
     * A canvas read once, on the thread that owns the model: compiled, with its uncertain assumptions.
     * {@link #compute} then runs anywhere.
     */
    public record Prepared(CompiledCanvas compiled, List<UncertainAssumption> uncertainties) {

        /**
         * The figures, with a Monte Carlo run of {@code runs} paths (none when {@code runs} is 0).
         *
         * @throws java.util.concurrent.CancellationException when the progress asked to stop
         */
        public KeyFigures compute(int runs, long seed, int threads, MonteCarlo.Progress progress) {
            return compute(runs, seed, threads, progress, true);
        }

        /**
         * The figures, with a Monte Carlo run of {@code runs} paths; with {@code figuresAlone}, when figures follow
         * common drivers, also the same run with every figure drawn alone ({@link KeyFigures#withFiguresAlone()}; a
         * quick estimate goes without it).
         */
        public KeyFigures compute(int runs, long seed, int threads, MonteCarlo.Progress progress, boolean figuresAlone) {
            Projection exact = new CashFlowEngine(compiled).project();
            MonteCarlo monteCarlo = new MonteCarlo(compiled, uncertainties);
            MonteCarloResult risk = runs > 0 ? monteCarlo.run(runs, seed, threads, progress) : null;
            // with common drivers, the same run with every figure drawn alone: how much the drivers add
            MonteCarloResult alone = runs > 0 && figuresAlone && monteCarlo.hasDrivers()
                    ? monteCarlo.alone().run(runs, seed, threads, progress)
                    : null;
            return new KeyFigures(compiled, exact, risk, alone);
        }
    }

    private final CompiledCanvas compiled;
    private final Projection projection;
    private final Indicators indicators;
    private final MonteCarloResult monteCarlo;
    private final MonteCarloResult withFiguresAlone;
    private final List<Missing> missing;

    private KeyFigures(CompiledCanvas compiled, Projection exact, MonteCarloResult monteCarlo,
            MonteCarloResult withFiguresAlone) {
        this.compiled = compiled;
        this.withFiguresAlone = withFiguresAlone;
        this.projection = exact.rounded();
        this.indicators = new Indicators(projection, compiled);
        this.monteCarlo = monteCarlo;
        this.missing = missing(compiled, projection);
    }

    /** Reads a valid canvas (on the thread that owns it). */
    public static Prepared prepare(Canvas canvas) {
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        return new Prepared(compiled, UncertainAssumption.of(canvas, compiled));
    }

    /** The figures of a valid canvas, or of one of its scenarios (null: the canvas as it is). */
    public static KeyFigures of(Canvas canvas, Scenario scenario, int runs, long seed, int threads,
            MonteCarlo.Progress progress) {
        return prepare(scenario == null ? canvas : Scenarios.apply(canvas, scenario)).compute(runs, seed, threads,
                progress);
    }

    private static List<Missing> missing(CompiledCanvas c, Projection p) {
        double income = 0, costs = 0;
        for (AccountLine line : AccountLine.values()) {
            for (int m = 0; m < p.months(); m++) {
                double amount = p.account(line, m);
                switch (line.kind()) {
                    case OWN_INCOME, OPERATING_SUBSIDY, INVESTMENT_SUBSIDY -> income += amount;
                    case COST -> costs += amount;
                    case IN_KIND -> {
                        // on both sides: neither income nor cost
                    }
                }
            }
        }
        List<Missing> missing = new ArrayList<>();
        if (income <= 0) {
            missing.add(Missing.INCOME);
        }
        if (costs <= 0) {
            missing.add(Missing.COSTS);
        }
        boolean membersNeedDesks = false;
        for (int s : c.tierSlots) {
            double[] base = c.base;
            membersNeedDesks |= base[s + CompiledCanvas.TIER_DESK_USAGE] > 0
                    && (base[s + CompiledCanvas.TIER_START] > 0 || base[s + CompiledCanvas.TIER_TARGET] > 0);
        }
        if (membersNeedDesks && c.base[c.desksSlot] <= 0) {
            missing.add(Missing.DESKS);
        }
        return List.copyOf(missing);
    }

    public CompiledCanvas compiled() {
        return compiled;
    }

    /** The projection as users read it: every line rounded to the cent, totals summed from them. */
    public Projection projection() {
        return projection;
    }

    /** The indicators of the rounded projection. */
    public Indicators indicators() {
        return indicators;
    }

    /** The Monte Carlo run; empty when none was asked for. */
    public Optional<MonteCarloResult> monteCarlo() {
        return Optional.ofNullable(monteCarlo);
    }

    /**
     * The same Monte Carlo run with every uncertain figure drawn alone, none following its common driver: empty when
     * no figure follows one (the risk is then the same) or no run was asked for. Beside {@link #monteCarlo()}, it says
     * how much the drivers add to the risk.
     */
    public Optional<MonteCarloResult> withFiguresAlone() {
        return Optional.ofNullable(withFiguresAlone);
    }

    /** What the canvas lacks for a meaningful headline; empty when nothing is missing. */
    public List<Missing> missing() {
        return missing;
    }

    /** Whether the headline figures mean something (nothing is missing). */
    public boolean hasHeadline() {
        return missing.isEmpty();
    }

    public double lowestCash() {
        return indicators.minimumCash();
    }

    public YearMonth lowestCashMonth() {
        return projection.monthOf(indicators.minimumCashMonthIndex());
    }

    public double cashAtEnd() {
        return projection.closingCash(projection.months() - 1);
    }

    /** The headline break-even: the first month from which the place stays balanced; empty if not reached. */
    public Optional<YearMonth> lastingBreakEven() {
        return month(indicators.lastingBreakEvenMonth());
    }

    /** The first month whose trailing 12-month result is balanced (not the headline); empty if never. */
    public Optional<YearMonth> firstBreakEven() {
        return month(indicators.firstBreakEvenMonth());
    }

    public double structuralResult() {
        return indicators.structuralResult();
    }

    public Indicators.Runway runway() {
        return indicators.runway();
    }

    private Optional<YearMonth> month(OptionalInt m) {
        return m.isPresent() ? Optional.of(projection.monthOf(m.getAsInt())) : Optional.empty();
    }
}
