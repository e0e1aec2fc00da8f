/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.perenne.model.AssumptionChange;
import org.perenne.model.Canvas;
import org.perenne.model.Grant;
import org.perenne.model.MembershipTier;
import org.perenne.model.OverrideMode;
import org.perenne.model.PerennePackage.Literals;

/**
 * The one "change an assumption": as an undoable command on an open canvas (solve-for, sliders) and
 * directly on a copy (scenarios, stress tests), the same values, whole numbers rounded.
 */
class AssumptionCommandsTest {

    @Test
    void aChangeIsOneUndoableCommandAndTheSameOnACopy() {
        CanvasDocument document = CanvasDocument.openCopy(Path.of("../../model-samples/tiers-lieu-hybride.perenne"),
                Locale.FRENCH).document();
        Canvas canvas = document.canvas();
        Grant city = (Grant) canvas.eResource().getEObject("sub-ville");
        List<Double> before = List.copyOf(city.getCommittedAmounts());
        AssumptionChange halve = new AssumptionChange(Literals.GRANT__COMMITTED_AMOUNTS, -1, OverrideMode.MULTIPLY, 0.5);

        Canvas copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(canvas);
        Grant copied = copy.getFunding().getGrants().get(canvas.getFunding().getGrants().indexOf(city));
        halve.applyTo(copied);

        document.execute(AssumptionCommands.of(document.editingDomain(), city, halve, "halve"));
        assertEquals(before.stream().map(a -> a * 0.5).toList(), city.getCommittedAmounts());
        assertEquals(city.getCommittedAmounts(), copied.getCommittedAmounts(), "the same values on the copy");
        document.undo();
        assertEquals(before, city.getCommittedAmounts(), "one undo takes every year back");

        MembershipTier resident = (MembershipTier) canvas.eResource().getEObject("tier-resident");
        document.execute(AssumptionCommands.of(document.editingDomain(), resident,
                new AssumptionChange(Literals.MEMBERSHIP_TIER__RAMP_UP_MONTHS, -1, OverrideMode.SET, 6.6), "ramp"));
        assertEquals(7, resident.getRampUpMonths(), "a whole-number field is rounded");
        AssumptionChange secondYear = new AssumptionChange(Literals.GRANT__COMMITTED_AMOUNTS, 1, OverrideMode.SET, 1000);
        assertEquals(List.of(1), secondYear.positions(city));
    }
}
