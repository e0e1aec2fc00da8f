/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable;

import java.util.Arrays;

import org.perenne.optimisation.timetable.domain.Placement;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;

/**
 * An upper bound on the value a week can place, for weeks too large for the exact solver: the Lagrangian
 * relaxation of "each activity at most once, a mandatory one exactly once" in the program of
 * {@link TimetableOptimumBenchmark#writeProgram}. With a multiplier λ per activity, the bound is Σ λ plus, for each
 * room and day, the best set of placements that share no half hour, each weighted by its activity's value − λ
 * (weighted interval scheduling, solved exactly by dynamic programming over the day's half hours). Every λ gives a
 * valid bound (λ ≥ 0 for an optional activity); subgradient steps lower it toward the program's LP relaxation,
 * which it reaches at the best λ because interval scheduling's constraints have integral solutions.
 */
final class LagrangianBound {

    private static final int CELLS = 48;
    /** Steps without a lower bound before the step's scale is halved (measured on M and L: 10 stalls far above). */
    private static final int PATIENCE = 250;

    private final int activities;
    private final double[] value;
    private final boolean[] mandatory;
    /** Placements grouped by room and day, each group sorted by the half hour it ends in. */
    private final int[] groupStart;
    private final int[] activity;
    private final int[] from;
    private final int[] to;

    private LagrangianBound(WeeklyTimetable problem) {
        activities = problem.getActivities().size();
        value = new double[activities];
        mandatory = new boolean[activities];
        int groups = problem.getRooms().size() * 7;
        int[] counts = new int[groups * (CELLS + 1)];
        int total = 0;
        for (int a = 0; a < activities; a++) {
            ScheduledActivity scheduled = problem.getActivities().get(a);
            value[a] = scheduled.getValueCents() / 100.0;
            mandatory[a] = scheduled.isMandatory();
            for (Placement placement : scheduled.getPossiblePlacements()) {
                counts[placement.roomDay() * (CELLS + 1) + end(scheduled, placement)]++;
                total++;
            }
        }
        // counting sort by (group, end)
        int[] offset = new int[counts.length + 1];
        for (int k = 0; k < counts.length; k++) {
            offset[k + 1] = offset[k] + counts[k];
        }
        groupStart = new int[groups + 1];
        for (int g = 0; g <= groups; g++) {
            groupStart[g] = offset[g * (CELLS + 1)];
        }
        activity = new int[total];
        from = new int[total];
        to = new int[total];
        int[] next = Arrays.copyOf(offset, counts.length);
        for (int a = 0; a < activities; a++) {
            ScheduledActivity scheduled = problem.getActivities().get(a);
            for (Placement placement : scheduled.getPossiblePlacements()) {
                int end = end(scheduled, placement);
                int i = next[placement.roomDay() * (CELLS + 1) + end]++;
                activity[i] = a;
                from[i] = TimetableOptimumBenchmark.firstCell(placement);
                to[i] = end;
            }
        }
    }


    /** The half hour after the last one the activity touches (at least one), as in the program. */
    private static int end(ScheduledActivity activity, Placement placement) {
        return TimetableOptimumBenchmark.lastCell(activity, placement) + 1;
    }

    /**
     * The lowest bound found in at most {@code iterations} subgradient steps (Polyak steps toward
     * {@code feasibleValue}, the value of a known solution).
     */
    static double of(WeeklyTimetable problem, double feasibleValue, int iterations) {
        return new LagrangianBound(problem).lowest(feasibleValue, iterations);
    }

    /**
     * Subgradient descent from λ = each activity's value (the bound "every activity placed"), the step's scale
     * halved after {@value #PATIENCE} steps without a lower bound.
     */
    private double lowest(double feasibleValue, int iterations) {
        double[] lambda = new double[activities];
        for (int a = 0; a < activities; a++) {
            lambda[a] = mandatory[a] ? value[a] : Math.max(0, value[a]); // λ ≥ 0 for an optional activity
        }
        int[] chosen = new int[activities];
        double[] best = new double[CELLS + 1];
        int[] pick = new int[CELLS + 1];
        double[] gradient = new double[activities];
        double lowest = Double.POSITIVE_INFINITY;
        double theta = 2;
        int unimproved = 0;
        for (int iteration = 0; iteration < iterations && theta > 1e-4; iteration++) {
            Arrays.fill(chosen, 0);
            double bound = 0;
            for (double l : lambda) {
                bound += l;
            }
            for (int g = 0; g + 1 < groupStart.length; g++) {
                bound += bestDay(g, lambda, best, pick, chosen);
            }
            if (bound < lowest - 1e-6) {
                lowest = bound;
                unimproved = 0;
            } else if (++unimproved >= PATIENCE) {
                theta /= 2;
                unimproved = 0;
            }
            double norm = 0;
            for (int a = 0; a < activities; a++) {
                gradient[a] = 1 - chosen[a];
                if (!mandatory[a] && lambda[a] <= 0 && gradient[a] > 0) {
                    gradient[a] = 0; // λ cannot go below 0
                }
                norm += gradient[a] * gradient[a];
            }
            if (norm == 0) {
                break; // every activity once: the relaxation's solution is a week, the bound is reached
            }
            double step = theta * Math.max(bound - feasibleValue, 1e-3 * Math.abs(bound)) / norm;
            for (int a = 0; a < activities; a++) {
                lambda[a] -= step * gradient[a];
                if (!mandatory[a]) {
                    lambda[a] = Math.max(0, lambda[a]);
                }
            }
        }
        return lowest;
    }

    /** The best weight of placements of one room and day that share no half hour; counts what it chooses. */
    private double bestDay(int g, double[] lambda, double[] best, int[] pick, int[] chosen) {
        int first = groupStart[g];
        int last = groupStart[g + 1];
        if (first == last) {
            return 0;
        }
        int i = first;
        best[0] = 0;
        pick[0] = -1;
        for (int cell = 1; cell <= CELLS; cell++) {
            best[cell] = best[cell - 1];
            pick[cell] = -1;
            for (; i < last && to[i] == cell; i++) {
                double candidate = best[from[i]] + value[activity[i]] - lambda[activity[i]];
                if (candidate > best[cell]) {
                    best[cell] = candidate;
                    pick[cell] = i;
                }
            }
        }
        for (int cell = CELLS; cell > 0;) {
            if (pick[cell] < 0) {
                cell--;
            } else {
                chosen[activity[pick[cell]]]++;
                cell = from[pick[cell]];
            }
        }
        return best[CELLS];
    }
}
