/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perenne.simulation.TestCanvas.F;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.perenne.model.Canvas;
import org.perenne.model.FunderLevel;
import org.perenne.model.CostCategory;
import org.perenne.model.DistributionKind;
import org.perenne.model.DropIn;
import org.perenne.model.Grant;
import org.perenne.model.GrantKind;
import org.perenne.model.LegalForm;
import org.perenne.model.MembershipTier;
import org.perenne.model.PaymentMode;
import org.perenne.model.RoomFunction;

/**
 * The headline figures on hand-worked canvases (docs/model-reference.md, "Key figures"), and the rules corrected with
 * them: only desk tiers are capped, receivables versus future commitments, the commercial-tax warning
 * per calendar year on commercial income, the runway's four readings.
 */
class ViabilityTest {

    private static final double CENT = 0.005;

    private static KeyFigures figures(Canvas canvas) {
        return KeyFigures.of(canvas, null, 0, KeyFigures.DEFAULT_SEED, 1, MonteCarlo.Progress.NONE);
    }

    private static DropIn dropIns(Canvas canvas, double price, double visits) {
        DropIn dropIn = F.createDropIn();
        dropIn.setPricePerVisit(price);
        dropIn.setVisitsPerMonth(visits);
        canvas.getOffers().getDropIns().add(dropIn);
        return dropIn;
    }

    private static MembershipTier tier(Canvas canvas, double count, double deskUsage, double fee, double joiningFee) {
        MembershipTier tier = F.createMembershipTier();
        tier.setStartCount(count);
        tier.setTargetCount(count);
        tier.setDeskUsage(deskUsage);
        tier.setMonthlyFee(fee);
        tier.setJoiningFee(joiningFee);
        canvas.getOffers().getMembershipTiers().add(tier);
        return tier;
    }

    @Test
    void theLastingBreakEvenIsTheMonthFromWhichThePlaceStaysBalanced() {
        // drop-ins bring 1 200 a month; costs are 1 000 a month, 1 400 in year 2
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 3);
        TestCanvas.costs(canvas, CostCategory.RENT, 1_000);
        dropIns(canvas, 10, 120);
        // year 2 only: 400 a month more, a staff member paid in months 12–23 (no employer contributions)
        var staff = F.createStaffMember();
        staff.setFte(1);
        staff.setGrossMonthlySalary(400);
        staff.setEmployerContributionRate(0);
        staff.setStartMonth(12);
        staff.setEndMonth(23);
        canvas.getTeam().getStaff().add(staff);
        KeyFigures figures = figures(canvas);
        Indicators indicators = figures.indicators();
        // trailing 12-month result: +2 400 at month 11, falls by 400 a month in year 2 (0 at month 17, negative
        // from month 18), −2 400 at month 23, then climbs by 400 a month: back to 0 at month 29 and above after
        assertEquals(11, indicators.firstBreakEvenMonth().getAsInt());
        assertEquals(29, indicators.lastingBreakEvenMonth().getAsInt());
        assertEquals(Optional.of(YearMonth.of(2029, 6)), figures.lastingBreakEven());
        assertEquals(Optional.of(YearMonth.of(2027, 12)), figures.firstBreakEven());
        assertEquals(2_400, figures.structuralResult(), CENT); // year 3, no grant at all
        assertEquals(2_400, indicators.year(2).subsidyNeeded(), CENT);
        assertTrue(figures.hasHeadline());
    }

    @Test
    void aPlaceThatNeverBalancesHasNoLastingBreakEvenAndAStructuralDeficit() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 2);
        TestCanvas.costs(canvas, CostCategory.RENT, 1_000);
        dropIns(canvas, 10, 50); // 500 a month
        TestCanvas.grant(canvas, GrantKind.OPERATING, PaymentMode.MONTHLY, 3_000, 3_000); // 250 a month
        KeyFigures figures = figures(canvas);
        assertTrue(figures.lastingBreakEven().isEmpty());
        assertTrue(figures.firstBreakEven().isEmpty());
        // result −250 a month; without the grant −500 a month
        assertEquals(-6_000, figures.structuralResult(), CENT);
        assertEquals(3_000, figures.indicators().year(2).subsidyNeeded(), CENT);
        assertEquals(6_000 / 9_000.0, figures.indicators().year(2).ownIncomeShare().getAsDouble(), 1e-12);
        assertEquals(Indicators.RunwayKind.ALREADY_OUT, figures.runway().kind());
        assertEquals(0, figures.runway().months());
    }

    @Test
    void anEmptyCanvasSaysWhatIsMissingInsteadOfAHeadline() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 3);
        KeyFigures empty = figures(canvas);
        assertFalse(empty.hasHeadline());
        assertEquals(List.of(KeyFigures.Missing.INCOME, KeyFigures.Missing.COSTS), empty.missing());
        // an offer at 200 € a month for 3 members who need desks, and no room that gives desks
        tier(canvas, 3, 1, 200, 0);
        TestCanvas.costs(canvas, CostCategory.RENT, 500);
        KeyFigures noDesks = figures(canvas);
        assertEquals(List.of(KeyFigures.Missing.INCOME, KeyFigures.Missing.DESKS), noDesks.missing());
        TestCanvas.room(canvas, RoomFunction.OPEN_COWORKING, 5);
        KeyFigures complete = figures(canvas);
        assertTrue(complete.hasHeadline(), complete.missing().toString());
        assertEquals(600, complete.projection().cash(CashLine.MEMBERSHIPS, 0), CENT);
    }

    @Test
    void onlyTiersThatUseDesksAreCapped() {
        // 10 residents for 5 desks, and 40 supporting members at 2 € a month with a 10 € joining fee and no desk
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 1);
        TestCanvas.room(canvas, RoomFunction.OPEN_COWORKING, 5);
        tier(canvas, 10, 1, 100, 0);
        tier(canvas, 40, 0, 2, 10);
        Projection p = TestCanvas.project(canvas);
        assertEquals(45, p.members(0), 1e-9); // 5 residents (capped) + 40 supporters (not capped)
        assertEquals(5 * 100 + 40 * 2, p.cash(CashLine.MEMBERSHIPS, 0), CENT);
        assertEquals(400, p.cash(CashLine.JOINING_FEES, 0), CENT); // the 40 supporters join in month 0
        for (int m = 1; m < 12; m++) {
            assertEquals(0, p.cash(CashLine.JOINING_FEES, m), CENT, "no supporter joins again in month " + m);
        }
    }

    @Test
    void grantYearsStartingAfterTheHorizonAreFutureCommitmentsNotReceivables() {
        // a 2-year canvas; a grant of 12 000 a year for 3 years from year 1, advance 50 % at once, balance 6 months after
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 2);
        Grant grant = TestCanvas.grant(canvas, GrantKind.OPERATING, PaymentMode.ADVANCE_AND_BALANCE, 12_000, 12_000, 9_000);
        grant.setAdvanceShare(0.5);
        grant.setBalanceDelayMonths(6);
        Projection p = TestCanvas.project(canvas);
        // year 2's balance (6 000, due month 29) is a receivable; year 3 (9 000) starts after the horizon
        assertEquals(6_000, p.receivableAtEnd(), CENT);
        assertEquals(9_000, p.futureCommitments(), CENT);
        // paid within the horizon: year 1's advance (month 0) and balance (month 17), year 2's advance (month 12)
        assertEquals(18_000, p.cashInYear(CashLine.GRANTS, 1) + p.cashInYear(CashLine.GRANTS, 2), CENT);
    }

    @Test
    void theCommercialTaxWarningCountsCommercialIncomePerCalendarYear() {
        // starts in July: model year 1 = July 2027 – June 2028
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 7), 2);
        canvas.setLegalForm(LegalForm.ASSOCIATION);
        canvas.setCommercialTaxThreshold(10_000);
        TestCanvas.room(canvas, RoomFunction.OPEN_COWORKING, 10);
        dropIns(canvas, 10, 100); // 1 000 a month: commercial
        tier(canvas, 100, 0, 20, 0); // 2 000 a month of dues from supporting members: not commercial
        TestCanvas.costs(canvas, CostCategory.RENT, 100);
        KeyFigures figures = figures(canvas);
        // 2027: 6 months × 1 000 = 6 000; 2028: 12 000 > 10 000; 2029: 6 000. Own income per year would be 36 000.
        assertEquals(List.of(2028), figures.indicators().commercialTaxYears());
        assertTrue(figures.indicators().year(1).commercialTaxThresholdExceeded(), "model year 1 overlaps 2028");
        // a tier that gives a desk: its fees are commercial
        tier(canvas, 5, 1, 300, 0); // 1 500 a month
        assertEquals(List.of(2027, 2028, 2029), figures(canvas).indicators().commercialTaxYears());
        canvas.setLegalForm(LegalForm.COMPANY);
        assertEquals(List.of(), figures(canvas).indicators().commercialTaxYears());
    }

    @Test
    void theRunwayReadsMoreThanTheHorizonWhenItIsLonger() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 1);
        canvas.setOpeningCash(100_000);
        TestCanvas.costs(canvas, CostCategory.RENT, 100); // 1 200 a year out of 100 000: 82 months left
        dropIns(canvas, 1, 1);
        Indicators.Runway runway = figures(canvas).runway();
        assertEquals(Indicators.RunwayKind.BEYOND_HORIZON, runway.kind());
        assertEquals((100_000 - 99 * 12) / 99.0, runway.months(), 1e-6);
    }

    @Test
    void everyFigureComesFromTheRoundedTable() {
        // thirds of a cent every month: rounding each line, then adding, differs from adding then rounding
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 7);
        canvas.setOpeningCash(1_000.004);
        TestCanvas.costs(canvas, CostCategory.RENT, 100.0049);
        TestCanvas.costs(canvas, CostCategory.ENERGY, 33.3333);
        dropIns(canvas, 3.3333, 37);
        KeyFigures figures = figures(canvas);
        Projection p = figures.projection();
        long closing = Math.round(p.openingCash() * 100);
        for (int m = 0; m < p.months(); m++) {
            long net = 0;
            for (CashLine line : CashLine.values()) {
                double amount = p.cash(line, m);
                assertEquals(Math.round(amount * 100), amount * 100, 1e-6, line + " in month " + m + " is whole cents");
                net += (line.isIncoming() ? 1 : -1) * Math.round(amount * 100);
            }
            closing += net;
            assertEquals(closing, Math.round(p.closingCash(m) * 100));
            assertEquals(closing / 100.0, p.closingCash(m), 0);
        }
        double lowest = Double.POSITIVE_INFINITY;
        for (int m = 0; m < p.months(); m++) {
            lowest = Math.min(lowest, p.closingCash(m));
        }
        assertEquals(lowest, figures.lowestCash(), 0);
        assertEquals(p.closingCash(p.months() - 1), figures.cashAtEnd(), 0);
    }

    @Test
    void theRiskCarriesItsWilsonInterval() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 1);
        TestCanvas.costs(canvas, CostCategory.RENT, 1_000);
        TestCanvas.grant(canvas, GrantKind.OPERATING, PaymentMode.MONTHLY, 12_000);
        TestCanvas.uncertain(canvas, canvas.getCosts().getFixedCosts().get(0), "monthlyAmount",
                TestCanvas.law(DistributionKind.UNIFORM, 900, 1_100));
        MonteCarloResult risk = KeyFigures.of(canvas, null, KeyFigures.DEFAULT_RUNS, KeyFigures.DEFAULT_SEED, 2,
                MonteCarlo.Progress.NONE).monteCarlo().orElseThrow();
        double p = risk.probabilityCashNegative();
        assertEquals(0.5, p, 0.02);
        // Wilson, n = 10 000, z = 1.96: close to p ± 1.96 √(p(1 − p)/n), slightly pulled towards 1/2
        double normal = 1.959963984540054 * Math.sqrt(p * (1 - p) / 10_000);
        assertEquals(p - normal, risk.probabilityCashNegativeLow(), 1e-4);
        assertEquals(p + normal, risk.probabilityCashNegativeHigh(), 1e-4);
        assertTrue(risk.probabilityCashNegativeLow() < p && p < risk.probabilityCashNegativeHigh());
        assertEquals(normal, risk.probabilityCashNegativeMargin(), 1e-4);
    }

    @Test
    void theFundersSharesAddUpToTheGrantDependencyAndEachGrantsPaymentsToTheCashTable() {
        Canvas canvas = SampleYearOneTest.sample("tiers-lieu-hybride");
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        Projection p = new CashFlowEngine(compiled).project();
        Indicators indicators = new Indicators(p, compiled);
        List<Indicators.FunderShare> shares = indicators.funderShares();
        assertTrue(shares.stream().anyMatch(s -> s.funder().equals("Ville") && s.recognised() > 0), shares.toString());
        for (int y = 1; y <= p.years(); y++) {
            int year = y;
            double sum = shares.stream().filter(s -> s.year() == year && s.share().isPresent())
                    .mapToDouble(s -> s.share().getAsDouble()).sum();
            assertEquals(indicators.year(y).grantDependency().orElse(0), sum, 1e-9, "year " + y);
        }
        for (int m = 0; m < p.months(); m++) {
            double paid = 0;
            for (int g = 0; g < p.grantNames().size(); g++) {
                paid += p.grantPaid(g, m);
            }
            double cash = p.cash(CashLine.GRANTS, m) + p.cash(CashLine.INVESTMENT_GRANTS, m)
                    + p.cash(CashLine.REIMBURSEMENT_GRANTS, m);
            assertEquals(cash, paid, 1e-6, "month " + m);
        }
    }

    @Test
    void dependencyIndicatorsOfAHandWorkedYear() {
        // own income 12,000 (drop-ins 1,000 a month); the commune grants 6,000, the region 3,000 (paid monthly,
        // no delay), a foundation 1,200; rent 1,200 a month; opening cash 5,000
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 1);
        canvas.setOpeningCash(5_000);
        dropIns(canvas, 10, 100);
        TestCanvas.costs(canvas, CostCategory.RENT, 1_200);
        double[][] grants = { { FunderLevel.COMMUNE.ordinal(), 6_000 }, { FunderLevel.REGION.ordinal(), 3_000 },
                { FunderLevel.FOUNDATION.ordinal(), 1_200 } };
        for (double[] g : grants) {
            Grant grant = TestCanvas.grant(canvas, GrantKind.OPERATING, PaymentMode.MONTHLY, g[1]);
            grant.getFunder().setLevel(FunderLevel.get((int) g[0]));
            grant.getFunder().setName(FunderLevel.get((int) g[0]).getName());
        }
        DependencyIndicators d = figures(canvas).indicators().year(1).dependency();
        // income 22,200: shares 12/22.2, 6/22.2, 3/22.2, 1.2/22.2 → HHI = (144 + 36 + 9 + 1.44) / 492.84
        assertEquals(190.44 / 492.84, d.hhi().getAsDouble(), 1e-12);
        // public money 9,000: the commune's 6,000 is 66.7 % of it, with the region's 3,000 it is all of it
        assertEquals(2, d.fundersFor80Percent().getAsInt());
        // net flow +1,000 + 850 − 1,200 each month from 5,000: the lowest is January's 5,650;
        // a day of costs is 14,400 / 365 = 39.45 € → 143.2 days
        assertEquals(5_650 / (14_400 / 365.0), d.daysOfCash().getAsDouble(), 1e-9);
        // result 22,200 − 14,400 = 7,800 over 22,200
        assertEquals(7_800 / 22_200.0, d.operatingMargin().getAsDouble(), 1e-12);
        // no grant from a public body: no funder makes its 80 %; no income: no concentration, no margin
        Canvas bare = TestCanvas.empty(YearMonth.of(2027, 1), 1);
        TestCanvas.costs(bare, CostCategory.RENT, 100);
        DependencyIndicators none = figures(bare).indicators().year(1).dependency();
        assertTrue(none.hhi().isEmpty() && none.fundersFor80Percent().isEmpty() && none.operatingMargin().isEmpty());
        assertEquals(-365, none.daysOfCash().getAsDouble(), 1e-9, "a year of costs below zero at the end: -365 days");
    }
}
