/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation;

/**
 * Where a solution stands, for people to read: whether every strict rule holds, the mandatory activities left out
 * (the timetable only) and its value in euros — a plan's yearly value (its result and the impact at the price the
 * canvas gives it), or what a timetable's week loses.
 *
 * @param strictRulesKept  whether every strict rule holds
 * @param mandatoryLeftOut mandatory activities not placed (0 for a plan)
 * @param euros            the plan's value a year, or the euros a week the timetable loses (≥ 0)
 * @param notation         the score as the solver writes it ({@code 0hard/-3500soft}), for files machines read
 */
public record Standing(boolean strictRulesKept, long mandatoryLeftOut, double euros, String notation) {
}
