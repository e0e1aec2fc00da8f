/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.text.NumberFormat;
import java.util.Locale;

import org.perenne.model.Wording;

/** The words of the reports and spreadsheets, in French or English. */
public final class ReportText {

    private final Wording words;

    public ReportText(Locale locale) {
        this.words = new Wording("org.perenne.report.messages", ReportText.class, locale);
    }

    public Locale locale() {
        return words.locale();
    }

    public String get(String key, Object... arguments) {
        return words.get(key, arguments);
    }

    /** The words for a key, or the key itself when there are none (a column added without words yet). */
    String orKey(String key) {
        return words.has(key) ? words.get(key) : key;
    }

    /** Whole euros as people write them: "12 345 €". */
    String euros(double amount) {
        return NumberFormat.getIntegerInstance(locale()).format(Math.round(amount)) + " €";
    }

    String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }
}
