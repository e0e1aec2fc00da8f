/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.plan.domain;

import org.perenne.model.RoomFunction;

/**
 * One value a decision may take: a function for a room, or a price level for an offer.
 *
 * @param decision index of the decision it belongs to
 * @param index    position among that decision's options
 * @param function the room function, or null for a price
 * @param price    the price level (0 for a room function)
 */
public record PlanOption(int decision, int index, RoomFunction function, double price) {

    public static PlanOption function(int decision, int index, RoomFunction function) {
        return new PlanOption(decision, index, function, 0);
    }

    public static PlanOption price(int decision, int index, double price) {
        return new PlanOption(decision, index, null, price);
    }
}
