/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import static org.perenne.simulation.TestCanvas.F;

import java.time.YearMonth;
import java.util.List;
import java.util.Random;

import org.perenne.model.Canvas;
import org.perenne.model.CostCategory;
import org.perenne.model.DayOfWeek;
import org.perenne.model.Distribution;
import org.perenne.model.DistributionKind;
import org.perenne.model.DropIn;
import org.perenne.model.FixedCost;
import org.perenne.model.FunderLevel;
import org.perenne.model.Grant;
import org.perenne.model.GrantKind;
import org.perenne.model.Investment;
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
import org.perenne.model.Uncertainty;
import org.perenne.model.Volunteering;

/** Random valid canvases for the property tests: every kind of line, random sizes and timings. */
final class RandomCanvases {

    private RandomCanvases() {
    }

    static Canvas create(Random r) {
        int years = 1 + r.nextInt(15);
        Canvas c = TestCanvas.empty(YearMonth.of(2026 + r.nextInt(4), 1 + r.nextInt(12)), years);
        int months = 12 * years;
        c.setInflationRate(r.nextDouble() * 0.05);
        c.setOpeningCash(r.nextDouble() * 50_000);
        SeasonalityProfile profile = F.createSeasonalityProfile();
        for (int m = 0; m < 12; m++) {
            profile.getFactors().add(0.3 + r.nextDouble());
        }
        c.getSeasonalityProfiles().add(profile);
        List<Room> rooms = new java.util.ArrayList<>();
        for (int i = 0, n = 1 + r.nextInt(4); i < n; i++) {
            RoomFunction kind = RoomFunction.values()[r.nextInt(RoomFunction.values().length)];
            rooms.add(TestCanvas.room(c, kind, r.nextInt(40), DayOfWeek.MONDAY, DayOfWeek.values()[r.nextInt(7)]));
        }
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            MembershipTier t = F.createMembershipTier();
            t.setMonthlyFee(r.nextDouble() * 400);
            t.setJoiningFee(r.nextDouble() * 100);
            t.setDeskUsage(r.nextDouble());
            t.setStartCount(r.nextInt(20));
            t.setTargetCount(r.nextInt(200));
            t.setRampUpMonths(r.nextInt(36));
            t.setMonthlyChurn(r.nextDouble() * 0.1);
            if (r.nextBoolean()) {
                t.setIndexationRate(r.nextDouble() * 0.04);
            }
            c.getOffers().getMembershipTiers().add(t);
        }
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            DropIn d = F.createDropIn();
            d.setPricePerVisit(r.nextDouble() * 30);
            d.setVisitsPerMonth(r.nextDouble() * 300);
            d.setSeasonality(r.nextBoolean() ? profile : null);
            c.getOffers().getDropIns().add(d);
        }
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            RoomRental rental = F.createRoomRental();
            rental.setRoom(rooms.get(r.nextInt(rooms.size())));
            rental.setHourlyRate(r.nextDouble() * 100);
            rental.setOccupancyRate(r.nextDouble());
            rental.setDirectCostPerHour(r.nextDouble() * 10);
            if (r.nextBoolean()) {
                rental.setBookableHoursPerMonth(r.nextDouble() * 200);
            }
            c.getOffers().getRentals().add(rental);
        }
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            Service s = F.createService();
            s.setUnitsPerMonth(r.nextDouble() * 100);
            s.setUnitPrice(r.nextBoolean() ? 0 : r.nextDouble() * 500);
            s.setVariableCostPerUnit(r.nextDouble() * 50);
            s.setBeneficiariesPerUnit(r.nextDouble() * 10);
            s.setPublicHoursPerUnit(r.nextDouble() * 3);
            s.setSeasonality(r.nextBoolean() ? profile : null);
            c.getOffers().getServices().add(s);
        }
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            StaffMember s = F.createStaffMember();
            s.setFte(r.nextDouble() * 1.5);
            s.setGrossMonthlySalary(1_800 + r.nextDouble() * 3_000);
            s.setEmployerContributionRate(0.3 + r.nextDouble() * 0.15);
            s.setStartMonth(r.nextInt(months));
            if (r.nextBoolean()) {
                s.setEndMonth(s.getStartMonth() + r.nextInt(months));
            }
            c.getTeam().getStaff().add(s);
        }
        for (int i = 0, n = r.nextInt(5); i < n; i++) {
            FixedCost f = F.createFixedCost();
            f.setCategory(CostCategory.values()[r.nextInt(CostCategory.values().length)]);
            f.setMonthlyAmount(r.nextDouble() * 3_000);
            c.getCosts().getFixedCosts().add(f);
        }
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            Investment v = F.createInvestment();
            v.setAmount(r.nextDouble() * 80_000);
            v.setMonth(r.nextInt(months));
            v.setDepreciationYears(1 + r.nextInt(10));
            c.getCosts().getInvestments().add(v);
        }
        if (r.nextBoolean()) {
            Volunteering v = F.createVolunteering();
            v.setHoursPerMonth(r.nextDouble() * 100);
            v.setHourlyValue(11.88);
            c.getTeam().getVolunteering().add(v);
        }
        for (int i = 0, n = r.nextInt(4); i < n; i++) {
            GrantKind kind = List.of(GrantKind.OPERATING, GrantKind.PROJECT, GrantKind.JOB_AID).get(r.nextInt(3));
            Grant g = TestCanvas.grant(c, kind, r.nextBoolean() ? PaymentMode.MONTHLY : PaymentMode.ADVANCE_AND_BALANCE,
                    r.doubles(1 + r.nextInt(4), 0, 60_000).toArray());
            g.setFirstGrantYear(1 + r.nextInt(years));
            g.setAdvanceShare(r.nextDouble());
            g.setAdvanceDelayMonths(r.nextInt(8));
            g.setBalanceDelayMonths(r.nextInt(18));
            g.setDelayMonths(r.nextInt(4));
            g.setRenewalProbability(r.nextDouble());
            g.setRenewalAmount(r.nextDouble() * 30_000);
        }
        if (!c.getCosts().getInvestments().isEmpty() && r.nextBoolean()) {
            Grant g = TestCanvas.grant(c, GrantKind.INVESTMENT, PaymentMode.ADVANCE_AND_BALANCE, r.nextDouble() * 20_000);
            g.setFinancedInvestment(c.getCosts().getInvestments().get(0));
        }
        if (!c.getTeam().getStaff().isEmpty() && r.nextBoolean()) {
            ReimbursementGrant g = F.createReimbursementGrant();
            g.setFunder(TestCanvas.funder(c, FunderLevel.EUROPE));
            g.setRate(r.nextDouble());
            g.getEligibleCosts().add(c.getTeam().getStaff().get(0));
            if (!c.getCosts().getInvestments().isEmpty()) {
                g.getEligibleCosts().add(c.getCosts().getInvestments().get(0));
            }
            g.setProgrammeStartMonth(r.nextInt(months));
            g.setProgrammeEndMonth(g.getProgrammeStartMonth() + r.nextInt(48));
            g.setCap(r.nextDouble() * 200_000);
            g.setClaimEveryMonths(1 + r.nextInt(12));
            g.setDelayMonths(r.nextInt(24));
            c.getFunding().getReimbursementGrants().add(g);
        }
        for (int i = 0, n = r.nextInt(3); i < n; i++) {
            Loan l = F.createLoan();
            l.setPrincipal(r.nextDouble() * 200_000);
            l.setAnnualRate(r.nextBoolean() ? 0 : r.nextDouble() * 0.08);
            l.setDurationMonths(1 + r.nextInt(120));
            l.setDeferralMonths(r.nextInt(l.getDurationMonths()));
            l.setStartMonth(r.nextInt(months));
            c.getFunding().getLoans().add(l);
        }
        return c;
    }

    /** Adds an uncertainty with a fixed value on the first membership tier's fee or the opening cash. */
    static void addFixedUncertainties(Canvas c) {
        Uncertainty u = F.createUncertainty();
        if (c.getOffers().getMembershipTiers().isEmpty()) {
            u.setTarget(c);
            u.setAttribute("openingCash");
        } else {
            u.setTarget(c.getOffers().getMembershipTiers().get(0));
            u.setAttribute("monthlyFee");
        }
        Distribution d = F.createDistribution();
        d.setKind(DistributionKind.FIXED);
        u.setDistribution(d);
        c.getUncertainties().add(u);
    }
}
