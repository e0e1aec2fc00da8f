/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.perenne.model.Canvas;
import org.perenne.model.OverrideMode;
import org.perenne.model.Scenario;
import org.perenne.model.ScenarioOverride;

/**
 * Scenarios are named sets of changes to the base canvas ("set a value", "multiply it"). Applying
 * one gives a changed copy of the canvas; the canvas itself is never touched.
 */
public final class Scenarios {

    private Scenarios() {
    }

    /** The scenario of that name (or identifier), if the canvas has one. */
    public static Optional<Scenario> find(Canvas canvas, String nameOrId) {
        return canvas.getScenarios().stream()
                .filter(s -> nameOrId.equals(s.getName()) || nameOrId.equals(s.getId()))
                .findFirst();
    }

    /** A copy of the canvas with the scenario's changes made. */
    public static Canvas apply(Canvas canvas, Scenario scenario) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        Canvas copy = (Canvas) copier.copy(canvas);
        copier.copyReferences();
        for (ScenarioOverride override : scenario.getOverrides()) {
            EObject target = copier.get(override.getTarget());
            if (target != null) {
                change(target, override.getAttribute(), override.getIndex(), override.getMode(), override.getValue());
            }
        }
        return copy;
    }

    /** Sets or multiplies a numeric attribute (every value of a list when {@code index} is -1). */
    @SuppressWarnings("unchecked")
    static void change(EObject target, String attributeName, int index, OverrideMode mode, double value) {
        EStructuralFeature feature = target.eClass().getEStructuralFeature(attributeName);
        if (!(feature instanceof EAttribute attribute)) {
            throw new IllegalArgumentException(attributeName + " is not an attribute of " + target.eClass().getName());
        }
        if (attribute.isMany()) {
            EList<Object> values = (EList<Object>) target.eGet(attribute);
            for (int i = 0; i < values.size(); i++) {
                if (index < 0 || index == i) {
                    values.set(i, convert(attribute, changed(((Number) values.get(i)).doubleValue(), mode, value)));
                }
            }
        } else {
            Object current = target.eGet(attribute);
            double before = current instanceof Number number ? number.doubleValue() : 0;
            target.eSet(attribute, convert(attribute, changed(before, mode, value)));
        }
    }

    private static double changed(double before, OverrideMode mode, double value) {
        return mode == OverrideMode.MULTIPLY ? before * value : value;
    }

    private static Object convert(EAttribute attribute, double value) {
        Class<?> type = attribute.getEAttributeType().getInstanceClass();
        if (type == int.class || type == Integer.class) {
            return (int) Math.round(value);
        }
        return value;
    }

    /** Names of the canvas's scenarios, in order. */
    public static List<String> names(Canvas canvas) {
        return canvas.getScenarios().stream().map(s -> s.getName() != null ? s.getName() : s.getId()).toList();
    }
}
