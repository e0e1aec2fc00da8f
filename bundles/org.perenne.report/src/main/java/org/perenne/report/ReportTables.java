/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

import org.perenne.model.Canvas;
import org.perenne.model.ImpactIndicator;
import org.perenne.model.ImpactMetric;

import org.perenne.report.ReportTable.Column;
import org.perenne.report.ReportTable.Kind;
import org.perenne.simulation.AccountLine;
import org.perenne.simulation.AmountTooLargeException;
import org.perenne.simulation.CashLine;
import org.perenne.simulation.CommonDriver;
import org.perenne.simulation.DependencyIndicators;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.KeyFigureRows;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;
import org.perenne.simulation.UncertainAssumption;
import org.perenne.simulation.actuals.PlanVersusActual;

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
            columns.add(new Column(line.column(), Kind.MONEY));
        }
        columns.add(new Column("net", Kind.MONEY));
        columns.add(new Column("closing_cash", Kind.MONEY));
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
            columns.add(new Column(line.column(), Kind.MONEY));
        }
        columns.add(new Column("result", Kind.MONEY));
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
        List<Column> columns = new ArrayList<>(List.of(new Column("year", Kind.YEAR), new Column("own_income", Kind.MONEY),
                new Column("operating_subsidies", Kind.MONEY), new Column("investment_subsidies", Kind.MONEY),
                new Column("costs", Kind.MONEY), new Column("result", Kind.MONEY), new Column("grant_dependency", Kind.PERCENTAGE),
                new Column("self_financing", Kind.PERCENTAGE), new Column("minimum_cash", Kind.MONEY),
                new Column("minimum_cash_month", Kind.MONTH), new Column("members", Kind.DECIMAL),
                new Column("members_lost", Kind.DECIMAL), new Column("beneficiaries", Kind.COUNT),
                new Column("cost_per_beneficiary", Kind.MONEY), new Column("public_hours", Kind.HOURS),
                new Column("public_hours_per_1k_subsidy", Kind.HOURS), new Column("volunteer_hours", Kind.HOURS),
                new Column("commercial_tax_threshold_exceeded", Kind.YES_NO),
                new Column("result_without_operating_subsidies", Kind.MONEY), new Column("subsidy_needed", Kind.MONEY),
                new Column("own_income_share", Kind.PERCENTAGE)));
        columns.addAll(DEPENDENCY);
        List<Object[]> rows = new ArrayList<>();
        for (Indicators.Year y : indicators.yearly()) {
            List<Object> row = new ArrayList<>(Arrays.asList(y.year(), cents(y.ownIncome()), cents(y.operatingSubsidies()),
                    cents(y.investmentSubsidies()), cents(y.costs()), cents(y.result()), orNull(y.grantDependency()), orNull(y.selfFinancing()),
                    cents(y.minimumCash()), y.minimumCashMonth(), y.members(), y.membersLost(), y.beneficiaries(),
                    y.costPerBeneficiary().isPresent() ? (Object) cents(y.costPerBeneficiary().getAsDouble()) : null,
                    y.publicHours(), orNull(y.publicHoursPerThousandEuros()), y.volunteerHours(),
                    y.commercialTaxThresholdExceeded(), cents(y.resultWithoutOperatingSubsidies()), cents(y.subsidyNeeded()),
                    orNull(y.ownIncomeShare())));
            row.addAll(Arrays.asList(dependencyCells(y.dependency())));
            rows.add(row.toArray());
        }
        return new ReportTable("indicators", columns, rows);
    }

    /**
     * key-figures.csv: the headline figures, one a row, each with its value in its own kind (euros, a month, a
     * share, months) and whether it should worry ({@link KeyFigureRows}, the same rule as the screen's and the
     * report's marks); an empty value where a figure has none (no lasting break-even, a runway not needed).
     */
    public static ReportTable keyFigures(KeyFigures key) {
        List<Object[]> rows = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        Indicators.Year last = key.indicators().year(key.projection().years());
        for (KeyFigureRows.Figure figure : KeyFigureRows.Figure.values()) {
            Object value = switch (figure) {
                case LOWEST_CASH -> cents(key.lowestCash());
                case CASH_AT_END -> cents(key.cashAtEnd());
                case RUNWAY -> key.runway().asMonths().isPresent() ? key.runway().asMonths().getAsDouble() : null;
                case LASTING_BREAK_EVEN -> key.lastingBreakEven().orElse(null);
                case STRUCTURAL_RESULT -> cents(key.structuralResult());
                case OWN_INCOME_SHARE -> orNull(last.ownIncomeShare());
                case RISK -> key.monteCarlo().map(MonteCarloResult::probabilityCashNegative).orElse(null);
                case GRANT_DEPENDENCY -> orNull(last.grantDependency());
                case SUBSIDY_NEEDED -> cents(last.subsidyNeeded());
            };
            kinds.add(switch (figure) {
                case LOWEST_CASH, CASH_AT_END, STRUCTURAL_RESULT, SUBSIDY_NEEDED -> Kind.MONEY;
                case RUNWAY -> Kind.DECIMAL;
                case LASTING_BREAK_EVEN -> Kind.MONTH;
                case OWN_INCOME_SHARE, RISK, GRANT_DEPENDENCY -> Kind.PERCENTAGE;
            });
            String name = switch (figure) {
                case OWN_INCOME_SHARE, GRANT_DEPENDENCY, SUBSIDY_NEEDED -> figure.name().toLowerCase(java.util.Locale.ROOT) + "_last_year";
                default -> figure.name().toLowerCase(java.util.Locale.ROOT);
            };
            rows.add(new Object[] { name, value, KeyFigureRows.worrying(figure, key) });
        }
        return new ReportTable("key-figures", List.of(new Column("figure", Kind.LINE), new Column("value", Kind.BY_ROW),
                new Column("worrying", Kind.FLAG)), rows, kinds);
    }

    /**
     * The columns of the dependency indicators (docs/model-reference.md, "Dependency indicators"), the same in
     * indicators.csv and places.csv: the concentration of income (HHI), the funders that make 80 % of public
     * money, the days of cash and the operating margin.
     */
    public static final List<Column> DEPENDENCY = List.of(new Column("hhi", Kind.INDEX),
            new Column("funders_for_80_percent", Kind.COUNT), new Column("days_of_cash", Kind.COUNT),
            new Column("operating_margin", Kind.PERCENTAGE));

    /** The cells of {@link #DEPENDENCY} for one span; empty cells where a figure has no meaning. */
    public static Object[] dependencyCells(DependencyIndicators d) {
        return new Object[] { orNull(d.hhi()), d.fundersFor80Percent().isPresent() ? d.fundersFor80Percent().getAsInt() : null,
                orNull(d.daysOfCash()), orNull(d.operatingMargin()) };
    }

    /** Dependency by funder: each funder's grants recognised in each year and their share of the year's income. */
    public static ReportTable funders(Indicators indicators) {
        List<Column> columns = List.of(new Column("funder", Kind.TEXT), new Column("year", Kind.YEAR),
                new Column("recognised", Kind.MONEY), new Column("share_of_income", Kind.PERCENTAGE));
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
                new Column("month", Kind.MONTH), new Column("recognised", Kind.MONEY), new Column("paid", Kind.MONEY));
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
     * created, solidarity share, other) is listed with its target and no yearly figure. Each row is a
     * figure of its own kind (people, hours, euros), its label naming the target's unit when it has one.
     */
    public static ReportTable impact(Canvas canvas, Indicators indicators, ReportText text) {
        List<Indicators.Year> years = indicators.yearly();
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("indicator", Kind.TEXT));
        columns.add(new Column("target", Kind.BY_ROW));
        for (Indicators.Year year : years) {
            columns.add(new Column("year_" + year.year(), Kind.BY_ROW));
        }
        List<Object[]> rows = new ArrayList<>();
        List<Kind> kinds = new ArrayList<>();
        Set<ImpactMetric> counted = EnumSet.noneOf(ImpactMetric.class);
        for (ImpactIndicator target : canvas.getImpact().getIndicators()) {
            Function<Indicators.Year, Double> actual = switch (target.getMetric()) {
                case BENEFICIARIES -> Indicators.Year::beneficiaries;
                case PUBLIC_OPENING_HOURS -> Indicators.Year::publicHours;
                case VOLUNTEER_HOURS -> Indicators.Year::volunteerHours;
                default -> year -> null;
            };
            Kind kind = switch (target.getMetric()) {
                case BENEFICIARIES -> Kind.COUNT;
                case PUBLIC_OPENING_HOURS, VOLUNTEER_HOURS -> Kind.HOURS;
                default -> Kind.DECIMAL;
            };
            counted.add(target.getMetric());
            String unit = target.getUnit();
            String label = unit == null || unit.isBlank() || kind != Kind.DECIMAL ? target.getName()
                    : text.get("impact.withUnit", target.getName(), unit.strip());
            rows.add(impactRow(columns.size(), label, target.getAnnualTarget(), years, actual, kind));
            kinds.add(kind);
        }
        if (!counted.contains(ImpactMetric.BENEFICIARIES)) {
            rows.add(impactRow(columns.size(), text.get("impact.beneficiaries"), null, years, Indicators.Year::beneficiaries,
                    Kind.COUNT));
            kinds.add(Kind.COUNT);
        }
        if (!counted.contains(ImpactMetric.PUBLIC_OPENING_HOURS)) {
            rows.add(impactRow(columns.size(), text.get("impact.publicHours"), null, years, Indicators.Year::publicHours,
                    Kind.HOURS));
            kinds.add(Kind.HOURS);
        }
        rows.add(impactRow(columns.size(), text.get("impact.costPerBeneficiary"), null, years,
                year -> orNull(year.costPerBeneficiary()), Kind.MONEY));
        kinds.add(Kind.MONEY);
        rows.add(impactRow(columns.size(), text.get("impact.subsidyPerPublicHour"), null, years,
                year -> orNull(year.subsidyPerPublicHour()), Kind.MONEY));
        kinds.add(Kind.MONEY);
        return new ReportTable("impact", columns, rows, kinds);
    }

    private static Object[] impactRow(int width, String label, Double target, List<Indicators.Year> years,
            Function<Indicators.Year, Double> actual, Kind kind) {
        Object[] row = new Object[width];
        row[0] = label;
        row[1] = impactCell(target, kind);
        for (int y = 0; y < years.size(); y++) {
            row[2 + y] = impactCell(actual.apply(years.get(y)), kind);
        }
        return row;
    }

    private static Object impactCell(Double value, Kind kind) {
        return value == null ? null : kind == Kind.MONEY ? (Object) cents(value) : value;
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    public static ReportTable monteCarlo(MonteCarloResult result) {
        List<Column> columns = List.of(new Column("month", Kind.MONTH), new Column("p5", Kind.MONEY),
                new Column("p25", Kind.MONEY), new Column("p50", Kind.MONEY), new Column("p75", Kind.MONEY),
                new Column("p95", Kind.MONEY));
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

    /**
     * figures.csv: every uncertain figure as the engine reads it, its stable key, its name, its law and the law's
     * parameters (key=value;…), whether it is drawn each year, the common driver it follows with its strength and the
     * driver's persistence (empty when it follows none).
     */
    public static ReportTable figures(MonteCarlo monteCarlo) {
        List<Column> columns = List.of(new Column("figure", Kind.TEXT), new Column("label", Kind.TEXT),
                new Column("law", Kind.TEXT), new Column("parameters", Kind.TEXT), new Column("per_year", Kind.YES_NO),
                new Column("driver", Kind.TEXT), new Column("strength", Kind.DRAWN), new Column("persistence", Kind.DRAWN));
        List<Object[]> rows = new ArrayList<>();
        for (MonteCarlo.DrawColumn column : monteCarlo.drawColumns()) {
            UncertainAssumption figure = column.figure();
            if (column.year() > 1) {
                continue; // one row a figure
            }
            Optional<CommonDriver> driver = figure.driver();
            rows.add(new Object[] { figure.figure(), figure.name(), figure.lawName(), figure.parameters(),
                    figure.drawPerYear(), driver.map(CommonDriver::name).orElse(null),
                    driver.isPresent() ? figure.strength() : null, driver.map(CommonDriver::persistence).orElse(null) });
        }
        return new ReportTable("figures", columns, rows);
    }

    /**
     * draws.csv: every value the paths drew, one row each: the path (0 to N − 1, the index its generator is seeded
     * with), the model year (empty for a figure drawn once per path), the figure's key of figures.csv and the value.
     */
    public static ReportTable draws(MonteCarlo monteCarlo, int runs, long seed) {
        List<Column> columns = List.of(new Column("path", Kind.YEAR), new Column("year", Kind.YEAR),
                new Column("figure", Kind.TEXT), new Column("value", Kind.DRAWN));
        List<MonteCarlo.DrawColumn> drawn = monteCarlo.drawColumns();
        double[] values = monteCarlo.draws(runs, seed);
        List<Object[]> rows = new ArrayList<>(runs * drawn.size());
        for (int path = 0; path < runs; path++) {
            for (int c = 0; c < drawn.size(); c++) {
                MonteCarlo.DrawColumn column = drawn.get(c);
                rows.add(new Object[] { path, column.year() == 0 ? null : column.year(), column.figure().figure(),
                        values[path * drawn.size() + c] });
            }
        }
        return new ReportTable("draws", columns, rows);
    }

    /** The association budget, one column per year: account, line, then the amount of each year. */
    public static ReportTable budget(AssociationBudget budget) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("account", Kind.TEXT));
        columns.add(new Column("line", Kind.TEXT));
        for (int y = 1; y <= budget.years(); y++) {
            columns.add(new Column("year_" + y, Kind.MONEY));
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

    /**
     * Plan versus actual, month by month and line by line: the line's key (as in {@code income-statement.csv}),
     * planned, actual, variance (actual − planned) and the variance as a share of the plan.
     */
    public static ReportTable planVersusActual(PlanVersusActual plan) {
        return planVersusActual(plan.monthly(), "plan-vs-actual", "month");
    }

    /** The same by year of the canvas, each year named by its first month, over its months with accounts. */
    public static ReportTable planVersusActualByYear(PlanVersusActual plan) {
        return planVersusActual(plan.yearly(), "plan-vs-actual-yearly", "first_month");
    }

    private static ReportTable planVersusActual(List<PlanVersusActual.Row> rows, String name, String period) {
        List<Column> columns = List.of(new Column(period, Kind.MONTH), new Column("line", Kind.LINE),
                new Column("planned", Kind.MONEY), new Column("actual", Kind.MONEY), new Column("variance", Kind.MONEY),
                new Column("variance_share", Kind.PERCENTAGE));
        List<Object[]> cells = new ArrayList<>();
        for (PlanVersusActual.Row row : rows) {
            cells.add(new Object[] { row.month(), row.line().column(), cents(row.planned()), cents(row.actual()),
                    cents(row.variance()), orNull(row.varianceShare()) });
        }
        return new ReportTable(name, columns, cells);
    }

    /** The accounts that go to no line of the plan, with their labels and totals. */
    public static ReportTable unmapped(PlanVersusActual plan) {
        List<Object[]> cells = new ArrayList<>();
        for (PlanVersusActual.Unmapped account : plan.unmapped()) {
            cells.add(new Object[] { account.account(), account.label(), cents(account.total()) });
        }
        return new ReportTable("unmapped", List.of(new Column("account", Kind.TEXT), new Column("label", Kind.TEXT),
                new Column("total", Kind.MONEY)), cells);
    }

    /** The rows of a monthly table (its first column the month) after {@code month}: a re-forecast's future. */
    public static ReportTable after(ReportTable table, java.time.YearMonth month) {
        return new ReportTable(table.name(), table.columns(),
                table.rows().stream().filter(row -> ((java.time.YearMonth) row[0]).isAfter(month)).toList());
    }
}
