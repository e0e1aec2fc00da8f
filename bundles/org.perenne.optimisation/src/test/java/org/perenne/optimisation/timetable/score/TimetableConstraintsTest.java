/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.score;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.TimeSlot;
import org.perenne.optimisation.timetable.domain.TimetableRoom;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;

/** One test per constraint, named after it. */
class TimetableConstraintsTest {

    private final ConstraintVerifier<TimetableConstraints, WeeklyTimetable> verifier = ConstraintVerifier
            .build(new TimetableConstraints(), WeeklyTimetable.class, ScheduledActivity.class);

    /** A room for 12 with a projector, open Monday 9:00–18:00. */
    private static final TimetableRoom ROOM = new TimetableRoom("room", "Canopée", 12, Set.of("PROJECTOR"),
            List.of(new TimetableRoom.Opening(DayOfWeek.MONDAY, 9 * 60, 18 * 60)));
    private static final TimeSlot MONDAY_10 = new TimeSlot(DayOfWeek.MONDAY, 10 * 60);
    private static final TimeSlot MONDAY_11 = new TimeSlot(DayOfWeek.MONDAY, 11 * 60);

    private static ScheduledActivity activity(String id, int minutes, int attendees, Set<String> equipment, int value,
            boolean mandatory, int preferred) {
        return new ScheduledActivity(id, id, minutes, attendees, equipment, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
                9 * 60, 17 * 60, preferred, true, value, mandatory);
    }

    private static ScheduledActivity placed(ScheduledActivity activity, TimetableRoom room, TimeSlot slot) {
        activity.setRoom(room);
        activity.setSlot(slot);
        return activity;
    }

    @Test
    void roomCapacity() {
        verifier.verifyThat(TimetableConstraints::roomCapacity)
                .given(placed(activity("a", 60, 15, Set.of(), 0, false, -1), ROOM, MONDAY_10))
                .penalizesBy(3); // 15 attendees, 12 seats
        verifier.verifyThat(TimetableConstraints::roomCapacity)
                .given(placed(activity("a", 60, 12, Set.of(), 0, false, -1), ROOM, MONDAY_10))
                .penalizesBy(0);
    }

    @Test
    void requiredEquipment() {
        verifier.verifyThat(TimetableConstraints::requiredEquipment)
                .given(placed(activity("a", 60, 5, Set.of("PROJECTOR", "LASER_CUTTER", "KITCHEN"), 0, false, -1), ROOM,
                        MONDAY_10))
                .penalizesBy(2);
        verifier.verifyThat(TimetableConstraints::requiredEquipment)
                .given(placed(activity("a", 60, 5, Set.of("PROJECTOR"), 0, false, -1), ROOM, MONDAY_10))
                .penalizesBy(0);
    }

    @Test
    void roomConflict() {
        // 10:00–12:00 and 11:00–12:00 in the same room overlap for an hour: 2 half hours
        verifier.verifyThat(TimetableConstraints::roomConflict)
                .given(placed(activity("a", 120, 5, Set.of(), 0, false, -1), ROOM, MONDAY_10),
                        placed(activity("b", 60, 5, Set.of(), 0, false, -1), ROOM, MONDAY_11))
                .penalizesBy(2);
        verifier.verifyThat(TimetableConstraints::roomConflict)
                .given(placed(activity("a", 60, 5, Set.of(), 0, false, -1), ROOM, MONDAY_10),
                        placed(activity("b", 60, 5, Set.of(), 0, false, -1), ROOM, MONDAY_11))
                .penalizesBy(0); // back to back
    }

    @Test
    void openingHours() {
        verifier.verifyThat(TimetableConstraints::openingHours)
                .given(placed(activity("a", 60, 5, Set.of(), 0, false, -1), ROOM, new TimeSlot(DayOfWeek.MONDAY, 17 * 60 + 30)))
                .penalizesBy(1); // ends at 18:30, the room closes at 18:00
        verifier.verifyThat(TimetableConstraints::openingHours)
                .given(placed(activity("a", 60, 5, Set.of(), 0, false, -1), ROOM, new TimeSlot(DayOfWeek.TUESDAY, 10 * 60)))
                .penalizesBy(1); // closed on Tuesday
        verifier.verifyThat(TimetableConstraints::openingHours)
                .given(placed(activity("a", 60, 5, Set.of(), 0, false, -1), ROOM, new TimeSlot(DayOfWeek.MONDAY, 17 * 60)))
                .penalizesBy(0);
    }

    @Test
    void allowedTimes() {
        verifier.verifyThat(TimetableConstraints::allowedTimes)
                .given(placed(activity("a", 60, 5, Set.of(), 0, false, -1), ROOM, new TimeSlot(DayOfWeek.WEDNESDAY, 10 * 60)))
                .penalizesBy(1); // Monday or Tuesday only
        verifier.verifyThat(TimetableConstraints::allowedTimes)
                .given(placed(activity("a", 60, 5, Set.of(), 0, false, -1), ROOM, new TimeSlot(DayOfWeek.MONDAY, 16 * 60 + 30)))
                .penalizesBy(1); // ends 17:30, after the latest end 17:00
        verifier.verifyThat(TimetableConstraints::allowedTimes)
                .given(placed(activity("a", 60, 5, Set.of(), 0, false, -1), ROOM, new TimeSlot(DayOfWeek.MONDAY, 16 * 60)))
                .penalizesBy(0);
    }

    @Test
    void roomAndTimeTogether() {
        verifier.verifyThat(TimetableConstraints::roomAndTimeTogether)
                .given(placed(activity("a", 60, 5, Set.of(), 0, false, -1), ROOM, null),
                        placed(activity("b", 60, 5, Set.of(), 0, false, -1), null, MONDAY_10),
                        activity("c", 60, 5, Set.of(), 0, false, -1))
                .penalizesBy(2);
    }

    @Test
    void mandatoryActivityPlaced() {
        verifier.verifyThat(TimetableConstraints::mandatoryActivityPlaced)
                .given(activity("a", 60, 5, Set.of(), 0, true, -1), activity("b", 60, 5, Set.of(), 0, false, -1),
                        placed(activity("c", 60, 5, Set.of(), 0, true, -1), ROOM, MONDAY_10))
                .penalizesBy(1);
    }

    @Test
    void unplacedActivityValue() {
        verifier.verifyThat(TimetableConstraints::unplacedActivityValue)
                .given(activity("a", 60, 5, Set.of(), 250, false, -1), activity("b", 60, 5, Set.of(), 8, false, -1),
                        placed(activity("c", 60, 5, Set.of(), 1_000, false, -1), ROOM, MONDAY_10))
                .penalizesBy(258);
    }

    @Test
    void preferredStart() {
        // wanted at 14:00, placed at 10:00: 4 hours = 8 half hours
        verifier.verifyThat(TimetableConstraints::preferredStart)
                .given(placed(activity("a", 60, 5, Set.of(), 0, false, 14 * 60), ROOM, MONDAY_10),
                        placed(activity("b", 60, 5, Set.of(), 0, false, -1), ROOM, MONDAY_11))
                .penalizesBy(8);
    }

    @Test
    void wastedCapacity() {
        TimetableRoom hall = new TimetableRoom("hall", "Hall", 80, Set.of(),
                List.of(new TimetableRoom.Opening(DayOfWeek.MONDAY, 9 * 60, 18 * 60)));
        verifier.verifyThat(TimetableConstraints::wastedCapacity)
                .given(placed(activity("a", 60, 6, Set.of(), 0, false, -1), hall, MONDAY_10),
                        placed(activity("b", 60, 6, Set.of(), 0, false, -1), ROOM, MONDAY_11))
                .penalizesBy(7); // 74 empty seats in the hall → 7; 6 in the small room → 0
    }
}
