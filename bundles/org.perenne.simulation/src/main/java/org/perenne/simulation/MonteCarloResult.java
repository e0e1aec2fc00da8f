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

    /** Closing cash of month {@code m} at percentile index {@code q} (0 = P5 … 4 = P95). */
    public double percentile(int q, int m) {
        return percentiles[q][m];
    }
}
