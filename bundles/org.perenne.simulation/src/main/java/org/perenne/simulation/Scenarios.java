/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.perenne.model.AssumptionChange;
import org.perenne.model.Canvas;
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
                AssumptionChange.of(target, override.getAttribute(), override.getIndex(), override.getMode(),
                        override.getValue()).applyTo(target);
            }
        }
        return copy;
    }

    /** Names of the canvas's scenarios, in order. */
    public static List<String> names(Canvas canvas) {
        return canvas.getScenarios().stream().map(s -> s.getName() != null ? s.getName() : s.getId()).toList();
    }
}
