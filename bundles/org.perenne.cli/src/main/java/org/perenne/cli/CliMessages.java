/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.util.Locale;

import org.perenne.model.FigureFormat;
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

    /** An amount in euros, to the euro, as the screen and the report write it: « 12 345 € », "12,345 €". */
    String euros(double amount) {
        return FigureFormat.of(locale()).euros(amount);
    }

    String percent(double share) {
        return FigureFormat.of(locale()).percent(share);
    }

    String number(double value, int decimals) {
        return FigureFormat.of(locale()).number(value, decimals);
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
