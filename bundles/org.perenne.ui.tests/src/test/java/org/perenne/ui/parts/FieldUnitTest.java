/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.perenne.model.PerennePackage.Literals;
import org.perenne.ui.Messages;

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
    void theUnitFollowsTheFieldsNameInTheInterfacesLanguage() {
        Messages.use(Locale.FRENCH);
        assertEquals("Abonnement mensuel (€)", FieldUnit.of(Literals.MEMBERSHIP_TIER__MONTHLY_FEE).label("Abonnement mensuel"));
        assertEquals("Délai du solde (mois)", FieldUnit.of(Literals.GRANT__BALANCE_DELAY_MONTHS).label("Délai du solde"));
        assertEquals("25\u00a0%", FieldUnit.PERCENT.withUnit("25"));
        assertEquals("Nom", FieldUnit.of(Literals.ELEMENT__NAME).label("Nom"));
        // a name that already says its unit gives it up; one that says more keeps it
        assertEquals("Montée en charge (mois)", FieldUnit.of(Literals.MEMBERSHIP_TIER__RAMP_UP_MONTHS).label("Montée en charge (mois)"));
        assertEquals("Départs par mois (%)", FieldUnit.of(Literals.MEMBERSHIP_TIER__MONTHLY_CHURN).label("Départs par mois (part)"));
        assertEquals("Indexation annuelle (%, vide : inflation)",
                FieldUnit.of(Literals.INDEXED__INDEXATION_RATE).label("Indexation annuelle (vide : inflation)"), "one pair of brackets");
        Messages.use(Locale.ENGLISH);
        assertEquals("Balance delay (months)", FieldUnit.of(Literals.GRANT__BALANCE_DELAY_MONTHS).label("Balance delay"));
        Messages.use(Locale.FRENCH);
    }
}
