/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

/**
 * A figure the simulation derived is beyond what Pérenne shows to the cent (more than
 * {@link #LARGEST} euros, or not a number): the canvas's amounts, volumes and factors, each within
 * its limit, multiply into an absurd sum. Commands report it as a problem of the canvas, not as an
 * internal error.
 */
public final class AmountTooLargeException extends ArithmeticException {

    private static final long serialVersionUID = 1L;

    /** The largest amount shown, in euros: sums of 180 months of it stay exact to the cent in a double. */
    public static final double LARGEST = 1e11;

    private final double amount;

    public AmountTooLargeException(double amount) {
        super("amount out of range: " + amount);
        this.amount = amount;
    }

    /** The amount that was too large (possibly infinite or NaN). */
    public double amount() {
        return amount;
    }

    /** The amount itself when it can be shown to the cent. */
    public static double checked(double amount) {
        if (!(Math.abs(amount) <= LARGEST)) {
            throw new AmountTooLargeException(amount);
        }
        return amount;
    }
}
