/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.plan.domain;

/**
 * What the simulation engine gives for one plan, over the canvas's whole horizon.
 *
 * @param desks                     desks of the open-coworking and private-office rooms
 * @param membersAtStart            desks the members of the first month occupy (start counts × desk usage)
 * @param averageYearlyResult       result of the income statement, averaged over the years (euros)
 * @param publicHoursPerYear        hours of public access, averaged over the years
 * @param lowestPublicHoursPerWeek  hours of public access per week in the year that has the fewest
 * @param beneficiariesPerYear      people reached by services, averaged over the years
 * @param solidarityUnitsPerYear    units sold at a solidarity price in a year (member-months, visits, hours,
 *                                  service units)
 */
public record PlanOutcome(double desks, double membersAtStart, double averageYearlyResult, double publicHoursPerYear,
        double lowestPublicHoursPerWeek, double beneficiariesPerYear, double solidarityUnitsPerYear) {
}
