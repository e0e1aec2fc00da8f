/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation;

/**
 * What one rule of an optimisation gives for a solution, in the rule's own unit and in euros, for people to read:
 * "1 341 h of public access a year, worth 670 800 €" rather than a score level.
 *
 * @param rule      the rule's name (as the constraint is named: {@code publicHoursImpact}, {@code roomConflict}…)
 * @param hard      its raw count on the strict level (≤ 0)
 * @param medium    its raw count on the mandatory level (≤ 0; the timetable only)
 * @param softCents its raw count on the value level, in cents
 * @param cases     how many times it applies (a timetable's activities, a plan's decisions…)
 * @param amount    what the solution gives for it, in {@code unit}: what is missing for a strict rule, the activities
 *                  left out, the plan's yearly result, hours, people or sales, the euros a week a timetable loses
 * @param unit      the unit of {@code amount}
 */
public record RuleOutcome(String rule, long hard, long medium, long softCents, int cases, double amount,
        Unit unit) {

    /** The levels of a score, the first one first: a strict rule broken outweighs any value. */
    public enum Level {
        /** A rule that must hold (capacity, committed desks, hours funders require…). */
        STRICT,
        /** An activity that must be placed (the timetable only). */
        MANDATORY,
        /** What the solution is worth, in euros (the value to maximise). */
        VALUE
    }

    /** The unit of what a rule measures. */
    public enum Unit {
        /** Desks missing. */
        DESKS_MISSING,
        /** Hours of public access a week missing in the year that has the fewest. */
        HOURS_A_WEEK_MISSING,
        /** Euros a solidarity price is above its cap. */
        EUROS_ABOVE_CAP,
        /** Hours two activities overlap in the same room. */
        HOURS_OVERLAPPING,
        /** Mandatory activities left out. */
        ACTIVITIES_LEFT_OUT,
        /** Euros a year (the plan's average yearly result). */
        EUROS_A_YEAR,
        /** Hours of public access a year. */
        HOURS_A_YEAR,
        /** People reached a year. */
        PEOPLE_A_YEAR,
        /** Units sold at a solidarity price a year. */
        SALES_A_YEAR,
        /** Euros a week a timetable loses (value left out, a start moved, seats left empty). */
        EUROS_A_WEEK_LOST
    }

    /** Which level of the score the rule counts at. */
    public Level level() {
        return switch (unit) {
            case DESKS_MISSING, HOURS_A_WEEK_MISSING, EUROS_ABOVE_CAP, HOURS_OVERLAPPING -> Level.STRICT;
            case ACTIVITIES_LEFT_OUT -> Level.MANDATORY;
            case EUROS_A_YEAR, HOURS_A_YEAR, PEOPLE_A_YEAR, SALES_A_YEAR, EUROS_A_WEEK_LOST -> Level.VALUE;
        };
    }

    /** What the rule adds to the solution's value, in euros (0 on the strict and mandatory levels). */
    public double euros() {
        return softCents / 100.0;
    }
}
