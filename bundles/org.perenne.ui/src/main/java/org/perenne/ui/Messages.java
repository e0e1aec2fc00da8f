/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Words of the desktop application (messages*.properties beside this class), French first. */
public final class Messages {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.perenne.ui.messages",
            Locale.getDefault(), Messages.class.getClassLoader());

    private Messages() {
    }

    /** The language the interface speaks. */
    public static Locale locale() {
        return BUNDLE.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : BUNDLE.getLocale();
    }

    public static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, BUNDLE.getLocale()).format(arguments);
    }
}
