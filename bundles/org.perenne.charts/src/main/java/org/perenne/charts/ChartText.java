/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The words of the charts, in French or English. */
public final class ChartText {

    private final ResourceBundle bundle;
    private final Locale locale;

    public ChartText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("org.perenne.charts.messages", locale, ChartText.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }
}
