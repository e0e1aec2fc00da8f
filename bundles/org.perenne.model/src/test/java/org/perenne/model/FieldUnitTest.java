/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.perenne.model.PerennePackage.Literals;

/** Every number field says its unit; shares are typed as percentages and stored as shares, exactly. */
class FieldUnitTest {

    @Test
    void sharesAreTypedAsPercentagesAndStoredAsShares() {
        FieldUnit churn = FieldUnit.of(Literals.MEMBERSHIP_TIER__MONTHLY_CHURN);
        assertEquals(FieldUnit.PERCENT, churn);
        assertEquals(3.0, (Double) churn.shown(0.03), 1e-12);
        assertEquals(0.07, churn.stored(7.0)); // exactly 0.07, not 0.07000000000000001
        assertEquals(0.333, churn.stored(33.3));
        assertEquals(FieldUnit.PERCENT, FieldUnit.of(Literals.ROOM_RENTAL__OCCUPANCY_RATE));
        assertEquals(FieldUnit.PERCENT, FieldUnit.of(Literals.INDEXED__INDEXATION_RATE));
    }

    @Test
    void theUnitFollowsTheFieldsNameInTheLanguageAskedFor() {
        assertEquals("Abonnement mensuel (€)", FieldUnit.of(Literals.MEMBERSHIP_TIER__MONTHLY_FEE).label("Abonnement mensuel", Locale.FRENCH));
        assertEquals("Délai du solde (mois)", FieldUnit.of(Literals.GRANT__BALANCE_DELAY_MONTHS).label("Délai du solde", Locale.FRENCH));
        assertEquals("25\u00a0%", FieldUnit.PERCENT.withUnit("25", Locale.FRENCH));
        assertEquals("Nom", FieldUnit.of(Literals.ELEMENT__NAME).label("Nom", Locale.FRENCH));
        // a name that already says its unit gives it up; one that says more keeps it
        assertEquals("Montée en charge (mois)", FieldUnit.of(Literals.MEMBERSHIP_TIER__RAMP_UP_MONTHS).label("Montée en charge (mois)", Locale.FRENCH));
        assertEquals("Départs par mois (%)", FieldUnit.of(Literals.MEMBERSHIP_TIER__MONTHLY_CHURN).label("Départs par mois (part)", Locale.FRENCH));
        assertEquals("Indexation annuelle (%, vide : inflation)",
                FieldUnit.of(Literals.INDEXED__INDEXATION_RATE).label("Indexation annuelle (vide : inflation)", Locale.FRENCH), "one pair of brackets");
        assertEquals("Balance delay (months)", FieldUnit.of(Literals.GRANT__BALANCE_DELAY_MONTHS).label("Balance delay", Locale.ENGLISH));
    }
}
