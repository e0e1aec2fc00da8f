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
 */
public record Reforecast(YearMonth known, int knownIndex, double knownCash, Projection projection, Optional<MonteCarloResult> risk) {

    /**
     * The re-forecast of a canvas from its actual accounts' last known cash, with {@code runs} Monte Carlo
     * paths (none when 0); empty when the accounts give no closing cash inside the horizon.
     */
    public static Optional<Reforecast> of(KeyFigures.Prepared prepared, PlanVersusActual actuals, int runs, long seed, int threads) {
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
        MonteCarloResult risk = runs > 0
                ? new MonteCarlo(prepared.compiled(), prepared.uncertainties()).restartedAt(index, cash).run(runs, seed, threads,
                        MonteCarlo.Progress.NONE)
                : null;
        return Optional.of(new Reforecast(last.get(), index, cash, plan.restartedAt(index, cash), Optional.ofNullable(risk)));
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
