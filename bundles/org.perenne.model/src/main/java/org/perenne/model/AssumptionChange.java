/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A change to one assumption of a canvas — set a number, or scale it — the one way scenarios, stress
 * tests, "solve for" and the workshop sliders change a figure: on a list, one position or every one
 * ({@code index} −1); on a field that holds whole numbers, rounded. {@link #applyTo} makes it on an
 * object directly (a copy being simulated); the edit bundle's {@code AssumptionCommands} makes it as one
 * undoable command on an open canvas.
 */
public record AssumptionChange(EAttribute attribute, int index, OverrideMode mode, double value) {

    /** The change a scenario's override describes, on the object's field of that name. */
    public static AssumptionChange of(EObject target, String attributeName, int index, OverrideMode mode, double value) {
        EStructuralFeature feature = target.eClass().getEStructuralFeature(attributeName);
        if (!(feature instanceof EAttribute attribute)) {
            throw new IllegalArgumentException(attributeName + " is not an attribute of " + target.eClass().getName());
        }
        return new AssumptionChange(attribute, index, mode, value);
    }

    /** The new value of a number that was {@code before}. */
    public Object changed(double before) {
        double after = mode == OverrideMode.MULTIPLY ? before * value : value;
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        return type == int.class || type == Integer.class ? (Object) (int) Math.round(after) : (Object) after;
    }

    /** The positions of a list the change touches (all of them for −1); empty for a single value. */
    public List<Integer> positions(EObject target) {
        if (!attribute.isMany()) {
            return List.of();
        }
        int size = ((List<?>) target.eGet(attribute)).size();
        return java.util.stream.IntStream.range(0, size).filter(i -> index < 0 || index == i).boxed().toList();
    }

    /** Makes the change on {@code target} itself. */
    @SuppressWarnings("unchecked")
    public void applyTo(EObject target) {
        if (attribute.isMany()) {
            EList<Object> values = (EList<Object>) target.eGet(attribute);
            for (int i : positions(target)) {
                values.set(i, changed(((Number) values.get(i)).doubleValue()));
            }
        } else {
            Object current = target.eGet(attribute);
            target.eSet(attribute, changed(current instanceof Number number ? number.doubleValue() : 0));
        }
    }
}
