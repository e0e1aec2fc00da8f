/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation.actuals;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.perenne.simulation.CashFlowEngine;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;

/**
 * "Where will we be from today's cash?": the plan restarted from the actual closing cash of the last month
 * the accounts know, the rest of the canvas unchanged, with its own Monte Carlo whose paths all restart
 * from that cash and whose risk counts only the months after it.
 *
 * @param known the last month whose actual cash is known
 * @param knownIndex that month's index in the projection (0 for its first month)
 * @param projection the re-forecast, rounded as every output (its months up to {@code known} are the past)
 * @param risk its Monte Carlo, when one was asked for
 * @param runRate the factor of each cash line ({@link org.perenne.simulation.CashLine} ordinal) when the
 *            months ahead are scaled to the last three months' actual run-rate, else empty
 */
public record Reforecast(YearMonth known, int knownIndex, double knownCash, Projection projection, Optional<MonteCarloResult> risk,
        Optional<double[]> runRate) {

    /** The months whose run-rate scales a re-forecast: the last three with accounts. */
    public static final int RUN_RATE_MONTHS = 3;

    /**
     * The re-forecast of a canvas from its actual accounts' last known cash, with {@code runs} Monte Carlo
     * paths (none when 0); empty when the accounts give no closing cash inside the horizon.
     */
    public static Optional<Reforecast> of(KeyFigures.Prepared prepared, PlanVersusActual actuals, int runs, long seed, int threads) {
        return of(prepared, actuals, runs, seed, threads, false, MonteCarlo.Progress.NONE);
    }

    /**
     * The same, with every own-income and cost line of the months ahead scaled, when {@code atRunRate}, to
     * what the last {@value #RUN_RATE_MONTHS} months with accounts did against the plan; {@code progress}
     * hears the paths and may cancel them (a {@link java.util.concurrent.CancellationException}).
     */
    public static Optional<Reforecast> of(KeyFigures.Prepared prepared, PlanVersusActual actuals, int runs, long seed, int threads,
            boolean atRunRate, MonteCarlo.Progress progress) {
        Optional<YearMonth> last = actuals.lastCashMonth();
        if (last.isEmpty()) {
            return Optional.empty();
        }
        Projection plan = new CashFlowEngine(prepared.compiled()).project();
        int index = (int) ChronoUnit.MONTHS.between(plan.startMonth(), last.get());
        if (index < 0 || index >= plan.months()) {
            return Optional.empty();
        }
        double cash = actuals.actualCash().get(last.get());
        double[] factors = atRunRate ? actuals.runRate(RUN_RATE_MONTHS) : null;
        MonteCarlo paths = new MonteCarlo(prepared.compiled(), prepared.uncertainties()).restartedAt(index, cash);
        MonteCarloResult risk = runs > 0
                ? (factors == null ? paths : paths.scaled(factors)).run(runs, seed, threads, progress)
                : null;
        Projection ahead = (factors == null ? plan : plan.scaledAfter(index, factors)).restartedAt(index, cash);
        return Optional.of(new Reforecast(last.get(), index, cash, ahead, Optional.ofNullable(risk), Optional.ofNullable(factors)));
    }

    /** The lowest closing cash still to come (the months after the known one); the known cash when none is left. */
    public double lowestCashAhead() {
        double lowest = knownCash;
        for (int m = knownIndex + 1; m < projection.months(); m++) {
            lowest = Math.min(lowest, projection.closingCash(m));
        }
        return lowest;
    }
}
