/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.perenne.model.Wording;

/**
 * Words of the desktop application (messages*.properties beside this class), French first, and the
 * glossary (glossary*.properties): what each field of the canvas means, in plain words, shown on hover.
 */
public final class Messages {

    private static volatile Wording words = new Wording("org.perenne.ui.messages", Messages.class, Locale.getDefault());
    private static volatile Wording glossary = new Wording("org.perenne.ui.glossary", Messages.class, Locale.getDefault());

    private Messages() {
    }

    /** Speaks this language from now on (chosen at start, before any window is built). */
    public static void use(Locale locale) {
        words = new Wording("org.perenne.ui.messages", Messages.class, locale);
        glossary = new Wording("org.perenne.ui.glossary", Messages.class, locale);
    }

    /** The language the interface speaks. */
    public static Locale locale() {
        return words.locale();
    }

    public static String get(String key, Object... arguments) {
        return words.get(key, arguments);
    }

    /** What a field means, in plain words; empty when the field's name says it all. */
    /** A share (0.026) as a percentage with one decimal, in the interface's language ("2,6 %"). */
    public static String percent(double share) {
        return get("dashboard.percent.value", share * 100);
    }

    public static Optional<String> explain(EClass owner, EStructuralFeature feature) {
        for (String key : new String[] { owner.getName() + "." + feature.getName(),
                feature.getEContainingClass().getName() + "." + feature.getName() }) {
            if (glossary.has(key)) {
                return Optional.of(glossary.get(key));
            }
        }
        return Optional.empty();
    }

    /** What a block of the canvas holds, in plain words. */
    public static String explainBlock(String block) {
        return glossary.get("block." + block);
    }
}
