/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.solvers.AllowedSolution;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;

/**
 * "Solve for" (valeur cible): the value of one assumption that makes an output hit a target, found
 * by a bracketing root finder (Brent, Commons Math) between two bounds. The target is a projection
 * output ({@code min_cash = 0}) or the Monte Carlo probability of running out of cash
 * ({@code p_negative <= 0.05}); a probabilistic target reuses the same seed for every value tried
 * (common random numbers), so the search sees a steady function.
 */
public final class SolveFor {

    /** What the output must be: equal to, at most, or at least a value. */
    public enum Comparison {
        EQUAL, AT_MOST, AT_LEAST
    }

    /** A parsed target; {@code output} is null for the probability of negative cash. */
    public record Target(Output output, Comparison comparison, double value) {

        private static final Pattern FORM = Pattern.compile("\\s*([a-z_0-9]+)\\s*(<=|>=|=)\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*");

        /** Parses "min_cash=0", "p_negative<=0.05", "result_year_3>=0"; null when it means nothing. */
        public static Target parse(String text, int years) {
            Matcher matcher = FORM.matcher(text.toLowerCase(Locale.ROOT));
            if (!matcher.matches()) {
                return null;
            }
            Comparison comparison = switch (matcher.group(2)) {
                case "<=" -> Comparison.AT_MOST;
                case ">=" -> Comparison.AT_LEAST;
                default -> Comparison.EQUAL;
            };
            double value = Double.parseDouble(matcher.group(3));
            if (!Double.isFinite(value)) {
                return null;
            }
            if (matcher.group(1).equals("p_negative")) {
                return value >= 0 && value <= 1 ? new Target(null, comparison, value) : null;
            }
            Output output = Output.parse(matcher.group(1), years);
            return output == null ? null : new Target(output, comparison, value);
        }

        public boolean isProbabilistic() {
            return output == null;
        }

        /** Whether an output reaches this target (an equality within a thousandth of a cent or of a point). */
        public boolean isMet(double achieved) {
            return switch (comparison) {
                case AT_MOST -> achieved <= value;
                case AT_LEAST -> achieved >= value;
                case EQUAL -> Math.abs(achieved - value) <= 1e-5;
            };
        }
    }

    /**
     * The answer: the value found and the output it gives; or, when no value between the bounds
     * reaches the target, {@code found} is false and the outputs at both bounds say why.
     */
    public record Solution(boolean found, double value, double achieved, double lower, double upper,
            double outputAtLower, double outputAtUpper) {
    }

    private SolveFor() {
    }

    /**
     * Where a search looks when it is not told: from 0 to ten times the current value, at least 100,000, never above
     * the highest value the number may hold (1 for a share). The desktop and the command line start from the same range.
     */
    public static double[] searchRange(double current, double highest) {
        return new double[] { 0, Math.min(highest, Math.max(100_000, 10 * Math.abs(current))) };
    }

    /**
     * @param slots the assumption's slots, all set to the value tried
     * @param runs Monte Carlo paths for a probabilistic target
     */
    public static Solution solve(CompiledCanvas canvas, List<UncertainAssumption> uncertainties, int[] slots,
            Target target, double lower, double upper, int runs, long seed, int threads) {
        return solve(canvas, uncertainties, slots, target, lower, upper, runs, seed, threads, 0);
    }

    /**
     * As {@link #solve(CompiledCanvas, List, int[], Target, double, double, int, long, int)}, with the
     * value found then put on a grid of {@code step} (0.01 for euros, 1 for whole numbers): of the two
     * grid values around it, the nearer one that still reaches the target; the exact value when neither does.
     */
    public static Solution solve(CompiledCanvas canvas, List<UncertainAssumption> uncertainties, int[] slots,
            Target target, double lower, double upper, int runs, long seed, int threads, double step) {
        UnivariateFunction measure = value -> {
            CompiledCanvas changed = canvas.withValue(slots, value);
            if (target.isProbabilistic()) {
                return new MonteCarlo(changed, uncertainties).run(runs, seed, threads, MonteCarlo.Progress.NONE)
                        .probabilityCashNegative();
            }
            return target.output().of(new CashFlowEngine(changed).project());
        };
        // A risk counts paths: it moves by steps of 1/runs and sits exactly on a target such as 5 % over a
        // whole range of values. Aiming half a path beyond the target puts the root on the step's edge,
        // so the value found is the smallest (or largest) one that meets the target, not any on the step.
        double goal = !target.isProbabilistic() || target.comparison() == Comparison.EQUAL ? target.value()
                : target.value() + (target.comparison() == Comparison.AT_MOST ? 0.5 : -0.5) / runs;
        double atLower = measure.value(lower);
        double atUpper = measure.value(upper);
        double gapLower = atLower - goal;
        double gapUpper = atUpper - goal;
        if (gapLower == 0) {
            return new Solution(true, lower, atLower, lower, upper, atLower, atUpper);
        }
        if (gapUpper == 0) {
            return new Solution(true, upper, atUpper, lower, upper, atLower, atUpper);
        }
        if (Math.signum(gapLower) == Math.signum(gapUpper)) {
            return new Solution(false, Double.NaN, Double.NaN, lower, upper, atLower, atUpper);
        }
        // For "at most" keep the side where the output is at or below the target, for "at least" above it.
        AllowedSolution side = switch (target.comparison()) {
            case AT_MOST -> AllowedSolution.BELOW_SIDE;
            case AT_LEAST -> AllowedSolution.ABOVE_SIDE;
            case EQUAL -> AllowedSolution.ANY_SIDE;
        };
        double accuracy = Math.max(1e-6, Math.abs(upper - lower) * 1e-9);
        BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-12, accuracy, 1e-12, 5);
        try {
            double value = solver.solve(200, x -> measure.value(x) - goal, lower, upper, side);
            Solution exact = new Solution(true, value, measure.value(value), lower, upper, atLower, atUpper);
            return step > 0 ? onGrid(exact, measure, target, step) : exact;
        } catch (MathIllegalStateException e) {
            return new Solution(false, Double.NaN, Double.NaN, lower, upper, atLower, atUpper);
        }
    }

    private static Solution onGrid(Solution exact, UnivariateFunction measure, Target target, double step) {
        double perUnit = 1 / step; // dividing by 100 rather than multiplying by 0.01 gives the nearest double
        double below = Math.max(exact.lower(), Math.floor(exact.value() * perUnit) / perUnit);
        double above = Math.min(exact.upper(), Math.ceil(exact.value() * perUnit) / perUnit);
        boolean belowFirst = exact.value() - below <= above - exact.value();
        for (double candidate : belowFirst ? new double[] { below, above } : new double[] { above, below }) {
            double achieved = measure.value(candidate);
            if (target.isMet(achieved)) {
                return new Solution(true, candidate, achieved, exact.lower(), exact.upper(), exact.outputAtLower(),
                        exact.outputAtUpper());
            }
        }
        return exact;
    }
}
