/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.validation;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.perenne.model.Canvas;
import org.perenne.model.CanvasBlock;
import org.perenne.model.Element;

/** Wording of validation problems (messages*.properties beside this class) and object paths. */
final class ValidationMessages {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final CanvasVocabulary vocabulary;

    ValidationMessages(Locale locale, CanvasVocabulary vocabulary) {
        this.locale = locale;
        this.vocabulary = vocabulary;
        this.bundle = ResourceBundle.getBundle("org.perenne.model.validation.messages", locale,
                ValidationMessages.class.getClassLoader());
    }

    String rule(ValidationRule rule, Object... arguments) {
        return new MessageFormat(bundle.getString("rule." + rule.name()), locale).format(arguments);
    }

    String separator() {
        return bundle.getString("separator");
    }

    String featureLabel(EStructuralFeature feature) {
        return vocabulary.featureLabel(feature);
    }

    String number(double value) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(4);
        return format.format(value);
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
            return bundle.getString("path.canvas");
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
                return new MessageFormat(bundle.getString("path.named"), locale).format(new Object[] { type, name });
            }
        }
        EStructuralFeature containment = object.eContainingFeature();
        if (containment != null && containment.isMany()) {
            int position = ((List<?>) object.eContainer().eGet(containment)).indexOf(object) + 1;
            return new MessageFormat(bundle.getString("path.numbered"), locale)
                    .format(new Object[] { type, position });
        }
        return type;
    }
}
