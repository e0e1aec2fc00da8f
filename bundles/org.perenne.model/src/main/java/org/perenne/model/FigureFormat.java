/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How Pérenne writes a figure for a person, in one language, wherever it is read (screen, report,
 * command line, problems): amounts grouped by thousands in the language's way and followed by a
 * no-break space and "€" ("12 345 €", "12,345 €"), cents when asked, shares as percentages with at
 * most one decimal, months as "déc. 2027" / "Dec 2027". Files for other programs (CSV, JSON) keep
 * their plain technical numbers and do not use this.
 */
public final class FigureFormat {

    private final Locale locale;

    private FigureFormat(Locale locale) {
        this.locale = locale;
    }

    /** The formats of a language (French for anything but English). */
    public static FigureFormat of(Locale locale) {
        return new FigureFormat(locale.getLanguage().equals("en") ? Locale.ENGLISH : Locale.FRENCH);
    }

    public Locale locale() {
        return locale;
    }

    /** A whole number, rounded half up and grouped: "12 345", "-3 879". */
    public String whole(double value) {
        return NumberFormat.getIntegerInstance(locale).format(Math.round(value));
    }

    /** Whole euros: "12 345 €". */
    public String euros(double amount) {
        return whole(amount) + "\u00a0€";
    }

    /** Euros and cents: "12 345,67 €". */
    public String cents(double amount) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount) + "\u00a0€";
    }

    /** A share as a percentage with at most one decimal: "4,8 %", "4.8%". */
    public String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    /** A number with at most {@code decimals} decimals: "0,75", "1 200". */
    public String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** A month as a short name and a year: "déc. 2027", "Dec 2027". */
    public String month(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
    }
}
