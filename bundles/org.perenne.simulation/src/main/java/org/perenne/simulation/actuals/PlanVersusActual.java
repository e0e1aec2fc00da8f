/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation.actuals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;

import org.perenne.model.AccountBalance;
import org.perenne.model.ActualAccounts;
import org.perenne.model.CashBalance;
import org.perenne.model.Canvas;
import org.perenne.simulation.AccountLine;
import org.perenne.simulation.CashLine;
import org.perenne.simulation.Projection;

/**
 * Where reality sits in the plan: for each month the accounts were imported for, each line of the income
 * statement planned (the canvas's projection) and actual (the accounts mapped to that line), with the
 * variance; the accounts mapped to nothing with their totals; and the actual cash at each month end.
 * Amounts are kept to the cent; nothing is dropped: mapped plus not mapped equals what the file holds.
 */
public final class PlanVersusActual {

    /** A line of a month (or of a year, {@code month} being its first month): planned, actual, variance. */
    public record Row(YearMonth month, AccountLine line, double planned, double actual) {

        /** Actual minus planned: above zero, more income or more costs than planned. */
        public double variance() {
            return cents(actual - planned);
        }

        /** The variance as a share of the planned amount; empty when nothing was planned. */
        public OptionalDouble varianceShare() {
            return planned == 0 ? OptionalDouble.empty() : OptionalDouble.of(variance() / Math.abs(planned));
        }
    }

    /** An account that goes to no line of the plan, with its label and its total over the months imported. */
    public record Unmapped(String account, String label, double total) {
    }

    /** An account of the file: its label, its total over the months imported, and the line it goes to (empty: none). */
    public record Account(String account, String label, double total, Optional<AccountLine> line) {
    }

    /** Totals of what the accounts hold: charges (classes 6, 86) and income (classes 7, 87). */
    public record Totals(double charges, double income) {
    }

    private final Projection projection;
    private final List<Row> monthly = new ArrayList<>();
    private final List<Unmapped> unmapped = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();
    private final TreeMap<YearMonth, Double> cash = new TreeMap<>();
    private Totals file = new Totals(0, 0);
    private Totals mapped = new Totals(0, 0);

    /** The plan of a canvas (its deterministic projection) next to its actual accounts, mapped by {@code chart}. */
    public PlanVersusActual(Canvas canvas, Projection projection, AccountChart chart) {
        this.projection = projection;
        ActualAccounts actuals = canvas.getActuals();
        if (actuals == null) {
            return;
        }
        TreeMap<YearMonth, Map<AccountLine, Double>> actual = new TreeMap<>();
        Map<String, Unmapped> notMapped = new LinkedHashMap<>();
        double fileCharges = 0;
        double fileIncome = 0;
        double mappedCharges = 0;
        double mappedIncome = 0;
        for (AccountBalance balance : actuals.getBalances()) {
            String account = balance.getAccount();
            boolean income = AccountChart.isIncome(account);
            fileCharges += income ? 0 : balance.getAmount();
            fileIncome += income ? balance.getAmount() : 0;
            Map<AccountLine, Double> month = actual.computeIfAbsent(balance.getMonth(), m -> new EnumMap<>(AccountLine.class));
            Optional<AccountLine> line = chart.lineOf(account);
            if (line.isPresent()) {
                month.merge(line.get(), balance.getAmount(), Double::sum);
                mappedCharges += income ? 0 : balance.getAmount();
                mappedIncome += income ? balance.getAmount() : 0;
            } else {
                notMapped.merge(account, new Unmapped(account, balance.getLabel(), balance.getAmount()),
                        (a, b) -> new Unmapped(a.account(), a.label(), cents(a.total() + b.total())));
            }
        }
        Map<String, double[]> totals = new TreeMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (AccountBalance balance : actuals.getBalances()) {
            totals.computeIfAbsent(balance.getAccount(), a -> new double[1])[0] += balance.getAmount();
            labels.putIfAbsent(balance.getAccount(), balance.getLabel());
        }
        totals.forEach((account, total) -> accounts.add(new Account(account, labels.get(account), cents(total[0]),
                chart.lineOf(account))));
        file = new Totals(cents(fileCharges), cents(fileIncome));
        mapped = new Totals(cents(mappedCharges), cents(mappedIncome));
        unmapped.addAll(notMapped.values());
        for (Map.Entry<YearMonth, Map<AccountLine, Double>> month : actual.entrySet()) {
            int m = monthIndex(month.getKey());
            for (AccountLine line : AccountLine.values()) {
                double planned = m >= 0 && m < projection.months() ? cents(projection.account(line, m)) : 0;
                double done = cents(month.getValue().getOrDefault(line, 0.0));
                if (planned != 0 || done != 0) {
                    monthly.add(new Row(month.getKey(), line, planned, done));
                }
            }
        }
        for (CashBalance balance : actuals.getCash()) {
            cash.put(balance.getMonth(), cents(balance.getAmount()));
        }
    }

    /** Each month with accounts, each line with something planned or done, in month then line order. */
    public List<Row> monthly() {
        return List.copyOf(monthly);
    }

    /**
     * The months summed by model year of the canvas (the income statement's years): each line planned
     * and actual over the months of that year that have accounts.
     */
    public List<Row> yearly() {
        Map<Integer, Map<AccountLine, double[]>> years = new TreeMap<>();
        for (Row row : monthly) {
            int year = monthIndex(row.month()) / 12;
            double[] sums = years.computeIfAbsent(year, y -> new EnumMap<>(AccountLine.class)).computeIfAbsent(row.line(),
                    l -> new double[2]);
            sums[0] += row.planned();
            sums[1] += row.actual();
        }
        List<Row> rows = new ArrayList<>();
        years.forEach((year, lines) -> lines.forEach((line, sums) -> rows.add(
                new Row(projection.monthOf(12 * year), line, cents(sums[0]), cents(sums[1])))));
        return rows;
    }

    /** Every account of the file, in the order of their numbers, with the line each goes to. */
    public List<Account> accounts() {
        return List.copyOf(accounts);
    }

    /**
     * The actual run-rate of the last {@code count} months with accounts: for each cash line that is the
     * same money as an own-income or cost line, actual / planned over those months (1 when nothing was
     * planned), indexed by {@link CashLine} ordinal; other lines (grants, loans, investments) keep 1.
     */
    public double[] runRate(int count) {
        List<YearMonth> all = months();
        List<YearMonth> last = all.subList(Math.max(0, all.size() - count), all.size());
        double[] factors = new double[CashLine.values().length];
        java.util.Arrays.fill(factors, 1);
        for (CashLine cash : CashLine.values()) {
            for (AccountLine line : AccountLine.values()) {
                boolean same = line.name().equals(cash.name())
                        && (line.kind() == AccountLine.Kind.OWN_INCOME || line.kind() == AccountLine.Kind.COST);
                if (!same) {
                    continue;
                }
                double planned = 0;
                double actual = 0;
                for (Row row : monthly) {
                    if (row.line() == line && last.contains(row.month())) {
                        planned += row.planned();
                        actual += row.actual();
                    }
                }
                factors[cash.ordinal()] = planned == 0 ? 1 : actual / planned;
            }
        }
        return factors;
    }

    /** Accounts that go to no line, with their totals: map them or they stay out of the comparison. */
    public List<Unmapped> unmapped() {
        return List.copyOf(unmapped);
    }

    /** What the imported accounts hold, charges and income. */
    public Totals fileTotals() {
        return file;
    }

    /** What of it goes to a line of the plan; the rest is in {@link #unmapped()}. */
    public Totals mappedTotals() {
        return mapped;
    }

    /** The months with accounts, first to last. */
    public List<YearMonth> months() {
        return List.copyOf(new TreeSet<>(monthly.stream().map(Row::month).toList()));
    }

    /** The bank and cash accounts' balance at each month end imported. */
    public Map<YearMonth, Double> actualCash() {
        return java.util.Collections.unmodifiableMap(cash);
    }

    /** The last month whose closing cash is known, if any. */
    public Optional<YearMonth> lastCashMonth() {
        return cash.isEmpty() ? Optional.empty() : Optional.of(cash.lastKey());
    }

    private int monthIndex(YearMonth month) {
        return (int) ChronoUnit.MONTHS.between(projection.startMonth(), month);
    }

    static double cents(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_EVEN).doubleValue();
    }
}
