/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.solver;

import java.util.List;

import org.perenne.optimisation.timetable.domain.Placement;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.TimetableRoom;

/**
 * Which half hours of each room and day are taken: one bit per half hour (a day has 48), so that whether an
 * activity fits at a placement is one mask test. A half hour partly used counts as taken.
 */
final class TakenHalfHours {

    /** By room and day ({@link Placement#roomDay()}). */
    private final long[] taken;

    TakenHalfHours(List<TimetableRoom> rooms) {
        taken = new long[rooms.size() * 7];
    }

    /** The half hours taken in a room and day ({@link Placement#roomDay()}), as bits. */
    long of(int roomDay) {
        return taken[roomDay];
    }

    /** Whether the activity would find the room free at that placement. */
    boolean isFree(ScheduledActivity activity, Placement placement) {
        return (taken[placement.roomDay()] & mask(activity, placement)) == 0;
    }

    /** Marks the activity's half hours at that placement taken. */
    void take(ScheduledActivity activity, Placement placement) {
        taken[placement.roomDay()] |= mask(activity, placement);
    }

    /** The half hours an activity takes at a placement, as bits of its day. */
    static long mask(ScheduledActivity activity, Placement placement) {
        int from = placement.start() / 30;
        int to = Math.min(48, (placement.start() + activity.getDurationMinutes() + 29) / 30);
        return (1L << to) - (1L << from);
    }
}
