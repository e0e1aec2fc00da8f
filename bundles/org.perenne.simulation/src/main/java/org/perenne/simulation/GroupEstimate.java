/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.util.List;

import org.perenne.model.Estimate;

/**
 * A group estimate (docs/model-reference.md, "Group estimate"): the equal-weight pool of the participants' triangular
 * laws. Its distribution function is the average of theirs; a value is found where that function reaches the wanted
 * share, by bisection to a millionth of the range; its mean is the mean of the participants' means.
 */
public final class GroupEstimate {

    private final double[] low;
    private final double[] likely;
    private final double[] high;
    private final double lowest;
    private final double highest;

    private GroupEstimate(double[] low, double[] likely, double[] high) {
        this.low = low;
        this.likely = likely;
        this.high = high;
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < low.length; i++) {
            min = Math.min(min, low[i]);
            max = Math.max(max, high[i]);
        }
        this.lowest = min;
        this.highest = max;
    }

    /** The pool of the participants' estimates (at least one; each low ≤ likely ≤ high, as validation demands). */
    public static GroupEstimate of(List<? extends Estimate> estimates) {
        int n = estimates.size();
        double[] low = new double[n], likely = new double[n], high = new double[n];
        for (int i = 0; i < n; i++) {
            low[i] = estimates.get(i).getLow();
            likely[i] = estimates.get(i).getLikely();
            high[i] = estimates.get(i).getHigh();
        }
        return of(low, likely, high);
    }

    /** The pool of triangular laws (low, likely, high) given in three arrays of one length. */
    public static GroupEstimate of(double[] low, double[] likely, double[] high) {
        if (low.length == 0 || low.length != likely.length || low.length != high.length) {
            throw new IllegalArgumentException("a group estimate needs one low, likely and high value per participant");
        }
        return new GroupEstimate(low.clone(), likely.clone(), high.clone());
    }

    /** The participants' count. */
    public int participants() {
        return low.length;
    }

    public double lowest() {
        return lowest;
    }

    public double highest() {
        return highest;
    }

    /** From the lowest low to the highest high. */
    public double range() {
        return highest - lowest;
    }

    /** The mean of the pool: the mean of the participants' means, (low + likely + high) / 3 each. */
    public double mean() {
        double total = 0;
        for (int i = 0; i < low.length; i++) {
            total += (low[i] + likely[i] + high[i]) / 3;
        }
        return total / low.length;
    }

    /** The share of the pool below {@code x}: the average of the participants' distribution functions. */
    public double cumulative(double x) {
        double total = 0;
        for (int i = 0; i < low.length; i++) {
            total += triangular(x, low[i], likely[i], high[i]);
        }
        return total / low.length;
    }

    /** One participant's distribution function at {@code x}: a triangle, or a step where low = high. */
    public static double triangular(double x, double low, double likely, double high) {
        if (x <= low) {
            return x < low || high > low ? 0 : 1;
        }
        if (x >= high) {
            return 1;
        }
        if (x <= likely) {
            return (x - low) * (x - low) / ((high - low) * (likely - low));
        }
        return 1 - (high - x) * (high - x) / ((high - low) * (high - likely));
    }

    /** The participants' triangle density at {@code x}, for the editor's drawing. */
    public static double density(double x, double low, double likely, double high) {
        if (x < low || x > high || high <= low) {
            return 0;
        }
        return x <= likely ? (likely > low ? 2 * (x - low) / ((high - low) * (likely - low)) : 2 / (high - low))
                : (high > likely ? 2 * (high - x) / ((high - low) * (high - likely)) : 2 / (high - low));
    }

    /** The pooled density at {@code x}: the average of the participants' densities. */
    public double density(double x) {
        double total = 0;
        for (int i = 0; i < low.length; i++) {
            total += density(x, low[i], likely[i], high[i]);
        }
        return total / low.length;
    }

    /** The value where the pool's distribution function reaches {@code u}, to a millionth of the range. */
    public double inverse(double u) {
        double from = lowest, to = highest;
        double tolerance = (highest - lowest) * 1e-6;
        if (u <= 0) {
            return from;
        }
        if (u >= 1) {
            return to;
        }
        while (to - from > tolerance) {
            double middle = 0.5 * (from + to);
            if (middle <= from || middle >= to) {
                break; // two neighbouring doubles: as close as numbers get
            }
            if (cumulative(middle) < u) {
                from = middle;
            } else {
                to = middle;
            }
        }
        return 0.5 * (from + to);
    }
}
