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

import org.junit.jupiter.api.Test;
import org.perenne.model.Canvas;
import org.perenne.model.CostCategory;
import org.perenne.model.DayOfWeek;
import org.perenne.model.DropIn;
import org.perenne.model.Grant;
import org.perenne.model.GrantKind;
import org.perenne.model.Investment;
import org.perenne.model.LegalForm;
import org.perenne.model.Loan;
import org.perenne.model.MembershipTier;
import org.perenne.model.PaymentMode;
import org.perenne.model.ReimbursementGrant;
import org.perenne.model.Room;
import org.perenne.model.RoomFunction;
import org.perenne.model.RoomRental;
import org.perenne.model.SeasonalityProfile;
import org.perenne.model.Service;
import org.perenne.model.StaffMember;
import org.perenne.model.Volunteering;

/** One test per rule of docs/model-reference.md, with the arithmetic written out. */
class EngineRulesTest {

    private static final double CENT = 0.005;

    /** 10 k€ for one grant year from model year 1, 30 % advance after 2 months, balance 6 months after; from September 2027. */
    private static Projection septemberGrant(int years) {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 9), years);
        Grant grant = TestCanvas.grant(canvas, GrantKind.OPERATING, PaymentMode.ADVANCE_AND_BALANCE, 10_000);
        grant.setAdvanceShare(0.3);
        grant.setAdvanceDelayMonths(2);
        grant.setBalanceDelayMonths(6);
        return TestCanvas.project(canvas);
    }

    @Test
    void grantAdvanceAndBalanceOnAModelStartingInSeptember() {
        // 10 k€ for one grant year from model year 1; 30 % advance 2 months into the grant year,
        // the balance 6 months after the grant year ends. Start: September 2027.
        Projection p = septemberGrant(2);
        // advance: 0.3 × 10 000 = 3 000 in month 0 + 2 = November 2027
        assertEquals(3_000, p.cash(CashLine.GRANTS, 2), CENT);
        assertEquals(YearMonth.of(2027, 11), p.monthOf(2));
        // balance: 7 000 in month 0 + 11 + 6 = 17 = February 2029
        assertEquals(7_000, p.cash(CashLine.GRANTS, 17), CENT);
        assertEquals(YearMonth.of(2029, 2), p.monthOf(17));
        assertEquals(10_000, p.cashInYear(CashLine.GRANTS, 1) + p.cashInYear(CashLine.GRANTS, 2), CENT);
        // recognition: 10 000 / 12 = 833.33 in each month of the grant year, nothing after
        for (int m = 0; m < 12; m++) {
            assertEquals(10_000 / 12.0, p.account(AccountLine.OPERATING_GRANTS, m), 1e-9);
        }
        assertEquals(0, p.accountInYear(AccountLine.OPERATING_GRANTS, 2), CENT);
        // cash: 3 000 in, nothing out → closing cash 3 000 from November
        assertEquals(3_000, p.closingCash(2), CENT);
        assertEquals(0, p.receivableAtEnd(), CENT);
    }

    @Test
    void aBalanceFallingAfterTheHorizonIsAReceivable() {
        Projection p = septemberGrant(1);
        // the balance is due in month 17, after the 12-month horizon
        assertEquals(3_000, p.cashInYear(CashLine.GRANTS, 1), CENT);
        assertEquals(7_000, p.receivableAtEnd(), CENT);
    }

    @Test
    void taperingGrantYearsStartAtTheirGrantYear() {
        // 17.5 k, 12.5 k, 12.5 k from model year 2, paid 50 % at the start and 50 % at the end of each year.
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 5);
        Grant grant = TestCanvas.grant(canvas, GrantKind.PROJECT, PaymentMode.ADVANCE_AND_BALANCE, 17_500, 12_500, 12_500);
        grant.setFirstGrantYear(2);
        grant.setAdvanceShare(0.5);
        Projection p = TestCanvas.project(canvas);
        assertEquals(0, p.cashInYear(CashLine.GRANTS, 1), CENT);
        // grant year 0 covers months 12..23: 8 750 in month 12, 8 750 in month 23
        assertEquals(8_750, p.cash(CashLine.GRANTS, 12), CENT);
        assertEquals(8_750, p.cash(CashLine.GRANTS, 23), CENT);
        assertEquals(6_250, p.cash(CashLine.GRANTS, 24), CENT);
        assertEquals(17_500, p.accountInYear(AccountLine.PROJECT_GRANTS, 2), CENT);
        assertEquals(12_500, p.accountInYear(AccountLine.PROJECT_GRANTS, 4), CENT);
        assertEquals(0, p.accountInYear(AccountLine.PROJECT_GRANTS, 5), CENT);
    }

    @Test
    void monthlyJobAidIsPaidEachMonthAfterItsDelay() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 2);
        Grant grant = TestCanvas.grant(canvas, GrantKind.JOB_AID, PaymentMode.MONTHLY, 12_000);
        grant.setDelayMonths(2);
        Projection p = TestCanvas.project(canvas);
        // 12 000 / 12 = 1 000 paid in months 0+2 … 11+2
        assertEquals(0, p.cash(CashLine.GRANTS, 1), CENT);
        for (int m = 2; m <= 13; m++) {
            assertEquals(1_000, p.cash(CashLine.GRANTS, m), CENT);
        }
        assertEquals(0, p.cash(CashLine.GRANTS, 14), CENT);
        assertEquals(12_000, p.accountInYear(AccountLine.JOB_AID_GRANTS, 1), CENT);
    }

    @Test
    void loanPaysInterestDuringTheDeferralThenConstantAnnuities() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 6);
        Loan loan = F.createLoan();
        loan.setPrincipal(30_000);
        loan.setAnnualRate(0.045);
        loan.setDurationMonths(60);
        loan.setDeferralMonths(6);
        loan.setStartMonth(0);
        canvas.getFunding().getLoans().add(loan);
        Projection p = TestCanvas.project(canvas);
        assertEquals(30_000, p.cash(CashLine.LOANS_RECEIVED, 0), CENT);
        // deferral: months 1..6 pay interest only, 30 000 × 0.045 / 12 = 112.50
        for (int m = 1; m <= 6; m++) {
            assertEquals(112.50, p.cash(CashLine.LOAN_INTEREST, m), CENT);
            assertEquals(0, p.cash(CashLine.LOAN_PRINCIPAL, m), CENT);
        }
        // then n = 60 − 6 = 54 annuities of P × i / (1 − (1 + i)^−n), i = 0.045 / 12
        double i = 0.045 / 12;
        double annuity = 30_000 * i / (1 - Math.pow(1 + i, -54));
        assertEquals(614.74, annuity, CENT); // 112.50 / (1 − 1.00375^−54) = 112.50 / (1 − 0.81700)
        for (int m = 7; m <= 60; m++) {
            assertEquals(annuity, p.cash(CashLine.LOAN_INTEREST, m) + p.cash(CashLine.LOAN_PRINCIPAL, m), CENT);
        }
        // first annuity: interest on the full principal, the rest repays it
        assertEquals(112.50, p.cash(CashLine.LOAN_INTEREST, 7), CENT);
        assertEquals(annuity - 112.50, p.cash(CashLine.LOAN_PRINCIPAL, 7), CENT);
        double repaid = 0;
        double interest = 0;
        for (int m = 0; m < p.months(); m++) {
            repaid += p.cash(CashLine.LOAN_PRINCIPAL, m);
            interest += p.account(AccountLine.INTEREST, m);
        }
        assertEquals(30_000, repaid, CENT);
        assertEquals(6 * 112.50 + 54 * annuity - 30_000, interest, CENT);
        assertEquals(0, p.cash(CashLine.LOAN_INTEREST, 61), CENT);
        assertEquals(0, p.loanBalanceAtEnd(), CENT);
    }

    @Test
    void aZeroRateLoanIsRepaidInEqualParts() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 2);
        Loan loan = F.createLoan();
        loan.setPrincipal(12_000);
        loan.setDurationMonths(12);
        canvas.getFunding().getLoans().add(loan);
        Projection p = TestCanvas.project(canvas);
        for (int m = 1; m <= 12; m++) {
            assertEquals(1_000, p.cash(CashLine.LOAN_PRINCIPAL, m), CENT); // P / n
        }
    }

    @Test
    void membersRampUpAreCappedByDesksAndNewcomersPayTheJoiningFee() {
        // 2 → 14 residents over 12 months, 10 desks; 100 €/month, 50 € to join, 5 % churn.
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 2);
        TestCanvas.room(canvas, RoomFunction.OPEN_COWORKING, 10);
        MembershipTier tier = F.createMembershipTier();
        tier.setStartCount(2);
        tier.setTargetCount(14);
        tier.setRampUpMonths(12);
        tier.setMonthlyFee(100);
        tier.setJoiningFee(50);
        tier.setMonthlyChurn(0.05);
        tier.setDeskUsage(1);
        canvas.getOffers().getMembershipTiers().add(tier);
        Projection p = TestCanvas.project(canvas);
        // month 0: 2 members; month 6: 2 + 12 × 6/12 = 8; month 9: 2 + 12 × 9/12 = 11 > 10 desks → 10
        assertEquals(2, p.members(0), 1e-9);
        assertEquals(8, p.members(6), 1e-9);
        assertEquals(10, p.members(9), 1e-9);
        assertEquals(10, p.members(12), 1e-9);
        assertEquals(800, p.cash(CashLine.MEMBERSHIPS, 6), CENT);
        // newcomers(0) = 2 − 0 + 0.05 × 0 = 2 → 100 €; newcomers(1) = (3 − 2) + 0.05 × 2 = 1.1 → 55 €
        assertEquals(100, p.cash(CashLine.JOINING_FEES, 0), CENT);
        assertEquals(55, p.cash(CashLine.JOINING_FEES, 1), CENT);
        // at the cap: no growth, only replacements: 0.05 × 10 × 50 = 25 €
        assertEquals(25, p.cash(CashLine.JOINING_FEES, 12), CENT);
        assertEquals(0.5, p.membersLost(12), 1e-9);
    }

    @Test
    void everyTierIsScaledByTheSameFactorWhenDesksRunOut() {
        // residents 8 × 1.0 + nomads 8 × 0.5 = 12 desks wanted, 9 available → factor 0.75
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 1);
        TestCanvas.room(canvas, RoomFunction.OPEN_COWORKING, 6);
        TestCanvas.room(canvas, RoomFunction.PRIVATE_OFFICE, 3);
        TestCanvas.room(canvas, RoomFunction.MEETING_ROOM, 20);
        for (double usage : new double[] { 1.0, 0.5 }) {
            MembershipTier tier = F.createMembershipTier();
            tier.setStartCount(8);
            tier.setTargetCount(8);
            tier.setDeskUsage(usage);
            tier.setMonthlyFee(100);
            canvas.getOffers().getMembershipTiers().add(tier);
        }
        Projection p = TestCanvas.project(canvas);
        assertEquals(12, p.members(0), 1e-9); // 6 + 6
        assertEquals(1_200, p.cash(CashLine.MEMBERSHIPS, 0), CENT);
    }

    @Test
    void dropInsFollowSeasonalityByCalendarMonthAndPricesAreIndexedFromYearTwo() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 9), 2);
        canvas.setInflationRate(0.02);
        SeasonalityProfile profile = F.createSeasonalityProfile();
        for (int month = 1; month <= 12; month++) {
            profile.getFactors().add(month == 9 ? 0.5 : 1.0); // September at half
        }
        canvas.getSeasonalityProfiles().add(profile);
        DropIn dropIn = F.createDropIn();
        dropIn.setPricePerVisit(10);
        dropIn.setVisitsPerMonth(100);
        dropIn.setSeasonality(profile);
        canvas.getOffers().getDropIns().add(dropIn);
        Projection p = TestCanvas.project(canvas);
        assertEquals(500, p.cash(CashLine.DROP_INS, 0), CENT); // September 2027: 100 × 0.5 × 10
        assertEquals(1_000, p.cash(CashLine.DROP_INS, 1), CENT); // October
        assertEquals(510, p.cash(CashLine.DROP_INS, 12), CENT); // September 2028: 100 × 0.5 × 10 × 1.02
        assertEquals(1_020, p.cash(CashLine.DROP_INS, 13), CENT);
    }

    @Test
    void subscriptionsIgnoreSeasonalityButFollowTheirOwnIndexation() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 3);
        canvas.setInflationRate(0.02);
        TestCanvas.room(canvas, RoomFunction.OPEN_COWORKING, 10);
        MembershipTier tier = F.createMembershipTier();
        tier.setStartCount(4);
        tier.setTargetCount(4);
        tier.setMonthlyFee(200);
        tier.setIndexationRate(0.05);
        canvas.getOffers().getMembershipTiers().add(tier);
        Projection p = TestCanvas.project(canvas);
        assertEquals(800, p.cash(CashLine.MEMBERSHIPS, 11), CENT);
        assertEquals(840, p.cash(CashLine.MEMBERSHIPS, 12), CENT); // 800 × 1.05
        assertEquals(882, p.cash(CashLine.MEMBERSHIPS, 24), CENT); // 800 × 1.05²
    }

    @Test
    void rentalHoursComeFromTheRoomsOpeningHoursWithTheirDirectCost() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 1);
        Room room = TestCanvas.room(canvas, RoomFunction.MEETING_ROOM, 12, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY); // 5 × 8 h = 40 h a week
        RoomRental rental = F.createRoomRental();
        rental.setRoom(room);
        rental.setHourlyRate(30);
        rental.setOccupancyRate(0.25);
        rental.setDirectCostPerHour(3);
        canvas.getOffers().getRentals().add(rental);
        Projection p = TestCanvas.project(canvas);
        double bookable = 40 * 52 / 12.0; // 173.33 h
        assertEquals(bookable * 0.25 * 30, p.cash(CashLine.RENTALS, 0), CENT); // 1 300
        assertEquals(1_300, p.cash(CashLine.RENTALS, 0), CENT);
        assertEquals(130, p.cash(CashLine.DIRECT_COSTS, 0), CENT); // 43.33 h × 3
        rental.setBookableHoursPerMonth(100.0);
        assertEquals(750, TestCanvas.project(canvas).cash(CashLine.RENTALS, 0), CENT); // its own 100 h
    }

    @Test
    void freeServicesCountForImpactButNotForIncome() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 1);
        Service mediation = F.createService();
        mediation.setUnitsPerMonth(60);
        mediation.setUnitPrice(0);
        mediation.setVariableCostPerUnit(1);
        mediation.setBeneficiariesPerUnit(1);
        mediation.setPublicHoursPerUnit(1);
        canvas.getOffers().getServices().add(mediation);
        Projection p = TestCanvas.project(canvas);
        assertEquals(0, p.cash(CashLine.SERVICES, 0), CENT);
        assertEquals(60, p.cash(CashLine.DIRECT_COSTS, 0), CENT);
        assertEquals(60, p.beneficiaries(0), 1e-9);
        assertEquals(60, p.publicHours(0), 1e-9);
    }

    @Test
    void staffArePaidFromTheirFirstToTheirLastMonthWithYearlyRaises() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 2);
        StaffMember staff = F.createStaffMember();
        staff.setFte(0.5);
        staff.setGrossMonthlySalary(2_000);
        staff.setEmployerContributionRate(0.42);
        staff.setStartMonth(3);
        staff.setEndMonth(14);
        staff.setIndexationRate(0.03);
        canvas.getTeam().getStaff().add(staff);
        Projection p = TestCanvas.project(canvas);
        assertEquals(0, p.cash(CashLine.STAFF, 2), CENT);
        assertEquals(1_420, p.cash(CashLine.STAFF, 3), CENT); // 0.5 × 2 000 × 1.42
        assertEquals(1_462.60, p.cash(CashLine.STAFF, 12), CENT); // × 1.03 in year 2
        assertEquals(1_462.60, p.cash(CashLine.STAFF, 14), CENT);
        assertEquals(0, p.cash(CashLine.STAFF, 15), CENT);
    }

    @Test
    void investmentsAreCashOnceAndDepreciatedInTheIncomeStatementWithTheirGrant() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 4);
        Investment machines = F.createInvestment();
        machines.setAmount(12_000);
        machines.setMonth(1);
        machines.setDepreciationYears(3);
        canvas.getCosts().getInvestments().add(machines);
        Grant grant = TestCanvas.grant(canvas, GrantKind.INVESTMENT, PaymentMode.ADVANCE_AND_BALANCE, 6_000);
        grant.setFinancedInvestment(machines);
        grant.setAdvanceShare(1);
        Projection p = TestCanvas.project(canvas);
        assertEquals(12_000, p.cash(CashLine.INVESTMENTS, 1), CENT);
        assertEquals(0, p.cash(CashLine.INVESTMENTS, 2), CENT);
        assertEquals(6_000, p.cash(CashLine.INVESTMENT_GRANTS, 0), CENT);
        // 12 000 / 36 = 333.33 a month from month 1 to month 36; the grant 6 000 / 36 = 166.67
        assertEquals(0, p.account(AccountLine.DEPRECIATION, 0), CENT);
        assertEquals(333.33, p.account(AccountLine.DEPRECIATION, 1), CENT);
        assertEquals(333.33, p.account(AccountLine.DEPRECIATION, 36), CENT);
        assertEquals(0, p.account(AccountLine.DEPRECIATION, 37), CENT);
        assertEquals(166.67, p.account(AccountLine.INVESTMENT_GRANTS, 1), CENT);
        assertEquals(0, p.account(AccountLine.OPERATING_GRANTS, 1), CENT);
        assertEquals(-166.67, p.result(5), CENT);
    }

    @Test
    void reimbursementGrantClaimsEveryNMonthsAndIsPaidLate() {
        // 60 % of a salary of 1 420 a month, programme months 0..11, claims every 6 months, paid 9 months later.
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 3);
        StaffMember staff = F.createStaffMember();
        staff.setFte(0.5);
        staff.setGrossMonthlySalary(2_000);
        staff.setEmployerContributionRate(0.42);
        canvas.getTeam().getStaff().add(staff);
        ReimbursementGrant grant = F.createReimbursementGrant();
        grant.setFunder(TestCanvas.funder(canvas, org.perenne.model.FunderLevel.EUROPE));
        grant.setRate(0.6);
        grant.getEligibleCosts().add(staff);
        grant.setProgrammeStartMonth(0);
        grant.setProgrammeEndMonth(11);
        grant.setClaimEveryMonths(6);
        grant.setDelayMonths(9);
        grant.setCap(1_000_000);
        canvas.getFunding().getReimbursementGrants().add(grant);
        Projection p = TestCanvas.project(canvas);
        // recognised as the costs are paid: 0.6 × 1 420 = 852 each programme month
        assertEquals(852, p.account(AccountLine.PROJECT_GRANTS, 0), CENT);
        assertEquals(852, p.account(AccountLine.PROJECT_GRANTS, 11), CENT);
        assertEquals(0, p.account(AccountLine.PROJECT_GRANTS, 12), CENT);
        // claim in month 5 for months 0..5 (6 × 852 = 5 112) paid in month 14; claim in month 11 paid in month 20
        assertEquals(5_112, p.cash(CashLine.REIMBURSEMENT_GRANTS, 14), CENT);
        assertEquals(5_112, p.cash(CashLine.REIMBURSEMENT_GRANTS, 20), CENT);
        assertEquals(0, p.cashInYear(CashLine.REIMBURSEMENT_GRANTS, 1), CENT);

        grant.setCap(6_000); // the cap stops the reimbursement during month 7: 6 000 − 5 112 − 852 = 36
        Projection capped = TestCanvas.project(canvas);
        assertEquals(36, capped.account(AccountLine.PROJECT_GRANTS, 7), CENT);
        assertEquals(0, capped.account(AccountLine.PROJECT_GRANTS, 8), CENT);
        assertEquals(888, capped.cash(CashLine.REIMBURSEMENT_GRANTS, 20), CENT);
    }

    @Test
    void theReimbursementOfAnInvestmentIsRecognisedWithItsDepreciationAndLeftOutOfDependency() {
        // 50 % of the rent (1 000 a month) and of 10 000 of machines bought in month 3 (5 years), cap 4 000
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 2);
        TestCanvas.costs(canvas, CostCategory.RENT, 1_000);
        Investment machines = F.createInvestment();
        machines.setAmount(10_000);
        machines.setMonth(3);
        machines.setDepreciationYears(5);
        canvas.getCosts().getInvestments().add(machines);
        ReimbursementGrant grant = F.createReimbursementGrant();
        grant.setFunder(TestCanvas.funder(canvas, org.perenne.model.FunderLevel.EUROPE));
        grant.setRate(0.5);
        grant.getEligibleCosts().add(canvas.getCosts().getFixedCosts().get(0));
        grant.getEligibleCosts().add(machines);
        grant.setProgrammeStartMonth(0);
        grant.setProgrammeEndMonth(11);
        grant.setClaimEveryMonths(12);
        grant.setDelayMonths(0);
        grant.setCap(4_000);
        canvas.getFunding().getReimbursementGrants().add(grant);
        Projection p = TestCanvas.project(canvas);
        // months 0..2: 500 each; month 3: 5 500 asked, 2 500 left under the cap, shared pro rata:
        // 2 500 × 10 000 / 11 000 = 2 272.73 refunds the machines, 227.27 the rent; nothing after
        double machinesPart = 2_500 * 10_000 / 11_000.0;
        assertEquals(500, p.account(AccountLine.PROJECT_GRANTS, 0), CENT);
        assertEquals(2_500 - machinesPart, p.account(AccountLine.PROJECT_GRANTS, 3), CENT);
        assertEquals(1_500 + 2_500 - machinesPart, p.accountInYear(AccountLine.PROJECT_GRANTS, 1), CENT);
        // the machines' part follows their depreciation: 60 months from month 3
        assertEquals(machinesPart / 60, p.account(AccountLine.INVESTMENT_GRANTS, 3), CENT);
        assertEquals(machinesPart / 60 * 9, p.accountInYear(AccountLine.INVESTMENT_GRANTS, 1), CENT);
        assertEquals(machinesPart / 60 * 12, p.accountInYear(AccountLine.INVESTMENT_GRANTS, 2), CENT);
        // the cash is the whole 4 000, claimed in month 11
        assertEquals(4_000, p.cash(CashLine.REIMBURSEMENT_GRANTS, 11), CENT);
        // grant dependency and the funder's share count only the operating part
        Indicators indicators = new Indicators(p, CanvasCompiler.compile(canvas));
        Indicators.FunderShare year1 = indicators.funderShares().stream().filter(share -> share.year() == 1).findFirst().orElseThrow();
        assertEquals(1_500 + 2_500 - machinesPart, year1.recognised(), CENT);
        assertEquals(indicators.year(1).grantDependency().getAsDouble(), year1.share().getAsDouble(), 1e-12,
                "the funder's share is the whole dependency");
    }

    @Test
    void theLastProgrammeMonthIsAlwaysClaimed() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 2);
        TestCanvas.costs(canvas, CostCategory.RENT, 1_000);
        ReimbursementGrant grant = F.createReimbursementGrant();
        grant.setFunder(TestCanvas.funder(canvas, org.perenne.model.FunderLevel.EUROPE));
        grant.setRate(0.5);
        grant.getEligibleCosts().add(canvas.getCosts().getFixedCosts().get(0));
        grant.setProgrammeStartMonth(2);
        grant.setProgrammeEndMonth(9); // claims at 2+6−1 = 7 (months 2..7) and at 9 (months 8..9)
        grant.setClaimEveryMonths(6);
        grant.setDelayMonths(1);
        grant.setCap(100_000);
        canvas.getFunding().getReimbursementGrants().add(grant);
        Projection p = TestCanvas.project(canvas);
        assertEquals(3_000, p.cash(CashLine.REIMBURSEMENT_GRANTS, 8), CENT);
        assertEquals(1_000, p.cash(CashLine.REIMBURSEMENT_GRANTS, 10), CENT);
    }

    @Test
    void volunteeringIsInKindOnBothSidesAndNeverCash() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 1);
        Volunteering volunteers = F.createVolunteering();
        volunteers.setHoursPerMonth(80);
        volunteers.setHourlyValue(11.88);
        canvas.getTeam().getVolunteering().add(volunteers);
        Projection p = TestCanvas.project(canvas);
        assertEquals(950.40, p.account(AccountLine.IN_KIND_INCOME, 0), CENT); // 80 × 11.88
        assertEquals(950.40, p.account(AccountLine.IN_KIND_COSTS, 0), CENT);
        assertEquals(0, p.result(0), CENT);
        assertEquals(0, p.netFlow(0), CENT);
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        assertEquals(80 * 12, new Indicators(new CashFlowEngine(compiled).project(), compiled).year(1).volunteerHours(), 1e-9);
    }

    @Test
    void closingCashStartsFromTheOpeningCash() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 1);
        canvas.setOpeningCash(5_000);
        TestCanvas.costs(canvas, CostCategory.RENT, 1_000);
        Projection p = TestCanvas.project(canvas);
        assertEquals(4_000, p.closingCash(0), CENT);
        assertEquals(-7_000, p.closingCash(11), CENT);
    }

    @Test
    void indicatorsFollowTheirDefinitions() {
        // own income 1 000 a month, operating grant 12 000 a year, costs 1 500 a month
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 2);
        canvas.setOpeningCash(2_000);
        canvas.setLegalForm(LegalForm.ASSOCIATION);
        canvas.setCommercialTaxThreshold(10_000);
        DropIn dropIn = F.createDropIn();
        dropIn.setPricePerVisit(10);
        dropIn.setVisitsPerMonth(100);
        canvas.getOffers().getDropIns().add(dropIn);
        Grant grant = TestCanvas.grant(canvas, GrantKind.OPERATING, PaymentMode.ADVANCE_AND_BALANCE, 12_000);
        grant.setAdvanceShare(0);
        TestCanvas.costs(canvas, CostCategory.RENT, 1_500);
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        Projection p = new CashFlowEngine(compiled).project();
        Indicators indicators = new Indicators(p, compiled);
        Indicators.Year year1 = indicators.year(1);
        assertEquals(12_000, year1.ownIncome(), CENT);
        assertEquals(12_000, year1.operatingSubsidies(), CENT);
        assertEquals(0.5, year1.grantDependency().getAsDouble(), 1e-9); // 12 000 / (12 000 + 12 000)
        assertEquals(12_000 / 18_000.0, year1.selfFinancing().getAsDouble(), 1e-9); // own income / costs
        assertEquals(6_000, year1.result(), CENT);
        assertTrue(year1.commercialTaxThresholdExceeded(), "12 000 of drop-ins (commercial income) > 10 000");
        assertEquals(List.of(2027, 2028), indicators.commercialTaxYears());
        // cash: −500 a month until the grant balance arrives in month 11
        assertEquals(2_000 - 500 * 11, year1.minimumCash(), CENT);
        assertEquals(YearMonth.of(2027, 11), year1.minimumCashMonth());
        assertEquals(11, indicators.firstBreakEvenMonth().getAsInt()); // the first 12 months already make 6 000
        assertTrue(indicators.lastingBreakEvenMonth().isEmpty(), "year 2 falls back into deficit");
        assertEquals(-6_000, indicators.structuralResult(), CENT); // year 2: no grant, 12 000 − 18 000
        assertEquals(6_000, indicators.year(2).subsidyNeeded(), CENT);
        assertEquals(0, year1.subsidyNeeded(), CENT);
        assertEquals(-6_000, year1.resultWithoutOperatingSubsidies(), CENT);
        assertEquals(0.5, year1.ownIncomeShare().getAsDouble(), 1e-12);
        // year 2 has no grant: result −6 000, trailing result turns negative; runway: cash / 500
        assertEquals(-6_000, indicators.year(2).result(), CENT);
        double endCash = p.closingCash(23);
        assertEquals(2_000 - 500 * 24 + 12_000, endCash, CENT);
        assertEquals(Indicators.RunwayKind.MONTHS, indicators.runway().kind());
        assertEquals(endCash / 500, indicators.runway().months(), 1e-9);
        assertFalse(indicators.year(2).grantDependency().getAsDouble() > 0);
    }

    @Test
    void runwayIsNotNeededWhenTheLastYearBringsCashIn() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 1);
        DropIn dropIn = F.createDropIn();
        dropIn.setPricePerVisit(10);
        dropIn.setVisitsPerMonth(10);
        canvas.getOffers().getDropIns().add(dropIn);
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        assertEquals(Indicators.RunwayKind.NOT_NEEDED, new Indicators(new CashFlowEngine(compiled).project(), compiled).runway().kind());
    }
}
