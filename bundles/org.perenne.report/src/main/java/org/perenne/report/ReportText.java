/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The words of the reports and spreadsheets, in French or English. */
public final class ReportText {

    private final ResourceBundle bundle;
    private final Locale locale;

    public ReportText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.perenne.report.messages", locale, ReportText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** The words for a key, or the key itself when there are none (a column added without words yet). */
    String orKey(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** Whole euros as people write them: "12 345 €". */
    String euros(double amount) {
        return NumberFormat.getIntegerInstance(locale).format(Math.round(amount)) + " €";
    }

    String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }
}
