/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.model;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.perenne.model.PerennePackage.Literals;

/**
 * The nine blocks of the canvas as workshops show them (docs/model-reference.md), plus a tenth for what belongs to
 * no block (seasonality, uncertainty, activities, plan settings): which object holds each block's
 * items and in which lists. The desktop cards and the report's canvas page both follow it.
 */
public final class CanvasBlocks {

    /** One block: its key ("offers"), the object holding its items, and the lists of items it shows. */
    public record Block(String key, Function<Canvas, EObject> owner, List<EReference> features) {

        /** The block's items, list by list (a single item counts as a list of one); empty when the canvas has no such block. */
        public List<EObject> items(Canvas canvas) {
            EObject holder = owner.apply(canvas);
            if (holder == null) {
                return List.of();
            }
            return features.stream().flatMap(feature -> {
                Object value = holder.eGet(feature);
                return value instanceof List<?> list ? list.stream() : value == null ? Stream.empty()
                        : Stream.of(value);
            }).map(EObject.class::cast).toList();
        }
    }

    /** The nine blocks, in the canvas's reading order, then the tenth. */
    public static final List<Block> ALL = List.of(
            new Block("community", Canvas::getCommunity, List.of(Literals.COMMUNITY_BLOCK__SEGMENTS)),
            new Block("offers", Canvas::getOffers, List.of(Literals.OFFERS_BLOCK__MEMBERSHIP_TIERS,
                    Literals.OFFERS_BLOCK__DROP_INS, Literals.OFFERS_BLOCK__RENTALS, Literals.OFFERS_BLOCK__SERVICES)),
            new Block("spaces", Canvas::getSpaces, List.of(Literals.SPACES_BLOCK__ROOMS)),
            new Block("team", Canvas::getTeam, List.of(Literals.TEAM_BLOCK__STAFF, Literals.TEAM_BLOCK__VOLUNTEERING)),
            new Block("partners", Canvas::getPartners, List.of(Literals.PARTNERS_BLOCK__FUNDERS)),
            new Block("income", Canvas::getIncome, List.of()),
            new Block("funding", Canvas::getFunding, List.of(Literals.FUNDING_BLOCK__GRANTS,
                    Literals.FUNDING_BLOCK__REIMBURSEMENT_GRANTS, Literals.FUNDING_BLOCK__LOANS)),
            new Block("costs", Canvas::getCosts, List.of(Literals.COSTS_BLOCK__FIXED_COSTS, Literals.COSTS_BLOCK__INVESTMENTS)),
            new Block("impact", Canvas::getImpact, List.of(Literals.IMPACT_BLOCK__INDICATORS)),
            new Block("other", canvas -> canvas, List.of(Literals.CANVAS__SEASONALITY_PROFILES,
                    Literals.CANVAS__UNCERTAINTIES, Literals.CANVAS__DRIVERS, Literals.CANVAS__ACTIVITIES, Literals.CANVAS__SPACE_PLAN_SETTINGS)));

    private CanvasBlocks() {
    }
}
