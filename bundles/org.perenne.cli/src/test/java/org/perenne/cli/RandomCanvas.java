/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.validation.CanvasValidator;

/**
 * A random canvas for property tests: a sample whose every amount (a decimal figure above 1: prices,
 * fees, salaries, costs, grants, volumes, areas, the bounds of a law) is multiplied by a factor drawn
 * between 0.6 and 1.8 for each item, to the cent, seeded, so the same seed gives the same canvas; shares,
 * rates and whole numbers (months, years, counts) keep theirs, so the canvas stays valid (checked).
 */
final class RandomCanvas {

    private RandomCanvas() {
    }

    static Canvas of(Path sample, long seed) {
        Canvas canvas = CanvasFiles.load(sample, Locale.ENGLISH).canvas();
        SplittableRandom random = new SplittableRandom(seed);
        for (TreeIterator<EObject> all = canvas.eAllContents(); all.hasNext();) {
            EObject item = all.next();
            double factor = 0.6 + 1.2 * random.nextDouble(); // one per item, so its figures keep their order (min ≤ mode ≤ max)
            for (EAttribute attribute : item.eClass().getEAllAttributes()) {
                if (attribute.getEAttributeType() != EcorePackage.Literals.EDOUBLE || attribute.isDerived() || attribute.isTransient()
                        || !attribute.isChangeable()) {
                    continue;
                }
                if (attribute.isMany()) {
                    @SuppressWarnings("unchecked")
                    EList<Double> values = (EList<Double>) item.eGet(attribute);
                    List<Double> drawn = new ArrayList<>();
                    values.forEach(value -> drawn.add(drawn(value, factor)));
                    values.clear();
                    values.addAll(drawn);
                } else if (item.eIsSet(attribute)) {
                    item.eSet(attribute, drawn((Double) item.eGet(attribute), factor));
                }
            }
        }
        Diagnostic problems = CanvasValidator.validate(canvas, Locale.ENGLISH, org.perenne.model.validation.CanvasVocabulary.TECHNICAL);
        if (problems.getSeverity() >= Diagnostic.ERROR) {
            throw new IllegalStateException("random canvas " + seed + " of " + sample + " is not valid: " + problems.getChildren());
        }
        return canvas;
    }

    private static double drawn(double value, double factor) {
        return value > 1 ? Math.round(value * factor * 100) / 100.0 : value;
    }
}
