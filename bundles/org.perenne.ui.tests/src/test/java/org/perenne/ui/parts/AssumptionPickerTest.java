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
        assertEquals("Subvention de fonctionnement de la Ville", AssumptionPicker.kindAndName(
                "Subvention Subvention de fonctionnement de la Ville", "Subvention de fonctionnement de la Ville", Locale.FRENCH));
        assertEquals("Salle de réunion « Canopée »",
                AssumptionPicker.kindAndName("Salle Salle de réunion « Canopée »", "Salle de réunion « Canopée »", Locale.FRENCH));
        assertEquals("Salle « Canopée »", AssumptionPicker.kindAndName("Salle « Canopée »", "« Canopée »", Locale.FRENCH),
                "a name that does not say its kind keeps it");
        assertEquals("Offre «\u00a0Résident\u00a0»", AssumptionPicker.kindAndName("Offre Résident", "Résident", Locale.FRENCH),
                "the kind, then the name in quotes");
        assertEquals("Public «\u00a0Indépendants et artisans du numérique\u00a0»", AssumptionPicker.kindAndName(
                "Public Indépendants et artisans du numérique", "Indépendants et artisans du numérique", Locale.FRENCH));
        assertEquals("Room", AssumptionPicker.kindAndName("Room", null, Locale.ENGLISH), "no name: the kind");
    }
}
