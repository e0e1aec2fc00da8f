/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.TriangularDistribution;
import org.apache.commons.statistics.distribution.TruncatedNormalDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import org.perenne.model.Canvas;
import org.perenne.model.Distribution;
import org.perenne.model.Uncertainty;

/**
 * An uncertain assumption of the canvas, compiled: the slots it sets and how to draw its value.
 * Continuous laws are drawn by inverse distribution function from one uniform number, which also
 * gives their P10 and P90 for the tornado.
 */
public final class UncertainAssumption {

    private final String name;
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
        this.sampler = sampler;
        this.name = name;
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
                result.add(compile(uncertainty, slots, compiled.base[slots[0]]));
            }
        }
        return result;
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
