/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.edit;

import java.util.Comparator;
import java.util.Optional;

import org.perenne.model.Canvas;
import org.perenne.model.Grant;
import org.perenne.model.MembershipTier;
import org.perenne.model.RoomRental;

/**
 * The items a workshop moves and a search starts from, chosen once for every view: the residents' tier (the one
 * that takes the most of a desk, then the dearest), the first room rental and the main grant (the largest
 * committed total).
 */
public final class Levers {

    private Levers() {
    }

    /** The residents' tier: the one that takes the most of a desk, then the dearest. */
    public static Optional<MembershipTier> resident(Canvas canvas) {
        return canvas.getOffers() == null ? Optional.empty()
                : canvas.getOffers().getMembershipTiers().stream().max(Comparator
                        .comparingDouble(MembershipTier::getDeskUsage).thenComparingDouble(MembershipTier::getMonthlyFee));
    }

    /** The first room rental. */
    public static Optional<RoomRental> rental(Canvas canvas) {
        return canvas.getOffers() == null ? Optional.empty() : canvas.getOffers().getRentals().stream().findFirst();
    }

    /** The main grant: of those with committed amounts, the largest committed total. */
    public static Optional<Grant> mainGrant(Canvas canvas) {
        return canvas.getFunding() == null ? Optional.empty()
                : canvas.getFunding().getGrants().stream().filter(g -> !g.getCommittedAmounts().isEmpty())
                        .max(Comparator.comparingDouble(g -> g.getCommittedAmounts().stream().mapToDouble(Double::doubleValue).sum()));
    }
}
