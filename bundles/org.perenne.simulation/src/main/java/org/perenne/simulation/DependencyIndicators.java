/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How much a place depends on its funders over a span of months (a model year, or the months of a
 * calendar year within the horizon), as docs/model-reference.md, "Dependency indicators", defines them.
 * Facts, never a verdict: research is mixed on what concentration means for a place's survival.
 * <ul>
 * <li>{@code hhi}: the Herfindahl–Hirschman index of the span's income by source, Σ sᵢ², each funder's
 * grants recognised (of every kind) and the place's own income counting as one source each, over own income
 * plus every grant recognised; from near 0 (many small sources) to 1 (one source);</li>
 * <li>{@code fundersFor80Percent}: the fewest funders whose grants make 80 % of the public money
 * (grants from a commune up to Europe) recognised in the span;</li>
 * <li>{@code daysOfCash}: the span's lowest closing cash over its daily cash costs (what goes out for
 * staff, running costs, direct costs and interest, not investments nor loan repayments), where 90 days is
 * the usual French advice of three months of costs;</li>
 * <li>{@code operatingMargin}: the span's result over its total income (own income and every grant).</li>
 * </ul>
 * Each is empty when its denominator is zero.
 */
public record DependencyIndicators(OptionalDouble hhi, OptionalInt fundersFor80Percent, OptionalDouble daysOfCash,
        OptionalDouble operatingMargin) {

    /** The usual French advice: three months of costs in cash. */
    public static final int ADVISED_DAYS_OF_CASH = 90;
    /** The share of public money {@link #fundersFor80Percent} counts funders up to. */
    public static final double PUBLIC_MONEY_SHARE = 0.8;

    /** The indicators of months {@code from} (inclusive) to {@code to} (exclusive) of a projection. */
    public static DependencyIndicators of(Projection p, int from, int to) {
        double own = 0, costs = 0, result = 0;
        for (int m = from; m < to; m++) {
            for (AccountLine line : AccountLine.values()) {
                if (line.kind() == AccountLine.Kind.OWN_INCOME) {
                    own += p.account(line, m);
                }
            }
            for (CashLine line : CashLine.values()) {
                if (!line.isIncoming() && line != CashLine.INVESTMENTS && line != CashLine.LOAN_PRINCIPAL) {
                    costs += p.cash(line, m);
                }
            }
            result += p.result(m);
        }
        int funders = p.funderCount();
        // each funder of the canvas, then one more for grants without a funder
        double[] granted = new double[funders + 1];
        double[] publicMoney = new double[funders + 1];
        for (int g = 0; g < p.grantNames().size(); g++) {
            int funder = p.funderIndexOf(g) < 0 ? funders : p.funderIndexOf(g);
            boolean isPublic = Projection.isPublic(p.funderLevelOf(g));
            for (int m = from; m < to; m++) {
                double recognised = p.grantRecognised(g, m);
                granted[funder] += recognised;
                if (isPublic) {
                    publicMoney[funder] += recognised;
                }
            }
        }
        double income = own + Arrays.stream(granted).sum();
        OptionalDouble hhi = OptionalDouble.empty();
        if (income > 1e-9) {
            double sum = (own / income) * (own / income);
            for (double amount : granted) {
                sum += (amount / income) * (amount / income);
            }
            hhi = OptionalDouble.of(sum);
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (int m = from; m < to; m++) {
            lowest = Math.min(lowest, p.closingCash(m));
        }
        double days = (to - from) * 365.0 / 12;
        return new DependencyIndicators(hhi, fundersFor(publicMoney),
                costs > 1e-9 && to > from ? OptionalDouble.of(lowest / (costs / days)) : OptionalDouble.empty(),
                income > 1e-9 ? OptionalDouble.of(result / income) : OptionalDouble.empty());
    }

    /** The fewest funders, largest first, whose money reaches 80 % of the total; empty when there is none. */
    private static OptionalInt fundersFor(double[] money) {
        double total = Arrays.stream(money).sum();
        if (total <= 1e-9) {
            return OptionalInt.empty();
        }
        double[] largestFirst = money.clone();
        Arrays.sort(largestFirst);
        double reached = 0;
        int count = 0;
        for (int i = largestFirst.length - 1; i >= 0 && reached < PUBLIC_MONEY_SHARE * total - 1e-9; i--) {
            reached += largestFirst[i];
            count++;
        }
        return OptionalInt.of(count);
    }
}
