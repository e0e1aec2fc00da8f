/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How Pérenne writes a figure for a person, in one language, wherever it is read (screen, report,
 * command line, problems): amounts grouped by thousands in the language's way and followed by a
 * no-break space and "€" ("12 345 €", "12,345 €"), cents when asked, shares as percentages with at
 * most one decimal, months as "déc. 2027" / "Dec 2027", dates as "1er décembre 2026" / "December 1,
 * 2026", and French typography in running text (no-break spaces before ":", ";", "%", "€"…). Files for
 * other programs (CSV, JSON) keep their plain technical numbers and do not use this.
 */
public final class FigureFormat {

    /** No-break space: before ":", "%", "€", "»" and after "«" in French (the JDK's percentages use it too). */
    public static final char NO_BREAK_SPACE = '\u00a0';
    /** Narrow no-break space: before ";", "!" and "?" in French, and between thousands (the JDK's grouping). */
    public static final char NARROW_NO_BREAK_SPACE = '\u202f';

    /** What a figure that cannot be computed (a share of nothing) reads as. */
    public static final String UNDEFINED = "—";

    /** The decimals a share is kept with everywhere (0.214: 21.4 %), as precisely as it is shown. */
    public static final int SHARE_DECIMALS = 3;

    /** A plain space (or none) before a French high sign, or after an opening guillemet. */
    private static final Pattern SPACE_BEFORE_COLON = Pattern.compile("(?<=[^\\s\\u00a0\\u202f]) ?(:)(?=\\s|$)");
    private static final Pattern SPACE_BEFORE_NARROW = Pattern.compile("(?<=[^\\s\\u00a0\\u202f]) ?([;!?])(?=\\s|$)");
    private static final Pattern SPACE_BEFORE_SIGN = Pattern.compile("(?<=[0-9]) ?([%€])");
    private static final Pattern SPACE_BEFORE_CLOSING = Pattern.compile("(?<=[^\\s\\u00a0\\u202f]) ?(»)");
    private static final Pattern SPACE_BEFORE_ANY_SIGN = Pattern.compile("(?<=\\S) (?=[%€»]|[:;!?](\\s|$))|(?<=«) ");
    private static final Pattern SPACE_AFTER_OPENING = Pattern.compile("(«) ?(?=[^\\s\\u00a0\\u202f])");

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

    /*
     * Rounding: a figure is first rounded as the tables of figures keep it (cents, a share to the tenth of a
     * percent), half to even, then to what is shown, half away from zero as spreadsheets do. A share is kept
     * as precisely as it is shown, so that step changes nothing: a spreadsheet rounds the binary number it
     * reads (0.2135 is 0.21349999… to it, shown 21.3 %), so a kept figure with one more decimal than shown
     * would read differently there and in the PDF at every tie.
     */

    /** A whole number, rounded half away from zero and grouped: "12 345", "-3 879". */
    public String whole(double value) {
        if (!Double.isFinite(value)) {
            return UNDEFINED;
        }
        return NumberFormat.getIntegerInstance(locale).format(shown(BigDecimal.valueOf(value), 0));
    }

    /**
     * Whole euros: "12 345 €". The amount is rounded to the cent first (as every table of figures is),
     * so an amount and its cents in a table always read the same in whole euros.
     */
    public String euros(double amount) {
        if (!Double.isFinite(amount)) {
            return UNDEFINED;
        }
        return NumberFormat.getIntegerInstance(locale).format(shown(kept(amount, 2), 0)) + "\u00a0€";
    }

    /** Euros and cents: "12 345,67 €". */
    public String cents(double amount) {
        if (!Double.isFinite(amount)) {
            return UNDEFINED;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        return format.format(kept(amount, 2)) + "\u00a0€";
    }

    /**
     * A share as a percentage with at most one decimal: "4,8 %", "4.8%". The share is rounded to the tenth
     * of a percent, half to even, as the tables of figures keep it, so a share and its table's cell read the same.
     */
    public String percent(double share) {
        if (!Double.isFinite(share)) {
            return UNDEFINED;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(kept(share, SHARE_DECIMALS));
    }

    /** A share in a column of figures, always with its decimal so the column lines up: "11,0 %", "10,4 %". */
    public String percentInColumn(double share) {
        if (!Double.isFinite(share)) {
            return UNDEFINED;
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(kept(share, SHARE_DECIMALS));
    }

    /** A number with at most {@code decimals} decimals: "0,75", "1 200". */
    public String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return UNDEFINED;
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        return format.format(shown(BigDecimal.valueOf(value), decimals));
    }

    /** A figure as the tables keep it: {@code decimals} decimals, half to even. */
    private static BigDecimal kept(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal shown(BigDecimal value, int decimals) {
        return value.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** A label and its value: "Abonnements : 11 269 €", "Memberships: 11,269 €". */
    public String labelled(String label, String value) {
        return label + (french() ? NO_BREAK_SPACE + ": " : ": ") + value;
    }

    /** Items of a list on one line: "4 ; 6 ; 9" in French, "4; 6; 9" in English. */
    public String list(java.util.List<String> items) {
        return String.join(french() ? NARROW_NO_BREAK_SPACE + "; " : "; ", items);
    }

    private boolean french() {
        return locale.getLanguage().equals("fr");
    }

    /** A day as people write it: "1er décembre 2026", "2 décembre 2026", "December 1, 2026". */
    public String date(LocalDate day) {
        String written = day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return locale.getLanguage().equals("fr") && day.getDayOfMonth() == 1 && written.startsWith("1 ")
                ? "1er" + written.substring(1) : written;
    }

    /**
     * Running text set in the language's typography. In French: a no-break space before ":", "%", "€"
     * and "»" and after "«", a narrow one before ";", "!" and "?" (added where missing, replacing a
     * plain space), so a line never starts with one of them; in English, a space typed before such a
     * sign becomes a no-break space; "->" becomes an arrow in both languages.
     * Text people typed goes through this before it is printed; the product's own messages are written
     * that way already.
     */
    public String typeset(String text) {
        String arrows = text.replace("->", "→");
        if (!locale.getLanguage().equals("fr")) {
            // the space someone typed before a sign (often French text in an English report) stays, unbreakable
            return SPACE_BEFORE_ANY_SIGN.matcher(arrows).replaceAll(String.valueOf(NO_BREAK_SPACE));
        }
        String set = SPACE_BEFORE_COLON.matcher(arrows).replaceAll(NO_BREAK_SPACE + "$1");
        set = SPACE_BEFORE_NARROW.matcher(set).replaceAll(NARROW_NO_BREAK_SPACE + "$1");
        set = SPACE_BEFORE_SIGN.matcher(set).replaceAll(NO_BREAK_SPACE + "$1");
        set = SPACE_BEFORE_CLOSING.matcher(set).replaceAll(NO_BREAK_SPACE + "$1");
        return SPACE_AFTER_OPENING.matcher(set).replaceAll("$1" + NO_BREAK_SPACE);
    }

    /** A month as a short name and a year: "déc. 2027", "Dec 2027". */
    public String month(YearMonth month) {
        return month.format(DateTimeFormatter.ofPattern("MMM yyyy", locale));
    }
}
