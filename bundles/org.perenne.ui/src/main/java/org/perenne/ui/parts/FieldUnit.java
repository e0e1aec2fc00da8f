/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.perenne.model.Activity;
import org.perenne.ui.Messages;

/**
 * The unit a number field of the details form is typed in: euros, a percentage (the canvas holds 0.25,
 * the field shows 25), months, years, hours… Shown after the field's name, so that no number is typed
 * without knowing what it counts.
 */
enum FieldUnit {
    EUROS(1), PERCENT(100), MONTHS(1), MONTH_NUMBER(1), YEARS(1), YEAR_NUMBER(1), HOURS_PER_MONTH(1),
    HOURS_PER_WEEK(1), HOURS(1), MINUTES(1), PEOPLE(1), EUROS_PER_WEEK(1), NONE(1);

    /** Features read as euros (or, in a list, euros each). */
    private static final Set<String> MONEY = Set.of("amount", "cap", "commercialTaxThreshold", "committedAmounts",
            "dayPrice", "directCostPerHour", "grossMonthlySalary", "halfDayPrice", "hourlyRate", "hourlyValue",
            "joiningFee", "levels", "monthlyAmount", "monthlyFee", "openingCash", "pricePerVisit", "principal",
            "renewalAmount", "solidarityPriceCap", "unitPrice", "variableCostPerUnit");
    /** Shares and yearly rates, typed as percentages. */
    private static final Set<String> SHARES = Set.of("advanceShare", "annualRate", "employerContributionRate",
            "indexationRate", "inflationRate", "monthlyChurn", "occupancyRate", "probability", "rate",
            "renewalProbability");
    private static final Map<String, FieldUnit> OTHERS = Map.ofEntries(Map.entry("advanceDelayMonths", MONTHS),
            Map.entry("balanceDelayMonths", MONTHS), Map.entry("delayMonths", MONTHS), Map.entry("deferralMonths", MONTHS),
            Map.entry("durationMonths", MONTHS), Map.entry("claimEveryMonths", MONTHS), Map.entry("rampUpMonths", MONTHS),
            Map.entry("startMonth", MONTH_NUMBER), Map.entry("endMonth", MONTH_NUMBER), Map.entry("month", MONTH_NUMBER),
            Map.entry("programmeStartMonth", MONTH_NUMBER), Map.entry("programmeEndMonth", MONTH_NUMBER),
            Map.entry("depreciationYears", YEARS), Map.entry("horizonYears", YEARS), Map.entry("firstGrantYear", YEAR_NUMBER),
            Map.entry("bookableHoursPerMonth", HOURS_PER_MONTH), Map.entry("hoursPerMonth", HOURS_PER_MONTH),
            Map.entry("minimumPublicHoursPerWeek", HOURS_PER_WEEK), Map.entry("publicHoursPerUnit", HOURS),
            Map.entry("durationMinutes", MINUTES), Map.entry("attendees", PEOPLE), Map.entry("capacity", PEOPLE));

    private final double scale;

    FieldUnit(double scale) {
        this.scale = scale;
    }

    static FieldUnit of(EAttribute attribute) {
        String name = attribute.getName();
        if (name.equals("value") && attribute.getEContainingClass().getInstanceClass() == Activity.class) {
            return EUROS_PER_WEEK;
        }
        if (MONEY.contains(name)) {
            return EUROS;
        }
        if (SHARES.contains(name)) {
            return PERCENT;
        }
        return OTHERS.getOrDefault(name, NONE);
    }

    /** The field's name followed by its unit: "Tarif mensuel (€)"; a name that says its unit already keeps one. */
    String label(String name) {
        if (this == NONE) {
            return name;
        }
        String unit = Messages.get("unit." + name().toLowerCase(java.util.Locale.ROOT));
        // a name that ends with a one-word unit ("(mois)", "(part)") gives it up for the field's own
        if (name.matches(".*\\s\\([^()\\s]*\\)")) {
            return name.substring(0, name.lastIndexOf(" (")) + " (" + unit + ")";
        }
        // a name that ends with a remark in brackets takes the unit inside them: "Indexation annuelle (%, vide : inflation)"
        if (name.matches(".*\\s\\([^()]*\\)")) {
            return name.substring(0, name.length() - 1).replaceFirst("\\(([^()]*)$", "(" + java.util.regex.Matcher.quoteReplacement(unit) + ", $1") + ")";
        }
        return name + " (" + unit + ")";
    }

    /** A number followed by its unit: "25 %", "1 200 €", "3 mois". */
    String withUnit(String number) {
        return this == NONE || this == MONTH_NUMBER || this == YEAR_NUMBER ? number : number + "\u00a0" + Messages.get("unit." + name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The value as typed: a share of 0.25 is typed 25. */
    Object shown(Object stored) {
        return scale == 1 || !(stored instanceof Double number) ? stored : number * scale;
    }

    /** The value as stored: 25 typed for a share is 0.25; rounded to the precision a user can type. */
    Object stored(Object typed) {
        if (scale == 1 || !(typed instanceof Double number)) {
            return typed;
        }
        return java.math.BigDecimal.valueOf(number).divide(java.math.BigDecimal.valueOf(scale)).doubleValue();
    }
}
