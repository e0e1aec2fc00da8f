/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A common driver (docs/model-reference.md, "Common drivers"): one standard normal shock Z per path, or per model year
 * for the figures drawn each year, shared by every uncertain figure that follows the driver. A year's shock carries
 * a share φ (the persistence) of the year before: Z(y) = φ·Z(y−1) + √(1 − φ²)·η(y), so a bad year tends to follow a
 * bad year while each year's Z stays standard normal.
 *
 * @param index       the driver's position in the canvas: the order its shocks are drawn in
 * @param name        what the user called it
 * @param persistence φ, from 0 (independent years) to below 1
 */
public record CommonDriver(int index, String name, double persistence) {

    static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
    /** The driver at its 10th and 90th percentile, for the tornado: Φ⁻¹(0.9). */
    public static final double TORNADO_SHOCK = STANDARD_NORMAL.inverseCumulativeProbability(0.9);

    /** Fills {@code shocks} with the driver's Z of each model year, drawn from {@code rng}. */
    void draw(UniformRandomProvider rng, double[] shocks) {
        // φ kept within [0, 1) even when a scenario sets it outside (validation reports the canvas's own value)
        double phi = Math.max(0, Math.min(persistence, Math.nextDown(1.0)));
        double carried = Math.sqrt(1 - phi * phi);
        shocks[0] = standardNormal(rng);
        for (int year = 1; year < shocks.length; year++) {
            shocks[year] = phi * shocks[year - 1] + carried * standardNormal(rng);
        }
    }

    /** A standard normal number from one uniform number of the open interval (0, 1), by the inverse function. */
    static double standardNormal(UniformRandomProvider rng) {
        return STANDARD_NORMAL.inverseCumulativeProbability(((rng.nextLong() >>> 11) + 0.5) * 0x1.0p-53);
    }
}
