/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.time.YearMonth;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;

/**
 * A canvas turned into primitive arrays, once, for the engine's hot loop. Every numeric assumption
 * the engine reads lives in one parameter array ({@link #base()}); each line of the canvas knows
 * the slot where its first assumption sits, and the constants below give the offsets of the
 * others. Monte Carlo, scenarios and solve-for change slots of a copy of that array, never the
 * model. Integer assumptions (months, years) are stored as doubles and rounded where used.
 */
public final class CompiledCanvas {

    // Offsets inside a membership tier's slots.
    static final int TIER_FEE = 0, TIER_JOINING_FEE = 1, TIER_DESK_USAGE = 2, TIER_START = 3, TIER_TARGET = 4,
            TIER_RAMP = 5, TIER_CHURN = 6, TIER_INDEXATION = 7, TIER_SIZE = 8;
    // Offsets inside a volume offer's slots (drop-in, rental, service).
    static final int OFFER_PRICE = 0, OFFER_VOLUME = 1, OFFER_OCCUPANCY = 2, OFFER_UNIT_COST = 3, OFFER_INDEXATION = 4,
            OFFER_SIZE = 5;
    static final int STAFF_FTE = 0, STAFF_GROSS = 1, STAFF_CONTRIBUTION = 2, STAFF_START = 3, STAFF_END = 4,
            STAFF_RAISE = 5, STAFF_SIZE = 6;
    static final int FIXED_AMOUNT = 0, FIXED_INDEXATION = 1, FIXED_SIZE = 2;
    static final int INVESTMENT_AMOUNT = 0, INVESTMENT_MONTH = 1, INVESTMENT_YEARS = 2, INVESTMENT_SIZE = 3;
    static final int VOLUNTEERING_HOURS = 0, VOLUNTEERING_VALUE = 1, VOLUNTEERING_SIZE = 2;
    static final int GRANT_FIRST_YEAR = 0, GRANT_ADVANCE_SHARE = 1, GRANT_ADVANCE_DELAY = 2, GRANT_BALANCE_DELAY = 3,
            GRANT_DELAY = 4, GRANT_RENEWAL_PROBABILITY = 5, GRANT_RENEWAL_AMOUNT = 6, GRANT_SIZE = 7;
    static final int REIMBURSEMENT_RATE = 0, REIMBURSEMENT_START = 1, REIMBURSEMENT_END = 2, REIMBURSEMENT_CAP = 3,
            REIMBURSEMENT_EVERY = 4, REIMBURSEMENT_DELAY = 5, REIMBURSEMENT_SIZE = 6;
    static final int LOAN_PRINCIPAL = 0, LOAN_RATE = 1, LOAN_DURATION = 2, LOAN_DEFERRAL = 3, LOAN_START = 4,
            LOAN_SIZE = 5;

    /** Kinds of cost line a reimbursement grant can name as eligible. */
    static final int ELIGIBLE_STAFF = 0, ELIGIBLE_FIXED = 1, ELIGIBLE_INVESTMENT = 2;

    /** Kinds of grant, as {@link AccountLine} indexes of their recognition line. */
    static final int GRANT_MODE_ADVANCE_AND_BALANCE = 0, GRANT_MODE_MONTHLY = 1;

    final String name;
    final YearMonth startMonth;
    final int months;
    final int years;
    /** Calendar month (0 = January) of projection month 0. */
    final int firstCalendarMonth;
    final boolean association;
    final double commercialTaxThreshold;

    final double[] base;
    final int openingCashSlot;
    final int inflationSlot;

    final int[] tierSlots;
    /** Slot of the desks that open-coworking and private-office rooms provide. */
    final int desksSlot;

    final int[] offerSlots;
    final CashLine[] offerCashLine;
    /** Seasonality profile of each offer, or -1 for none (flat). */
    final int[] offerProfile;
    final double[] offerBeneficiariesPerUnit;
    final double[] offerPublicHoursPerUnit;
    /** Slot of each profile's January factor; the 12 factors follow. */
    final int[] profileSlots;

    final int[] staffSlots;
    final int[] fixedSlots;
    final CashLine[] fixedCashLine;
    final int[] investmentSlots;
    final int[] volunteeringSlots;

    final int[] grantSlots;
    /** First slot of each grant's committed amounts, and how many years were committed. */
    final int[] grantAmountSlots;
    final int[] grantYears;
    final int[] grantMode;
    /** Where a grant is recognised; INVESTMENT_GRANTS for grants financing an investment. */
    final AccountLine[] grantAccountLine;
    /** Each grant's funder level ({@code FunderLevel} ordinal). */
    final int[] grantFunderLevel;
    /** Each grant's name, and its funder as an index of {@link #funderNames} (-1: no funder). */
    final String[] grantNames;
    final int[] grantFunder;
    /** The canvas's funders, in their order. */
    final String[] funderNames;
    /** Index of the investment an investment grant finances, or -1. */
    final int[] grantInvestment;

    final int[] reimbursementSlots;
    final AccountLine[] reimbursementAccountLine;
    final int[] reimbursementFunderLevel;
    final String[] reimbursementNames;
    final int[] reimbursementFunder;
    /** Eligible cost lines: kind ({@link #ELIGIBLE_STAFF}…) and index, per reimbursement grant. */
    final int[][] reimbursementEligibleKind;
    final int[][] reimbursementEligibleIndex;

    final int[] loanSlots;

    /** Opening hours per month of the rooms open to the public (impact). */
    final double publicRoomHoursPerMonth;

    private final Map<ParameterKey, int[]> slotsByAssumption;

    CompiledCanvas(Builder b) {
        name = b.name;
        startMonth = b.startMonth;
        months = b.years * 12;
        years = b.years;
        firstCalendarMonth = b.startMonth.getMonthValue() - 1;
        association = b.association;
        commercialTaxThreshold = b.commercialTaxThreshold;
        base = b.base;
        openingCashSlot = b.openingCashSlot;
        inflationSlot = b.inflationSlot;
        tierSlots = b.tierSlots;
        desksSlot = b.desksSlot;
        offerSlots = b.offerSlots;
        offerCashLine = b.offerCashLine;
        offerProfile = b.offerProfile;
        offerBeneficiariesPerUnit = b.offerBeneficiariesPerUnit;
        offerPublicHoursPerUnit = b.offerPublicHoursPerUnit;
        profileSlots = b.profileSlots;
        staffSlots = b.staffSlots;
        fixedSlots = b.fixedSlots;
        fixedCashLine = b.fixedCashLine;
        investmentSlots = b.investmentSlots;
        volunteeringSlots = b.volunteeringSlots;
        grantSlots = b.grantSlots;
        grantAmountSlots = b.grantAmountSlots;
        grantYears = b.grantYears;
        grantMode = b.grantMode;
        grantAccountLine = b.grantAccountLine;
        grantFunderLevel = b.grantFunderLevel;
        grantNames = b.grantNames;
        grantFunder = b.grantFunder;
        funderNames = b.funderNames;
        grantInvestment = b.grantInvestment;
        reimbursementSlots = b.reimbursementSlots;
        reimbursementAccountLine = b.reimbursementAccountLine;
        reimbursementFunderLevel = b.reimbursementFunderLevel;
        reimbursementNames = b.reimbursementNames;
        reimbursementFunder = b.reimbursementFunder;
        reimbursementEligibleKind = b.reimbursementEligibleKind;
        reimbursementEligibleIndex = b.reimbursementEligibleIndex;
        loanSlots = b.loanSlots;
        publicRoomHoursPerMonth = b.publicRoomHoursPerMonth;
        slotsByAssumption = Collections.unmodifiableMap(new HashMap<>(b.slotsByAssumption));
    }

    private CompiledCanvas(CompiledCanvas other, double[] base) {
        name = other.name;
        startMonth = other.startMonth;
        months = other.months;
        years = other.years;
        firstCalendarMonth = other.firstCalendarMonth;
        association = other.association;
        commercialTaxThreshold = other.commercialTaxThreshold;
        this.base = base;
        openingCashSlot = other.openingCashSlot;
        inflationSlot = other.inflationSlot;
        tierSlots = other.tierSlots;
        desksSlot = other.desksSlot;
        offerSlots = other.offerSlots;
        offerCashLine = other.offerCashLine;
        offerProfile = other.offerProfile;
        offerBeneficiariesPerUnit = other.offerBeneficiariesPerUnit;
        offerPublicHoursPerUnit = other.offerPublicHoursPerUnit;
        profileSlots = other.profileSlots;
        staffSlots = other.staffSlots;
        fixedSlots = other.fixedSlots;
        fixedCashLine = other.fixedCashLine;
        investmentSlots = other.investmentSlots;
        volunteeringSlots = other.volunteeringSlots;
        grantSlots = other.grantSlots;
        grantAmountSlots = other.grantAmountSlots;
        grantYears = other.grantYears;
        grantMode = other.grantMode;
        grantAccountLine = other.grantAccountLine;
        grantFunderLevel = other.grantFunderLevel;
        grantNames = other.grantNames;
        grantFunder = other.grantFunder;
        funderNames = other.funderNames;
        grantInvestment = other.grantInvestment;
        reimbursementSlots = other.reimbursementSlots;
        reimbursementAccountLine = other.reimbursementAccountLine;
        reimbursementFunderLevel = other.reimbursementFunderLevel;
        reimbursementNames = other.reimbursementNames;
        reimbursementFunder = other.reimbursementFunder;
        reimbursementEligibleKind = other.reimbursementEligibleKind;
        reimbursementEligibleIndex = other.reimbursementEligibleIndex;
        loanSlots = other.loanSlots;
        publicRoomHoursPerMonth = other.publicRoomHoursPerMonth;
        slotsByAssumption = other.slotsByAssumption;
    }

    /** The same canvas with {@code value} in the given slots (solve-for, sensitivity). */
    public CompiledCanvas withValue(int[] slots, double value) {
        double[] changed = base.clone();
        for (int slot : slots) {
            changed[slot] = value;
        }
        return new CompiledCanvas(this, changed);
    }

    /** Slot of the desks available to members (capacity of open-coworking and private-office rooms). */
    public int desksSlot() {
        return desksSlot;
    }

    /** The base value of a slot. */
    public double valueAt(int slot) {
        return base[slot];
    }

    /** The name of the place. */
    public String name() {
        return name;
    }

    public YearMonth startMonth() {
        return startMonth;
    }

    public int months() {
        return months;
    }

    public int years() {
        return years;
    }

    /** A copy of the base values of every assumption, to change and project. */
    public double[] base() {
        return base.clone();
    }

    /**
     * The slots holding an assumption: {@code attribute} of {@code item}, at {@code index} for a list
     * (-1 for every value of the list). Empty when the engine does not read that assumption.
     */
    public int[] slotsOf(EObject item, String attribute, int index) {
        int[] all = slotsByAssumption.get(new ParameterKey(item, attribute));
        if (all == null) {
            return new int[0];
        }
        if (index < 0) {
            return all.clone();
        }
        return index < all.length ? new int[] { all[index] } : new int[0];
    }

    /** Identifies an assumption of the canvas. */
    record ParameterKey(EObject item, String attribute) {
    }

    /** Mutable while the compiler fills it. */
    static final class Builder {
        String name;
        YearMonth startMonth;
        int years;
        boolean association;
        double commercialTaxThreshold;
        double[] base;
        int openingCashSlot;
        int inflationSlot;
        int[] tierSlots;
        int desksSlot;
        int[] offerSlots;
        CashLine[] offerCashLine;
        int[] offerProfile;
        double[] offerBeneficiariesPerUnit;
        double[] offerPublicHoursPerUnit;
        int[] profileSlots;
        int[] staffSlots;
        int[] fixedSlots;
        CashLine[] fixedCashLine;
        int[] investmentSlots;
        int[] volunteeringSlots;
        int[] grantSlots;
        int[] grantAmountSlots;
        int[] grantYears;
        int[] grantMode;
        AccountLine[] grantAccountLine;
        int[] grantFunderLevel;
        String[] grantNames;
        int[] grantFunder;
        String[] funderNames;
        int[] grantInvestment;
        int[] reimbursementSlots;
        AccountLine[] reimbursementAccountLine;
        int[] reimbursementFunderLevel;
        String[] reimbursementNames;
        int[] reimbursementFunder;
        int[][] reimbursementEligibleKind;
        int[][] reimbursementEligibleIndex;
        int[] loanSlots;
        double publicRoomHoursPerMonth;
        final Map<ParameterKey, int[]> slotsByAssumption = new HashMap<>();
        final List<Double> values = new java.util.ArrayList<>();

        /** Adds slots for the values of one assumption and remembers where they are. */
        int add(EObject item, String attribute, double... values) {
            int first = this.values.size();
            int[] slots = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                slots[i] = first + i;
                this.values.add(values[i]);
            }
            if (item != null) {
                slotsByAssumption.put(new ParameterKey(item, attribute), slots);
            }
            return first;
        }
    }
}
