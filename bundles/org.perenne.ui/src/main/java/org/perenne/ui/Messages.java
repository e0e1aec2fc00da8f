/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Words of the desktop application (messages*.properties beside this class), French first, and the
 * glossary (glossary*.properties): what each field of the canvas means, in plain words, shown on hover.
 */
public final class Messages {

    private static volatile ResourceBundle words = load("messages", Locale.getDefault());
    private static volatile ResourceBundle glossary = load("glossary", Locale.getDefault());

    private Messages() {
    }

    private static ResourceBundle load(String name, Locale locale) {
        return ResourceBundle.getBundle("org.perenne.ui." + name, locale, Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Speaks this language from now on (chosen at start, before any window is built). */
    public static void use(Locale locale) {
        words = load("messages", locale);
        glossary = load("glossary", locale);
    }

    /** The language the interface speaks. */
    public static Locale locale() {
        Locale locale = words.getLocale();
        return locale.getLanguage().isEmpty() ? Locale.ENGLISH : locale;
    }

    public static String get(String key, Object... arguments) {
        String pattern = words.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(arguments);
    }

    /** What a field means, in plain words; empty when the field's name says it all. */
    public static Optional<String> explain(EClass owner, EStructuralFeature feature) {
        for (String key : new String[] { owner.getName() + "." + feature.getName(),
                feature.getEContainingClass().getName() + "." + feature.getName() }) {
            try {
                return Optional.of(glossary.getString(key));
            } catch (MissingResourceException e) {
                // try the class that declares the field
            }
        }
        return Optional.empty();
    }

    /** What a block of the canvas holds, in plain words. */
    public static String explainBlock(String block) {
        return glossary.getString("block." + block);
    }
}
