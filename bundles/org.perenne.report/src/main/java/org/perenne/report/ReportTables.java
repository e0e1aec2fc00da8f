/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.perenne.report.ReportTable.Column;
import org.perenne.report.ReportTable.Kind;
import org.perenne.simulation.AccountLine;
import org.perenne.simulation.AmountTooLargeException;
import org.perenne.simulation.CashLine;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;

/**
 * The tables every export shares: the monthly cash table, the yearly income statement, the yearly
 * indicators, the Monte Carlo percentiles and the association budget. Amounts are rounded to the cent
 * line by line, and totals (net flow, closing cash, result) are sums of those rounded figures, so each
 * table reconciles to the cent.
 */
public final class ReportTables {

    private ReportTables() {
    }

    /**
     * An amount in cents, rounded half to even.
     *
     * @throws AmountTooLargeException beyond the amounts shown to the cent
     */
    public static long cents(double amount) {
        return BigDecimal.valueOf(AmountTooLargeException.checked(amount)).setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).longValueExact();
    }

    public static ReportTable cashflow(Projection p) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("month", Kind.MONTH));
        for (CashLine line : CashLine.values()) {
            columns.add(new Column(line.column(), Kind.EUROS));
        }
        columns.add(new Column("net", Kind.EUROS));
        columns.add(new Column("closing_cash", Kind.EUROS));
        List<Object[]> rows = new ArrayList<>();
        long closing = cents(p.openingCash());
        for (int m = 0; m < p.months(); m++) {
            Object[] row = new Object[columns.size()];
            row[0] = p.monthOf(m);
            long net = 0;
            for (CashLine line : CashLine.values()) {
                long amount = cents(p.cash(line, m));
                net += line.isIncoming() ? amount : -amount;
                row[1 + line.ordinal()] = amount;
            }
            closing += net;
            row[columns.size() - 2] = net;
            row[columns.size() - 1] = closing;
            rows.add(row);
        }
        return new ReportTable("cashflow", columns, rows);
    }

    public static ReportTable incomeStatement(Projection p) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("year", Kind.YEAR));
        columns.add(new Column("first_month", Kind.MONTH));
        for (AccountLine line : AccountLine.values()) {
            columns.add(new Column(line.column(), Kind.EUROS));
        }
        columns.add(new Column("result", Kind.EUROS));
        List<Object[]> rows = new ArrayList<>();
        for (int y = 1; y <= p.years(); y++) {
            Object[] row = new Object[columns.size()];
            row[0] = y;
            row[1] = p.monthOf(12 * (y - 1));
            long result = 0;
            for (AccountLine line : AccountLine.values()) {
                long amount = cents(p.accountInYear(line, y));
                result += Math.round(line.sign()) * amount;
                row[2 + line.ordinal()] = amount;
            }
            row[columns.size() - 1] = result;
            rows.add(row);
        }
        return new ReportTable("income-statement", columns, rows);
    }

    public static ReportTable indicators(Indicators indicators) {
        List<Column> columns = List.of(new Column("year", Kind.YEAR), new Column("own_income", Kind.EUROS),
                new Column("operating_subsidies", Kind.EUROS), new Column("investment_subsidies", Kind.EUROS),
                new Column("costs", Kind.EUROS), new Column("result", Kind.EUROS), new Column("grant_dependency", Kind.RATIO),
                new Column("self_financing", Kind.RATIO), new Column("minimum_cash", Kind.EUROS),
                new Column("minimum_cash_month", Kind.MONTH), new Column("members", Kind.TWO_DECIMALS),
                new Column("members_lost", Kind.TWO_DECIMALS), new Column("beneficiaries", Kind.ONE_DECIMAL),
                new Column("cost_per_beneficiary", Kind.EUROS), new Column("public_hours", Kind.ONE_DECIMAL),
                new Column("public_hours_per_1k_subsidy", Kind.RATIO), new Column("volunteer_hours", Kind.ONE_DECIMAL),
                new Column("commercial_tax_threshold_exceeded", Kind.YES_NO),
                new Column("result_without_operating_subsidies", Kind.EUROS), new Column("subsidy_needed", Kind.EUROS),
                new Column("own_income_share", Kind.RATIO));
        List<Object[]> rows = new ArrayList<>();
        for (Indicators.Year y : indicators.yearly()) {
            rows.add(new Object[] { y.year(), cents(y.ownIncome()), cents(y.operatingSubsidies()), cents(y.investmentSubsidies()),
                    cents(y.costs()), cents(y.result()), orNull(y.grantDependency()), orNull(y.selfFinancing()),
                    cents(y.minimumCash()), y.minimumCashMonth(), y.members(), y.membersLost(), y.beneficiaries(),
                    y.costPerBeneficiary().isPresent() ? (Object) cents(y.costPerBeneficiary().getAsDouble()) : null,
                    y.publicHours(), orNull(y.publicHoursPerThousandEuros()), y.volunteerHours(),
                    y.commercialTaxThresholdExceeded(), cents(y.resultWithoutOperatingSubsidies()), cents(y.subsidyNeeded()),
                    orNull(y.ownIncomeShare()) });
        }
        return new ReportTable("indicators", columns, rows);
    }

    /** Dependency by funder: each funder's grants recognised in each year and their share of the year's income. */
    public static ReportTable funders(Indicators indicators) {
        List<Column> columns = List.of(new Column("funder", Kind.TEXT), new Column("year", Kind.YEAR),
                new Column("recognised", Kind.EUROS), new Column("share_of_income", Kind.RATIO));
        List<Object[]> rows = new ArrayList<>();
        for (Indicators.FunderShare share : indicators.funderShares()) {
            rows.add(new Object[] { share.funder(), share.year(), cents(share.recognised()), orNull(share.share()) });
        }
        return new ReportTable("funders", columns, rows);
    }

    /**
     * The timeline of each grant: the months it is recognised in or pays in, with both amounts; its last
     * row is its end within the horizon (payments due later are in the receivable at the end).
     */
    public static ReportTable grants(Projection p) {
        List<Column> columns = List.of(new Column("grant", Kind.TEXT), new Column("funder", Kind.TEXT),
                new Column("month", Kind.MONTH), new Column("recognised", Kind.EUROS), new Column("paid", Kind.EUROS));
        List<Object[]> rows = new ArrayList<>();
        List<String> names = p.grantNames();
        for (int g = 0; g < names.size(); g++) {
            for (int m = 0; m < p.months(); m++) {
                long recognised = cents(p.grantRecognised(g, m));
                long paid = cents(p.grantPaid(g, m));
                if (recognised != 0 || paid != 0) {
                    rows.add(new Object[] { names.get(g), p.funderOf(g), p.monthOf(m), recognised, paid });
                }
            }
        }
        return new ReportTable("grants", columns, rows);
    }

    /**
     * The impact figures year by year next to their yearly targets from the canvas's Impact block:
     * beneficiaries, public opening hours and volunteer hours (counted by the simulation), then the cost
     * per beneficiary and the public subsidy per public hour. A target the simulation cannot count (jobs
     * created, solidarity share, other) is listed with its target and no yearly figure.
     */
    public static ReportTable impact(org.perenne.model.Canvas canvas, Indicators indicators, ReportText text) {
        List<Indicators.Year> years = indicators.yearly();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("indicator", Kind.TEXT));
        columns.add(new Column("target", Kind.ONE_DECIMAL));
        for (Indicators.Year year : years) {
            columns.add(new Column("year_" + year.year(), Kind.ONE_DECIMAL));
        }
        List<Object[]> rows = new ArrayList<>();
        java.util.Set<org.perenne.model.ImpactMetric> counted = java.util.EnumSet.noneOf(org.perenne.model.ImpactMetric.class);
        for (org.perenne.model.ImpactIndicator target : canvas.getImpact().getIndicators()) {
            java.util.function.Function<Indicators.Year, Double> actual = switch (target.getMetric()) {
                case BENEFICIARIES -> Indicators.Year::beneficiaries;
                case PUBLIC_OPENING_HOURS -> Indicators.Year::publicHours;
                case VOLUNTEER_HOURS -> Indicators.Year::volunteerHours;
                default -> year -> null;
            };
            counted.add(target.getMetric());
            rows.add(impactRow(columns.size(), target.getName(), target.getAnnualTarget(), years, actual));
        }
        if (!counted.contains(org.perenne.model.ImpactMetric.BENEFICIARIES)) {
            rows.add(impactRow(columns.size(), text.get("impact.beneficiaries"), null, years, Indicators.Year::beneficiaries));
        }
        if (!counted.contains(org.perenne.model.ImpactMetric.PUBLIC_OPENING_HOURS)) {
            rows.add(impactRow(columns.size(), text.get("impact.publicHours"), null, years, Indicators.Year::publicHours));
        }
        rows.add(impactRow(columns.size(), text.get("impact.costPerBeneficiary"), null, years,
                year -> orNull(year.costPerBeneficiary())));
        rows.add(impactRow(columns.size(), text.get("impact.subsidyPerPublicHour"), null, years,
                year -> year.publicHoursPerThousandEuros().isPresent() && year.publicHoursPerThousandEuros().getAsDouble() > 0
                        ? 1000 / year.publicHoursPerThousandEuros().getAsDouble() : null));
        return new ReportTable("impact", columns, rows);
    }

    private static Object[] impactRow(int width, String label, Double target, List<Indicators.Year> years,
            java.util.function.Function<Indicators.Year, Double> actual) {
        Object[] row = new Object[width];
        row[0] = label;
        row[1] = target;
        for (int y = 0; y < years.size(); y++) {
            row[2 + y] = actual.apply(years.get(y));
        }
        return row;
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    public static ReportTable monteCarlo(MonteCarloResult result) {
        List<Column> columns = List.of(new Column("month", Kind.MONTH), new Column("p5", Kind.EUROS),
                new Column("p25", Kind.EUROS), new Column("p50", Kind.EUROS), new Column("p75", Kind.EUROS),
                new Column("p95", Kind.EUROS));
        List<Object[]> rows = new ArrayList<>();
        for (int m = 0; m < result.months(); m++) {
            Object[] row = new Object[1 + MonteCarlo.PERCENTILES.length];
            row[0] = result.startMonth().plusMonths(m);
            for (int q = 0; q < MonteCarlo.PERCENTILES.length; q++) {
                row[1 + q] = cents(result.percentile(q, m));
            }
            rows.add(row);
        }
        return new ReportTable("montecarlo", columns, rows);
    }

    /** The association budget, one column per year: account, line, then the amount of each year. */
    public static ReportTable budget(AssociationBudget budget) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("account", Kind.TEXT));
        columns.add(new Column("line", Kind.TEXT));
        for (int y = 1; y <= budget.years(); y++) {
            columns.add(new Column("year_" + y, Kind.EUROS));
        }
        List<Object[]> rows = new ArrayList<>();
        for (AssociationBudget.Line line : budget.lines()) {
            Object[] row = new Object[columns.size()];
            row[0] = line.account();
            row[1] = line.key();
            for (int y = 1; y <= budget.years(); y++) {
                row[1 + y] = line.cents()[y - 1];
            }
            rows.add(row);
        }
        return new ReportTable("budget", columns, rows);
    }
}
