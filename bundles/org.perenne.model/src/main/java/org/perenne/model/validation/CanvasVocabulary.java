/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.validation;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Names of the canvas's types and fields as the user reads them. The edit bundle provides the
 * French and English labels; {@link #TECHNICAL} falls back to the model's own identifiers.
 */
public interface CanvasVocabulary {

    String typeLabel(EClass type);

    String featureLabel(EStructuralFeature feature);

    /** The identifiers of the model, for tools that have no labels at hand. */
    CanvasVocabulary TECHNICAL = new CanvasVocabulary() {
        @Override
        public String typeLabel(EClass type) {
            return type.getName();
        }

        @Override
        public String featureLabel(EStructuralFeature feature) {
            return feature.getName();
        }
    };
}
