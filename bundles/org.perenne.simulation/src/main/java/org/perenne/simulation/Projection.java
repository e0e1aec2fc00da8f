/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.time.YearMonth;
import java.util.Arrays;

import org.perenne.model.FunderLevel;

/**
 * The results of one projection, month by month: the cash table (money in and out by
 * {@link CashLine}, net flow, closing cash), the income statement by {@link AccountLine}, and the
 * impact figures. Plain arrays, written by the {@link CashFlowEngine} and reused from one Monte
 * Carlo path to the next. Amounts are positive; lines say their direction.
 */
public final class Projection {

    private final CompiledCanvas source;
    private final YearMonth startMonth;
    private final int months;
    final double[][] cash;
    final double[][] accounts;
    final double[] net;
    final double[] closing;
    final double[] members;
    final double[] membersLost;
    final double[] beneficiaries;
    final double[] publicHours;
    final double[] volunteerHours;
    /** Income that counts towards the commercial-tax threshold (docs/model-reference.md: drop-ins, rentals, services, desk tiers). */
    final double[] commercialIncome;
    /** Subsidies recognised, by funder level ({@link FunderLevel} ordinal) then month. */
    final double[][] subsidiesByFunder;
    /** Each grant's recognition and payments by month (grants of the canvas, then reimbursement grants). */
    final double[][] grantRecognised;
    final double[][] grantPaid;
    /** The part of each grant's recognition that is an investment subsidy (a reimbursement refunding an investment). */
    final double[][] grantInvestmentPart;
    double openingCash;
    double receivableAtEnd;
    /** Committed grant years that start after the horizon (not receivables). */
    double futureCommitments;
    double loanBalanceAtEnd;

    public Projection(CompiledCanvas canvas) {
        this.source = canvas;
        this.startMonth = canvas.startMonth;
        this.months = canvas.months;
        cash = new double[CashLine.values().length][months];
        accounts = new double[AccountLine.values().length][];
        for (AccountLine line : AccountLine.values()) {
            CashLine same = sameAsCash(line);
            accounts[line.ordinal()] = same != null ? cash[same.ordinal()] : new double[months];
        }
        net = new double[months];
        closing = new double[months];
        members = new double[months];
        membersLost = new double[months];
        beneficiaries = new double[months];
        publicHours = new double[months];
        volunteerHours = new double[months];
        commercialIncome = new double[months];
        subsidiesByFunder = new double[FunderLevel.values().length][months];
        int grants = canvas.grantSlots.length + canvas.reimbursementSlots.length;
        grantRecognised = new double[grants][months];
        grantPaid = new double[grants][months];
        grantInvestmentPart = new double[grants][months];
    }

    /**
     * The cash line holding the same money as an income-statement line (income cashed when earned,
     * costs paid when incurred): both read one array, written once by the engine.
     */
    static CashLine sameAsCash(AccountLine line) {
        return SAME_AS_CASH[line.ordinal()];
    }

    /** {@link #sameAsCash} of each income-statement line, by ordinal (null: a line with its own array). */
    private static final CashLine[] SAME_AS_CASH = new CashLine[AccountLine.values().length];
    /** The income-statement lines with an array of their own, by ordinal. */
    private static final int[] OWN_ACCOUNTS;

    static {
        int own = 0;
        for (AccountLine line : AccountLine.values()) {
            for (CashLine cashLine : CashLine.values()) {
                if (cashLine.name().equals(line.name()) && line != AccountLine.INVESTMENT_GRANTS) {
                    SAME_AS_CASH[line.ordinal()] = cashLine;
                }
            }
            own += SAME_AS_CASH[line.ordinal()] == null ? 1 : 0;
        }
        OWN_ACCOUNTS = new int[own];
        for (AccountLine line : AccountLine.values()) {
            if (SAME_AS_CASH[line.ordinal()] == null) {
                OWN_ACCOUNTS[--own] = line.ordinal();
            }
        }
    }

    void clear() {
        for (double[] line : cash) {
            Arrays.fill(line, 0);
        }
        for (int line : OWN_ACCOUNTS) {
            Arrays.fill(accounts[line], 0);
        }
        Arrays.fill(members, 0);
        Arrays.fill(membersLost, 0);
        Arrays.fill(beneficiaries, 0);
        Arrays.fill(publicHours, 0);
        Arrays.fill(volunteerHours, 0);
        Arrays.fill(commercialIncome, 0);
        for (double[] level : subsidiesByFunder) {
            Arrays.fill(level, 0);
        }
        for (int g = 0; g < grantRecognised.length; g++) {
            Arrays.fill(grantRecognised[g], 0);
            Arrays.fill(grantPaid[g], 0);
            Arrays.fill(grantInvestmentPart[g], 0);
        }
        receivableAtEnd = 0;
        futureCommitments = 0;
        loanBalanceAtEnd = 0;
    }

    /**
     * The table every figure a user reads comes from (docs/model-reference.md, "Rounding"): each line of each month
     * rounded to the cent, the net flow and the closing cash summed from the rounded lines, so that no
     * two outputs of the same canvas disagree by a cent. Volumes (members, hours) are kept as they are.
     *
     * @throws AmountTooLargeException when an amount, or the cash, is beyond what can be shown to the cent
     */
    public Projection rounded() {
        Projection r = new Projection(source);
        for (int line = 0; line < cash.length; line++) {
            roundInto(cash[line], r.cash[line]);
        }
        for (AccountLine line : AccountLine.values()) {
            if (sameAsCash(line) == null) {
                roundInto(accounts[line.ordinal()], r.accounts[line.ordinal()]);
            }
        }
        for (int level = 0; level < subsidiesByFunder.length; level++) {
            roundInto(subsidiesByFunder[level], r.subsidiesByFunder[level]);
        }
        roundInto(commercialIncome, r.commercialIncome);
        for (int g = 0; g < grantRecognised.length; g++) {
            roundInto(grantRecognised[g], r.grantRecognised[g]);
            roundInto(grantPaid[g], r.grantPaid[g]);
            roundInto(grantInvestmentPart[g], r.grantInvestmentPart[g]);
        }
        System.arraycopy(members, 0, r.members, 0, months);
        System.arraycopy(membersLost, 0, r.membersLost, 0, months);
        System.arraycopy(beneficiaries, 0, r.beneficiaries, 0, months);
        System.arraycopy(publicHours, 0, r.publicHours, 0, months);
        System.arraycopy(volunteerHours, 0, r.volunteerHours, 0, months);
        r.openingCash = cents(openingCash);
        r.receivableAtEnd = cents(receivableAtEnd);
        r.futureCommitments = cents(futureCommitments);
        r.loanBalanceAtEnd = cents(loanBalanceAtEnd);
        // whole cents as integers: sums of rounded lines carry no binary drift
        long closingCents = Math.round(r.openingCash * 100);
        for (int m = 0; m < months; m++) {
            long netCents = 0;
            for (CashLine line : CashLine.values()) {
                long amount = Math.round(r.cash[line.ordinal()][m] * 100);
                netCents += line.isIncoming() ? amount : -amount;
            }
            closingCents += netCents;
            AmountTooLargeException.checked(closingCents / 100.0);
            r.net[m] = netCents / 100.0;
            r.closing[m] = closingCents / 100.0;
        }
        return r;
    }

    /**
     * The same projection with each cash line of the months after {@code month} multiplied by its factor
     * ({@code factors} indexed by {@link CashLine} ordinal; 1 keeps a line): a re-forecast scaled to the
     * actual run-rate. Net flows and closing cash follow; the income-statement lines that are the same money
     * as a cash line follow it.
     */
    public Projection scaledAfter(int month, double[] factors) {
        Projection r = rounded();
        for (CashLine line : CashLine.values()) {
            double factor = factors[line.ordinal()];
            for (int m = month + 1; m < months && factor != 1; m++) {
                r.cash[line.ordinal()][m] = cents(r.cash[line.ordinal()][m] * factor);
            }
        }
        return r.rounded();
    }

    /**
     * A re-forecast: the same flows, restarted from a known closing cash at the end of month {@code month}
     * (the actual cash of the accounts): every closing cash moves by the gap between that cash and the
     * plan's, and the opening cash with them, so the cash table still adds up.
     */
    public Projection restartedAt(int month, double cash) {
        if (month < 0 || month >= months) {
            throw new IllegalArgumentException("month " + month + " outside the projection");
        }
        Projection r = rounded();
        double shift = cents(cash) - r.closing[month];
        r.openingCash = cents(r.openingCash + shift);
        for (int m = 0; m < months; m++) {
            r.closing[m] = cents(r.closing[m] + shift);
        }
        return r;
    }

    /** An amount rounded to the cent (half to even, as the exports). */
    public static double cents(double amount) {
        return java.math.BigDecimal.valueOf(AmountTooLargeException.checked(amount)).setScale(2, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    private static void roundInto(double[] from, double[] to) {
        for (int m = 0; m < from.length; m++) {
            to[m] = cents(from[m]);
        }
    }

    public YearMonth startMonth() {
        return startMonth;
    }

    public int months() {
        return months;
    }

    public int years() {
        return months / 12;
    }

    /** The calendar month of projection month {@code m}. */
    public YearMonth monthOf(int m) {
        return startMonth.plusMonths(m);
    }

    public double openingCash() {
        return openingCash;
    }

    /** Money in or out on a line in month {@code m} (positive). */
    public double cash(CashLine line, int m) {
        return cash[line.ordinal()][m];
    }

    /** Income-statement amount of a line in month {@code m} (positive). */
    public double account(AccountLine line, int m) {
        return accounts[line.ordinal()][m];
    }

    /** Money in minus money out in month {@code m}. */
    public double netFlow(int m) {
        return net[m];
    }

    public double closingCash(int m) {
        return closing[m];
    }

    /** Closing cash of every month (a copy). */
    public double[] closingCash() {
        return closing.clone();
    }

    /** The month's result: income and subsidies recognised minus costs (in-kind cancels out). */
    public double result(int m) {
        double result = 0;
        for (AccountLine line : AccountLine.values()) {
            result += line.sign() * accounts[line.ordinal()][m];
        }
        return result;
    }

    /** Members of all tiers in month {@code m} (fractional in the deterministic run). */
    public double members(int m) {
        return members[m];
    }

    /** Members who left in month {@code m} (churn). */
    public double membersLost(int m) {
        return membersLost[m];
    }

    /** People reached by the services in month {@code m}. */
    public double beneficiaries(int m) {
        return beneficiaries[m];
    }

    /** Hours of public access in month {@code m}: public rooms' opening hours and public services. */
    public double publicHours(int m) {
        return publicHours[m];
    }

    /** Grants from public bodies (commune to Europe) recognised in month {@code m}, all kinds. */
    public double publicSubsidies(int m) {
        double total = 0;
        for (FunderLevel level : FunderLevel.values()) {
            if (isPublic(level)) {
                total += subsidiesByFunder[level.ordinal()][m];
            }
        }
        return total;
    }

    /** Whether a funder level is a public body: all but foundations and other funders. */
    public static boolean isPublic(FunderLevel level) {
        return level != FunderLevel.FOUNDATION && level != FunderLevel.OTHER;
    }

    /** Grants of every kind (reimbursements and investment grants' share included) recognised over a year, from one level of funder. */
    public double subsidiesInYear(FunderLevel level, int year) {
        return sum(subsidiesByFunder[level.ordinal()], year);
    }

    /**
     * Operating, project and job-aid grants (the ones grant dependency counts, account 74 without its 747)
     * recognised over a year, from one level of funder.
     */
    public double operatingSubsidiesInYear(FunderLevel level, int year) {
        double total = 0;
        for (int g = 0; g < grantRecognised.length; g++) {
            if (funderLevelOf(g) == level) {
                for (int m = 12 * (year - 1); m < Math.min(months, 12 * year); m++) {
                    total += grantRecognisedInDependency(g, m);
                }
            }
        }
        return total;
    }

    /** Grant payments due after the horizon for years inside it (a receivable at the end). */
    public double receivableAtEnd() {
        return receivableAtEnd;
    }

    /** The grants of the canvas (and its reimbursement grants after them), by name. */
    public java.util.List<String> grantNames() {
        java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(source.grantNames));
        names.addAll(java.util.List.of(source.reimbursementNames));
        return names;
    }

    /** The funder of grant {@code g} (see {@link #grantNames()}); empty when it has none. */
    public String funderOf(int g) {
        int funder = funderIndexOf(g);
        return funder < 0 ? "" : source.funderNames[funder];
    }

    /** The funder of grant {@code g} as an index of the canvas's funders ({@link #funderCount()}); -1 when it has none. */
    public int funderIndexOf(int g) {
        int grants = source.grantSlots.length;
        return g < grants ? source.grantFunder[g] : source.reimbursementFunder[g - grants];
    }

    /** How many funders the canvas names. */
    public int funderCount() {
        return source.funderNames.length;
    }

    /** The level of the funder of grant {@code g}. */
    public FunderLevel funderLevelOf(int g) {
        int grants = source.grantSlots.length;
        return FunderLevel.values()[g < grants ? source.grantFunderLevel[g] : source.reimbursementFunderLevel[g - grants]];
    }

    /** Whether grant {@code g} counts in grant dependency (operating, project and job-aid grants, not investment ones). */
    public boolean countsInDependency(int g) {
        int grants = source.grantSlots.length;
        AccountLine line = g < grants ? source.grantAccountLine[g] : source.reimbursementAccountLine[g - grants];
        return line.kind() == AccountLine.Kind.OPERATING_SUBSIDY;
    }

    /** What grant {@code g} brings to the income statement in month {@code m}. */
    public double grantRecognised(int g, int m) {
        return grantRecognised[g][m];
    }

    /**
     * What grant {@code g} brings in month {@code m} that counts in grant dependency: an operating, project
     * or job-aid grant's recognition without the part refunding an investment (an investment subsidy); 0
     * for investment grants.
     */
    public double grantRecognisedInDependency(int g, int m) {
        return countsInDependency(g) ? grantRecognised[g][m] - grantInvestmentPart[g][m] : 0;
    }

    /** What grant {@code g} pays in month {@code m} (payments after the horizon are in the receivable). */
    public double grantPaid(int g, int m) {
        return grantPaid[g][m];
    }

    /** Committed amounts of grant years that start after the horizon: future commitments, not receivables. */
    public double futureCommitments() {
        return futureCommitments;
    }

    /** Loan principal still owed at the end of the horizon. */
    public double loanBalanceAtEnd() {
        return loanBalanceAtEnd;
    }

    /** Sum of a cash line over model year {@code year} (1-based). */
    public double cashInYear(CashLine line, int year) {
        return sum(cash[line.ordinal()], year);
    }

    /** Sum of an income-statement line over model year {@code year} (1-based). */
    public double accountInYear(AccountLine line, int year) {
        return sum(accounts[line.ordinal()], year);
    }

    static double sum(double[] monthly, int year) {
        double total = 0;
        for (int m = 12 * (year - 1); m < 12 * year; m++) {
            total += monthly[m];
        }
        return total;
    }
}
