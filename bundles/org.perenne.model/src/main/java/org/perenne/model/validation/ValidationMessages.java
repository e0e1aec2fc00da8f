/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.perenne.model.Canvas;
import org.perenne.model.CanvasBlock;
import org.perenne.model.Element;
import org.perenne.model.FigureFormat;
import org.perenne.model.Wording;

/** Wording of validation problems (messages*.properties beside this class) and object paths. */
final class ValidationMessages {

    private final Wording words;
    private final CanvasVocabulary vocabulary;

    ValidationMessages(Locale locale, CanvasVocabulary vocabulary) {
        this.words = new Wording("org.perenne.model.validation.messages", ValidationMessages.class, locale);
        this.vocabulary = vocabulary;
    }

    String rule(ValidationRule rule, Object... arguments) {
        return words.format("rule." + rule.name(), arguments);
    }

    String separator() {
        return words.get("separator");
    }

    String featureLabel(EStructuralFeature feature) {
        return vocabulary.featureLabel(feature);
    }

    String number(double value) {
        return FigureFormat.of(words.locale()).number(value, 4);
    }

    /**
     * Where an object sits on the canvas, as the user sees it: the block, then the named items
     * down to the object, e.g. « Offres › Location « Salle Jaune » ».
     */
    String path(EObject object) {
        Deque<String> parts = new ArrayDeque<>();
        for (EObject current = object; current != null && !(current instanceof Canvas); current = current.eContainer()) {
            parts.addFirst(describe(current));
        }
        if (parts.isEmpty()) {
            return words.get("path.canvas");
        }
        return String.join(" › ", parts);
    }

    private String describe(EObject object) {
        String type = vocabulary.typeLabel(object.eClass());
        if (object instanceof CanvasBlock) {
            return type;
        }
        if (object instanceof Element element) {
            String name = element.getName() != null && !element.getName().isBlank() ? element.getName()
                    : element.getId();
            if (name != null && !name.isBlank()) {
                return words.format("path.named", type, name);
            }
        }
        EStructuralFeature containment = object.eContainingFeature();
        if (containment != null && containment.isMany()) {
            int position = ((List<?>) object.eContainer().eGet(containment)).indexOf(object) + 1;
            return words.format("path.numbered", type, position);
        }
        return type;
    }
}
