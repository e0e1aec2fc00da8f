/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.perenne.model.Canvas;
import org.perenne.model.CostLine;
import org.perenne.model.DropIn;
import org.perenne.model.FixedCost;
import org.perenne.model.Funder;
import org.perenne.model.FunderLevel;
import org.perenne.model.Grant;
import org.perenne.model.GrantKind;
import org.perenne.model.Indexed;
import org.perenne.model.Investment;
import org.perenne.model.LegalForm;
import org.perenne.model.Loan;
import org.perenne.model.MembershipTier;
import org.perenne.model.OpeningSlot;
import org.perenne.model.PaymentMode;
import org.perenne.model.ReimbursementGrant;
import org.perenne.model.Room;
import org.perenne.model.RoomFunction;
import org.perenne.model.RoomRental;
import org.perenne.model.SeasonalityProfile;
import org.perenne.model.Service;
import org.perenne.model.StaffMember;
import org.perenne.model.Volunteering;
import org.perenne.model.VolumeOffer;

/**
 * Reads a canvas once and turns it into a {@link CompiledCanvas}. The canvas must be valid (see
 * the model's validator); the compiler does not repeat those checks.
 */
public final class CanvasCompiler {

    private CanvasCompiler() {
    }

    public static CompiledCanvas compile(Canvas canvas) {
        CompiledCanvas.Builder b = new CompiledCanvas.Builder();
        b.name = canvas.getName();
        b.startMonth = canvas.getStartMonth();
        b.years = canvas.getHorizonYears();
        b.association = canvas.getLegalForm() == LegalForm.ASSOCIATION;
        b.commercialTaxThreshold = canvas.getCommercialTaxThreshold();
        b.openingCashSlot = b.add(canvas, "openingCash", canvas.getOpeningCash());
        b.inflationSlot = b.add(canvas, "inflationRate", canvas.getInflationRate());

        List<SeasonalityProfile> profiles = canvas.getSeasonalityProfiles();
        b.profileSlots = new int[profiles.size()];
        for (int i = 0; i < profiles.size(); i++) {
            b.profileSlots[i] = b.add(profiles.get(i), "factors", toArray(profiles.get(i).getFactors()));
        }

        compileTiers(canvas, b);
        compileOffers(canvas, b, profiles);
        Map<EObject, Integer> staffIndex = compileStaff(canvas, b);
        Map<EObject, Integer> fixedIndex = compileFixedCosts(canvas, b);
        Map<EObject, Integer> investmentIndex = compileInvestments(canvas, b);
        compileVolunteering(canvas, b);
        compileGrants(canvas, b, investmentIndex);
        compileReimbursementGrants(canvas, b, staffIndex, fixedIndex, investmentIndex);
        compileLoans(canvas, b);

        double publicHours = 0;
        for (Room room : canvas.getSpaces().getRooms()) {
            if (room.isPublicAccess()) {
                publicHours += weeklyHours(room) * 52 / 12;
            }
        }
        b.publicRoomHoursPerMonth = publicHours;
        b.base = b.values.stream().mapToDouble(Double::doubleValue).toArray();
        return new CompiledCanvas(b);
    }

    private static void compileTiers(Canvas canvas, CompiledCanvas.Builder b) {
        List<MembershipTier> tiers = canvas.getOffers().getMembershipTiers();
        b.tierSlots = new int[tiers.size()];
        for (int i = 0; i < tiers.size(); i++) {
            MembershipTier t = tiers.get(i);
            b.tierSlots[i] = b.add(t, "monthlyFee", t.getMonthlyFee());
            b.add(t, "joiningFee", t.getJoiningFee());
            b.add(t, "deskUsage", t.getDeskUsage());
            b.add(t, "startCount", t.getStartCount());
            b.add(t, "targetCount", t.getTargetCount());
            b.add(t, "rampUpMonths", t.getRampUpMonths());
            b.add(t, "monthlyChurn", t.getMonthlyChurn());
            b.add(t, "indexationRate", indexation(t));
        }
        double desks = 0;
        for (Room room : canvas.getSpaces().getRooms()) {
            if (room.getKind() == RoomFunction.OPEN_COWORKING || room.getKind() == RoomFunction.PRIVATE_OFFICE) {
                desks += room.getCapacity();
            }
        }
        b.desksSlot = b.add(null, null, desks);
    }

    private static void compileOffers(Canvas canvas, CompiledCanvas.Builder b, List<SeasonalityProfile> profiles) {
        List<DropIn> dropIns = canvas.getOffers().getDropIns();
        List<RoomRental> rentals = canvas.getOffers().getRentals();
        List<Service> services = canvas.getOffers().getServices();
        int count = dropIns.size() + rentals.size() + services.size();
        b.offerSlots = new int[count];
        b.offerCashLine = new CashLine[count];
        b.offerProfile = new int[count];
        b.offerBeneficiariesPerUnit = new double[count];
        b.offerPublicHoursPerUnit = new double[count];
        int i = 0;
        for (DropIn d : dropIns) {
            b.offerSlots[i] = b.add(d, "pricePerVisit", d.getPricePerVisit());
            b.add(d, "visitsPerMonth", d.getVisitsPerMonth());
            b.add(null, null, 1.0);
            b.add(null, null, 0.0);
            b.add(d, "indexationRate", indexation(d));
            describe(b, i++, d, CashLine.DROP_INS, profiles);
        }
        for (RoomRental r : rentals) {
            double hours = r.getBookableHoursPerMonth() != null ? r.getBookableHoursPerMonth()
                    : r.getRoom() == null ? 0 : weeklyHours(r.getRoom()) * 52 / 12;
            b.offerSlots[i] = b.add(r, "hourlyRate", r.getHourlyRate());
            b.add(r, "bookableHoursPerMonth", hours);
            b.add(r, "occupancyRate", r.getOccupancyRate());
            b.add(r, "directCostPerHour", r.getDirectCostPerHour());
            b.add(r, "indexationRate", indexation(r));
            describe(b, i++, r, CashLine.RENTALS, profiles);
        }
        for (Service s : services) {
            b.offerSlots[i] = b.add(s, "unitPrice", s.getUnitPrice());
            b.add(s, "unitsPerMonth", s.getUnitsPerMonth());
            b.add(null, null, 1.0);
            b.add(s, "variableCostPerUnit", s.getVariableCostPerUnit());
            b.add(s, "indexationRate", indexation(s));
            b.offerBeneficiariesPerUnit[i] = s.getBeneficiariesPerUnit();
            // Public hours of a service held in a room already open to the public are counted with the room.
            b.offerPublicHoursPerUnit[i] = s.getRoom() != null && s.getRoom().isPublicAccess() ? 0
                    : s.getPublicHoursPerUnit();
            describe(b, i++, s, CashLine.SERVICES, profiles);
        }
    }

    private static void describe(CompiledCanvas.Builder b, int i, VolumeOffer offer, CashLine cash,
            List<SeasonalityProfile> profiles) {
        b.offerCashLine[i] = cash;
        b.offerProfile[i] = offer.getSeasonality() == null ? -1 : profiles.indexOf(offer.getSeasonality());
    }

    private static Map<EObject, Integer> compileStaff(Canvas canvas, CompiledCanvas.Builder b) {
        List<StaffMember> staff = canvas.getTeam().getStaff();
        Map<EObject, Integer> index = new IdentityHashMap<>();
        b.staffSlots = new int[staff.size()];
        for (int i = 0; i < staff.size(); i++) {
            StaffMember s = staff.get(i);
            index.put(s, i);
            b.staffSlots[i] = b.add(s, "fte", s.getFte());
            b.add(s, "grossMonthlySalary", s.getGrossMonthlySalary());
            b.add(s, "employerContributionRate", s.getEmployerContributionRate());
            b.add(s, "startMonth", s.getStartMonth());
            b.add(s, "endMonth", s.getEndMonth() == null ? Double.NaN : s.getEndMonth());
            b.add(s, "indexationRate", indexation(s));
        }
        return index;
    }

    private static Map<EObject, Integer> compileFixedCosts(Canvas canvas, CompiledCanvas.Builder b) {
        List<FixedCost> costs = canvas.getCosts().getFixedCosts();
        Map<EObject, Integer> index = new IdentityHashMap<>();
        b.fixedSlots = new int[costs.size()];
        b.fixedCashLine = new CashLine[costs.size()];
        for (int i = 0; i < costs.size(); i++) {
            FixedCost c = costs.get(i);
            index.put(c, i);
            b.fixedSlots[i] = b.add(c, "monthlyAmount", c.getMonthlyAmount());
            b.add(c, "indexationRate", indexation(c));
            String line = c.getCategory() == org.perenne.model.CostCategory.OTHER ? "OTHER_COSTS" : c.getCategory().name();
            b.fixedCashLine[i] = CashLine.valueOf(line);
        }
        return index;
    }

    private static Map<EObject, Integer> compileInvestments(Canvas canvas, CompiledCanvas.Builder b) {
        List<Investment> investments = canvas.getCosts().getInvestments();
        Map<EObject, Integer> index = new IdentityHashMap<>();
        b.investmentSlots = new int[investments.size()];
        for (int i = 0; i < investments.size(); i++) {
            Investment v = investments.get(i);
            index.put(v, i);
            b.investmentSlots[i] = b.add(v, "amount", v.getAmount());
            b.add(v, "month", v.getMonth());
            b.add(v, "depreciationYears", v.getDepreciationYears());
        }
        return index;
    }

    private static void compileVolunteering(Canvas canvas, CompiledCanvas.Builder b) {
        List<Volunteering> volunteering = canvas.getTeam().getVolunteering();
        b.volunteeringSlots = new int[volunteering.size()];
        for (int i = 0; i < volunteering.size(); i++) {
            Volunteering v = volunteering.get(i);
            b.volunteeringSlots[i] = b.add(v, "hoursPerMonth", v.getHoursPerMonth());
            b.add(v, "hourlyValue", v.getHourlyValue());
        }
    }

    private static void compileGrants(Canvas canvas, CompiledCanvas.Builder b, Map<EObject, Integer> investmentIndex) {
        List<Grant> grants = canvas.getFunding().getGrants();
        int n = grants.size();
        b.grantSlots = new int[n];
        b.grantAmountSlots = new int[n];
        b.grantYears = new int[n];
        b.grantMode = new int[n];
        b.grantAccountLine = new AccountLine[n];
        b.grantFunderLevel = new int[n];
        b.grantInvestment = new int[n];
        b.grantNames = new String[n];
        b.grantFunder = new int[n];
        List<Funder> funders = canvas.getPartners().getFunders();
        b.funderNames = funders.stream().map(f -> f.getName() == null ? "" : f.getName()).toArray(String[]::new);
        for (int i = 0; i < n; i++) {
            Grant g = grants.get(i);
            b.grantNames[i] = g.getName() == null ? "" : g.getName();
            b.grantFunder[i] = funders.indexOf(g.getFunder());
            b.grantSlots[i] = b.add(g, "firstGrantYear", g.getFirstGrantYear());
            b.add(g, "advanceShare", g.getAdvanceShare());
            b.add(g, "advanceDelayMonths", g.getAdvanceDelayMonths());
            b.add(g, "balanceDelayMonths", g.getBalanceDelayMonths());
            b.add(g, "delayMonths", g.getDelayMonths());
            b.add(g, "renewalProbability", g.getRenewalProbability());
            b.add(g, "renewalAmount", g.getRenewalAmount());
            b.grantAmountSlots[i] = b.add(g, "committedAmounts", toArray(g.getCommittedAmounts()));
            b.grantYears[i] = g.getCommittedAmounts().size();
            b.grantMode[i] = g.getPaymentMode() == PaymentMode.MONTHLY ? CompiledCanvas.GRANT_MODE_MONTHLY
                    : CompiledCanvas.GRANT_MODE_ADVANCE_AND_BALANCE;
            Integer investment = g.getFinancedInvestment() == null ? null : investmentIndex.get(g.getFinancedInvestment());
            b.grantInvestment[i] = investment == null ? -1 : investment;
            b.grantAccountLine[i] = investment != null ? AccountLine.INVESTMENT_GRANTS : accountLineOf(g.getKind());
            b.grantFunderLevel[i] = levelOf(g.getFunder());
        }
    }

    private static void compileReimbursementGrants(Canvas canvas, CompiledCanvas.Builder b, Map<EObject, Integer> staff,
            Map<EObject, Integer> fixed, Map<EObject, Integer> investments) {
        List<ReimbursementGrant> grants = canvas.getFunding().getReimbursementGrants();
        int n = grants.size();
        b.reimbursementSlots = new int[n];
        b.reimbursementAccountLine = new AccountLine[n];
        b.reimbursementFunderLevel = new int[n];
        b.reimbursementEligibleKind = new int[n][];
        b.reimbursementEligibleIndex = new int[n][];
        b.reimbursementNames = new String[n];
        b.reimbursementFunder = new int[n];
        for (int i = 0; i < n; i++) {
            ReimbursementGrant g = grants.get(i);
            b.reimbursementNames[i] = g.getName() == null ? "" : g.getName();
            b.reimbursementFunder[i] = canvas.getPartners().getFunders().indexOf(g.getFunder());
            b.reimbursementSlots[i] = b.add(g, "rate", g.getRate());
            b.add(g, "programmeStartMonth", g.getProgrammeStartMonth());
            b.add(g, "programmeEndMonth", g.getProgrammeEndMonth());
            b.add(g, "cap", g.getCap());
            b.add(g, "claimEveryMonths", g.getClaimEveryMonths());
            b.add(g, "delayMonths", g.getDelayMonths());
            b.reimbursementAccountLine[i] = accountLineOf(g.getKind());
            b.reimbursementFunderLevel[i] = levelOf(g.getFunder());
            List<CostLine> eligible = g.getEligibleCosts();
            b.reimbursementEligibleKind[i] = new int[eligible.size()];
            b.reimbursementEligibleIndex[i] = new int[eligible.size()];
            for (int e = 0; e < eligible.size(); e++) {
                CostLine cost = eligible.get(e);
                if (staff.containsKey(cost)) {
                    b.reimbursementEligibleKind[i][e] = CompiledCanvas.ELIGIBLE_STAFF;
                    b.reimbursementEligibleIndex[i][e] = staff.get(cost);
                } else if (fixed.containsKey(cost)) {
                    b.reimbursementEligibleKind[i][e] = CompiledCanvas.ELIGIBLE_FIXED;
                    b.reimbursementEligibleIndex[i][e] = fixed.get(cost);
                } else {
                    b.reimbursementEligibleKind[i][e] = CompiledCanvas.ELIGIBLE_INVESTMENT;
                    b.reimbursementEligibleIndex[i][e] = investments.getOrDefault(cost, -1);
                }
            }
        }
    }

    private static void compileLoans(Canvas canvas, CompiledCanvas.Builder b) {
        List<Loan> loans = canvas.getFunding().getLoans();
        b.loanSlots = new int[loans.size()];
        for (int i = 0; i < loans.size(); i++) {
            Loan l = loans.get(i);
            b.loanSlots[i] = b.add(l, "principal", l.getPrincipal());
            b.add(l, "annualRate", l.getAnnualRate());
            b.add(l, "durationMonths", l.getDurationMonths());
            b.add(l, "deferralMonths", l.getDeferralMonths());
            b.add(l, "startMonth", l.getStartMonth());
        }
    }

    private static AccountLine accountLineOf(GrantKind kind) {
        return switch (kind) {
            case OPERATING -> AccountLine.OPERATING_GRANTS;
            case PROJECT -> AccountLine.PROJECT_GRANTS;
            case JOB_AID -> AccountLine.JOB_AID_GRANTS;
            case INVESTMENT -> AccountLine.INVESTMENT_GRANTS;
        };
    }

    /** Money from a public body: commune to Europe (not foundations or other funders). */
    /** The funder's level as an index of {@link FunderLevel}; a grant without a funder counts as "other". */
    private static int levelOf(Funder funder) {
        return (funder == null || funder.getLevel() == null ? FunderLevel.OTHER : funder.getLevel()).ordinal();
    }

    /** Indexation of a line, NaN meaning "the model's inflation rate". */
    private static double indexation(Indexed line) {
        return line.getIndexationRate() == null ? Double.NaN : line.getIndexationRate();
    }

    /** Opening hours of a room in a week. */
    static double weeklyHours(Room room) {
        double minutes = 0;
        for (OpeningSlot slot : room.getOpeningHours()) {
            if (slot.getOpensAt() != null && slot.getClosesAt() != null) {
                minutes += Math.max(0, slot.getClosesAt().toSecondOfDay() - slot.getOpensAt().toSecondOfDay()) / 60.0;
            }
        }
        return minutes / 60;
    }

    private static double[] toArray(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
