/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;

/**
 * The unit a number of the canvas is typed and shown in: euros, a percentage (the canvas holds 0.25, a
 * person types and reads 25), months, years, hours… Said after the field's name, so that no number is
 * typed without knowing what it counts: in the details form, the scenarios, "solve for" and the
 * questions of the workshop room alike.
 */
public enum FieldUnit {
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

    public static FieldUnit of(EAttribute attribute) {
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

    /** The unit in words in a language: "€", "mois", "h/semaine"; empty for a number without a unit. */
    public String word(Locale locale) {
        return this == NONE ? "" : new Wording("org.perenne.model.units", FieldUnit.class, locale).get("unit." + name().toLowerCase(Locale.ROOT));
    }

    /** How many of the shown unit make one of the canvas's: 100 for a percentage, else 1. */
    public double scale() {
        return scale;
    }

    /** The field's name followed by its unit: "Tarif mensuel (€)"; a name that says its unit already keeps one. */
    public String label(String name, Locale locale) {
        if (this == NONE) {
            return name;
        }
        String unit = word(locale);
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
    public String withUnit(String number, Locale locale) {
        return this == NONE || this == MONTH_NUMBER || this == YEAR_NUMBER ? number : number + "\u00a0" + word(locale);
    }

    /** The value as typed: a share of 0.25 is typed 25. */
    public Object shown(Object stored) {
        return scale == 1 || !(stored instanceof Double number) ? stored : number * scale;
    }

    /** The value as stored: 25 typed for a share is 0.25; rounded to the precision a user can type. */
    public Object stored(Object typed) {
        if (scale == 1 || !(typed instanceof Double number)) {
            return typed;
        }
        return java.math.BigDecimal.valueOf(number).divide(java.math.BigDecimal.valueOf(scale)).doubleValue();
    }
}
