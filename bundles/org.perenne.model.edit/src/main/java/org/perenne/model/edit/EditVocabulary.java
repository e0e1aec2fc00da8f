/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.edit;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.perenne.model.validation.CanvasVocabulary;

/**
 * The canvas's words in French or English, read from this bundle's plugin*.properties: the same
 * labels the item providers show, for validation messages, the command line and reports.
 */
public final class EditVocabulary implements CanvasVocabulary {

    private final ResourceBundle labels;

    public EditVocabulary(Locale locale) {
        // Read from this bundle's own root (OSGi, jar or class folder): other bundles on a plain
        // class path have a plugin.properties of their own.
        ClassLoader root = new URLClassLoader(new URL[] { PerenneEditPlugin.INSTANCE.getBaseURL() }, null);
        this.labels = ResourceBundle.getBundle("plugin", locale, root,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        if (!labels.containsKey("_UI_Canvas_type")) {
            throw new IllegalStateException("the labels of org.perenne.model.edit were not found");
        }
    }

    @Override
    public String typeLabel(EClass type) {
        return label("_UI_" + type.getName() + "_type", type.getName());
    }

    @Override
    public String featureLabel(EStructuralFeature feature) {
        return label("_UI_" + feature.getEContainingClass().getName() + "_" + feature.getName() + "_feature",
                feature.getName());
    }

    /** The label of an enumeration value, e.g. « Salle de réunion » for MEETING_ROOM. */
    public String literalLabel(EEnumLiteral literal) {
        return label("_UI_" + literal.getEEnum().getName() + "_" + literal.getName() + "_literal", literal.getName());
    }

    private String label(String key, String fallback) {
        try {
            return labels.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}
