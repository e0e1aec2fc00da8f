/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.text.NumberFormat;
import java.util.Locale;

import org.perenne.model.Wording;

/** Words and number formats of the command line, in French or English. */
final class CliMessages {

    private final Wording words;

    CliMessages(Locale locale) {
        this.words = new Wording("org.perenne.cli.messages", CliMessages.class, locale);
    }

    Locale locale() {
        return words.locale();
    }

    String get(String key, Object... arguments) {
        return words.get(key, arguments);
    }

    /** An amount in euros, to the euro, as a person reads it: « 12 345 € » or "€12,345". */
    String euros(double amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale().getLanguage().equals("fr") ? Locale.FRANCE : Locale.UK);
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        format.setMaximumFractionDigits(0);
        return format.format(amount);
    }

    String percent(double share) {
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(1);
        return format.format(share);
    }

    String number(double value, int decimals) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
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
