/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

/**
 * How a Monte Carlo run is asked for: its number of paths, its seed and its threads, with the defaults every
 * figure of Pérenne uses and the bounds it accepts (docs/model-reference.md, "Limits"). The same settings give
 * the same figures whatever the threads.
 *
 * @param runs the paths, from 1 to {@link #MAX_RUNS} (0: no Monte Carlo)
 * @param threads from 1 to {@link #MAX_THREADS}
 */
public record RiskSettings(int runs, long seed, int threads) {

    /** The most paths one run may ask for. */
    public static final int MAX_RUNS = 1_000_000;
    /** The most threads one run may ask for. */
    public static final int MAX_THREADS = 256;

    public RiskSettings {
        if (runs < 0 || runs > MAX_RUNS || threads < 1 || threads > MAX_THREADS) {
            throw new IllegalArgumentException(runs + " paths on " + threads + " threads");
        }
    }

    /** The settings of every figure shown: {@link KeyFigures#DEFAULT_RUNS} paths, seed {@link KeyFigures#DEFAULT_SEED}, every processor. */
    public static RiskSettings defaults() {
        return new RiskSettings(KeyFigures.DEFAULT_RUNS, KeyFigures.DEFAULT_SEED, processors());
    }

    /** The threads a run uses unless asked otherwise: one per processor, within the bounds. */
    public static int processors() {
        return Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors());
    }

    public RiskSettings withRuns(int count) {
        return new RiskSettings(count, seed, threads);
    }

    public RiskSettings withThreads(int count) {
        return new RiskSettings(runs, seed, count);
    }

    /**
     * Checks that {@code runs} paths of {@code months} months fit in this Java's memory (each path keeps its
     * month-end cash until the percentiles are taken), before anything is allocated.
     *
     * @throws TooManyPaths with the most paths that would fit
     */
    public static void checkMemory(int runs, int months) {
        Runtime java = Runtime.getRuntime();
        long free = java.maxMemory() - (java.totalMemory() - java.freeMemory());
        // the month-end cash of every path, and a column of it at a time for the percentiles; a quarter kept spare
        long perPath = 8L * months + 8;
        long fits = Math.min(Integer.MAX_VALUE / Math.max(1, months), free * 3 / 4 / perPath);
        if (runs > fits) {
            throw new TooManyPaths(runs, months, (int) Math.max(0, fits));
        }
    }

    /** More paths than this machine's memory can hold. */
    public static final class TooManyPaths extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int runs;
        private final int fits;

        TooManyPaths(int runs, int months, int fits) {
            super(runs + " paths of " + months + " months do not fit in memory; at most " + fits + " do");
            this.runs = runs;
            this.fits = fits;
        }

        public int runs() {
            return runs;
        }

        /** The most paths that fit. */
        public int fits() {
            return fits;
        }
    }
}
