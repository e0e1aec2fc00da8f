/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.perenne.optimisation.timetable.domain.Placement;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.TimeSlot;
import org.perenne.optimisation.timetable.domain.TimetableRoom;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;

/** The week people read: each placed activity a block where the solution put it, each one left out with its reason. */
class WeekTest {

    private static final EnumSet<DayOfWeek> MONDAY = EnumSet.of(DayOfWeek.MONDAY);

    private static ScheduledActivity activity(String id, int attendees, Set<String> equipment, Set<DayOfWeek> days, int from, int to,
            boolean mandatory) {
        return new ScheduledActivity(id, "Activité " + id, 60, attendees, equipment, days, from, to, -1, !mandatory, 100, mandatory);
    }

    /** The activity's placement in that room at that start. */
    private static Placement at(ScheduledActivity activity, TimetableRoom room, TimeSlot slot) {
        return activity.getPossiblePlacements().stream().filter(p -> p.room() == room && p.slot().equals(slot)).findFirst().orElseThrow();
    }

    @Test
    void blocksAreThePlacementsAndEachActivityLeftOutSaysWhy() {
        TimetableRoom small = new TimetableRoom("small", "Petite salle", 6, Set.of("PROJECTOR"),
                List.of(new TimetableRoom.Opening(DayOfWeek.MONDAY, 9 * 60, 12 * 60)));
        TimetableRoom hall = new TimetableRoom("hall", "Grande salle", 40, Set.of(),
                List.of(new TimetableRoom.Opening(DayOfWeek.MONDAY, 9 * 60, 10 * 60),
                        new TimetableRoom.Opening(DayOfWeek.TUESDAY, 14 * 60, 18 * 60)));
        List<TimeSlot> slots = List.of(new TimeSlot(DayOfWeek.MONDAY, 9 * 60), new TimeSlot(DayOfWeek.TUESDAY, 14 * 60));
        ScheduledActivity placedLate = activity("b", 10, Set.of(), EnumSet.of(DayOfWeek.TUESDAY), 14 * 60, 18 * 60, false);
        ScheduledActivity placedEarly = activity("a", 4, Set.of("PROJECTOR"), MONDAY, 9 * 60, 12 * 60, true);
        ScheduledActivity crowd = activity("crowd", 80, Set.of(), MONDAY, 9 * 60, 12 * 60, false);
        ScheduledActivity projector = activity("projector", 20, Set.of("PROJECTOR"), MONDAY, 9 * 60, 12 * 60, false);
        ScheduledActivity evening = activity("evening", 4, Set.of(), MONDAY, 18 * 60, 21 * 60, false);
        ScheduledActivity missed = activity("missed", 10, Set.of(), EnumSet.of(DayOfWeek.TUESDAY), 14 * 60, 18 * 60, true);
        ScheduledActivity taken = activity("taken", 4, Set.of("PROJECTOR"), MONDAY, 9 * 60, 10 * 60, false);
        List<ScheduledActivity> activities = new ArrayList<>(List.of(placedLate, placedEarly, crowd, projector, evening, missed, taken));
        WeeklyTimetable solution = new WeeklyTimetable(List.of(small, hall), slots, activities);
        placedLate.setPlacement(at(placedLate, hall, slots.get(1)));
        placedEarly.setPlacement(at(placedEarly, small, slots.get(0)));

        Week week = Week.of(solution);
        assertEquals(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY), week.days());
        assertEquals(9 * 60, week.firstMinute());
        assertEquals(18 * 60, week.lastMinute());
        assertEquals(List.of(new Week.Block("a", "Activité a", "small", DayOfWeek.MONDAY, 9 * 60, 10 * 60, 4, true, false),
                new Week.Block("b", "Activité b", "hall", DayOfWeek.TUESDAY, 14 * 60, 15 * 60, 10, false, true)), week.placed(),
                "by day then time, each where the solution put it");
        assertEquals(List.of("missed", "crowd", "projector", "evening", "taken"),
                week.unplaced().stream().map(Week.Unplaced::activityId).toList(), "the mandatory ones first");
        assertEquals(List.of(Week.Reason.FREE_BUT_NOT_FOUND, Week.Reason.TOO_MANY_PEOPLE, Week.Reason.NO_EQUIPMENT, Week.Reason.NO_OPEN_TIME,
                Week.Reason.ROOMS_TAKEN), week.unplaced().stream().map(Week.Unplaced::reason).toList(),
                "the hall is free on Tuesday from 15:00; the small room, the only one with a projector, is taken on Monday at 9:00");
        assertEquals("Grande salle", week.room(week.placed().get(1)).name());
    }
}
