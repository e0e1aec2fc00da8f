/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/** The items offered to vary say what they are, once: the kind only when the name does not already say it. */
class AssumptionPickerTest {

    @Test
    void anItemWhoseNameStartsWithItsKindIsNamedOnce() {
        assertEquals("Subvention de fonctionnement de la Ville", AssumptionPicker.withoutRepeatedKind(
                "Subvention Subvention de fonctionnement de la Ville", "Subvention de fonctionnement de la Ville", Locale.FRENCH));
        assertEquals("Salle de réunion « Canopée »",
                AssumptionPicker.withoutRepeatedKind("Salle Salle de réunion « Canopée »", "Salle de réunion « Canopée »", Locale.FRENCH));
        assertEquals("Salle « Canopée »", AssumptionPicker.withoutRepeatedKind("Salle « Canopée »", "« Canopée »", Locale.FRENCH),
                "a name that does not say its kind keeps it");
        assertEquals("Offre Résident", AssumptionPicker.withoutRepeatedKind("Offre Résident", "Résident", Locale.FRENCH));
        assertEquals("Room", AssumptionPicker.withoutRepeatedKind("Room", null, Locale.ENGLISH), "no name: the kind");
    }
}
