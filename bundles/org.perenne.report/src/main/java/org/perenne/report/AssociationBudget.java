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

    /** A line of the form: its account number, its words' key, and the income-statement lines it gathers. */
    public record Group(String account, String key, AccountLine... lines) {
    }

    /** The charges 60 to 68, in the form's order. */
    public static final List<Group> COSTS = List.of(
            new Group("60", "budget.purchases", AccountLine.CONSUMABLES, AccountLine.DIRECT_COSTS, AccountLine.ENERGY),
            new Group("61", "budget.externalServices", AccountLine.RENT, AccountLine.MAINTENANCE, AccountLine.INSURANCE),
            new Group("62", "budget.otherExternalServices", AccountLine.TELECOM, AccountLine.COMMUNICATION, AccountLine.ACCOUNTING,
                    AccountLine.OTHER_COSTS),
            new Group("63", "budget.taxes"), new Group("64", "budget.staff", AccountLine.STAFF),
            new Group("65", "budget.otherCosts"), new Group("66", "budget.financialCosts", AccountLine.INTEREST),
            new Group("67", "budget.exceptionalCosts"), new Group("68", "budget.depreciation", AccountLine.DEPRECIATION));
    public static final Group SALES = new Group("70", "budget.sales", AccountLine.MEMBERSHIPS, AccountLine.DROP_INS,
            AccountLine.RENTALS, AccountLine.SERVICES);
    public static final Group TARIFICATION = new Group("73", "budget.tarification");
    /** Operating subsidies: the funders' operating, project and job-aid grants (by level of funder in the form). */
    public static final Group SUBSIDIES = new Group("74", "budget.subsidies", AccountLine.OPERATING_GRANTS,
            AccountLine.PROJECT_GRANTS, AccountLine.JOB_AID_GRANTS);
    /**
     * The investment subsidies' yearly share, in step with the depreciation of what they financed: its own
     * line, account 747 since ANC regulation 2022-06 (777 before 2025), never mixed with the funders' 74.
     */
    public static final Group INVESTMENT_SUBSIDIES = new Group("747", "budget.investmentSubsidies", AccountLine.INVESTMENT_GRANTS);
    public static final Group OTHER_INCOME = new Group("75", "budget.otherIncome", AccountLine.JOINING_FEES);
    /** The products 70 to 75, in the form's order. */
    public static final List<Group> INCOME = List.of(SALES, TARIFICATION, SUBSIDIES, INVESTMENT_SUBSIDIES, OTHER_INCOME);
    public static final Group IN_KIND_USE = new Group("86", "budget.inKindUse", AccountLine.IN_KIND_COSTS);
    public static final Group IN_KIND = new Group("87", "budget.inKind", AccountLine.IN_KIND_INCOME);

    private final int years;
    private final List<Line> lines = new ArrayList<>();

    public AssociationBudget(Projection p) {
        years = p.years();
        List<Line> costs = new ArrayList<>();
        for (Group group : COSTS) {
            costs.add(line(p, group, Side.COSTS));
        }

        List<Line> income = new ArrayList<>();
        income.add(line(p, SALES, Side.INCOME));
        income.add(line(p, TARIFICATION, Side.INCOME));
        // the total of 74 is rounded as the income statement rounds its grant lines; the levels share it,
        // the largest taking the cent or two their own rounding leaves over
        Line subsidiesTotal = line(p, SUBSIDIES, Side.INCOME);
        List<FunderLevel> levels = List.of(FunderLevel.STATE, FunderLevel.REGION, FunderLevel.DEPARTEMENT,
                FunderLevel.EPCI, FunderLevel.COMMUNE, FunderLevel.EUROPE, FunderLevel.FOUNDATION, FunderLevel.OTHER);
        long[][] byLevel = new long[levels.size()][years];
        for (int y = 1; y <= years; y++) {
            long shared = 0;
            int largest = 0;
            for (int l = 0; l < levels.size(); l++) {
                byLevel[l][y - 1] = ReportTables.cents(p.operatingSubsidiesInYear(levels.get(l), y));
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
        income.add(line(p, INVESTMENT_SUBSIDIES, Side.INCOME));
        income.add(line(p, OTHER_INCOME, Side.INCOME));

        long[] totalCosts = sum(costs.stream().filter(l -> !l.detail()).map(Line::cents).toList());
        long[] totalIncome = sum(income.stream().filter(l -> !l.detail()).map(Line::cents).toList());
        long[] surplus = new long[years];
        long[] deficit = new long[years];
        for (int y = 0; y < years; y++) {
            long result = totalIncome[y] - totalCosts[y];
            surplus[y] = Math.max(0, result);
            deficit[y] = Math.max(0, -result);
        }
        Line inKindUse = line(p, IN_KIND_USE, Side.COSTS);
        Line inKind = line(p, IN_KIND, Side.INCOME);

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

    private Line line(Projection p, Group group, Side side) {
        return line(p, group.account(), group.key(), side, group.lines());
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
