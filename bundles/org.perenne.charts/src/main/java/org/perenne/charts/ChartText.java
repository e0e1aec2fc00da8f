/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.util.Locale;

import org.perenne.model.Wording;

/** The words of the charts, in French or English. */
public final class ChartText {

    private final Wording words;

    public ChartText(Locale locale) {
        this.words = new Wording("org.perenne.charts.messages", ChartText.class, locale);
    }

    public Locale locale() {
        return words.locale();
    }

    public String get(String key, Object... arguments) {
        return words.get(key, arguments);
    }
}
