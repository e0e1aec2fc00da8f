/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of one part of Pérenne in one language: a family of {@code .properties} files (English in
 * the base file, French in {@code _fr}) read with the class loader of the bundle that owns them. The
 * language asked for is the one used — never the computer's own as a fallback, so English stays
 * English on a French system.
 */
public final class Wording {

    private final ResourceBundle bundle;
    private final Locale locale;

    /** @param baseName e.g. {@code "org.perenne.charts.messages"}, found beside {@code owner} */
    public Wording(String baseName, Class<?> owner, Locale locale) {
        this.bundle = ResourceBundle.getBundle(baseName, locale, owner.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    /** The language the words are in (English for the base file). */
    public Locale locale() {
        return locale;
    }

    /** The words for a key, with the arguments put in (a pattern without arguments is taken as it is). */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : fill(pattern, arguments);
    }

    /** The words for a key always read as a {@link MessageFormat} pattern (quotes doubled in the file). */
    public String format(String key, Object... arguments) {
        return fill(bundle.getString(key), arguments);
    }

    private String fill(String pattern, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }

    public boolean has(String key) {
        try {
            bundle.getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }
}
