/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.perenne.optimisation.timetable.domain.Placement;
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

    private static ScheduledActivity activity(String id, int minutes, int attendees, Set<String> equipment, double value,
            boolean mandatory, int preferred) {
        return new ScheduledActivity(id, id, minutes, attendees, equipment, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY),
                9 * 60, 17 * 60, preferred, true, value, mandatory);
    }

    private static ScheduledActivity placed(ScheduledActivity activity, TimetableRoom room, TimeSlot slot) {
        new WeeklyTimetable(List.of(room), List.of(slot), List.of(activity)); // the activity's placements in that week
        activity.setPlacement(activity.getPossiblePlacements().get(0));
        return activity;
    }

    /** Seats, equipment, opening hours and the activity's own days and hours are kept by its possible placements. */
    @Test
    void anActivityOnlyTakesPlacementsWhereItFits() {
        TimetableRoom small = new TimetableRoom("small", "Small", 6, Set.of("PROJECTOR"),
                List.of(new TimetableRoom.Opening(DayOfWeek.MONDAY, 9 * 60, 18 * 60)));
        TimetableRoom bare = new TimetableRoom("bare", "Bare", 40, Set.of(),
                List.of(new TimetableRoom.Opening(DayOfWeek.MONDAY, 9 * 60, 18 * 60)));
        List<TimeSlot> slots = List.of(new TimeSlot(DayOfWeek.MONDAY, 16 * 60), new TimeSlot(DayOfWeek.MONDAY, 16 * 60 + 30),
                new TimeSlot(DayOfWeek.TUESDAY, 10 * 60), new TimeSlot(DayOfWeek.WEDNESDAY, 10 * 60));
        ScheduledActivity projector = activity("projector", 60, 10, Set.of("PROJECTOR"), 0, false, -1);
        ScheduledActivity ten = activity("ten", 60, 10, Set.of(), 0, false, -1);
        ScheduledActivity five = activity("five", 60, 5, Set.of(), 0, false, -1);
        new WeeklyTimetable(List.of(ROOM, small, bare), slots, List.of(projector, ten, five));
        // Monday 16:30 ends at 17:30, after the activities' latest end (17:00); Tuesday: the rooms are closed;
        // Wednesday: not one of the activities' days; the small room has 6 seats, the bare room no projector
        assertEquals(List.of("Canopée MONDAY 16:00"), names(projector));
        assertEquals(List.of("Canopée MONDAY 16:00", "Bare MONDAY 16:00"), names(ten));
        assertEquals(List.of("Canopée MONDAY 16:00", "Small MONDAY 16:00", "Bare MONDAY 16:00"), names(five));
    }

    private static List<String> names(ScheduledActivity activity) {
        return activity.getPossiblePlacements().stream().map(Placement::toString).toList();
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
    void mandatoryActivityPlaced() {
        verifier.verifyThat(TimetableConstraints::mandatoryActivityPlaced)
                .given(activity("a", 60, 5, Set.of(), 0, true, -1), activity("b", 60, 5, Set.of(), 0, false, -1),
                        placed(activity("c", 60, 5, Set.of(), 0, true, -1), ROOM, MONDAY_10))
                .penalizesBy(1);
    }

    @Test
    void unplacedActivityValue() {
        verifier.verifyThat(TimetableConstraints::unplacedActivityValue)
                .given(activity("a", 60, 5, Set.of(), 250, false, -1), activity("b", 60, 5, Set.of(), 8.45, false, -1),
                        placed(activity("c", 60, 5, Set.of(), 1_000, false, -1), ROOM, MONDAY_10))
                .penalizesBy(25_845); // in cents: 8,45 € counts to the cent
    }

    @Test
    void preferredStart() {
        // wanted at 14:00, placed at 10:00: 4 hours = 8 half hours
        verifier.verifyThat(TimetableConstraints::preferredStart)
                .given(placed(activity("a", 60, 5, Set.of(), 0, false, 14 * 60), ROOM, MONDAY_10),
                        placed(activity("b", 60, 5, Set.of(), 0, false, -1), ROOM, MONDAY_11))
                .penalizesBy(800); // 1 € a half hour
    }

    @Test
    void wastedCapacity() {
        TimetableRoom hall = new TimetableRoom("hall", "Hall", 80, Set.of(),
                List.of(new TimetableRoom.Opening(DayOfWeek.MONDAY, 9 * 60, 18 * 60)));
        verifier.verifyThat(TimetableConstraints::wastedCapacity)
                .given(placed(activity("a", 60, 6, Set.of(), 0, false, -1), hall, MONDAY_10),
                        placed(activity("b", 60, 6, Set.of(), 0, false, -1), ROOM, MONDAY_11))
                .penalizesBy(700); // 74 empty seats in the hall → 7 €; 6 in the small room → 0
    }
}
