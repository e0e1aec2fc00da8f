/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perenne.simulation.TestCanvas.F;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.perenne.model.Canvas;
import org.perenne.model.CostCategory;
import org.perenne.model.Distribution;
import org.perenne.model.DistributionKind;
import org.perenne.model.Driver;
import org.perenne.model.Estimate;
import org.perenne.model.Uncertainty;

/**
 * Common drivers and group estimates drawn as docs/model-reference.md says ("Common drivers", "Group estimate"):
 * each law keeps its own marginal when it follows a driver (the copula moves ranks only), two figures on one driver
 * have the rank correlation (6/π)·asin(ρ₁ρ₂/2), a per-year driver's persistence φ is the lag-1 correlation of its
 * shocks, figures at strength 1 are comonotone, a figure drawn alone draws the same numbers whether or not other
 * figures follow drivers, and the pooled law's mean and quantiles are those of the participants' average.
 * Tolerances are 4.5 standard errors at 100,000 draws, as in {@link LawsTest}; the seed is fixed.
 */
class CommonDriversTest {

    private static final int DRAWS = 100_000;
    private static final double Z = 4.5;
    private static final NormalDistribution STANDARD = NormalDistribution.of(0, 1);

    /** A one-year canvas whose fixed costs are uncertain: one cost per law given. */
    private static Canvas canvas(int years, Distribution... laws) {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), years);
        for (Distribution law : laws) {
            TestCanvas.costs(canvas, CostCategory.OTHER, 1_000);
            var cost = canvas.getCosts().getFixedCosts().get(canvas.getCosts().getFixedCosts().size() - 1);
            cost.setId("cost-" + canvas.getCosts().getFixedCosts().size());
            TestCanvas.uncertain(canvas, cost, "monthlyAmount", law);
        }
        return canvas;
    }

    private static Driver driver(Canvas canvas, String name, double persistence) {
        Driver driver = F.createDriver();
        driver.setId("driver-" + (canvas.getDrivers().size() + 1));
        driver.setName(name);
        driver.setPersistence(persistence);
        canvas.getDrivers().add(driver);
        return driver;
    }

    private static void follow(Uncertainty figure, Driver driver, double strength) {
        figure.setDriver(driver);
        figure.setStrength(strength);
    }

    private static MonteCarlo monteCarlo(Canvas canvas) {
        KeyFigures.Prepared prepared = KeyFigures.prepare(canvas);
        return new MonteCarlo(prepared.compiled(), prepared.uncertainties());
    }

    /** Column {@code c} of the draws: one value per path. */
    private static double[] column(double[] draws, int columns, int c) {
        double[] values = new double[draws.length / columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = draws[i * columns + c];
        }
        return values;
    }

    private static Distribution law(DistributionKind kind, double min, double mode, double max) {
        Distribution law = TestCanvas.law(kind, min, max);
        law.setMode(mode);
        return law;
    }

    /** The draws of a law followed at strength 0.7 of a driver, 100,000 paths. */
    private static double[] followingDraws(Distribution law) {
        Canvas canvas = canvas(1, law);
        follow(canvas.getUncertainties().get(0), driver(canvas, "Demande locale", 0), 0.7);
        MonteCarlo monteCarlo = monteCarlo(canvas);
        assertTrue(monteCarlo.hasDrivers());
        return monteCarlo.draws(DRAWS, 21);
    }

    @Test
    void eachLawKeepsItsOwnMarginalWhenItFollowsADriver() {
        double a = 10, c = 25, b = 60;
        LawsTest.assertFollows(followingDraws(law(DistributionKind.UNIFORM, a, 0, b)), (a + b) / 2, (b - a) * (b - a) / 12,
                x -> (x - a) / (b - a), 15, 30, 55);
        DoubleUnaryOperator triangle = x -> GroupEstimate.triangular(x, a, c, b);
        LawsTest.assertFollows(followingDraws(law(DistributionKind.TRIANGULAR, a, c, b)), (a + b + c) / 3,
                (a * a + b * b + c * c - a * b - a * c - b * c) / 18, triangle, 15, 25, 40, 55);
        double alpha = 1 + 4 * (c - a) / (b - a), beta = 1 + 4 * (b - c) / (b - a), s = alpha + beta;
        BetaDistribution standard = BetaDistribution.of(alpha, beta);
        LawsTest.assertFollows(followingDraws(law(DistributionKind.PERT, a, c, b)), a + (b - a) * alpha / s,
                (b - a) * (b - a) * alpha * beta / (s * s * (s + 1)), x -> standard.cumulativeProbability((x - a) / (b - a)),
                15, 25, 30, 45);
        Distribution normal = law(DistributionKind.TRUNCATED_NORMAL, -1, 0, 2);
        normal.setMean(0);
        normal.setStandardDeviation(1);
        double z = STANDARD.cumulativeProbability(2) - STANDARD.cumulativeProbability(-1);
        double pa = STANDARD.density(-1), pb = STANDARD.density(2);
        double shift = (pa - pb) / z;
        LawsTest.assertFollows(followingDraws(normal), shift, 1 + (-pa - 2 * pb) / z - shift * shift,
                x -> (STANDARD.cumulativeProbability(x) - STANDARD.cumulativeProbability(-1)) / z, -0.5, 0, 1);
        Distribution discrete = F.createDistribution();
        discrete.setKind(DistributionKind.DISCRETE);
        discrete.getValues().addAll(List.of(0.0, 3.0, 6.0));
        discrete.getWeights().addAll(List.of(0.5, 0.3, 0.2));
        double mean = 0.3 * 3 + 0.2 * 6;
        LawsTest.assertFollows(followingDraws(discrete), mean, 0.3 * 9 + 0.2 * 36 - mean * mean,
                x -> x <= 0 ? 0 : x <= 3 ? 0.5 : x <= 6 ? 0.8 : 1, 1, 4, 7);
        Distribution bernoulli = F.createDistribution();
        bernoulli.setKind(DistributionKind.BERNOULLI);
        bernoulli.setProbability(0.3);
        LawsTest.assertFollows(followingDraws(bernoulli), 0.3, 0.21, x -> x <= 0 ? 0 : x <= 1 ? 0.7 : 1, 0.5);
        double[][] views = { { 10, 20, 40 }, { 15, 30, 35 }, { 25, 45, 70 } };
        DoubleUnaryOperator pooled = x -> Arrays.stream(views).mapToDouble(v -> GroupEstimate.triangular(x, v[0], v[1], v[2]))
                .average().orElseThrow();
        double pooledMean = Arrays.stream(views).mapToDouble(v -> (v[0] + v[1] + v[2]) / 3).average().orElseThrow();
        // the variance of a mixture: the mean of the second moments less the squared mean
        double secondMoment = Arrays.stream(views).mapToDouble(v -> (v[0] * v[0] + v[1] * v[1] + v[2] * v[2]
                - v[0] * v[1] - v[0] * v[2] - v[1] * v[2]) / 18 + Math.pow((v[0] + v[1] + v[2]) / 3, 2)).average().orElseThrow();
        LawsTest.assertFollows(followingDraws(groupEstimate(views)), pooledMean, secondMoment - pooledMean * pooledMean,
                pooled, 15, 25, 33, 50);
    }

    private static Distribution groupEstimate(double[][] views) {
        Distribution law = F.createDistribution();
        law.setKind(DistributionKind.GROUP_ESTIMATE);
        for (double[] view : views) {
            Estimate estimate = F.createEstimate();
            estimate.setLow(view[0]);
            estimate.setLikely(view[1]);
            estimate.setHigh(view[2]);
            law.getEstimates().add(estimate);
        }
        return law;
    }

    @Test
    void twoFiguresOnOneDriverHaveTheContractsRankCorrelation() {
        for (double[] strengths : new double[][] { { 0.8, 0.6 }, { 0.8, -0.6 }, { 0.4, 0.4 } }) {
            Canvas canvas = canvas(1, law(DistributionKind.TRIANGULAR, 10, 25, 60), law(DistributionKind.UNIFORM, 0, 0, 1));
            Driver driver = driver(canvas, "Budgets publics", 0);
            follow(canvas.getUncertainties().get(0), driver, strengths[0]);
            follow(canvas.getUncertainties().get(1), driver, strengths[1]);
            double[] draws = monteCarlo(canvas).draws(DRAWS, 22);
            double expected = 6 / Math.PI * Math.asin(strengths[0] * strengths[1] / 2);
            double spearman = spearman(column(draws, 2, 0), column(draws, 2, 1));
            assertEquals(expected, spearman, Z * (1 - expected * expected) / Math.sqrt(DRAWS),
                    "rank correlation at strengths " + Arrays.toString(strengths));
        }
    }

    @Test
    void aPerYearDriversPersistenceIsTheLagOneCorrelationOfItsShocks() {
        double persistence = 0.6;
        Canvas canvas = canvas(3, law(DistributionKind.UNIFORM, 0, 0, 1));
        Uncertainty figure = canvas.getUncertainties().get(0);
        figure.setDrawPerYear(true);
        follow(figure, driver(canvas, "Prix de l’énergie", persistence), 1);
        double[] draws = monteCarlo(canvas).draws(DRAWS, 23);
        // at strength 1 a uniform law on [0, 1] gives back u = Φ(Z): its normal score is the driver's shock itself
        double[][] shocks = new double[3][];
        for (int year = 0; year < 3; year++) {
            shocks[year] = Arrays.stream(column(draws, 3, year)).map(STANDARD::inverseCumulativeProbability).toArray();
        }
        double tolerance = Z * (1 - persistence * persistence) / Math.sqrt(DRAWS);
        assertEquals(persistence, pearson(shocks[0], shocks[1]), tolerance, "year 1 to year 2");
        assertEquals(persistence, pearson(shocks[1], shocks[2]), tolerance, "year 2 to year 3");
        assertEquals(persistence * persistence, pearson(shocks[0], shocks[2]), tolerance, "year 1 to year 3");
        assertEquals(1, variance(shocks[2]), Z * Math.sqrt(2.0 / DRAWS), "each year's shock stays standard normal");
    }

    @Test
    void figuresAtStrengthOneAreComonotone() {
        Canvas canvas = canvas(1, law(DistributionKind.PERT, 10, 25, 60), law(DistributionKind.UNIFORM, 500, 0, 900));
        Driver driver = driver(canvas, "Demande locale", 0);
        follow(canvas.getUncertainties().get(0), driver, 1);
        follow(canvas.getUncertainties().get(1), driver, 1);
        double[] draws = monteCarlo(canvas).draws(10_000, 24);
        assertArrayEquals(ranks(column(draws, 2, 0)), ranks(column(draws, 2, 1)), "the same rank on every path");
    }

    /**
     * The risk "with independent figures" is the same paths with the drivers set aside: every figure alone draws the
     * same numbers as in the run with drivers, whatever law comes before it (a PERT law drawn alone takes a varying
     * count of numbers), and each follower keeps its own part. (A canvas without drivers draws as before: the command
     * line's tests compare montecarlo.csv to the byte on the four samples.)
     */
    @Test
    void theComparisonWithFiguresAloneSharesEveryNumberButTheDrivers() {
        Canvas followed = canvas(2, law(DistributionKind.PERT, 10, 25, 60), law(DistributionKind.TRIANGULAR, 10, 25, 60),
                law(DistributionKind.UNIFORM, 0, 0, 1));
        followed.getUncertainties().get(1).setDrawPerYear(true);
        Driver driver = driver(followed, "Demande locale", 0.5);
        follow(followed.getUncertainties().get(0), driver, 0.9);
        follow(followed.getUncertainties().get(2), driver, -0.4);
        MonteCarlo withDrivers = monteCarlo(followed);
        double[] after = withDrivers.draws(1_000, 25);
        double[] comparison = withDrivers.alone().draws(1_000, 25);
        // columns: the PERT figure, the triangular one in years 1 and 2, the uniform one
        for (int c : new int[] { 1, 2 }) {
            assertArrayEquals(column(after, 4, c), column(comparison, 4, c), "the figure alone, column " + c);
        }
        // the followers keep their own part, their driver set aside: ρZ + √(1 − ρ²)ε against ε alone has the correlation
        // √(1 − ρ²), and ranks (6/π)·asin(√(1 − ρ²)/2): 0.418 at ρ = 0.9 (1,000 paths: within 0.1)
        double expected = 6 / Math.PI * Math.asin(Math.sqrt(1 - 0.9 * 0.9) / 2);
        assertEquals(expected, spearman(column(after, 4, 0), column(comparison, 4, 0)), 0.1, "the PERT figure's own part");
        assertFalse(withDrivers.alone().hasDrivers(), "the comparison follows no driver");
    }

    @Test
    void theSameSeedGivesTheSameFiguresWhateverTheThreads() {
        Canvas canvas = canvas(3, law(DistributionKind.TRIANGULAR, 800, 1000, 1600), law(DistributionKind.UNIFORM, 500, 0, 900));
        Driver driver = driver(canvas, "Demande locale", 0.5);
        canvas.getUncertainties().get(0).setDrawPerYear(true);
        follow(canvas.getUncertainties().get(0), driver, 0.8);
        follow(canvas.getUncertainties().get(1), driver, -0.4);
        MonteCarloResult one = monteCarlo(canvas).run(2_000, 27, 1, MonteCarlo.Progress.NONE);
        MonteCarloResult two = monteCarlo(canvas).run(2_000, 27, 2, MonteCarlo.Progress.NONE);
        for (int m = 0; m < 36; m++) {
            for (int q = 0; q < MonteCarlo.PERCENTILES.length; q++) {
                assertEquals(one.percentile(q, m), two.percentile(q, m), 0);
            }
        }
    }

    @Test
    void thePooledLawsMeanIsTheParticipantsMeanAndItsQuantilesTheDirectInversion() {
        GroupEstimate pool = GroupEstimate.of(new double[] { 0.1, 0.2, 0.15 }, new double[] { 0.25, 0.3, 0.2 },
                new double[] { 0.4, 0.5, 0.6 });
        assertEquals((0.75 + 1.0 + 0.95) / 9, pool.mean(), 1e-15);
        // the mean by integration of 1 − F over the range, a check on the function itself
        int steps = 200_000;
        double integral = pool.lowest();
        for (int i = 0; i < steps; i++) {
            double x = pool.lowest() + (i + 0.5) * pool.range() / steps;
            integral += (1 - pool.cumulative(x)) * pool.range() / steps;
        }
        assertEquals(pool.mean(), integral, 1e-9);
        for (double u : new double[] { 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99 }) {
            // a direct inversion: the first point of a fine grid where the averaged function reaches u
            double x = pool.lowest();
            double step = pool.range() / 2_000_000;
            while (pool.cumulative(x) < u) {
                x += step;
            }
            assertEquals(x, pool.inverse(u), pool.range() * 2e-6, "quantile " + u);
        }
    }

    @Test
    void theTornadoHasOneBarPerDriverAndNoneWithout() {
        Canvas canvas = canvas(1, law(DistributionKind.UNIFORM, 800, 0, 1_200), law(DistributionKind.UNIFORM, 500, 0, 900));
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        Sensitivity.Tornado alone = Sensitivity.of(compiled, UncertainAssumption.of(canvas, compiled), Output.END_CASH);
        assertTrue(alone.bars().stream().noneMatch(Sensitivity.Bar::driver));
        Driver driver = driver(canvas, "Prix de l’énergie", 0);
        follow(canvas.getUncertainties().get(0), driver, 0.8);
        follow(canvas.getUncertainties().get(1), driver, 0.5);
        compiled = CanvasCompiler.compile(canvas);
        Sensitivity.Tornado tornado = Sensitivity.of(compiled, UncertainAssumption.of(canvas, compiled), Output.END_CASH);
        List<Sensitivity.Bar> drivers = tornado.bars().stream().filter(Sensitivity.Bar::driver).toList();
        assertEquals(1, drivers.size());
        Sensitivity.Bar bar = drivers.get(0);
        assertEquals("Prix de l’énergie", bar.assumption());
        // the driver at its 90th percentile, each cost at its law's value for Φ(ρ·1.2816), own part at 0: 12 months
        double high1 = 800 + 400 * STANDARD.cumulativeProbability(0.8 * CommonDriver.TORNADO_SHOCK);
        double high2 = 500 + 400 * STANDARD.cumulativeProbability(0.5 * CommonDriver.TORNADO_SHOCK);
        assertEquals(tornado.base() - 12 * (high1 + high2 - 2_000), bar.outputAtHigh(), 1e-6);
        assertTrue(bar.outputAtLow() > bar.outputAtHigh(), "costs driven up cost cash");
    }

    /**
     * The samples that follow drivers (La Passerelle, the fablab): their figures move together, and the risk the
     * dashboard gives says how much that adds to the risk of the same figures drawn alone. The figures are printed for
     * the documentation; with demand and public budgets pushing the same way, drivers never lower the risk here.
     */
    @Test
    void theSamplesDriversAddToTheirRisk() {
        for (String name : List.of("tiers-lieu-hybride", "fablab")) {
            KeyFigures figures = KeyFigures.of(SampleYearOneTest.sample(name), null, KeyFigures.DEFAULT_RUNS,
                    KeyFigures.DEFAULT_SEED, 2, MonteCarlo.Progress.NONE);
            MonteCarloResult together = figures.monteCarlo().orElseThrow();
            MonteCarloResult alone = figures.withFiguresAlone().orElseThrow();
            System.out.printf("%s: risk with independent figures %.2f %%, with the common drivers %.2f %%;"
                    + " expected shortfall %.0f € and %.0f €%n", name, 100 * alone.probabilityCashNegative(),
                    100 * together.probabilityCashNegative(), alone.expectedShortfall(), together.expectedShortfall());
            assertTrue(together.probabilityCashNegative() >= alone.probabilityCashNegative(), name);
        }
        KeyFigures without = KeyFigures.of(SampleYearOneTest.sample("coworking-rural"), null, 1_000, 1, 2,
                MonteCarlo.Progress.NONE);
        assertTrue(without.withFiguresAlone().isEmpty(), "no driver, no second run");
    }

    private static double[] ranks(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double[] ranks = new double[values.length];
        for (int i = 0; i < order.length;) {
            int j = i;
            while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            for (int k = i; k <= j; k++) {
                ranks[order[k]] = (i + j) / 2.0; // ties share their mean rank
            }
            i = j + 1;
        }
        return ranks;
    }

    private static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    private static double pearson(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElseThrow(), my = Arrays.stream(y).average().orElseThrow();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }

    private static double variance(double[] x) {
        double m = Arrays.stream(x).average().orElseThrow();
        return Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1);
    }
}
