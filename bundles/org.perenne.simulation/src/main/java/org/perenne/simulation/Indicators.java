/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.perenne.model.FunderLevel;

/**
 * The indicators of DOMAIN.md, computed from a projection. A ratio whose denominator is zero is
 * empty ("not applicable"), never NaN or infinity.
 */
public final class Indicators {

    /** The indicators of one model year. */
    public record Year(int year, double ownIncome, double operatingSubsidies, double investmentSubsidies,
            double costs, double result, OptionalDouble grantDependency, OptionalDouble selfFinancing,
            double minimumCash, YearMonth minimumCashMonth, double members, double membersLost,
            double beneficiaries, OptionalDouble costPerBeneficiary, double publicHours,
            OptionalDouble publicHoursPerThousandEuros, double volunteerHours, boolean commercialTaxThresholdExceeded) {
    }

    private final Projection projection;
    private final CompiledCanvas canvas;

    public Indicators(Projection projection, CompiledCanvas canvas) {
        this.projection = projection;
        this.canvas = canvas;
    }

    public List<Year> yearly() {
        List<Year> years = new ArrayList<>();
        for (int y = 1; y <= projection.years(); y++) {
            years.add(year(y));
        }
        return years;
    }

    public Year year(int y) {
        double own = 0, operating = 0, investment = 0, costs = 0;
        for (AccountLine line : AccountLine.values()) {
            double amount = projection.accountInYear(line, y);
            switch (line.kind()) {
                case OWN_INCOME -> own += amount;
                case OPERATING_SUBSIDY -> operating += amount;
                case INVESTMENT_SUBSIDY -> investment += amount;
                case COST -> costs += amount;
                case IN_KIND -> {
                    // on both sides: changes nothing
                }
            }
        }
        double result = own + operating + investment - costs;
        int from = 12 * (y - 1);
        int lowest = from;
        for (int m = from; m < from + 12; m++) {
            if (projection.closingCash(m) < projection.closingCash(lowest)) {
                lowest = m;
            }
        }
        double beneficiaries = Projection.sum(projection.beneficiaries, y);
        double publicHours = Projection.sum(projection.publicHours, y);
        double publicSubsidies = 0;
        for (FunderLevel level : FunderLevel.values()) {
            if (Projection.isPublic(level)) {
                publicSubsidies += projection.subsidiesInYear(level, y);
            }
        }
        return new Year(y, own, operating, investment, costs, result, ratio(operating, own + operating),
                ratio(own, costs), projection.closingCash(lowest), projection.monthOf(lowest),
                projection.members(from + 11), Projection.sum(projection.membersLost, y), beneficiaries,
                ratio(costs, beneficiaries), publicHours, ratio(publicHours, publicSubsidies / 1000),
                Projection.sum(projection.volunteerHours, y), canvas.association && own > canvas.commercialTaxThreshold);
    }

    /** Lowest closing cash over the whole horizon. */
    public double minimumCash() {
        return projection.closingCash(minimumCashMonthIndex());
    }

    /** Projection month (0-based) of the lowest closing cash; the first one when it repeats. */
    public int minimumCashMonthIndex() {
        int lowest = 0;
        for (int m = 1; m < projection.months(); m++) {
            if (projection.closingCash(m) < projection.closingCash(lowest)) {
                lowest = m;
            }
        }
        return lowest;
    }

    /** First month (m ≥ 11) whose result over the last 12 months is zero or more; empty if never. */
    public OptionalInt breakEvenMonth() {
        double trailing = 0;
        for (int m = 0; m < projection.months(); m++) {
            trailing += projection.result(m);
            if (m >= 12) {
                trailing -= projection.result(m - 12);
            }
            if (m >= 11 && trailing >= -1e-9) {
                return OptionalInt.of(m);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Months the closing cash at the end lasts at the average net outflow of the last 12 months;
     * empty when those months bring cash in on average ("not needed").
     */
    public OptionalDouble runwayMonths() {
        int last = projection.months() - 1;
        double net = 0;
        for (int m = last - 11; m <= last; m++) {
            net += projection.netFlow(m);
        }
        double averageOutflow = -net / 12;
        if (averageOutflow <= 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.max(0, projection.closingCash(last)) / averageOutflow);
    }

    private static OptionalDouble ratio(double numerator, double denominator) {
        return denominator > 1e-9 ? OptionalDouble.of(numerator / denominator) : OptionalDouble.empty();
    }
}
