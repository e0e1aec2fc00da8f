/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Locale;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.perenne.model.Canvas;
import org.perenne.model.CostCategory;
import org.perenne.model.FixedCost;
import org.perenne.model.Room;
import org.perenne.model.Samples;
import org.perenne.model.StaffMember;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.model.validation.CanvasVocabulary;

/** A new place from reference figures: in proportion to its area and team, every figure marked to check. */
class NewPlaceTest {

    @Test
    void aPlaceTwiceAsLargeAsTheReferenceWithOneFullTimeJob() {
        Canvas reference = Samples.load(NewPlace.referenceOf(NewPlace.Kind.COWORKING, NewPlace.Town.RURAL));
        double area = reference.getSpaces().getRooms().stream().mapToDouble(Room::getAreaM2).sum();
        int capacity = reference.getSpaces().getRooms().get(0).getCapacity();
        double rent = reference.getCosts().getFixedCosts().stream().filter(c -> c.getCategory() == CostCategory.RENT)
                .mapToDouble(FixedCost::getMonthlyAmount).sum();
        Canvas place = NewPlace.create(reference, new NewPlace.Answers("Le Hangar", NewPlace.Kind.COWORKING,
                NewPlace.Town.RURAL, 2 * area, YearMonth.of(2028, 3), 1.0), "À vérifier : repris de l’exemple");
        assertEquals("Le Hangar", place.getName());
        assertEquals(YearMonth.of(2028, 3), place.getStartMonth());
        assertEquals(2 * area, place.getSpaces().getRooms().stream().mapToDouble(Room::getAreaM2).sum(), 1.0);
        assertEquals(2 * capacity, place.getSpaces().getRooms().get(0).getCapacity());
        assertEquals(2 * rent, place.getCosts().getFixedCosts().stream().filter(c -> c.getCategory() == CostCategory.RENT)
                .mapToDouble(FixedCost::getMonthlyAmount).sum(), 1.0);
        assertEquals(1.0, place.getTeam().getStaff().stream().mapToDouble(StaffMember::getFte).sum(), 0.02);
        assertTrue(place.getSpaces().getRooms().get(0).getDescription().startsWith("À vérifier : repris de l’exemple «\u00a0"),
                place.getSpaces().getRooms().get(0).getDescription());
        assertEquals(capacity, reference.getSpaces().getRooms().get(0).getCapacity(), "the reference is left as it was");
        Diagnostic problems = CanvasValidator.validate(place, Locale.FRENCH, CanvasVocabulary.TECHNICAL);
        assertTrue(problems.getSeverity() < Diagnostic.ERROR, problems.getChildren().toString());
    }

    @Test
    void eachKindOfPlaceHasAReferenceSample() {
        for (NewPlace.Kind kind : NewPlace.Kind.values()) {
            for (NewPlace.Town town : NewPlace.Town.values()) {
                assertTrue(Samples.load(NewPlace.referenceOf(kind, town)).getName() != null);
            }
        }
    }
}
