/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Words and number formats of the command line, in French or English. */
final class CliMessages {

    private final Locale locale;
    private final ResourceBundle bundle;

    CliMessages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.perenne.cli.messages", locale, CliMessages.class.getClassLoader());
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** An amount in euros, to the euro, as a person reads it: « 12 345 € » or "€12,345". */
    String euros(double amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale.getLanguage().equals("fr") ? Locale.FRANCE : Locale.UK);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /** The language of the system when it is English, else French (the interface is French first). */
    static Locale defaultLocale() {
        String language = firstNonEmpty(System.getenv("LC_ALL"), System.getenv("LC_MESSAGES"), System.getenv("LANG"));
        return language != null && language.startsWith("en") ? Locale.ENGLISH : Locale.FRENCH;
    }

    private static String firstNonEmpty(String... values) {
        for (String value : values) {
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }
}
