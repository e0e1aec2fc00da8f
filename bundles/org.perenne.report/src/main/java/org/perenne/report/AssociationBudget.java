/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.util.ArrayList;
import java.util.List;

import org.perenne.model.FunderLevel;
import org.perenne.simulation.AccountLine;
import org.perenne.simulation.Projection;

/**
 * The budget in the layout of the French association grant application (CERFA 12156, "budget
 * prévisionnel de l'association"), per model year: costs by account 60 to 68, income 70 to 75 with
 * the subsidies of account 74 by level of funder, then the in-kind contributions 86 and 87. A
 * forecast surplus is written on the costs side and a deficit on the income side, so both sides
 * balance, as the form requires. Amounts are cents, each line rounded once; totals add the rounded lines.
 */
public final class AssociationBudget {

    /** Which side of the budget a line is on, and whether it is a total. */
    public enum Side {
        COSTS, COSTS_TOTAL, INCOME, INCOME_TOTAL
    }

    /** One line: the account number ("64", "74"; "" for totals), a message key, its side, and cents per year. */
    public record Line(String account, String key, Side side, boolean detail, long[] cents) {
    }

    private final int years;
    private final List<Line> lines = new ArrayList<>();

    public AssociationBudget(Projection p) {
        years = p.years();
        List<Line> costs = new ArrayList<>();
        costs.add(line(p, "60", "budget.purchases", Side.COSTS, AccountLine.CONSUMABLES, AccountLine.DIRECT_COSTS,
                AccountLine.ENERGY));
        costs.add(line(p, "61", "budget.externalServices", Side.COSTS, AccountLine.RENT, AccountLine.MAINTENANCE,
                AccountLine.INSURANCE));
        costs.add(line(p, "62", "budget.otherExternalServices", Side.COSTS, AccountLine.TELECOM, AccountLine.COMMUNICATION,
                AccountLine.ACCOUNTING, AccountLine.OTHER_COSTS));
        costs.add(line(p, "63", "budget.taxes", Side.COSTS));
        costs.add(line(p, "64", "budget.staff", Side.COSTS, AccountLine.STAFF));
        costs.add(line(p, "65", "budget.otherCosts", Side.COSTS));
        costs.add(line(p, "66", "budget.financialCosts", Side.COSTS, AccountLine.INTEREST));
        costs.add(line(p, "67", "budget.exceptionalCosts", Side.COSTS));
        costs.add(line(p, "68", "budget.depreciation", Side.COSTS, AccountLine.DEPRECIATION));

        List<Line> income = new ArrayList<>();
        income.add(line(p, "70", "budget.sales", Side.INCOME, AccountLine.MEMBERSHIPS, AccountLine.DROP_INS,
                AccountLine.RENTALS, AccountLine.SERVICES));
        income.add(line(p, "73", "budget.tarification", Side.INCOME));
        // the total of 74 is rounded as the income statement rounds its grant lines; the levels share it,
        // the largest taking the cent or two their own rounding leaves over
        Line subsidiesTotal = line(p, "74", "budget.subsidies", Side.INCOME, AccountLine.OPERATING_GRANTS,
                AccountLine.PROJECT_GRANTS, AccountLine.JOB_AID_GRANTS, AccountLine.INVESTMENT_GRANTS);
        List<FunderLevel> levels = List.of(FunderLevel.STATE, FunderLevel.REGION, FunderLevel.DEPARTEMENT,
                FunderLevel.EPCI, FunderLevel.COMMUNE, FunderLevel.EUROPE, FunderLevel.FOUNDATION, FunderLevel.OTHER);
        long[][] byLevel = new long[levels.size()][years];
        for (int y = 1; y <= years; y++) {
            long shared = 0;
            int largest = 0;
            for (int l = 0; l < levels.size(); l++) {
                byLevel[l][y - 1] = ReportTables.cents(p.subsidiesInYear(levels.get(l), y));
                shared += byLevel[l][y - 1];
                largest = byLevel[l][y - 1] > byLevel[largest][y - 1] ? l : largest;
            }
            byLevel[largest][y - 1] += subsidiesTotal.cents()[y - 1] - shared;
        }
        List<Line> subsidies = new ArrayList<>();
        for (int l = 0; l < levels.size(); l++) {
            subsidies.add(new Line("74", "budget.subsidy." + levels.get(l).name(), Side.INCOME, true, byLevel[l]));
        }
        income.add(subsidiesTotal);
        income.addAll(subsidies);
        income.add(line(p, "75", "budget.otherIncome", Side.INCOME, AccountLine.JOINING_FEES));

        long[] totalCosts = sum(costs.stream().filter(l -> !l.detail()).map(Line::cents).toList());
        long[] totalIncome = sum(income.stream().filter(l -> !l.detail()).map(Line::cents).toList());
        long[] surplus = new long[years];
        long[] deficit = new long[years];
        for (int y = 0; y < years; y++) {
            long result = totalIncome[y] - totalCosts[y];
            surplus[y] = Math.max(0, result);
            deficit[y] = Math.max(0, -result);
        }
        Line inKindUse = line(p, "86", "budget.inKindUse", Side.COSTS, AccountLine.IN_KIND_COSTS);
        Line inKind = line(p, "87", "budget.inKind", Side.INCOME, AccountLine.IN_KIND_INCOME);

        lines.addAll(costs);
        lines.add(new Line("", "budget.costsTotal", Side.COSTS_TOTAL, false, totalCosts));
        lines.add(new Line("", "budget.surplus", Side.COSTS, false, surplus));
        lines.add(inKindUse);
        lines.add(new Line("", "budget.allCosts", Side.COSTS_TOTAL, false,
                sum(List.of(totalCosts, surplus, inKindUse.cents()))));
        lines.addAll(income);
        lines.add(new Line("", "budget.incomeTotal", Side.INCOME_TOTAL, false, totalIncome));
        lines.add(new Line("", "budget.deficit", Side.INCOME, false, deficit));
        lines.add(inKind);
        lines.add(new Line("", "budget.allIncome", Side.INCOME_TOTAL, false,
                sum(List.of(totalIncome, deficit, inKind.cents()))));
    }

    private Line line(Projection p, String account, String key, Side side, AccountLine... from) {
        long[] amounts = new long[years];
        for (int y = 1; y <= years; y++) {
            for (AccountLine line : from) {
                amounts[y - 1] += ReportTables.cents(p.accountInYear(line, y));
            }
        }
        return new Line(account, key, side, false, amounts);
    }

    private long[] sum(List<long[]> parts) {
        long[] total = new long[years];
        for (long[] part : parts) {
            for (int y = 0; y < years; y++) {
                total[y] += part[y];
            }
        }
        return total;
    }

    public int years() {
        return years;
    }

    public List<Line> lines() {
        return lines;
    }

    /** The line with this key. */
    public Line line(String key) {
        return lines.stream().filter(l -> l.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no budget line " + key));
    }
}
