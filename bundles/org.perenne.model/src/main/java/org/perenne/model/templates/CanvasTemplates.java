/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model.templates;

import java.time.YearMonth;

import org.perenne.model.Canvas;
import org.perenne.model.PerenneFactory;

/** Canvases to start from. */
public final class CanvasTemplates {

    private static final PerenneFactory F = PerenneFactory.eINSTANCE;

    private CanvasTemplates() {
    }

    /** A canvas with its nine blocks present and empty, ready to be filled; other values at their defaults. */
    public static Canvas empty(String name, YearMonth startMonth, int horizonYears) {
        Canvas canvas = F.createCanvas();
        canvas.setName(name);
        canvas.setStartMonth(startMonth);
        canvas.setHorizonYears(horizonYears);
        canvas.setCommunity(F.createCommunityBlock());
        canvas.setOffers(F.createOffersBlock());
        canvas.setSpaces(F.createSpacesBlock());
        canvas.setTeam(F.createTeamBlock());
        canvas.setPartners(F.createPartnersBlock());
        canvas.setIncome(F.createIncomeBlock());
        canvas.setFunding(F.createFundingBlock());
        canvas.setCosts(F.createCostsBlock());
        canvas.setImpact(F.createImpactBlock());
        return canvas;
    }
}
