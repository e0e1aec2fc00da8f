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
 * The indicators of docs/model-reference.md, computed from a projection. A ratio whose denominator is zero is
 * empty ("not applicable"), never NaN or infinity.
 */
public final class Indicators {

    /** The indicators of one model year. */
    public record Year(int year, double ownIncome, double operatingSubsidies, double investmentSubsidies,
            double costs, double result, OptionalDouble grantDependency, OptionalDouble selfFinancing,
            double minimumCash, YearMonth minimumCashMonth, double members, double membersLost,
            double beneficiaries, OptionalDouble costPerBeneficiary, double publicHours,
            OptionalDouble publicHoursPerThousandEuros, double volunteerHours, boolean commercialTaxThresholdExceeded,
            DependencyIndicators dependency) {

        /** The year's result without its operating, project and job-aid grants (docs/model-reference.md, "Key figures"). */
        public double resultWithoutOperatingSubsidies() {
            return result - operatingSubsidies;
        }

        /** The subsidy that would have been needed to break even this year: max(0, −result). */
        public double subsidyNeeded() {
            return Math.max(0, -result);
        }

        /**
         * Public subsidies recognised per public opening hour (euros an hour): 0 when no public money came
         * that year, empty when the place had no public hours.
         */
        public OptionalDouble subsidyPerPublicHour() {
            if (publicHours <= 0) {
                return OptionalDouble.empty();
            }
            return publicHoursPerThousandEuros.isPresent() ? OptionalDouble.of(1000 / publicHoursPerThousandEuros.getAsDouble())
                    : OptionalDouble.of(0);
        }

        /** Own income / (own income + all grants recognised); empty when the year has neither. */
        public OptionalDouble ownIncomeShare() {
            return ratio(ownIncome, ownIncome + operatingSubsidies + investmentSubsidies);
        }
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
                Projection.sum(projection.volunteerHours, y), overlapsTaxYear(from),
                DependencyIndicators.of(projection, from, from + 12));
    }

    /** One funder's operating, project and job-aid grants recognised in a model year, and their share of the year's income. */
    public record FunderShare(String funder, int year, double recognised, OptionalDouble share) {
    }

    /**
     * Dependency by funder: for each funder (in the order its grants come) and each year, its grants that
     * count in grant dependency, recognised that year, over the year's own income plus those grants
     * (the denominator of grant dependency, so the shares of a year add up to its grant dependency).
     */
    public List<FunderShare> funderShares() {
        List<String> funders = new ArrayList<>();
        List<String> names = projection.grantNames();
        for (int g = 0; g < names.size(); g++) {
            String funder = projection.funderOf(g);
            if (projection.countsInDependency(g) && !funders.contains(funder)) {
                funders.add(funder);
            }
        }
        List<FunderShare> shares = new ArrayList<>();
        for (String funder : funders) {
            for (int y = 1; y <= projection.years(); y++) {
                double recognised = 0;
                for (int g = 0; g < names.size(); g++) {
                    if (projection.countsInDependency(g) && projection.funderOf(g).equals(funder)) {
                        for (int m = 12 * (y - 1); m < 12 * y; m++) {
                            recognised += projection.grantRecognisedInDependency(g, m);
                        }
                    }
                }
                Year year = year(y);
                shares.add(new FunderShare(funder, y, recognised, ratio(recognised, year.ownIncome() + year.operatingSubsidies())));
            }
        }
        return shares;
    }

    /**
     * Calendar years in which an association's commercial income (drop-ins, rentals, services, fees
     * of tiers that give a desk; not the dues of tiers that give none) passes the canvas's
     * commercial-tax threshold. Only the months within the horizon count.
     */
    public List<Integer> commercialTaxYears() {
        List<Integer> years = new ArrayList<>();
        if (!canvas.association) {
            return years;
        }
        int m = 0;
        while (m < projection.months()) {
            int calendarYear = projection.monthOf(m).getYear();
            double income = 0;
            for (; m < projection.months() && projection.monthOf(m).getYear() == calendarYear; m++) {
                income += projection.commercialIncome[m];
            }
            if (income > canvas.commercialTaxThreshold) {
                years.add(calendarYear);
            }
        }
        return years;
    }

    /** Whether the model year starting at month {@code from} overlaps a calendar year over the tax threshold. */
    private boolean overlapsTaxYear(int from) {
        List<Integer> taxYears = commercialTaxYears();
        return taxYears.contains(projection.monthOf(from).getYear())
                || taxYears.contains(projection.monthOf(from + 11).getYear());
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

    /**
     * The first crossing: the first month (m ≥ 11) whose result over the last 12 months is zero or more;
     * empty if never. Never the headline: the place may fall back into deficit afterwards.
     */
    public OptionalInt firstBreakEvenMonth() {
        double[] trailing = trailingResults();
        for (int m = 11; m < trailing.length; m++) {
            if (trailing[m] >= -1e-9) {
                return OptionalInt.of(m);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Lasting break-even: the first month (m ≥ 11) from which the trailing 12-month result stays zero
     * or more in every later month of the horizon; empty when not reached within the horizon.
     */
    public OptionalInt lastingBreakEvenMonth() {
        double[] trailing = trailingResults();
        int lasting = -1;
        for (int m = trailing.length - 1; m >= 11 && trailing[m] >= -1e-9; m--) {
            lasting = m;
        }
        return lasting < 0 ? OptionalInt.empty() : OptionalInt.of(lasting);
    }

    /** The last year's result without operating subsidies: what the place earns or loses on its own once running. */
    public double structuralResult() {
        return year(projection.years()).resultWithoutOperatingSubsidies();
    }

    /** The result of the 12 months ending at each month (months before 11: the months so far). */
    private double[] trailingResults() {
        double[] trailing = new double[projection.months()];
        double sum = 0;
        for (int m = 0; m < trailing.length; m++) {
            sum += projection.result(m);
            if (m >= 12) {
                sum -= projection.result(m - 12);
            }
            trailing[m] = sum;
        }
        return trailing;
    }

    /** How long the cash at the end lasts, as a user reads it. */
    public record Runway(RunwayKind kind, double months) {
        /** The runway in months as the result files give it: empty when not needed. */
        public OptionalDouble asMonths() {
            return kind == RunwayKind.NOT_NEEDED ? OptionalDouble.empty() : OptionalDouble.of(months);
        }
    }

    /** The four ways a runway reads (docs/model-reference.md, "Key figures"). */
    public enum RunwayKind {
        /** The last 12 months bring cash in on average. */
        NOT_NEEDED,
        /** The cash at the end is already below zero: 0 months. */
        ALREADY_OUT,
        /** Longer than the model: "more than N years" (the months are still given, for the files). */
        BEYOND_HORIZON,
        /** A number of months within the horizon's length. */
        MONTHS
    }

    /**
     * Months the closing cash at the end lasts at the average net outflow of the last 12 months:
     * not needed when those months bring cash in on average, 0 ("already out of cash") when the
     * cash at the end is below zero, "more than N years" above the horizon's length.
     */
    public Runway runway() {
        int last = projection.months() - 1;
        double cashAtEnd = projection.closingCash(last);
        if (cashAtEnd < 0) {
            return new Runway(RunwayKind.ALREADY_OUT, 0);
        }
        double net = 0;
        for (int m = last - 11; m <= last; m++) {
            net += projection.netFlow(m);
        }
        double averageOutflow = -net / 12;
        if (averageOutflow <= 0) {
            return new Runway(RunwayKind.NOT_NEEDED, Double.NaN);
        }
        double months = cashAtEnd / averageOutflow;
        return new Runway(months > projection.months() ? RunwayKind.BEYOND_HORIZON : RunwayKind.MONTHS, months);
    }

    private static OptionalDouble ratio(double numerator, double denominator) {
        return denominator > 1e-9 ? OptionalDouble.of(numerator / denominator) : OptionalDouble.empty();
    }
}
