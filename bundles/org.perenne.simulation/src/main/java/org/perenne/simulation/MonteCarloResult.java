/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.time.YearMonth;

/**
 * What N paths say about the cash: the percentile fan of the closing cash month by month, the
 * probability of running out of cash (at any point, and by year), and the expected shortfall.
 *
 * @param percentiles closing cash per month at P5, P25, P50, P75 and P95 ({@link MonteCarlo#PERCENTILES})
 * @param probabilityCashNegative share of paths whose closing cash goes below 0 at least once
 * @param probabilityCashNegativeByYear the same, year by year (index 0 = year 1)
 * @param expectedShortfall mean over all paths of the deepest negative cash (0 for paths that never go below 0)
 * @param meanShortfallWhenShort mean deepest negative cash over the paths that go below 0 (0 when none does)
 */
public record MonteCarloResult(YearMonth startMonth, int runs, long seed, double[][] percentiles,
        double probabilityCashNegative, double[] probabilityCashNegativeByYear, double expectedShortfall,
        double meanShortfallWhenShort) {

    public int months() {
        return percentiles[0].length;
    }

    /** The lower end of the 95 % Wilson interval of the risk of running out of cash. */
    public double probabilityCashNegativeLow() {
        return wilson(-1);
    }

    /** The upper end of the 95 % Wilson interval of the risk of running out of cash. */
    public double probabilityCashNegativeHigh() {
        return wilson(1);
    }

    /** The 95 % margin of the risk, as "± margin" reads it: half the Wilson interval's width. */
    public double probabilityCashNegativeMargin() {
        return (probabilityCashNegativeHigh() - probabilityCashNegativeLow()) / 2;
    }

    private double wilson(int side) {
        double z = 1.959963984540054; // 97.5 % quantile of the standard normal
        double n = runs;
        double p = probabilityCashNegative;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        return Math.min(1, Math.max(0, centre + side * half));
    }

    /** Closing cash of month {@code m} at percentile index {@code q} (0 = P5 … 4 = P95). */
    public double percentile(int q, int m) {
        return percentiles[q][m];
    }
}
