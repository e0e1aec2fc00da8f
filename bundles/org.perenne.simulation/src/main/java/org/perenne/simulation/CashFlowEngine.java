/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import static org.perenne.simulation.CompiledCanvas.*;

import java.util.Arrays;

/**
 * Projects a compiled canvas month by month, following the rules of docs/model-reference.md. The assumptions
 * come as one row of values per model year ({@code assumptions[year][slot]}: all rows equal
 * unless an uncertainty is drawn once per year); timing assumptions (months, delays, durations)
 * are read from the first row. No EMF access, no boxing and no allocation happen here: one engine
 * per thread, its scratch arrays reused for every projection.
 */
public final class CashFlowEngine {

    private static final CashLine[] CASH_LINES = CashLine.values();

    private final CompiledCanvas c;
    private final int months;
    /** Calendar month (0 = January) of the j-th month of any model year. */
    private final int[] calendarMonth = new int[12];
    private final double[][] tierMembers;
    private final double[][] staffCost;
    private final double[][] fixedCost;
    /** Indexation factor of each model year for the line being projected (see {@link #indexation}). */
    private final double[] yearIndex;

    public CashFlowEngine(CompiledCanvas canvas) {
        this.c = canvas;
        this.months = canvas.months;
        tierMembers = new double[canvas.tierSlots.length][months];
        staffCost = new double[canvas.staffSlots.length][months];
        fixedCost = new double[canvas.fixedSlots.length][months];
        yearIndex = new double[canvas.years];
        for (int j = 0; j < 12; j++) {
            calendarMonth[j] = (canvas.firstCalendarMonth + j) % 12;
        }
    }

    public CompiledCanvas canvas() {
        return c;
    }

    /** Rows of assumptions, one per year, all equal to the canvas's base values. */
    public double[][] baseAssumptions() {
        double[][] rows = new double[c.years][];
        for (int k = 0; k < c.years; k++) {
            rows[k] = c.base.clone();
        }
        return rows;
    }

    /** The deterministic projection of the canvas as it is. */
    public Projection project() {
        Projection out = new Projection(c);
        project(baseAssumptions(), null, out);
        return out;
    }

    /**
     * Projects with the given assumptions into {@code out}.
     *
     * @param renewedYears per grant, the years renewed after the committed ones (stochastic run);
     *            null for none, the prudent deterministic rule
     */
    public void project(double[][] p, int[] renewedYears, Projection out) {
        out.clear();
        out.openingCash = p[0][c.openingCashSlot];
        memberships(p, out);
        volumeOffers(p, out);
        staff(p, out);
        fixedCosts(p, out);
        investments(p, out);
        volunteering(p, out);
        grants(p, renewedYears, out);
        reimbursementGrants(p, out);
        loans(p, out);
        double[] net = out.net;
        Arrays.fill(net, 0);
        for (CashLine line : CASH_LINES) {
            double[] amounts = out.cash[line.ordinal()];
            if (line.isIncoming()) {
                for (int m = 0; m < months; m++) {
                    net[m] += amounts[m];
                }
            } else {
                for (int m = 0; m < months; m++) {
                    net[m] -= amounts[m];
                }
            }
        }
        double cashNow = out.openingCash;
        for (int m = 0; m < months; m++) {
            cashNow += net[m];
            out.closing[m] = cashNow;
        }
    }

    /** Annual rate of a line in year k; NaN in the canvas means the model's inflation. */
    private double rate(double[][] p, int k, int slot) {
        double rate = p[k][slot];
        return rate != rate ? p[k][c.inflationSlot] : rate;
    }

    /**
     * The factor {@code (1 + rate)^(k)} of each model year k (0-based) for one line, each year's rate
     * read from that year's row; fills and returns the engine's scratch array.
     */
    private double[] indexation(double[][] p, int rateSlot) {
        double index = 1;
        yearIndex[0] = 1;
        for (int k = 1; k < c.years; k++) {
            index *= 1 + rate(p, k, rateSlot);
            yearIndex[k] = index;
        }
        return yearIndex;
    }

    private static int whole(double value) {
        return (int) Math.round(value);
    }

    private void memberships(double[][] p, Projection out) {
        int tiers = c.tierSlots.length;
        for (int t = 0; t < tiers; t++) {
            int s = c.tierSlots[t];
            double ramp = p[0][s + TIER_RAMP];
            for (int m = 0; m < months; m++) {
                int k = m / 12;
                double start = p[k][s + TIER_START];
                double target = p[k][s + TIER_TARGET];
                tierMembers[t][m] = ramp <= 0 ? target : start + (target - start) * Math.min(1, m / ramp);
            }
        }
        for (int m = 0; m < months; m++) {
            int k = m / 12;
            double demand = 0;
            for (int t = 0; t < tiers; t++) {
                demand += tierMembers[t][m] * p[k][c.tierSlots[t] + TIER_DESK_USAGE];
            }
            double desks = p[k][c.desksSlot];
            if (demand > desks) {
                // only tiers that use desks are capped; supporting members need no desk
                double factor = desks / demand;
                for (int t = 0; t < tiers; t++) {
                    if (p[k][c.tierSlots[t] + TIER_DESK_USAGE] > 0) {
                        tierMembers[t][m] *= factor;
                    }
                }
            }
        }
        double[] subscriptions = out.cash[CashLine.MEMBERSHIPS.ordinal()];
        double[] joining = out.cash[CashLine.JOINING_FEES.ordinal()];
        for (int t = 0; t < tiers; t++) {
            int s = c.tierSlots[t];
            double[] members = tierMembers[t];
            double previous = 0;
            double[] index = indexation(p, s + TIER_INDEXATION);
            for (int k = 0; k < c.years; k++) {
                double[] row = p[k];
                double fee = row[s + TIER_FEE] * index[k];
                double joiningFee = row[s + TIER_JOINING_FEE] * index[k];
                double churn = row[s + TIER_CHURN];
                // the fees of a tier that gives a desk are commercial income; those of other tiers are dues
                boolean commercial = row[s + TIER_DESK_USAGE] > 0;
                for (int m = 12 * k; m < 12 * k + 12; m++) {
                    double now = members[m];
                    double churned = churn * previous;
                    double newcomers = Math.max(0, now - previous) + churned;
                    double subscription = now * fee;
                    subscriptions[m] += subscription; // also the income-statement line (one array)
                    joining[m] += newcomers * joiningFee;
                    if (commercial) {
                        out.commercialIncome[m] += subscription + newcomers * joiningFee;
                    }
                    out.members[m] += now;
                    out.membersLost[m] += churned;
                    previous = now;
                }
            }
        }
    }

    private void volumeOffers(double[][] p, Projection out) {
        double[] directCosts = out.cash[CashLine.DIRECT_COSTS.ordinal()];
        for (int o = 0; o < c.offerSlots.length; o++) {
            int s = c.offerSlots[o];
            int profile = c.offerProfile[o];
            int profileSlot = profile < 0 ? -1 : c.profileSlots[profile];
            double[] income = out.cash[c.offerCashLine[o].ordinal()];
            double beneficiariesPerUnit = c.offerBeneficiariesPerUnit[o];
            double publicHoursPerUnit = c.offerPublicHoursPerUnit[o];
            boolean impact = beneficiariesPerUnit != 0 || publicHoursPerUnit != 0;
            double[] index = indexation(p, s + OFFER_INDEXATION);
            for (int k = 0; k < c.years; k++) {
                double[] row = p[k];
                double price = row[s + OFFER_PRICE] * index[k];
                double unitCost = row[s + OFFER_UNIT_COST] * index[k];
                double volume = row[s + OFFER_VOLUME] * row[s + OFFER_OCCUPANCY];
                for (int j = 0, m = 12 * k; j < 12; j++, m++) {
                    double units = profileSlot < 0 ? volume : volume * row[profileSlot + calendarMonth[j]];
                    income[m] += units * price; // cash and income statement share the array
                    out.commercialIncome[m] += units * price;
                    directCosts[m] += units * unitCost;
                    if (impact) {
                        out.beneficiaries[m] += units * beneficiariesPerUnit;
                        out.publicHours[m] += units * publicHoursPerUnit;
                    }
                }
            }
        }
        for (int m = 0; m < months; m++) {
            out.publicHours[m] += c.publicRoomHoursPerMonth;
        }
    }

    private void staff(double[][] p, Projection out) {
        double[] paid = out.cash[CashLine.STAFF.ordinal()];
        for (int i = 0; i < c.staffSlots.length; i++) {
            int s = c.staffSlots[i];
            double[] cost = staffCost[i];
            Arrays.fill(cost, 0);
            int first = Math.max(0, whole(p[0][s + STAFF_START]));
            double end = p[0][s + STAFF_END];
            int last = end != end ? months - 1 : Math.min(months - 1, whole(end));
            double[] index = indexation(p, s + STAFF_RAISE);
            for (int k = 0; k < c.years; k++) {
                double[] row = p[k];
                double monthly = row[s + STAFF_FTE] * row[s + STAFF_GROSS] * (1 + row[s + STAFF_CONTRIBUTION]) * index[k];
                for (int m = Math.max(first, 12 * k); m <= Math.min(last, 12 * k + 11); m++) {
                    cost[m] = monthly;
                    paid[m] += monthly;
                }
            }
        }
    }

    private void fixedCosts(double[][] p, Projection out) {
        for (int i = 0; i < c.fixedSlots.length; i++) {
            int s = c.fixedSlots[i];
            double[] cost = fixedCost[i];
            double[] paid = out.cash[c.fixedCashLine[i].ordinal()];
            double[] index = indexation(p, s + FIXED_INDEXATION);
            for (int k = 0; k < c.years; k++) {
                double monthly = p[k][s + FIXED_AMOUNT] * index[k];
                for (int m = 12 * k; m < 12 * k + 12; m++) {
                    cost[m] = monthly;
                    paid[m] += monthly;
                }
            }
        }
    }

    private void investments(double[][] p, Projection out) {
        for (int i = 0; i < c.investmentSlots.length; i++) {
            int s = c.investmentSlots[i];
            double amount = p[0][s + INVESTMENT_AMOUNT];
            int month = whole(p[0][s + INVESTMENT_MONTH]);
            if (month >= 0 && month < months) {
                out.cash[CashLine.INVESTMENTS.ordinal()][month] += amount;
            }
            spread(out.accounts[AccountLine.DEPRECIATION.ordinal()], amount, month, whole(p[0][s + INVESTMENT_YEARS]));
        }
    }

    /** Straight-line: amount / (12 x years) each month from {@code month}, for 12 x years months. */
    private void spread(double[] monthly, double amount, int month, int years) {
        if (years < 1) {
            return;
        }
        int length = 12 * years;
        double each = amount / length;
        for (int m = Math.max(0, month); m < Math.min(months, month + length); m++) {
            monthly[m] += each;
        }
    }

    private void volunteering(double[][] p, Projection out) {
        double[] income = out.accounts[AccountLine.IN_KIND_INCOME.ordinal()];
        double[] costs = out.accounts[AccountLine.IN_KIND_COSTS.ordinal()];
        for (int i = 0; i < c.volunteeringSlots.length; i++) {
            int s = c.volunteeringSlots[i];
            for (int k = 0; k < c.years; k++) {
                double hours = p[k][s + VOLUNTEERING_HOURS];
                double value = hours * p[k][s + VOLUNTEERING_VALUE];
                for (int m = 12 * k; m < 12 * k + 12; m++) {
                    income[m] += value;
                    costs[m] += value;
                    out.volunteerHours[m] += hours;
                }
            }
        }
    }

    private void grants(double[][] p, int[] renewedYears, Projection out) {
        for (int g = 0; g < c.grantSlots.length; g++) {
            int s = c.grantSlots[g];
            int committed = c.grantYears[g];
            int years = committed + (renewedYears == null ? 0 : renewedYears[g]);
            int firstYear = whole(p[0][s + GRANT_FIRST_YEAR]);
            boolean investment = c.grantInvestment[g] >= 0;
            CashLine cashLine = investment ? CashLine.INVESTMENT_GRANTS : CashLine.GRANTS;
            double[] recognised = out.accounts[c.grantAccountLine[g].ordinal()];
            double[] byFunder = out.subsidiesByFunder[c.grantFunderLevel[g]];
            double[] thisGrant = out.grantRecognised[g];
            double[] paid = out.grantPaid[g];
            double total = 0;
            for (int j = 0; j < years; j++) {
                int yearStart = 12 * (firstYear - 1 + j);
                int row = Math.min(c.years - 1, Math.max(0, yearStart / 12));
                double amount = j < committed ? p[row][c.grantAmountSlots[g] + j] : p[row][s + GRANT_RENEWAL_AMOUNT];
                if (yearStart >= months) {
                    // a grant year that starts after the horizon: a future commitment, not a receivable
                    out.futureCommitments += amount;
                    continue;
                }
                total += amount;
                if (!investment) {
                    for (int m = yearStart; m < yearStart + 12 && m < months; m++) {
                        recognised[m] += amount / 12;
                        byFunder[m] += amount / 12;
                        thisGrant[m] += amount / 12;
                    }
                }
                if (c.grantMode[g] == GRANT_MODE_MONTHLY) {
                    int delay = whole(p[0][s + GRANT_DELAY]);
                    for (int m = 0; m < 12; m++) {
                        pay(out, cashLine, paid, yearStart + m + delay, amount / 12);
                    }
                } else {
                    double advance = p[0][s + GRANT_ADVANCE_SHARE] * amount;
                    pay(out, cashLine, paid, yearStart + whole(p[0][s + GRANT_ADVANCE_DELAY]), advance);
                    pay(out, cashLine, paid, yearStart + 11 + whole(p[0][s + GRANT_BALANCE_DELAY]), amount - advance);
                }
            }
            if (investment) {
                int v = c.investmentSlots[c.grantInvestment[g]];
                int month = whole(p[0][v + INVESTMENT_MONTH]);
                int depreciationYears = whole(p[0][v + INVESTMENT_YEARS]);
                spread(recognised, total, month, depreciationYears);
                spread(byFunder, total, month, depreciationYears);
                spread(thisGrant, total, month, depreciationYears);
            }
        }
    }

    /**
     * Pays an amount in month {@code m} (also in the grant's own payments), or counts it as a receivable
     * when it falls after the horizon.
     */
    private void pay(Projection out, CashLine line, double[] grantPaid, int m, double amount) {
        if (m < months) {
            out.cash[line.ordinal()][Math.max(0, m)] += amount;
            grantPaid[Math.max(0, m)] += amount;
        } else {
            out.receivableAtEnd += amount;
        }
    }

    private void reimbursementGrants(double[][] p, Projection out) {
        for (int r = 0; r < c.reimbursementSlots.length; r++) {
            int s = c.reimbursementSlots[r];
            double rate = p[0][s + REIMBURSEMENT_RATE];
            int start = whole(p[0][s + REIMBURSEMENT_START]);
            int end = whole(p[0][s + REIMBURSEMENT_END]);
            double cap = p[0][s + REIMBURSEMENT_CAP];
            int every = Math.max(1, whole(p[0][s + REIMBURSEMENT_EVERY]));
            int delay = whole(p[0][s + REIMBURSEMENT_DELAY]);
            double[] recognised = out.accounts[c.reimbursementAccountLine[r].ordinal()];
            double[] byFunder = out.subsidiesByFunder[c.reimbursementFunderLevel[r]];
            double[] thisGrant = out.grantRecognised[c.grantSlots.length + r];
            double[] paid = out.grantPaid[c.grantSlots.length + r];
            double granted = 0;
            double sinceLastClaim = 0;
            double[] investmentGrants = out.accounts[AccountLine.INVESTMENT_GRANTS.ordinal()];
            double[] investmentPart = out.grantInvestmentPart[c.grantSlots.length + r];
            for (int m = start; m <= end; m++) {
                double eligible = m >= 0 && m < months ? eligibleCost(p, r, m) : 0;
                double reimbursed = Math.min(rate * eligible, Math.max(0, cap - granted));
                granted += reimbursed;
                sinceLastClaim += reimbursed;
                if (m >= 0 && m < months && reimbursed > 0) {
                    // the part refunding an investment (its share of the month's eligible costs, also under the
                    // cap) is an investment subsidy: recognised with the investment's depreciation
                    double operating = reimbursed;
                    int[] kinds = c.reimbursementEligibleKind[r];
                    int[] indexes = c.reimbursementEligibleIndex[r];
                    for (int e = 0; e < kinds.length; e++) {
                        int v = indexes[e] < 0 || kinds[e] != ELIGIBLE_INVESTMENT ? -1 : c.investmentSlots[indexes[e]];
                        if (v >= 0 && whole(p[0][v + INVESTMENT_MONTH]) == m) {
                            double part = reimbursed * p[0][v + INVESTMENT_AMOUNT] / eligible;
                            int years = whole(p[0][v + INVESTMENT_YEARS]);
                            spread(investmentGrants, part, m, years);
                            spread(byFunder, part, m, years);
                            spread(thisGrant, part, m, years);
                            spread(investmentPart, part, m, years);
                            operating -= part;
                        }
                    }
                    recognised[m] += operating;
                    byFunder[m] += operating;
                    thisGrant[m] += operating;
                }
                boolean claimMonth = (m - start + 1) % every == 0 || m == end;
                if (claimMonth && sinceLastClaim > 0) {
                    pay(out, CashLine.REIMBURSEMENT_GRANTS, paid, m + delay, sinceLastClaim);
                    sinceLastClaim = 0;
                }
            }
        }
    }

    private double eligibleCost(double[][] p, int r, int m) {
        double total = 0;
        int[] kinds = c.reimbursementEligibleKind[r];
        int[] indexes = c.reimbursementEligibleIndex[r];
        for (int e = 0; e < kinds.length; e++) {
            int i = indexes[e];
            if (i < 0) {
                continue;
            }
            if (kinds[e] == ELIGIBLE_STAFF) {
                total += staffCost[i][m];
            } else if (kinds[e] == ELIGIBLE_FIXED) {
                total += fixedCost[i][m];
            } else {
                int v = c.investmentSlots[i];
                if (whole(p[0][v + INVESTMENT_MONTH]) == m) {
                    total += p[0][v + INVESTMENT_AMOUNT];
                }
            }
        }
        return total;
    }

    private void loans(double[][] p, Projection out) {
        for (int l = 0; l < c.loanSlots.length; l++) {
            int s = c.loanSlots[l];
            double principal = p[0][s + LOAN_PRINCIPAL];
            double monthlyRate = p[0][s + LOAN_RATE] / 12;
            int duration = whole(p[0][s + LOAN_DURATION]);
            int deferral = whole(p[0][s + LOAN_DEFERRAL]);
            int start = whole(p[0][s + LOAN_START]);
            if (start >= months) {
                continue;
            }
            if (start >= 0) {
                out.cash[CashLine.LOANS_RECEIVED.ordinal()][start] += principal;
            }
            int repayments = duration - deferral;
            double annuity = repayments <= 0 ? 0
                    : monthlyRate == 0 ? principal / repayments
                            : principal * monthlyRate / (1 - Math.pow(1 + monthlyRate, -repayments));
            double balance = principal;
            for (int q = 1; q <= duration; q++) {
                int m = start + q;
                if (m >= months) {
                    break;
                }
                double interest = balance * monthlyRate;
                double repaid = q <= deferral ? 0 : q == duration ? balance : annuity - interest;
                balance -= repaid;
                if (m >= 0) {
                    out.cash[CashLine.LOAN_INTEREST.ordinal()][m] += interest;
                    out.cash[CashLine.LOAN_PRINCIPAL.ordinal()][m] += repaid;
                    out.accounts[AccountLine.INTEREST.ordinal()][m] += interest;
                }
            }
            out.loanBalanceAtEnd += balance;
        }
    }
}
