/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.solver;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.perenne.optimisation.timetable.domain.Placement;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.TimetableRoom;

/**
 * Which half hours of each room and day are taken: one bit per half hour (a day has 48), so that whether an
 * activity fits at a placement is one mask test. A half hour partly used counts as taken.
 */
final class TakenHalfHours {

    private final Map<TimetableRoom, long[]> byRoom = new IdentityHashMap<>();

    TakenHalfHours(List<TimetableRoom> rooms) {
        rooms.forEach(room -> byRoom.put(room, new long[7]));
    }

    /** Whether the activity would find the room free at that placement. */
    boolean isFree(ScheduledActivity activity, Placement placement) {
        return (day(placement) & mask(activity, placement)) == 0;
    }

    /** Marks the activity's half hours at that placement taken. */
    void take(ScheduledActivity activity, Placement placement) {
        byRoom.get(placement.room())[placement.day().ordinal()] |= mask(activity, placement);
    }

    private long day(Placement placement) {
        return byRoom.get(placement.room())[placement.day().ordinal()];
    }

    /** The half hours an activity takes at a placement, as bits of its day. */
    static long mask(ScheduledActivity activity, Placement placement) {
        int from = placement.start() / 30;
        int to = Math.min(48, (placement.start() + activity.getDurationMinutes() + 29) / 30);
        return (1L << to) - (1L << from);
    }
}
