/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoRoShiRo128PlusPlus;
import org.apache.commons.statistics.descriptive.Quantile;

/**
 * Runs the projection over N paths, each with its own draws of the uncertain assumptions and of the
 * grants' renewals. Path {@code i} draws from a generator seeded from (seed, i) only, and its
 * closing cash is stored at index {@code i}: the results are the same whatever the number of
 * threads. Each thread has its own engine and buffers; nothing is allocated per month.
 */
public final class MonteCarlo {

    /** Percentiles reported for the closing cash of each month. */
    public static final double[] PERCENTILES = { 0.05, 0.25, 0.50, 0.75, 0.95 };

    /** Hears the progress of a run and may stop it. */
    public interface Progress {
        void pathsDone(int done, int total);

        default boolean isCanceled() {
            return false;
        }

        Progress NONE = (done, total) -> {
        };

        /** No report of the paths done (too quick to show), stopped when {@code canceled} says so. */
        static Progress cancelledBy(java.util.function.BooleanSupplier canceled) {
            return new Progress() {
                @Override
                public void pathsDone(int done, int total) {
                    // too quick to show
                }

                @Override
                public boolean isCanceled() {
                    return canceled.getAsBoolean();
                }
            };
        }
    }

    private static final int BLOCK = 64;
    private static final CashLine[] CASH_LINES = CashLine.values();

    private final CompiledCanvas canvas;
    private final List<UncertainAssumption> uncertainties;
    /** The common drivers the figures follow, by their index in the canvas (null where none follows one). */
    private final CommonDriver[] drivers;
    /** Whether a figure draws its own normal numbers from the path's third generator. */
    private final boolean ownStreams;
    /** The month whose closing cash is known (a re-forecast), or -1. */
    private final int knownMonth;
    private final double knownCash;
    /** Factors of each cash line after the known month (a re-forecast at the actual run-rate), or null. */
    private final double[] factors;
    /** The parts of the projection a path can change (by {@link CashFlowEngine.Part} ordinal); the others are projected once. */
    private final boolean[] changed;

    public MonteCarlo(CompiledCanvas canvas, List<UncertainAssumption> uncertainties) {
        this(canvas, uncertainties, -1, 0, null);
    }

    private MonteCarlo(CompiledCanvas canvas, List<UncertainAssumption> uncertainties, int knownMonth, double knownCash,
            double[] factors) {
        this.canvas = canvas;
        this.uncertainties = List.copyOf(uncertainties);
        int count = 0;
        for (UncertainAssumption u : uncertainties) {
            count = Math.max(count, u.driver().map(d -> d.index() + 1).orElse(0));
        }
        this.drivers = new CommonDriver[count];
        for (UncertainAssumption u : uncertainties) {
            u.driver().ifPresent(d -> drivers[d.index()] = d);
        }
        this.ownStreams = uncertainties.stream().anyMatch(UncertainAssumption::ownStream);
        this.knownMonth = knownMonth;
        this.knownCash = knownCash;
        this.factors = factors == null ? null : factors.clone();
        boolean[] drawn = new boolean[canvas.base.length];
        for (UncertainAssumption u : uncertainties) {
            for (int slot : u.slots()) {
                drawn[slot] = true;
            }
        }
        boolean renewals = false;
        for (int s : canvas.grantSlots) {
            renewals |= canvas.base[s + CompiledCanvas.GRANT_RENEWAL_PROBABILITY] > 0;
        }
        this.changed = new CashFlowEngine(canvas).partsChangedBy(drawn, renewals);
    }

    /**
     * A re-forecast: every path restarts from the actual closing cash of month {@code month} (its later
     * months keep their own flows), and the risk counts only the months after it, the future.
     */
    public MonteCarlo restartedAt(int month, double cash) {
        if (month < 0 || month >= canvas.months) {
            throw new IllegalArgumentException("month " + month + " outside the projection");
        }
        return new MonteCarlo(canvas, uncertainties, month, cash, factors);
    }

    /**
     * The same re-forecast with each cash line of the months after the known one multiplied by its factor
     * (indexed by {@link CashLine} ordinal), as {@link Projection#scaledAfter(int, double[])}.
     */
    public MonteCarlo scaled(double[] lineFactors) {
        if (knownMonth < 0 || lineFactors.length != CASH_LINES.length) {
            throw new IllegalArgumentException("a run-rate scales a re-forecast, one factor a cash line");
        }
        return new MonteCarlo(canvas, uncertainties, knownMonth, knownCash, lineFactors);
    }

    /**
     * Runs {@code runs} paths on {@code threads} threads.
     *
     * @throws CancellationException when the progress asked to stop
     */
    public MonteCarloResult run(int runs, long seed, int threads, Progress progress) {
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1");
        }
        int months = canvas.months;
        RiskSettings.checkMemory(runs, months);
        // month by month: each month's closing cash of every path side by side, for its percentiles
        double[] closing = new double[runs * months];
        // each path's lowest closing cash of each year (of the months still to come, in a re-forecast)
        double[] lowestInYear = new double[runs * canvas.years];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                Path path = new Path();
                int first;
                while ((first = next.getAndAdd(BLOCK)) < runs && failure.get() == null) {
                    if (progress.isCanceled()) {
                        throw new CancellationException();
                    }
                    int last = Math.min(runs, first + BLOCK);
                    for (int i = first; i < last; i++) {
                        path.run(seed, i, runs, closing, lowestInYear);
                    }
                    progress.pathsDone(done.addAndGet(last - first), runs);
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            }
        };
        int workers = Math.max(1, Math.min(threads, (runs + BLOCK - 1) / BLOCK));
        runTogether(java.util.Collections.nCopies(workers, worker), "perenne-monte-carlo");
        Throwable error = failure.get();
        if (error instanceof RuntimeException runtime) {
            throw runtime;
        } else if (error instanceof Error fatal) {
            throw fatal;
        }
        return summarise(runs, seed, closing, lowestInYear, workers);
    }

    /** One thread's engine, buffers and assumption rows. */
    private final class Path {
        private final CashFlowEngine engine = new CashFlowEngine(canvas);
        private final Projection projection = new Projection(canvas);
        private final double[][] rows = engine.baseAssumptions();
        private final int[] renewals = new int[canvas.grantSlots.length];
        private final double[][] shocks = new double[drivers.length][canvas.years];

        /** This path's closing cash, month by month, before it goes into the run's month-by-month table. */
        private final double[] cash = new double[canvas.months];

        void run(long seed, int index, int runs, double[] closing, double[] lowestInYear) {
            UniformRandomProvider rng = generator(seed, index);
            draw(seed, index, rng, null, 0);
            drawRenewals(rng);
            engine.projectCash(rows, renewals, projection, changed);
            int months = canvas.months;
            System.arraycopy(projection.closing, 0, cash, 0, months);
            if (factors != null) {
                // the months ahead at the actual run-rate: each flow scaled, the cash summed again
                for (int m = knownMonth + 1; m < months; m++) {
                    double net = 0;
                    for (CashLine line : CASH_LINES) {
                        net += line.sign() * projection.cash[line.ordinal()][m] * factors[line.ordinal()];
                    }
                    cash[m] = cash[m - 1] + net;
                }
            }
            if (knownMonth >= 0) {
                double shift = knownCash - projection.closing[knownMonth];
                for (int m = 0; m < months; m++) {
                    cash[m] += shift;
                }
            }
            for (int m = 0; m < months; m++) {
                closing[m * runs + index] = cash[m];
            }
            for (int y = 0; y < canvas.years; y++) {
                double lowest = Double.POSITIVE_INFINITY;
                // a re-forecast's past is known: only the months after the known one can still go wrong
                for (int m = Math.max(12 * y, knownMonth + 1); m < 12 * y + 12; m++) {
                    lowest = Math.min(lowest, cash[m]);
                }
                lowestInYear[index * canvas.years + y] = lowest;
            }
            for (UncertainAssumption uncertainty : uncertainties) {
                uncertainty.reset(rows, canvas.base);
            }
        }

        /**
         * Draws the path's uncertain figures into its assumption rows, and into {@code recorded} from {@code at} when
         * it is not null (the columns of {@link #drawColumns()}). A figure alone draws from the path's generator as it
         * always did; a figure that follows a driver mixes the driver's shock (from the path's second generator) with
         * its own normal number (from its third), so the figures alone and the grants' renewals draw the same numbers
         * with or without drivers, and {@link #alone()} the same own numbers as the run with drivers.
         */
        void draw(long seed, int index, UniformRandomProvider rng, double[] recorded, int at) {
            if (drivers.length > 0) {
                UniformRandomProvider driverRng = generator(seed ^ DRIVER_STREAM, index);
                for (int d = 0; d < drivers.length; d++) {
                    if (drivers[d] != null) {
                        drivers[d].draw(driverRng, shocks[d]);
                    }
                }
            }
            UniformRandomProvider ownRng = ownStreams ? generator(seed ^ OWN_STREAM, index) : null;
            for (UncertainAssumption uncertainty : uncertainties) {
                int driver = uncertainty.driver().map(CommonDriver::index).orElse(-1);
                if (uncertainty.drawPerYear()) {
                    for (int year = 0; year < rows.length; year++) {
                        double value = !uncertainty.ownStream() ? uncertainty.draw(rng)
                                : uncertainty.follow(driver < 0 ? 0 : shocks[driver][year], CommonDriver.standardNormal(ownRng));
                        uncertainty.set(rows, year, value);
                        if (recorded != null) {
                            recorded[at++] = value;
                        }
                    }
                } else {
                    double value = !uncertainty.ownStream() ? uncertainty.draw(rng)
                            : uncertainty.follow(driver < 0 ? 0 : shocks[driver][0], CommonDriver.standardNormal(ownRng));
                    uncertainty.set(rows, -1, value);
                    if (recorded != null) {
                        recorded[at++] = value;
                    }
                }
            }
        }

        /** Renews each grant year by year with its probability, stopping at the first refusal. */
        private void drawRenewals(UniformRandomProvider rng) {
            for (int g = 0; g < renewals.length; g++) {
                int s = canvas.grantSlots[g];
                double probability = rows[0][s + CompiledCanvas.GRANT_RENEWAL_PROBABILITY];
                int firstYear = (int) Math.round(rows[0][s + CompiledCanvas.GRANT_FIRST_YEAR]);
                int room = canvas.years - (firstYear - 1 + canvas.grantYears[g]);
                int renewed = 0;
                while (renewed < room && probability > 0 && rng.nextDouble() < probability) {
                    renewed++;
                }
                renewals[g] = renewed;
            }
        }
    }

    /** Runs the tasks at once, the last one on this thread, and waits for all of them. */
    private static void runTogether(List<Runnable> tasks, String name) {
        List<Thread> pool = new ArrayList<>();
        for (int t = 0; t < tasks.size() - 1; t++) {
            Thread thread = new Thread(tasks.get(t), name + "-" + t);
            thread.setDaemon(true);
            thread.start();
            pool.add(thread);
        }
        tasks.get(tasks.size() - 1).run();
        for (Thread thread : pool) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("interrupted");
            }
        }
    }

    /** Mixed into the seed for the drivers' generator of a path: a second stream, apart from the figures'. */
    private static final long DRIVER_STREAM = 0xD1B54A32D192ED03L;
    /** Mixed into the seed for the third generator of a path: the own normal numbers of the figures that follow drivers. */
    private static final long OWN_STREAM = 0x8CB92BA72F3D8DD7L;

    /** One column of {@link #draws}: a figure, in one model year (1, 2…) or once per path (year 0). */
    public record DrawColumn(UncertainAssumption figure, int year) {
    }

    /** The columns of {@link #draws}, in the order the figures are drawn. */
    public List<DrawColumn> drawColumns() {
        List<DrawColumn> columns = new ArrayList<>();
        for (UncertainAssumption uncertainty : uncertainties) {
            if (uncertainty.drawPerYear()) {
                for (int year = 1; year <= canvas.years; year++) {
                    columns.add(new DrawColumn(uncertainty, year));
                }
            } else {
                columns.add(new DrawColumn(uncertainty, 0));
            }
        }
        return columns;
    }

    /**
     * The values the paths of {@link #run} draw, path by path: {@code runs} rows of {@link #drawColumns()} columns,
     * path {@code i} from index {@code i × columns}. The same code draws them as the run: the same seed gives the
     * same numbers.
     */
    public double[] draws(int runs, long seed) {
        int columns = drawColumns().size();
        RiskSettings.checkMemory(runs, columns);
        double[] recorded = new double[runs * columns];
        Path path = new Path();
        for (int i = 0; i < runs; i++) {
            path.draw(seed, i, generator(seed, i), recorded, i * columns);
        }
        return recorded;
    }

    /** The same run with every figure drawn alone, none following its driver (the risk with independent figures). */
    public MonteCarlo alone() {
        return new MonteCarlo(canvas, uncertainties.stream().map(UncertainAssumption::alone).toList(), knownMonth,
                knownCash, factors);
    }

    /** Whether a figure follows a common driver. */
    public boolean hasDrivers() {
        return drivers.length > 0;
    }

    /** The generator of path {@code index}: depends on the seed and the index only. */
    static UniformRandomProvider generator(long seed, int index) {
        SplitMix64 mixer = new SplitMix64(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
        return new XoRoShiRo128PlusPlus(mixer.nextLong(), mixer.nextLong());
    }

    private MonteCarloResult summarise(int runs, long seed, double[] closing, double[] lowestInYear, int threads) {
        int months = canvas.months;
        int years = canvas.years;
        double[][] percentiles = new double[PERCENTILES.length][months];
        // Each thread takes a range of months: the same numbers whatever the number of threads.
        List<Runnable> ranges = new ArrayList<>();
        int share = (months + threads - 1) / threads;
        for (int t = 0; t < threads; t++) {
            int from = t * share;
            int to = Math.min(months, from + share);
            ranges.add(() -> {
                double[] column = new double[runs];
                Quantile quantile = Quantile.withDefaults().withCopy(false);
                for (int m = from; m < to; m++) {
                    System.arraycopy(closing, m * runs, column, 0, runs);
                    double[] values = quantile.evaluate(column, PERCENTILES);
                    for (int q = 0; q < PERCENTILES.length; q++) {
                        percentiles[q][m] = values[q];
                    }
                }
            });
        }
        runTogether(ranges, "perenne-percentiles");
        int negativeAnyTime = 0;
        int[] negativeInYear = new int[years];
        double shortfall = 0;
        for (int i = 0; i < runs; i++) {
            double lowest = Double.POSITIVE_INFINITY;
            for (int y = 0; y < years; y++) {
                double lowestThisYear = lowestInYear[i * years + y];
                if (lowestThisYear < 0) {
                    negativeInYear[y]++;
                }
                lowest = Math.min(lowest, lowestThisYear);
            }
            if (lowest < 0) {
                negativeAnyTime++;
                shortfall += -lowest;
            }
        }
        double[] yearly = new double[years];
        for (int y = 0; y < years; y++) {
            yearly[y] = negativeInYear[y] / (double) runs;
        }
        return new MonteCarloResult(canvas.startMonth, runs, seed, percentiles, negativeAnyTime / (double) runs,
                yearly, shortfall / runs, negativeAnyTime == 0 ? 0 : shortfall / negativeAnyTime);
    }
}
