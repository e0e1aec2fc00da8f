/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.validation;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.perenne.model.Activity;
import org.perenne.model.Canvas;
import org.perenne.model.Distribution;
import org.perenne.model.DropIn;
import org.perenne.model.Element;
import org.perenne.model.Funder;
import org.perenne.model.Grant;
import org.perenne.model.GrantKind;
import org.perenne.model.Investment;
import org.perenne.model.Loan;
import org.perenne.model.MembershipTier;
import org.perenne.model.Offer;
import org.perenne.model.OpeningSlot;
import org.perenne.model.PerennePackage;
import org.perenne.model.PriceLadder;
import org.perenne.model.ReimbursementGrant;
import org.perenne.model.Room;
import org.perenne.model.RoomFunction;
import org.perenne.model.RoomRental;
import org.perenne.model.Scenario;
import org.perenne.model.ScenarioOverride;
import org.perenne.model.SeasonalityProfile;
import org.perenne.model.Service;
import org.perenne.model.StaffMember;
import org.perenne.model.Uncertainty;

/**
 * Checks a canvas against every {@link ValidationRule}. Each diagnostic carries, in its data, the
 * object at fault, the feature (or {@code null}) and the rule; its message names the object by its
 * place on the canvas and says in plain words what to change.
 */
public final class CanvasValidator implements EValidator {

    /** Source of the diagnostics of this validator. */
    public static final String DIAGNOSTIC_SOURCE = "org.perenne.model.validation";

    private static final PerennePackage P = PerennePackage.eINSTANCE;
    private static final Pattern ID = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*");

    /** Numeric attributes that may be negative; every other number must be ≥ 0. */
    private static final Set<EAttribute> SIGNED = Set.of(P.getCanvas_OpeningCash(), P.getCanvas_InflationRate(),
            P.getIndexed_IndexationRate(), P.getPriceLadder_Elasticity(), P.getDistribution_Min(),
            P.getDistribution_Mode(), P.getDistribution_Max(), P.getDistribution_Mean(), P.getDistribution_Values(),
            P.getScenarioOverride_Value(), P.getScenarioOverride_Index(), P.getUncertainty_Index(),
            P.getAccountBalance_Amount(), P.getCashBalance_Amount(), P.getUncertainty_Strength(), P.getDriver_Persistence(),
            P.getEstimate_Low(), P.getEstimate_Likely(), P.getEstimate_High());

    /** Attributes that are shares or probabilities, between 0 and 1. */
    private static final Set<EAttribute> SHARES = Set.of(P.getRoomRental_OccupancyRate(),
            P.getMembershipTier_MonthlyChurn(), P.getGrant_AdvanceShare(), P.getGrant_RenewalProbability(),
            P.getReimbursementGrant_Rate(), P.getStaffMember_EmployerContributionRate(),
            P.getDistribution_Probability());

    /** Annual rates, between -100 % and +100 %. */
    private static final Set<EAttribute> ANNUAL_RATES = Set.of(P.getCanvas_InflationRate(),
            P.getIndexed_IndexationRate(), P.getLoan_AnnualRate());

    /**
     * The largest magnitude a number may have, by what it measures (docs/model-reference.md, "Limits"):
     * far above any tiers-lieu, low enough that every figure the engine derives stays exact to the cent.
     */
    public static final double LARGEST_AMOUNT = 1e9, LARGEST_COUNT = 1e6, LARGEST_FACTOR = 100, LARGEST_MONTH = 1200,
            LARGEST_YEARS = 100;

    /** The calendar years a canvas may start in (docs/model-reference.md, "Limits"). */
    public static final int FIRST_START_YEAR = 1990, LAST_START_YEAR = 2100;

    /**
     * How many standard deviations a truncated normal's centre may lie outside its bounds: beyond, the
     * bounds hold no probability a computer can represent, and no value could be drawn.
     */
    static final double LARGEST_TRUNCATION = 30;

    /** Volumes, people, hours, areas and places: at most {@link #LARGEST_COUNT}. */
    private static final Set<EAttribute> COUNTS = Set.of(P.getSegment_Size(), P.getMembershipTier_StartCount(),
            P.getMembershipTier_TargetCount(), P.getDropIn_VisitsPerMonth(), P.getRoomRental_BookableHoursPerMonth(),
            P.getService_UnitsPerMonth(), P.getService_BeneficiariesPerUnit(), P.getService_PublicHoursPerUnit(),
            P.getRoom_AreaM2(), P.getRoom_Capacity(), P.getVolunteering_HoursPerMonth(),
            P.getImpactIndicator_AnnualTarget(), P.getActivity_Attendees(), P.getActivity_DurationMinutes(),
            P.getSpacePlanSettings_MinimumResidentDesks(), P.getSpacePlanSettings_MinimumPublicHoursPerWeek(),
            P.getUncertainty_Index(), P.getScenarioOverride_Index());

    /** Multipliers: at most {@link #LARGEST_FACTOR} (the optimiser's weights, in euros, are amounts). */
    private static final Set<EAttribute> FACTORS = Set.of(P.getSeasonalityProfile_Factors(),
            P.getMembershipTier_DeskUsage(), P.getStaffMember_Fte(), P.getPriceLadder_Elasticity());

    /** Months counted from the start, delays and durations: at most {@link #LARGEST_MONTH}. */
    private static final Set<EAttribute> MONTHS = Set.of(P.getMembershipTier_RampUpMonths(),
            P.getStaffMember_StartMonth(), P.getStaffMember_EndMonth(), P.getGrant_AdvanceDelayMonths(),
            P.getGrant_BalanceDelayMonths(), P.getGrant_DelayMonths(), P.getReimbursementGrant_ProgrammeStartMonth(),
            P.getReimbursementGrant_ProgrammeEndMonth(), P.getReimbursementGrant_ClaimEveryMonths(),
            P.getReimbursementGrant_DelayMonths(), P.getLoan_DurationMonths(), P.getLoan_DeferralMonths(),
            P.getLoan_StartMonth(), P.getInvestment_Month());

    /** Years: at most {@link #LARGEST_YEARS}. */
    private static final Set<EAttribute> YEARS = Set.of(P.getGrant_FirstGrantYear(),
            P.getInvestment_DepreciationYears(), P.getCanvas_FormatVersion(), P.getCanvas_HorizonYears());

    private final ValidationMessages messages;

    private CanvasValidator(ValidationMessages messages) {
        this.messages = messages;
    }

    /**
     * Validates a whole canvas; the result's children are the problems found (none when valid).
     *
     * @param vocabulary names of types and fields in the user's language (the edit bundle provides
     *            them; {@link CanvasVocabulary#TECHNICAL} uses the model's own names)
     */
    public static Diagnostic validate(Canvas canvas, Locale locale, CanvasVocabulary vocabulary) {
        ValidationMessages messages = new ValidationMessages(locale, vocabulary);
        CanvasValidator validator = new CanvasValidator(messages);
        EValidator.Registry registry = new org.eclipse.emf.ecore.impl.EValidatorRegistryImpl();
        registry.put(PerennePackage.eINSTANCE, validator);
        Diagnostician diagnostician = new Diagnostician(registry) {
            @Override
            public String getObjectLabel(EObject eObject) {
                return messages.path(eObject);
            }
        };
        BasicDiagnostic result = new BasicDiagnostic(DIAGNOSTIC_SOURCE, 0, messages.path(canvas),
                new Object[] { canvas });
        diagnostician.validate(canvas, result, diagnostician.createDefaultContext());
        validator.checkIds(canvas, result);
        return result;
    }

    @Override
    public boolean validate(EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return validate(object.eClass(), object, diagnostics, context);
    }

    @Override
    public boolean validate(EClass eClass, EObject object, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Report report = new Report(object, diagnostics);
        checkNumbers(object, report);
        checkReferences(object, report);
        switch (object) {
            case Canvas canvas -> checkCanvas(canvas, report);
            case MembershipTier tier -> checkOffer(tier, tier.getMonthlyFee(), report);
            case DropIn dropIn -> checkOffer(dropIn, dropIn.getPricePerVisit(), report);
            case RoomRental rental -> checkOffer(rental, rental.getHourlyRate(), report);
            case Service service -> checkOffer(service, service.getUnitPrice(), report);
            case PriceLadder ladder -> checkPriceLadder(ladder, report);
            case Room room -> checkRoom(room, report);
            case OpeningSlot slot -> checkOpeningSlot(slot, report);
            case StaffMember staff -> checkStaff(staff, report);
            case Grant grant -> checkGrant(grant, report);
            case ReimbursementGrant grant -> checkReimbursementGrant(grant, report);
            case Loan loan -> checkLoan(loan, report);
            case Investment investment -> checkInvestment(investment, report);
            case SeasonalityProfile profile -> checkSeasonality(profile, report);
            case Uncertainty uncertainty -> {
                checkTarget(uncertainty.getTarget(), uncertainty.getAttribute(), uncertainty.getIndex(),
                        P.getUncertainty_Attribute(), report);
                if (uncertainty.getDistribution() == null) {
                    report.add(ValidationRule.LAW_MISSING, P.getUncertainty_Distribution());
                }
                if (!(uncertainty.getStrength() >= -1 && uncertainty.getStrength() <= 1)) {
                    report.add(ValidationRule.STRENGTH_OUT_OF_RANGE, P.getUncertainty_Strength(),
                            format(uncertainty.getStrength()));
                }
            }
            case org.perenne.model.Driver driver -> {
                if (!(driver.getPersistence() >= 0 && driver.getPersistence() < 1)) {
                    report.add(ValidationRule.PERSISTENCE_OUT_OF_RANGE, P.getDriver_Persistence(),
                            format(driver.getPersistence()));
                }
            }
            case Distribution distribution -> checkDistribution(distribution, report);
            case Scenario scenario -> checkScenario(scenario, report);
            case ScenarioOverride override -> checkTarget(override.getTarget(), override.getAttribute(),
                    override.getIndex(), P.getScenarioOverride_Attribute(), report);
            case Activity activity -> checkActivity(activity, report);
            case Funder funder -> checkSiren(funder.getSiren(), P.getFunder_Siren(), report);
            default -> {
                // blocks, segments, funders and the other plain elements have only the generic checks
            }
        }
        return report.valid;
    }

    @Override
    public boolean validate(EDataType dataType, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
        return true;
    }

    // ---- generic checks ---------------------------------------------------------------------

    private void checkNumbers(EObject object, Report report) {
        for (EAttribute attribute : object.eClass().getEAllAttributes()) {
            if (!isNumeric(attribute)) {
                continue;
            }
            Object value = object.eGet(attribute);
            List<?> values = attribute.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
            for (Object element : values) {
                double number = ((Number) element).doubleValue();
                if (!Double.isFinite(number)) {
                    report.add(ValidationRule.NOT_FINITE, attribute, label(attribute));
                } else if (number < 0 && !SIGNED.contains(attribute)) {
                    report.add(ValidationRule.NEGATIVE_VALUE, attribute, label(attribute), format(number));
                } else if (SHARES.contains(attribute) && number > 1) {
                    report.add(ValidationRule.SHARE_OUT_OF_RANGE, attribute, label(attribute), format(number));
                } else if (ANNUAL_RATES.contains(attribute) && (number < -1 || number > 1)) {
                    report.add(ValidationRule.RATE_OUT_OF_RANGE, attribute, label(attribute), format(number));
                } else if (Math.abs(number) > largest(attribute)) {
                    report.add(ValidationRule.VALUE_TOO_LARGE, attribute, label(attribute), format(number),
                            format(largest(attribute)));
                } else {
                    continue;
                }
                break;
            }
        }
    }

    /** The lowest value a numeric attribute may hold: 0, or minus its largest magnitude for a signed one. */
    public static double lowestValue(EAttribute attribute) {
        return SIGNED.contains(attribute) ? -highestValue(attribute) : 0;
    }

    /** The highest value a numeric attribute may hold: 1 for a share or a yearly rate, else its largest magnitude. */
    public static double highestValue(EAttribute attribute) {
        return SHARES.contains(attribute) || ANNUAL_RATES.contains(attribute) ? 1 : largest(attribute);
    }

    /** The largest magnitude a numeric attribute may hold (shares and rates have their own rules). */
    static double largest(EAttribute attribute) {
        if (COUNTS.contains(attribute)) {
            return LARGEST_COUNT;
        }
        if (FACTORS.contains(attribute)) {
            return LARGEST_FACTOR;
        }
        if (MONTHS.contains(attribute)) {
            return LARGEST_MONTH;
        }
        return YEARS.contains(attribute) ? LARGEST_YEARS : LARGEST_AMOUNT;
    }

    private void checkReferences(EObject object, Report report) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer()) {
                continue;
            }
            Object value = object.eGet(reference, false);
            List<?> targets = reference.isMany() ? (List<?>) value : value == null ? List.of() : List.of(value);
            if (targets.isEmpty() && reference.getLowerBound() > 0) {
                report.add(ValidationRule.REFERENCE_MISSING, reference, label(reference));
            }
            for (Object target : targets) {
                EObject targetObject = (EObject) target;
                if (targetObject.eIsProxy()
                        || EcoreUtil.getRootContainer(targetObject) != EcoreUtil.getRootContainer(object)) {
                    report.add(ValidationRule.REFERENCE_OUTSIDE, reference, label(reference));
                    break;
                }
            }
        }
    }

    void checkIds(Canvas canvas, DiagnosticChain diagnostics) {
        Map<String, Element> seen = new HashMap<>();
        for (var contents = canvas.eAllContents(); contents.hasNext();) {
            if (!(contents.next() instanceof Element element) || element.getId() == null) {
                continue;
            }
            Report report = new Report(element, diagnostics);
            String id = element.getId();
            if (!ID.matcher(id).matches()) {
                report.add(ValidationRule.ID_INVALID, P.getElement_Id(), id);
            } else if (seen.putIfAbsent(id, element) != null) {
                report.add(ValidationRule.ID_DUPLICATE, P.getElement_Id(), id, messages.path(seen.get(id)));
            }
        }
    }

    // ---- per class ---------------------------------------------------------------------------

    private void checkCanvas(Canvas canvas, Report report) {
        if (canvas.getName() == null || canvas.getName().isBlank()) {
            report.add(ValidationRule.NAME_MISSING, P.getCanvas_Name());
        }
        if (canvas.getStartMonth() == null) {
            report.add(ValidationRule.START_MONTH_MISSING, P.getCanvas_StartMonth());
        } else if (canvas.getStartMonth().getYear() < FIRST_START_YEAR || canvas.getStartMonth().getYear() > LAST_START_YEAR) {
            report.add(ValidationRule.START_YEAR_OUT_OF_RANGE, P.getCanvas_StartMonth(), canvas.getStartMonth().getYear(),
                    FIRST_START_YEAR, LAST_START_YEAR);
        }
        checkSiren(canvas.getSiren(), P.getCanvas_Siren(), report);
        if (canvas.getHorizonYears() < 1 || canvas.getHorizonYears() > 15) {
            report.add(ValidationRule.HORIZON_OUT_OF_RANGE, P.getCanvas_HorizonYears(), canvas.getHorizonYears());
        }
        var offers = canvas.getOffers();
        var funding = canvas.getFunding();
        if (offers != null && funding != null && offers.getMembershipTiers().isEmpty() && offers.getDropIns().isEmpty()
                && offers.getRentals().isEmpty() && offers.getServices().isEmpty() && funding.getGrants().isEmpty()
                && funding.getReimbursementGrants().isEmpty()) {
            report.add(ValidationRule.NO_INCOME, null);
        }
        if (canvas.getTeam() != null && canvas.getCosts() != null && canvas.getTeam().getStaff().isEmpty()
                && canvas.getCosts().getFixedCosts().isEmpty() && canvas.getCosts().getInvestments().isEmpty()) {
            report.add(ValidationRule.NO_COSTS, null);
        }
    }

    /** Whether the canvas has a room that gives desks (open coworking or private office with seats). */
    private static boolean hasDesks(EObject object) {
        if (EcoreUtil.getRootContainer(object) instanceof Canvas canvas && canvas.getSpaces() != null) {
            for (Room room : canvas.getSpaces().getRooms()) {
                if ((room.getKind() == RoomFunction.OPEN_COWORKING || room.getKind() == RoomFunction.PRIVATE_OFFICE)
                        && room.getCapacity() > 0) {
                    return true;
                }
            }
            return false;
        }
        return true;
    }

    /** Offers that bring nothing in: no price (a free service is fine: it counts for impact) or no volume. */
    private void checkEarnings(EObject offer, Report report) {
        switch (offer) {
            case MembershipTier tier -> {
                if (tier.getStartCount() <= 0 && tier.getTargetCount() <= 0) {
                    report.add(ValidationRule.OFFER_EARNS_NOTHING, P.getMembershipTier_TargetCount());
                } else if (tier.getMonthlyFee() <= 0 && tier.getJoiningFee() <= 0) {
                    report.add(ValidationRule.OFFER_EARNS_NOTHING, P.getMembershipTier_MonthlyFee());
                } else if (tier.getDeskUsage() > 0 && !hasDesks(tier)) {
                    report.add(ValidationRule.MEMBERS_WITHOUT_DESKS, P.getMembershipTier_DeskUsage());
                }
            }
            case DropIn dropIn -> {
                if (dropIn.getPricePerVisit() <= 0 || dropIn.getVisitsPerMonth() <= 0) {
                    report.add(ValidationRule.OFFER_EARNS_NOTHING, dropIn.getPricePerVisit() <= 0
                            ? P.getDropIn_PricePerVisit() : P.getDropIn_VisitsPerMonth());
                }
            }
            case RoomRental rental -> {
                if (rental.getHourlyRate() <= 0 || rental.getOccupancyRate() <= 0) {
                    report.add(ValidationRule.OFFER_EARNS_NOTHING,
                            rental.getHourlyRate() <= 0 ? P.getRoomRental_HourlyRate() : P.getRoomRental_OccupancyRate());
                } else if (rental.getBookableHoursPerMonth() == null && rental.getRoom() != null
                        && rental.getRoom().getOpeningHours().isEmpty()) {
                    report.add(ValidationRule.RENTAL_ROOM_CLOSED, P.getRoomRental_Room());
                }
            }
            case Service service -> {
                if (service.getUnitsPerMonth() <= 0) {
                    report.add(ValidationRule.OFFER_EARNS_NOTHING, P.getService_UnitsPerMonth());
                }
            }
            default -> {
                // not an offer
            }
        }
    }

    private void checkOffer(Offer offer, double price, Report report) {
        if (offer.isSolidarityPriced() && price > offer.getSolidarityPriceCap()) {
            report.add(ValidationRule.SOLIDARITY_PRICE_ABOVE_CAP, P.getOffer_SolidarityPriceCap(), format(price),
                    format(offer.getSolidarityPriceCap()));
        }
        checkEarnings(offer, report);
    }

    private void checkPriceLadder(PriceLadder ladder, Report report) {
        if (ladder.getLevels().isEmpty()) {
            report.add(ValidationRule.PRICE_LADDER_EMPTY, P.getPriceLadder_Levels());
        }
        if (ladder.getElasticity() > 0) {
            report.add(ValidationRule.ELASTICITY_POSITIVE, P.getPriceLadder_Elasticity(), format(ladder.getElasticity()));
        }
    }

    private void checkRoom(Room room, Report report) {
        if (!room.getAllowedFunctions().isEmpty() && !room.getAllowedFunctions().contains(room.getKind())) {
            report.add(ValidationRule.ROOM_KIND_NOT_ALLOWED, P.getRoom_Kind());
        }
    }

    private void checkOpeningSlot(OpeningSlot slot, Report report) {
        if (slot.getOpensAt() == null || slot.getClosesAt() == null) {
            report.add(ValidationRule.OPENING_SLOT_ENDS_BEFORE_START, P.getOpeningSlot_ClosesAt(),
                    String.valueOf(slot.getOpensAt()), String.valueOf(slot.getClosesAt()));
        } else if (!slot.getClosesAt().isAfter(slot.getOpensAt())) {
            report.add(ValidationRule.OPENING_SLOT_ENDS_BEFORE_START, P.getOpeningSlot_ClosesAt(), slot.getOpensAt(),
                    slot.getClosesAt());
        }
    }

    private void checkStaff(StaffMember staff, Report report) {
        if (staff.getEndMonth() != null && staff.getEndMonth() < staff.getStartMonth()) {
            report.add(ValidationRule.STAFF_ENDS_BEFORE_START, P.getStaffMember_EndMonth(), staff.getStartMonth(),
                    staff.getEndMonth());
        }
        checkStartsWithinHorizon(staff, staff.getStartMonth(), P.getStaffMember_StartMonth(), report);
    }

    private void checkGrant(Grant grant, Report report) {
        if (grant.getCommittedAmounts().isEmpty()) {
            report.add(ValidationRule.GRANT_YEARS_EMPTY, P.getGrant_CommittedAmounts());
        } else if (grant.getCommittedAmounts().stream().allMatch(amount -> amount <= 0)) {
            report.add(ValidationRule.GRANT_PAYS_NOTHING, P.getGrant_CommittedAmounts());
        }
        if (grant.getFirstGrantYear() < 1) {
            report.add(ValidationRule.GRANT_FIRST_YEAR_INVALID, P.getGrant_FirstGrantYear(), grant.getFirstGrantYear());
        } else {
            checkStartsWithinHorizon(grant, 12 * (grant.getFirstGrantYear() - 1), P.getGrant_FirstGrantYear(), report);
        }
        if (grant.getKind() == GrantKind.INVESTMENT && grant.getFinancedInvestment() == null) {
            report.add(ValidationRule.INVESTMENT_GRANT_WITHOUT_INVESTMENT, P.getGrant_FinancedInvestment());
        }
    }

    private void checkReimbursementGrant(ReimbursementGrant grant, Report report) {
        if (grant.getProgrammeEndMonth() < grant.getProgrammeStartMonth()) {
            report.add(ValidationRule.PROGRAMME_ENDS_BEFORE_START, P.getReimbursementGrant_ProgrammeEndMonth(),
                    grant.getProgrammeStartMonth(), grant.getProgrammeEndMonth());
        }
        if (grant.getClaimEveryMonths() < 1) {
            report.add(ValidationRule.CLAIM_PERIOD_INVALID, P.getReimbursementGrant_ClaimEveryMonths(),
                    grant.getClaimEveryMonths());
        }
        if (grant.getEligibleCosts().isEmpty()) {
            report.add(ValidationRule.NO_ELIGIBLE_COSTS, P.getReimbursementGrant_EligibleCosts());
        }
        checkStartsWithinHorizon(grant, grant.getProgrammeStartMonth(), P.getReimbursementGrant_ProgrammeStartMonth(),
                report);
    }

    private void checkLoan(Loan loan, Report report) {
        if (loan.getDurationMonths() < 1) {
            report.add(ValidationRule.LOAN_DURATION_INVALID, P.getLoan_DurationMonths(), loan.getDurationMonths());
        } else if (loan.getDeferralMonths() >= loan.getDurationMonths()) {
            report.add(ValidationRule.LOAN_DEFERRAL_TOO_LONG, P.getLoan_DeferralMonths(), loan.getDeferralMonths(),
                    loan.getDurationMonths());
        }
        checkStartsWithinHorizon(loan, loan.getStartMonth(), P.getLoan_StartMonth(), report);
    }

    private void checkInvestment(Investment investment, Report report) {
        if (investment.getDepreciationYears() < 1) {
            report.add(ValidationRule.DEPRECIATION_YEARS_INVALID, P.getInvestment_DepreciationYears(),
                    investment.getDepreciationYears());
        }
        checkStartsWithinHorizon(investment, investment.getMonth(), P.getInvestment_Month(), report);
    }

    private void checkStartsWithinHorizon(EObject object, int month, EStructuralFeature feature, Report report) {
        if (EcoreUtil.getRootContainer(object) instanceof Canvas canvas && canvas.getHorizonYears() >= 1
                && month >= 12 * canvas.getHorizonYears()) {
            report.add(ValidationRule.STARTS_AFTER_HORIZON, feature, month, canvas.getHorizonYears());
        }
    }

    private void checkSeasonality(SeasonalityProfile profile, Report report) {
        if (profile.getFactors().size() != 12) {
            report.add(ValidationRule.SEASONALITY_NOT_TWELVE, P.getSeasonalityProfile_Factors(),
                    profile.getFactors().size());
        }
    }

    private void checkTarget(EObject target, String attributeName, int index, EAttribute feature, Report report) {
        if (target == null || target.eIsProxy()) {
            return; // reported as a missing or outside reference
        }
        EStructuralFeature attribute = attributeName == null ? null
                : target.eClass().getEStructuralFeature(attributeName);
        if (!(attribute instanceof EAttribute numeric) || !isNumeric(numeric)) {
            report.add(ValidationRule.ATTRIBUTE_UNKNOWN, feature, String.valueOf(attributeName),
                    messages.path(target));
            return;
        }
        int size = numeric.isMany() ? ((List<?>) target.eGet(numeric)).size() : 1;
        boolean indexValid = numeric.isMany() ? index >= -1 && index < size : index == -1;
        if (!indexValid) {
            report.add(ValidationRule.INDEX_OUT_OF_RANGE, feature, index, attributeName, size);
        }
    }

    private void checkDistribution(Distribution distribution, Report report) {
        switch (distribution.getKind()) {
            case UNIFORM, TRIANGULAR, PERT -> {
                if (distribution.getMin() > distribution.getMax()) {
                    report.add(ValidationRule.DISTRIBUTION_MIN_ABOVE_MAX, P.getDistribution_Max(),
                            format(distribution.getMin()), format(distribution.getMax()));
                } else if (distribution.getKind() != org.perenne.model.DistributionKind.UNIFORM
                        && (distribution.getMode() < distribution.getMin()
                                || distribution.getMode() > distribution.getMax())) {
                    report.add(ValidationRule.DISTRIBUTION_MODE_OUTSIDE, P.getDistribution_Mode(),
                            format(distribution.getMode()), format(distribution.getMin()), format(distribution.getMax()));
                }
            }
            case TRUNCATED_NORMAL -> {
                if (distribution.getMin() > distribution.getMax()) {
                    report.add(ValidationRule.DISTRIBUTION_MIN_ABOVE_MAX, P.getDistribution_Max(),
                            format(distribution.getMin()), format(distribution.getMax()));
                }
                double sd = distribution.getStandardDeviation();
                if (!(sd > 0)) {
                    report.add(ValidationRule.DISTRIBUTION_SPREAD_INVALID, P.getDistribution_StandardDeviation());
                } else if (distribution.getMin() <= distribution.getMax()
                        && (distribution.getMean() - distribution.getMax() > LARGEST_TRUNCATION * sd
                                || distribution.getMin() - distribution.getMean() > LARGEST_TRUNCATION * sd)) {
                    report.add(ValidationRule.DISTRIBUTION_CENTRE_TOO_FAR, P.getDistribution_Mean(),
                            format(distribution.getMean()), format(distribution.getMin()), format(distribution.getMax()));
                }
            }
            case DISCRETE -> {
                double totalWeight = distribution.getWeights().stream().mapToDouble(Double::doubleValue).sum();
                if (distribution.getValues().isEmpty()
                        || distribution.getValues().size() != distribution.getWeights().size()
                        || !(totalWeight > 0)) {
                    report.add(ValidationRule.DISCRETE_VALUES_INVALID, P.getDistribution_Weights(),
                            distribution.getValues().size(), distribution.getWeights().size());
                }
            }
            case GROUP_ESTIMATE -> checkGroupEstimate(distribution, report);
            case FIXED, BERNOULLI -> {
                // a fixed value, or a probability already bounded by the share check
            }
        }
    }

    /**
     * A group estimate: at least two participants, each with low ≤ likely ≤ high, every value one the figure may take
     * (a share between 0 and 1, an amount not below 0…).
     */
    private void checkGroupEstimate(Distribution distribution, Report report) {
        List<org.perenne.model.Estimate> estimates = distribution.getEstimates();
        if (estimates.size() < 2) {
            report.add(ValidationRule.GROUP_ESTIMATE_TOO_FEW, P.getDistribution_Estimates(), estimates.size());
        }
        EAttribute figure = distribution.eContainer() instanceof Uncertainty uncertainty
                && uncertainty.getTarget() != null && uncertainty.getAttribute() != null
                && uncertainty.getTarget().eClass().getEStructuralFeature(uncertainty.getAttribute()) instanceof EAttribute a
                && isNumeric(a) ? a : null;
        double lowest = figure == null ? 0 : lowestValue(figure);
        double highest = figure == null ? LARGEST_AMOUNT : highestValue(figure);
        for (int i = 0; i < estimates.size(); i++) {
            org.perenne.model.Estimate e = estimates.get(i);
            if (!(e.getLow() <= e.getLikely() && e.getLikely() <= e.getHigh())) {
                report.add(ValidationRule.GROUP_ESTIMATE_ORDER, P.getDistribution_Estimates(), i + 1, format(e.getLow()),
                        format(e.getLikely()), format(e.getHigh()));
                return;
            }
            for (double value : new double[] { e.getLow(), e.getLikely(), e.getHigh() }) {
                if (!(value >= lowest && value <= highest)) {
                    report.add(ValidationRule.GROUP_ESTIMATE_OUT_OF_BOUNDS, P.getDistribution_Estimates(), i + 1,
                            format(value), format(lowest), format(highest));
                    return;
                }
            }
        }
    }

    /** A SIREN is 9 digits whose Luhn checksum is right (spaces between groups are fine). */
    private void checkSiren(String siren, EAttribute field, Report report) {
        if (siren == null || siren.isBlank()) {
            return;
        }
        String digits = siren.replace(" ", "").replace("\u00a0", "");
        int sum = 0;
        boolean valid = digits.matches("[0-9]{9}");
        for (int i = 0; valid && i < 9; i++) {
            int digit = (digits.charAt(8 - i) - '0') * (i % 2 == 1 ? 2 : 1);
            sum += digit > 9 ? digit - 9 : digit;
        }
        if (!valid || sum % 10 != 0) {
            report.add(ValidationRule.SIREN_INVALID, field, siren);
        }
    }

    private void checkScenario(Scenario scenario, Report report) {
        if (scenario.getOverrides().isEmpty()) {
            report.add(ValidationRule.SCENARIO_EMPTY, P.getScenario_Overrides());
        }
    }

    private void checkActivity(Activity activity, Report report) {
        if (activity.getDurationMinutes() < 1) {
            report.add(ValidationRule.ACTIVITY_DURATION_INVALID, P.getActivity_DurationMinutes(),
                    activity.getDurationMinutes());
        } else if (activity.getEarliestStart() != null && activity.getLatestEnd() != null) {
            int window = (activity.getLatestEnd().toSecondOfDay() - activity.getEarliestStart().toSecondOfDay()) / 60;
            if (window < activity.getDurationMinutes()) {
                report.add(ValidationRule.ACTIVITY_WINDOW_TOO_SHORT, P.getActivity_LatestEnd(),
                        activity.getEarliestStart(), activity.getLatestEnd(), activity.getDurationMinutes());
            }
        }
    }

    // ---- helpers -----------------------------------------------------------------------------

    private static boolean isNumeric(EAttribute attribute) {
        EDataType type = attribute.getEAttributeType();
        EcorePackage ecore = EcorePackage.eINSTANCE;
        return type == ecore.getEDouble() || type == ecore.getEDoubleObject() || type == ecore.getEInt()
                || type == ecore.getEIntegerObject();
    }

    private String label(EStructuralFeature feature) {
        return messages.featureLabel(feature);
    }

    private String format(double number) {
        return messages.number(number);
    }

    /** Collects the diagnostics of one object. */
    private final class Report {
        private final EObject object;
        private final DiagnosticChain diagnostics;
        private boolean valid = true;

        Report(EObject object, DiagnosticChain diagnostics) {
            this.object = object;
            this.diagnostics = diagnostics;
        }

        void add(ValidationRule rule, EStructuralFeature feature, Object... arguments) {
            if (rule.severity() == Diagnostic.ERROR) {
                valid = false;
            }
            if (diagnostics != null) {
                String message = messages.path(object) + messages.separator() + messages.rule(rule, arguments);
                diagnostics.add(new BasicDiagnostic(rule.severity(), DIAGNOSTIC_SOURCE, rule.ordinal(), message,
                        new Object[] { object, feature, rule }));
            }
        }
    }
}
