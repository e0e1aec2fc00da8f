/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.plan.domain;

import java.util.EnumSet;
import java.util.Set;

import org.perenne.model.RoomFunction;
import org.perenne.model.ServiceKind;

/**
 * Which room functions can host which offers, for the space plan. Rentals need a room that can be
 * booked; a service held in a room needs a function suited to it; desks come from open coworking
 * and private offices (docs/model-reference.md).
 */
public final class RoomHosting {

    private static final Set<RoomFunction> BOOKABLE = EnumSet.of(RoomFunction.MEETING_ROOM, RoomFunction.EVENT_HALL,
            RoomFunction.EPN_TRAINING, RoomFunction.WORKSHOP_FABLAB);

    private RoomHosting() {
    }

    /** True for the functions whose capacity counts as desks for members. */
    public static boolean givesDesks(RoomFunction function) {
        return function == RoomFunction.OPEN_COWORKING || function == RoomFunction.PRIVATE_OFFICE;
    }

    /** Functions under which a room can still be rented by the hour. */
    public static Set<RoomFunction> rentals() {
        return EnumSet.copyOf(BOOKABLE);
    }

    /** Functions under which a room can hold a service of this kind. */
    public static Set<RoomFunction> services(ServiceKind kind) {
        return switch (kind) {
            case TRAINING -> EnumSet.of(RoomFunction.EPN_TRAINING, RoomFunction.MEETING_ROOM, RoomFunction.EVENT_HALL);
            case WORKSHOP -> EnumSet.of(RoomFunction.EPN_TRAINING, RoomFunction.MEETING_ROOM, RoomFunction.WORKSHOP_FABLAB,
                    RoomFunction.EVENT_HALL);
            case DIGITAL_MEDIATION -> EnumSet.of(RoomFunction.EPN_TRAINING);
            case EVENT -> EnumSet.of(RoomFunction.EVENT_HALL, RoomFunction.CAFE);
            case FABLAB_TIME -> EnumSet.of(RoomFunction.WORKSHOP_FABLAB);
            case CAFE -> EnumSet.of(RoomFunction.CAFE);
            // Domiciliation, hosting and other services do not depend on what the room is used for.
            case DOMICILIATION, HOSTING, OTHER -> EnumSet.allOf(RoomFunction.class);
        };
    }
}
