/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.solver;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.TimetableRoom;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;

/**
 * Realistic timetable instances of a given size, from a seed: rooms of a tiers-lieu (meeting rooms,
 * workshops, halls) open on weekdays, some on Saturday; activities of 1 to 4 hours asking for
 * equipment some room has, one in five mandatory.
 */
public final class TimetableGenerator {

    /** The sizes of the benchmark: rooms and activities. */
    public enum Size {
        S(5, 40), M(15, 300), L(30, 1_000), XL(60, 3_000);

        public final int rooms;
        public final int activities;

        Size(int rooms, int activities) {
            this.rooms = rooms;
            this.activities = activities;
        }
    }

    private static final List<String> EQUIPMENT = List.of("PROJECTOR", "VIDEOCONFERENCE", "WHITEBOARD", "COMPUTERS",
            "PRINTER_3D", "LASER_CUTTER", "KITCHEN", "SOUND_SYSTEM");

    private TimetableGenerator() {
    }

    public static WeeklyTimetable generate(Size size, long seed) {
        Random random = new Random(seed);
        List<TimetableRoom> rooms = new ArrayList<>();
        for (int r = 0; r < size.rooms; r++) {
            int capacity = List.of(6, 8, 12, 12, 16, 20, 30, 60, 90).get(random.nextInt(9));
            Set<String> equipment = new TreeSet<>();
            for (String item : EQUIPMENT) {
                if (random.nextDouble() < 0.35) {
                    equipment.add(item);
                }
            }
            List<TimetableRoom.Opening> openings = new ArrayList<>();
            int opens = (8 + random.nextInt(2)) * 60;
            int closes = (18 + random.nextInt(4)) * 60;
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.getValue() <= 5 || day == DayOfWeek.SATURDAY && random.nextBoolean()) {
                    openings.add(new TimetableRoom.Opening(day, opens, closes));
                }
            }
            rooms.add(new TimetableRoom("room-" + r, "Room " + r, capacity, equipment, openings));
        }
        List<ScheduledActivity> activities = new ArrayList<>();
        for (int a = 0; a < size.activities; a++) {
            TimetableRoom fit = rooms.get(random.nextInt(rooms.size()));
            Set<String> equipment = new TreeSet<>();
            for (String item : fit.getEquipment()) {
                if (random.nextDouble() < 0.3) {
                    equipment.add(item);
                }
            }
            EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            while (days.size() < 2 + random.nextInt(4)) {
                days.add(DayOfWeek.of(1 + random.nextInt(5)));
            }
            int duration = 60 + 30 * random.nextInt(7);
            int earliest = 8 * 60 + 30 * random.nextInt(4);
            boolean revenue = random.nextBoolean();
            activities.add(new ScheduledActivity("activity-" + a, "Activity " + a, duration,
                    1 + random.nextInt(Math.max(1, fit.getCapacity())), equipment, days, earliest, 21 * 60,
                    random.nextInt(4) == 0 ? earliest + 60 * random.nextInt(4) : -1, revenue,
                    revenue ? 50 + random.nextInt(500) : 5 + random.nextInt(50), random.nextInt(5) == 0));
        }
        return new WeeklyTimetable(rooms, TimetableMapping.slots(rooms), activities);
    }
}
