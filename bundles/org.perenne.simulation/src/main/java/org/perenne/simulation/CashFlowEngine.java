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
    /** Each tier's desk usage in the year being capped. */
    private final double[] deskUsage;
    /**
     * The cash lines this canvas writes, by ordinal, in the lines' order: the net flow sums these only (the others
     * hold 0, and adding 0 would change no bit of it).
     */
    private final int[] writtenLines;
    /** The cash lines each part writes, by {@link Part} ordinal then line ordinal. */
    private final boolean[][] partLines;
    /** The projection whose cash {@link #projectCash} last wrote in full, or null. */
    private Projection cashOf;

    /** The parts of a projection, in the order they are written; each writes its own cash lines. */
    public enum Part {
        MEMBERSHIPS, OFFERS, STAFF, FIXED_COSTS, INVESTMENTS, GRANTS, REIMBURSEMENTS, LOANS
    }

    public CashFlowEngine(CompiledCanvas canvas) {
        this.c = canvas;
        this.months = canvas.months;
        tierMembers = new double[canvas.tierSlots.length][months];
        staffCost = new double[canvas.staffSlots.length][months];
        fixedCost = new double[canvas.fixedSlots.length][months];
        yearIndex = new double[canvas.years];
        deskUsage = new double[canvas.tierSlots.length];
        for (int j = 0; j < 12; j++) {
            calendarMonth[j] = (canvas.firstCalendarMonth + j) % 12;
        }
        partLines = partLines(canvas);
        boolean[] written = new boolean[CASH_LINES.length];
        for (boolean[] lines : partLines) {
            for (int line = 0; line < written.length; line++) {
                written[line] |= lines[line];
            }
        }
        writtenLines = java.util.stream.IntStream.range(0, CASH_LINES.length).filter(line -> written[line]).toArray();
    }

    /** The cash lines each part writes for a canvas: those of its items (a line no item uses stays 0). */
    private static boolean[][] partLines(CompiledCanvas c) {
        boolean[][] lines = new boolean[Part.values().length][CASH_LINES.length];
        if (c.tierSlots.length > 0) {
            lines[Part.MEMBERSHIPS.ordinal()][CashLine.MEMBERSHIPS.ordinal()] = true;
            lines[Part.MEMBERSHIPS.ordinal()][CashLine.JOINING_FEES.ordinal()] = true;
        }
        for (CashLine line : c.offerCashLine) {
            lines[Part.OFFERS.ordinal()][line.ordinal()] = true;
            lines[Part.OFFERS.ordinal()][CashLine.DIRECT_COSTS.ordinal()] = true;
        }
        lines[Part.STAFF.ordinal()][CashLine.STAFF.ordinal()] = c.staffSlots.length > 0;
        for (CashLine line : c.fixedCashLine) {
            lines[Part.FIXED_COSTS.ordinal()][line.ordinal()] = true;
        }
        lines[Part.INVESTMENTS.ordinal()][CashLine.INVESTMENTS.ordinal()] = c.investmentSlots.length > 0;
        for (int g = 0; g < c.grantSlots.length; g++) {
            lines[Part.GRANTS.ordinal()][(c.grantInvestment[g] >= 0 ? CashLine.INVESTMENT_GRANTS : CashLine.GRANTS).ordinal()] = true;
        }
        lines[Part.REIMBURSEMENTS.ordinal()][CashLine.REIMBURSEMENT_GRANTS.ordinal()] = c.reimbursementSlots.length > 0;
        for (CashLine line : new CashLine[] { CashLine.LOANS_RECEIVED, CashLine.LOAN_INTEREST, CashLine.LOAN_PRINCIPAL }) {
            lines[Part.LOANS.ordinal()][line.ordinal()] = c.loanSlots.length > 0;
        }
        return lines;
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
        cashOf = null; // the cash a path keeps from one call to the next is written again below
        out.clear();
        out.openingCash = p[0][c.openingCashSlot];
        memberships(p, out, true);
        volumeOffers(p, out, true);
        staff(p, out);
        fixedCosts(p, out);
        investments(p, out, true);
        volunteering(p, out);
        grants(p, renewedYears, out, true);
        reimbursementGrants(p, out, true);
        loans(p, out, true);
        netAndClosing(out);
    }

    /**
     * The cash of a Monte Carlo path only, into {@code out}: its cash lines, net flow and closing cash, each the same
     * to the last bit as {@link #project} writes them; nothing of the income statement or the impact. The parts
     * {@code changed} marks are projected again; the others keep the cash they wrote into {@code out} the first
     * time, when every part was projected (see {@link #partsChangedBy}).
     */
    public void projectCash(double[][] p, int[] renewedYears, Projection out, boolean[] changed) {
        boolean every = cashOf != out;
        if (every) {
            out.clear();
        } else {
            for (int line = 0; line < CASH_LINES.length; line++) {
                if (changedLine(line, changed)) {
                    Arrays.fill(out.cash[line], 0);
                }
            }
        }
        out.openingCash = p[0][c.openingCashSlot];
        if (every || changed[Part.MEMBERSHIPS.ordinal()]) {
            memberships(p, out, false);
        }
        if (every || changed[Part.OFFERS.ordinal()]) {
            volumeOffers(p, out, false);
        }
        if (every || changed[Part.STAFF.ordinal()]) {
            staff(p, out);
        }
        if (every || changed[Part.FIXED_COSTS.ordinal()]) {
            fixedCosts(p, out);
        }
        if (every || changed[Part.INVESTMENTS.ordinal()]) {
            investments(p, out, false);
        }
        if (every || changed[Part.GRANTS.ordinal()]) {
            grants(p, renewedYears, out, false);
        }
        if (every || changed[Part.REIMBURSEMENTS.ordinal()]) {
            reimbursementGrants(p, out, false);
        }
        if (every || changed[Part.LOANS.ordinal()]) {
            loans(p, out, false);
        }
        cashOf = out;
        netAndClosing(out);
    }

    private boolean changedLine(int line, boolean[] changed) {
        for (Part part : Part.values()) {
            if (changed[part.ordinal()] && partLines[part.ordinal()][line]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The parts of the projection a Monte Carlo path can change, by {@link Part} ordinal, when the slots marked in
     * {@code drawn} take drawn values and grants may be renewed: the parts that read one of them, the reimbursement
     * grants when a cost they refund changes, and every part that writes a cash line with a changed part (so each
     * line is summed again in the same order). The others write the same cash on every path.
     */
    public boolean[] partsChangedBy(boolean[] drawn, boolean renewals) {
        boolean[] changed = new boolean[Part.values().length];
        boolean inflation = drawn[c.inflationSlot];
        changed[Part.MEMBERSHIPS.ordinal()] = inflation || drawn[c.desksSlot] || any(drawn, c.tierSlots, TIER_SIZE);
        changed[Part.OFFERS.ordinal()] = inflation || any(drawn, c.offerSlots, OFFER_SIZE) || any(drawn, c.profileSlots, 12);
        changed[Part.STAFF.ordinal()] = inflation || any(drawn, c.staffSlots, STAFF_SIZE);
        changed[Part.FIXED_COSTS.ordinal()] = inflation || any(drawn, c.fixedSlots, FIXED_SIZE);
        changed[Part.INVESTMENTS.ordinal()] = any(drawn, c.investmentSlots, INVESTMENT_SIZE);
        boolean grants = renewals || any(drawn, c.grantSlots, GRANT_SIZE);
        for (int g = 0; g < c.grantSlots.length; g++) {
            grants |= any(drawn, new int[] { c.grantAmountSlots[g] }, c.grantYears[g]);
        }
        changed[Part.GRANTS.ordinal()] = grants;
        changed[Part.REIMBURSEMENTS.ordinal()] = any(drawn, c.reimbursementSlots, REIMBURSEMENT_SIZE)
                || c.reimbursementSlots.length > 0 && (changed[Part.STAFF.ordinal()] || changed[Part.FIXED_COSTS.ordinal()]
                        || changed[Part.INVESTMENTS.ordinal()]);
        changed[Part.LOANS.ordinal()] = any(drawn, c.loanSlots, LOAN_SIZE);
        for (boolean spread = true; spread;) {
            spread = false;
            for (int line = 0; line < CASH_LINES.length; line++) {
                if (changedLine(line, changed)) {
                    for (Part part : Part.values()) {
                        if (partLines[part.ordinal()][line] && !changed[part.ordinal()]) {
                            changed[part.ordinal()] = true;
                            spread = true;
                        }
                    }
                }
            }
        }
        return changed;
    }

    /** Whether a slot of one of the items starting at {@code starts}, each {@code size} slots long, is drawn. */
    private static boolean any(boolean[] drawn, int[] starts, int size) {
        for (int start : starts) {
            for (int slot = start; slot < start + size && slot < drawn.length; slot++) {
                if (slot >= 0 && drawn[slot]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The net flow of each month (the cash lines written, in their order) and the closing cash. */
    private void netAndClosing(Projection out) {
        double[] net = out.net;
        Arrays.fill(net, 0);
        for (int line : writtenLines) {
            double[] amounts = out.cash[line];
            if (CASH_LINES[line].isIncoming()) {
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

    private void memberships(double[][] p, Projection out, boolean full) {
        int tiers = c.tierSlots.length;
        if (tiers == 0) {
            return;
        }
        for (int t = 0; t < tiers; t++) {
            int s = c.tierSlots[t];
            double ramp = p[0][s + TIER_RAMP];
            double[] members = tierMembers[t];
            for (int k = 0; k < c.years; k++) {
                double start = p[k][s + TIER_START];
                double target = p[k][s + TIER_TARGET];
                for (int m = 12 * k; m < 12 * k + 12; m++) {
                    members[m] = ramp <= 0 ? target : start + (target - start) * Math.min(1, m / ramp);
                }
            }
        }
        for (int k = 0; k < c.years; k++) {
            double[] row = p[k];
            double desks = row[c.desksSlot];
            for (int t = 0; t < tiers; t++) {
                deskUsage[t] = row[c.tierSlots[t] + TIER_DESK_USAGE];
            }
            for (int m = 12 * k; m < 12 * k + 12; m++) {
                double demand = 0;
                for (int t = 0; t < tiers; t++) {
                    demand += tierMembers[t][m] * deskUsage[t];
                }
                if (demand > desks) {
                    // only tiers that use desks are capped; supporting members need no desk
                    double factor = desks / demand;
                    for (int t = 0; t < tiers; t++) {
                        if (deskUsage[t] > 0) {
                            tierMembers[t][m] *= factor;
                        }
                    }
                }
            }
        }
        double[] subscriptions = out.cash[CashLine.MEMBERSHIPS.ordinal()];
        double[] joining = out.cash[CashLine.JOINING_FEES.ordinal()];
        for (int t = 0; t < tiers; t++) {
            int s = c.tierSlots[t];
            double[] members = tierMembers[t];
            double[] index = indexation(p, s + TIER_INDEXATION);
            for (int k = 0; k < c.years; k++) {
                double[] row = p[k];
                double fee = row[s + TIER_FEE] * index[k];
                double joiningFee = row[s + TIER_JOINING_FEE] * index[k];
                double churn = row[s + TIER_CHURN];
                // each month reads the month before's members (none before the first): no value carried along
                for (int m = 12 * k; m < 12 * k + 12; m++) {
                    double previous = m == 0 ? 0 : members[m - 1];
                    double now = members[m];
                    subscriptions[m] += now * fee; // also the income-statement line (one array)
                    joining[m] += (Math.max(0, now - previous) + churn * previous) * joiningFee;
                }
                if (full) {
                    // the fees of a tier that gives a desk are commercial income; those of other tiers are dues
                    boolean commercial = row[s + TIER_DESK_USAGE] > 0;
                    for (int m = 12 * k; m < 12 * k + 12; m++) {
                        double previous = m == 0 ? 0 : members[m - 1];
                        double now = members[m];
                        double churned = churn * previous;
                        if (commercial) {
                            out.commercialIncome[m] += now * fee + (Math.max(0, now - previous) + churned) * joiningFee;
                        }
                        out.members[m] += now;
                        out.membersLost[m] += churned;
                    }
                }
            }
        }
    }

    private void volumeOffers(double[][] p, Projection out, boolean full) {
        double[] directCosts = out.cash[CashLine.DIRECT_COSTS.ordinal()];
        for (int o = 0; o < c.offerSlots.length; o++) {
            int s = c.offerSlots[o];
            int profile = c.offerProfile[o];
            int profileSlot = profile < 0 ? -1 : c.profileSlots[profile];
            double[] income = out.cash[c.offerCashLine[o].ordinal()];
            double beneficiariesPerUnit = c.offerBeneficiariesPerUnit[o];
            double publicHoursPerUnit = c.offerPublicHoursPerUnit[o];
            boolean impact = full && (beneficiariesPerUnit != 0 || publicHoursPerUnit != 0);
            double[] index = indexation(p, s + OFFER_INDEXATION);
            for (int k = 0; k < c.years; k++) {
                double[] row = p[k];
                double price = row[s + OFFER_PRICE] * index[k];
                double unitCost = row[s + OFFER_UNIT_COST] * index[k];
                double volume = row[s + OFFER_VOLUME] * row[s + OFFER_OCCUPANCY];
                for (int j = 0, m = 12 * k; j < 12; j++, m++) {
                    double units = profileSlot < 0 ? volume : volume * row[profileSlot + calendarMonth[j]];
                    income[m] += units * price; // cash and income statement share the array
                    if (full) {
                        out.commercialIncome[m] += units * price;
                    }
                    directCosts[m] += units * unitCost;
                    if (impact) {
                        out.beneficiaries[m] += units * beneficiariesPerUnit;
                        out.publicHours[m] += units * publicHoursPerUnit;
                    }
                }
            }
        }
        for (int m = 0; m < months && full; m++) {
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

    private void investments(double[][] p, Projection out, boolean full) {
        for (int i = 0; i < c.investmentSlots.length; i++) {
            int s = c.investmentSlots[i];
            double amount = p[0][s + INVESTMENT_AMOUNT];
            int month = whole(p[0][s + INVESTMENT_MONTH]);
            if (month >= 0 && month < months) {
                out.cash[CashLine.INVESTMENTS.ordinal()][month] += amount;
            }
            if (full) {
                spread(out.accounts[AccountLine.DEPRECIATION.ordinal()], amount, month, whole(p[0][s + INVESTMENT_YEARS]));
            }
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

    private void grants(double[][] p, int[] renewedYears, Projection out, boolean full) {
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
                    if (full) {
                        out.futureCommitments += amount;
                    }
                    continue;
                }
                total += amount;
                if (full && !investment) {
                    for (int m = yearStart; m < yearStart + 12 && m < months; m++) {
                        recognised[m] += amount / 12;
                        byFunder[m] += amount / 12;
                        thisGrant[m] += amount / 12;
                    }
                }
                if (c.grantMode[g] == GRANT_MODE_MONTHLY) {
                    int delay = whole(p[0][s + GRANT_DELAY]);
                    for (int m = 0; m < 12; m++) {
                        pay(out, cashLine, full ? paid : null, yearStart + m + delay, amount / 12);
                    }
                } else {
                    double advance = p[0][s + GRANT_ADVANCE_SHARE] * amount;
                    pay(out, cashLine, full ? paid : null, yearStart + whole(p[0][s + GRANT_ADVANCE_DELAY]), advance);
                    pay(out, cashLine, full ? paid : null, yearStart + 11 + whole(p[0][s + GRANT_BALANCE_DELAY]), amount - advance);
                }
            }
            if (full && investment) {
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
     * when it falls after the horizon; {@code grantPaid} null for the cash alone.
     */
    private void pay(Projection out, CashLine line, double[] grantPaid, int m, double amount) {
        if (m < months) {
            out.cash[line.ordinal()][Math.max(0, m)] += amount;
            if (grantPaid != null) {
                grantPaid[Math.max(0, m)] += amount;
            }
        } else if (grantPaid != null) {
            out.receivableAtEnd += amount;
        }
    }

    private void reimbursementGrants(double[][] p, Projection out, boolean full) {
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
                if (full && m >= 0 && m < months && reimbursed > 0) {
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
                    pay(out, CashLine.REIMBURSEMENT_GRANTS, full ? paid : null, m + delay, sinceLastClaim);
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

    private void loans(double[][] p, Projection out, boolean full) {
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
                    if (full) {
                        out.accounts[AccountLine.INTEREST.ordinal()][m] += interest;
                    }
                }
            }
            if (full) {
                out.loanBalanceAtEnd += balance;
            }
        }
    }
}
