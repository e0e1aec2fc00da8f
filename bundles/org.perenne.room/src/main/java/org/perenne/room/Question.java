/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.room;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.perenne.model.FieldUnit;
import org.perenne.model.FigureFormat;
import org.perenne.model.Uncertainty;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.simulation.UncertainAssumption;

/**
 * One figure the room is asked about: its stable key (as figures.csv names it), its name, its unit, the canvas's
 * current value and the values the figure may take. Values are kept as the canvas holds them (a share 0.25); the
 * participants read and type them in the figure's unit (25 %).
 */
public record Question(String figure, String label, FieldUnit unit, Double current, double lowest, double highest,
        Uncertainty uncertainty) {

    static Question of(Uncertainty uncertainty) {
        EObject target = uncertainty.getTarget();
        EAttribute field = (EAttribute) target.eClass().getEStructuralFeature(uncertainty.getAttribute());
        Object value = target.eGet(field);
        if (value instanceof List<?> list) {
            value = uncertainty.getIndex() >= 0 && uncertainty.getIndex() < list.size() ? list.get(uncertainty.getIndex()) : null;
        }
        String label = uncertainty.getName() != null && !uncertainty.getName().isBlank() ? uncertainty.getName()
                : UncertainAssumption.figure(uncertainty);
        return new Question(UncertainAssumption.figure(uncertainty), label, FieldUnit.of(field),
                value instanceof Number number ? number.doubleValue() : null, CanvasValidator.lowestValue(field),
                CanvasValidator.highestValue(field), uncertainty);
    }

    /** A value of the canvas as a participant reads it, in the figure's unit: 0.25 → "25". */
    public String shown(double stored, Locale locale) {
        return FigureFormat.of(locale).number((Double) unit.shown(stored), 3);
    }

    /** A value as a participant typed it, in the figure's unit, as the canvas holds it: 25 → 0.25. */
    double stored(double typed) {
        return (Double) unit.stored(typed);
    }

    /** The name followed by its unit: « Occupation de la salle (%) ». */
    public String labelWithUnit(Locale locale) {
        return unit.label(label, locale);
    }
}
