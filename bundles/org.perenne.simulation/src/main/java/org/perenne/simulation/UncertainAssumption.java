/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.eclipse.emf.ecore.EObject;
import org.perenne.model.Canvas;
import org.perenne.model.Distribution;
import org.perenne.model.Driver;
import org.perenne.model.Element;
import org.perenne.model.Estimate;
import org.perenne.model.Uncertainty;

/**
 * An uncertain assumption of the canvas, compiled: the slots it sets and how to draw its value.
 * Continuous laws are drawn by inverse distribution function from one uniform number, which also
 * gives their P10 and P90 for the tornado.
 */
public final class UncertainAssumption {

    private final String name;
    /** A stable key of the figure: its item's id, the field and, for one position of a list, [the position]. */
    private final String figure;
    /** The law as written: its kind and its parameters (key=value;…), for figures.csv. */
    private final String lawName;
    private final String parameters;
    /** The common driver the figure follows, or null, and how strongly (ρ in [−1, 1]). */
    private final CommonDriver driver;
    private final double strength;
    /**
     * Whether the figure draws its own normal number from the path's third generator: a figure that follows a driver,
     * and the same figure drawn alone for the comparison, so both runs share every other number.
     */
    private final boolean ownStream;
    private final int[] slots;
    private final boolean drawPerYear;
    /** Inverse distribution function of a continuous law, or null. */
    private final DoubleUnaryOperator law;
    /** Draws from the continuous law (a sampler for the Beta law of PERT, faster than its inverse function). */
    private final ToDoubleFunction<UniformRandomProvider> sampler;
    private final double fixed;
    private final double probability;
    private final double[] values;
    private final double[] cumulativeWeights;

    private UncertainAssumption(String name, int[] slots, boolean drawPerYear, DoubleUnaryOperator law,
            double fixed, double probability, double[] values, double[] cumulativeWeights) {
        this(name, slots, drawPerYear, law, law == null ? null : rng -> law.applyAsDouble(rng.nextDouble()), fixed,
                probability, values, cumulativeWeights);
    }

    private UncertainAssumption(String name, int[] slots, boolean drawPerYear, DoubleUnaryOperator law,
            ToDoubleFunction<UniformRandomProvider> sampler, double fixed, double probability, double[] values,
            double[] cumulativeWeights) {
        this(name, null, null, null, null, 0, false, slots, drawPerYear, law, sampler, fixed, probability, values,
                cumulativeWeights);
    }

    private UncertainAssumption(String name, String figure, String lawName, String parameters, CommonDriver driver,
            double strength, boolean ownStream, int[] slots, boolean drawPerYear, DoubleUnaryOperator law,
            ToDoubleFunction<UniformRandomProvider> sampler, double fixed, double probability, double[] values,
            double[] cumulativeWeights) {
        this.sampler = sampler;
        this.name = name;
        this.figure = figure;
        this.lawName = lawName;
        this.parameters = parameters;
        this.driver = driver;
        this.strength = strength;
        this.ownStream = ownStream;
        this.slots = slots;
        this.drawPerYear = drawPerYear;
        this.law = law;
        this.fixed = fixed;
        this.probability = probability;
        this.values = values;
        this.cumulativeWeights = cumulativeWeights;
    }

    /** The uncertain assumptions of a (valid) canvas that the engine reads. */
    public static List<UncertainAssumption> of(Canvas canvas, CompiledCanvas compiled) {
        List<UncertainAssumption> result = new ArrayList<>();
        for (Uncertainty uncertainty : canvas.getUncertainties()) {
            if (uncertainty.getDistribution() == null) {
                continue; // no law yet (validation says so): the figure stays as written
            }
            int[] slots = compiled.slotsOf(uncertainty.getTarget(), uncertainty.getAttribute(), uncertainty.getIndex());
            if (slots.length > 0) {
                UncertainAssumption law = compile(uncertainty, slots, compiled.base[slots[0]]);
                Driver followed = uncertainty.getDriver();
                // a driver outside the canvas is a problem validation reports; drawn alone meanwhile
                CommonDriver driver = followed == null || uncertainty.getStrength() == 0 || !canvas.getDrivers().contains(followed) ? null
                        : new CommonDriver(canvas.getDrivers().indexOf(followed),
                                followed.getName() != null ? followed.getName() : followed.getId(), followed.getPersistence());
                result.add(new UncertainAssumption(law.name, figure(uncertainty), lawName(uncertainty.getDistribution()),
                        parameters(uncertainty.getDistribution()), driver, driver == null ? 0 : uncertainty.getStrength(),
                        driver != null, slots, law.drawPerYear, law.law, law.sampler, law.fixed, law.probability, law.values,
                        law.cumulativeWeights));
            }
        }
        return result;
    }

    /**
     * The same figure drawn alone: its law without its driver, from the same own normal number (the risk "with
     * independent figures", on the same random numbers as the run with drivers but for the drivers themselves).
     */
    public UncertainAssumption alone() {
        return driver == null ? this
                : new UncertainAssumption(name, figure, lawName, parameters, null, 0, true, slots, drawPerYear, law,
                        sampler, fixed, probability, values, cumulativeWeights);
    }

    /** Whether the figure draws from the path's third generator (it follows a driver, or is such a figure alone). */
    boolean ownStream() {
        return ownStream;
    }

    /** The stable key of an uncertain figure, as figures.csv and the workshop room name it: item-id.field[index]. */
    public static String figure(Uncertainty uncertainty) {
        EObject target = uncertainty.getTarget();
        String item = target instanceof Element element && element.getId() != null ? element.getId()
                : target.eClass().getName();
        return item + "." + uncertainty.getAttribute() + (uncertainty.getIndex() >= 0 ? "[" + uncertainty.getIndex() + "]" : "");
    }

    private static String lawName(Distribution d) {
        return d.getKind().getName().toLowerCase(Locale.ROOT);
    }

    /** The law's parameters as key=value pairs separated by ;, numbers as Java writes them (exact, locale-free). */
    private static String parameters(Distribution d) {
        List<String> pairs = new ArrayList<>();
        switch (d.getKind()) {
            case FIXED -> {
                // the canvas's own value
            }
            case UNIFORM -> pairs.addAll(List.of("min=" + d.getMin(), "max=" + d.getMax()));
            case TRIANGULAR, PERT -> pairs.addAll(List.of("min=" + d.getMin(), "mode=" + d.getMode(), "max=" + d.getMax()));
            case TRUNCATED_NORMAL -> pairs.addAll(List.of("mean=" + d.getMean(), "sd=" + d.getStandardDeviation(),
                    "min=" + d.getMin(), "max=" + d.getMax()));
            case BERNOULLI -> pairs.add("p=" + d.getProbability());
            case DISCRETE -> {
                for (int i = 0; i < d.getValues().size(); i++) {
                    pairs.add("value" + (i + 1) + "=" + d.getValues().get(i));
                    pairs.add("weight" + (i + 1) + "=" + d.getWeights().get(i));
                }
            }
            case GROUP_ESTIMATE -> {
                for (int i = 0; i < d.getEstimates().size(); i++) {
                    Estimate e = d.getEstimates().get(i);
                    pairs.addAll(List.of("low" + (i + 1) + "=" + e.getLow(), "likely" + (i + 1) + "=" + e.getLikely(),
                            "high" + (i + 1) + "=" + e.getHigh()));
                }
            }
        }
        return String.join(";", pairs);
    }

    private static UncertainAssumption compile(Uncertainty uncertainty, int[] slots, double base) {
        Distribution d = uncertainty.getDistribution();
        String name = uncertainty.getName() != null ? uncertainty.getName() : uncertainty.getAttribute();
        boolean perYear = uncertainty.isDrawPerYear();
        double min = d.getMin();
        double max = d.getMax();
        return switch (d.getKind()) {
            case FIXED -> new UncertainAssumption(name, slots, perYear, null, base, Double.NaN, null, null);
            case UNIFORM -> continuous(name, slots, perYear, min, max,
                    () -> UniformContinuousDistribution.of(min, max)::inverseCumulativeProbability);
            case TRIANGULAR -> continuous(name, slots, perYear, min, max,
                    () -> TriangularDistribution.of(min, d.getMode(), max)::inverseCumulativeProbability);
            case PERT -> {
                // a Beta law on [min, max], shapes 1 + 4 (mode − min) / (max − min) and 1 + 4 (max − mode) / (max − min)
                if (!(max > min)) {
                    yield new UncertainAssumption(name, slots, perYear, null, min, Double.NaN, null, null);
                }
                double range = max - min;
                BetaDistribution beta = BetaDistribution.of(1 + 4 * (d.getMode() - min) / range,
                        1 + 4 * (max - d.getMode()) / range);
                yield new UncertainAssumption(name, slots, perYear,
                        p -> min + range * beta.inverseCumulativeProbability(p),
                        rng -> min + range * beta.createSampler(rng).sample(), Double.NaN, Double.NaN, null, null);
            }
            case TRUNCATED_NORMAL -> {
                if (!(max > min)) {
                    yield new UncertainAssumption(name, slots, perYear, null, min, Double.NaN, null, null);
                }
                // Drawn by the inverse distribution function: the library's own sampler (commons-statistics
                // 1.1) tests the raw lower bound instead of the standardised one and then draws only the
                // upper half of the normal whenever min >= 0 (LawsTest holds every law to its moments).
                // When both bounds lie above the centre, the library's inverse function loses its precision
                // (ten spreads away it returns the upper bound for every u): the mirror image is drawn
                // instead, its bounds below its centre, where the library is exact, and turned back.
                if (d.getMean() < min) {
                    TruncatedNormalDistribution mirror = TruncatedNormalDistribution.of(-d.getMean(),
                            d.getStandardDeviation(), -max, -min);
                    yield new UncertainAssumption(name, slots, perYear,
                            u -> -mirror.inverseCumulativeProbability(1 - u), Double.NaN, Double.NaN, null, null);
                }
                TruncatedNormalDistribution normal = TruncatedNormalDistribution.of(d.getMean(),
                        d.getStandardDeviation(), min, max);
                yield new UncertainAssumption(name, slots, perYear, normal::inverseCumulativeProbability,
                        Double.NaN, Double.NaN, null, null);
            }
            case BERNOULLI -> new UncertainAssumption(name, slots, perYear, null, Double.NaN, d.getProbability(),
                    null, null);
            case GROUP_ESTIMATE -> {
                GroupEstimate pool = GroupEstimate.of(d.getEstimates());
                yield pool.range() > 0
                        ? new UncertainAssumption(name, slots, perYear, pool::inverse, Double.NaN, Double.NaN, null, null)
                        : new UncertainAssumption(name, slots, perYear, null, pool.lowest(), Double.NaN, null, null);
            }
            case DISCRETE -> {
                double[] values = d.getValues().stream().mapToDouble(Double::doubleValue).toArray();
                double[] cumulative = new double[values.length];
                double total = 0;
                for (int i = 0; i < values.length; i++) {
                    total += d.getWeights().get(i);
                    cumulative[i] = total;
                }
                for (int i = 0; i < cumulative.length; i++) {
                    cumulative[i] /= total;
                }
                yield new UncertainAssumption(name, slots, perYear, null, Double.NaN, Double.NaN, values, cumulative);
            }
        };
    }

    private static UncertainAssumption continuous(String name, int[] slots, boolean perYear, double min, double max,
            Supplier<DoubleUnaryOperator> law) {
        if (!(max > min)) {
            return new UncertainAssumption(name, slots, perYear, null, min, Double.NaN, null, null);
        }
        return new UncertainAssumption(name, slots, perYear, law.get(), Double.NaN, Double.NaN, null, null);
    }

    public String name() {
        return name;
    }

    /** The figure's stable key: its item's id and field, [the position] for one position of a list. */
    public String figure() {
        return figure;
    }

    /** The law's kind, in lower case, as the canvas names it. */
    public String lawName() {
        return lawName;
    }

    /** The law's parameters as key=value pairs separated by ; (empty for a fixed figure). */
    public String parameters() {
        return parameters;
    }

    /** The common driver the figure follows; empty when it is drawn alone. */
    public java.util.Optional<CommonDriver> driver() {
        return java.util.Optional.ofNullable(driver);
    }

    /** How strongly the figure follows its driver, ρ in [−1, 1]; 0 when it follows none. */
    public double strength() {
        return strength;
    }

    /**
     * The value of a figure that follows its driver, from the driver's shock {@code z} and the figure's own standard
     * normal {@code own}: the law's inverse distribution function at u = Φ(ρ·z + √(1 − ρ²)·own) (a Gaussian copula:
     * the law itself is kept, only the ranks move together).
     */
    double follow(double z, double own) {
        double rho = Math.max(-1, Math.min(1, strength)); // within [−1, 1] even when a scenario sets it outside
        double spread = Math.sqrt(1 - rho * rho);
        double mixed = rho * z + (spread == 0 ? 0 : spread * own);
        return at(CommonDriver.STANDARD_NORMAL.cumulativeProbability(mixed));
    }

    /** The law's inverse distribution function at {@code u}: the value with a share u of the draws below it. */
    public double at(double u) {
        if (law != null) {
            return law.applyAsDouble(u);
        }
        if (values != null) {
            for (int i = 0; i < values.length; i++) {
                if (u < cumulativeWeights[i]) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }
        if (probability == probability) {
            return u < 1 - probability ? 0 : 1;
        }
        return fixed;
    }

    /** Whether a new value is drawn for every model year rather than once per path. */
    public boolean drawPerYear() {
        return drawPerYear;
    }

    /** Draws a value. A fixed assumption keeps its value and uses no random number. */
    public double draw(UniformRandomProvider rng) {
        if (sampler != null) {
            return sampler.applyAsDouble(rng);
        }
        if (values != null) {
            double u = rng.nextDouble();
            for (int i = 0; i < values.length; i++) {
                if (u < cumulativeWeights[i]) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }
        if (probability == probability) {
            return rng.nextDouble() < probability ? 1 : 0;
        }
        return fixed;
    }

    /**
     * The value at probability {@code p} (0.1 for P10), or {@code base × (1 ± 20 %)} for a fixed
     * assumption (p below 0.5 gives the lower).
     */
    public double quantile(double p, double base) {
        if (law != null) {
            return law.applyAsDouble(p);
        }
        if (values != null) {
            for (int i = 0; i < values.length; i++) {
                if (p <= cumulativeWeights[i]) {
                    return values[i];
                }
            }
            return values[values.length - 1];
        }
        if (probability == probability) {
            return p < 1 - probability ? 0 : 1;
        }
        return base * (p < 0.5 ? 0.8 : 1.2);
    }

    /** Writes a value into every slot of the assumption, in one year's row or all of them. */
    void set(double[][] rows, int year, double value) {
        for (int slot : slots) {
            if (year < 0) {
                for (double[] row : rows) {
                    row[slot] = value;
                }
            } else {
                rows[year][slot] = value;
            }
        }
    }

    /** Puts the slots back to the base values. */
    void reset(double[][] rows, double[] base) {
        for (int slot : slots) {
            for (double[] row : rows) {
                row[slot] = base[slot];
            }
        }
    }

    int firstSlot() {
        return slots[0];
    }

    int[] slots() {
        return slots.clone();
    }
}
