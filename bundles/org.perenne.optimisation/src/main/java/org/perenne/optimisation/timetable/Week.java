/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.TimetableRoom;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
import org.perenne.optimisation.timetable.solver.TimetableMapping;

/**
 * A solved week as people read it, with no solver type in it: the rooms and their opening hours, each
 * placed activity as a block (room, day, start, end), and each activity left out with the reason. The
 * week grid of the application draws it, {@code timetable.csv} lists it: the same placements.
 *
 * @param rooms the rooms, in the canvas's order
 * @param days the days some room opens, Monday first
 * @param firstMinute the earliest opening of the week (minutes of the day)
 * @param lastMinute the latest closing
 * @param placed the placed activities, by day, start, then room
 * @param unplaced the activities left out, mandatory first
 */
public record Week(List<Room> rooms, List<DayOfWeek> days, int firstMinute, int lastMinute, List<Block> placed,
        List<Unplaced> unplaced) {

    /** A room and when it opens. */
    public record Room(String id, String name, int capacity, List<TimetableRoom.Opening> openings) {

        /** Whether the room is open at that minute of that day. */
        public boolean isOpen(DayOfWeek day, int minute) {
            return openings.stream().anyMatch(o -> o.day() == day && o.fromMinute() <= minute && minute < o.toMinute());
        }
    }

    /** An activity placed: where, when, for how many, and whether it earns money (revenue) or serves a public (social). */
    public record Block(String activityId, String activity, String roomId, DayOfWeek day, int start, int end, int attendees,
            boolean mandatory, boolean revenue) {
    }

    /** Why an activity is left out. */
    public enum Reason {
        /** No room holds that many people. */
        TOO_MANY_PEOPLE,
        /** The rooms big enough lack the equipment it needs. */
        NO_EQUIPMENT,
        /** The rooms that fit are never open on its days, within its hours, for its whole duration. */
        NO_OPEN_TIME,
        /** The rooms that fit are taken at every start it could have by other activities. */
        ROOMS_TAKEN,
        /** A room that fits is free at one of its starts: the search stopped before it placed it there. */
        FREE_BUT_NOT_FOUND
    }

    /** An activity left out, and why. */
    public record Unplaced(String activityId, String activity, int attendees, boolean mandatory, boolean revenue, Reason reason) {
    }

    /** The week of a solution (solved or not: what is placed is placed). */
    public static Week of(WeeklyTimetable solution) {
        List<Room> rooms = solution.getRooms().stream()
                .map(r -> new Room(r.getId(), Objects.toString(r.getName(), r.getId()), r.getCapacity(), List.copyOf(r.getOpenings())))
                .toList();
        TreeSet<DayOfWeek> days = new TreeSet<>();
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (TimetableRoom room : solution.getRooms()) {
            for (TimetableRoom.Opening opening : room.getOpenings()) {
                days.add(opening.day());
                first = Math.min(first, opening.fromMinute());
                last = Math.max(last, opening.toMinute());
            }
        }
        List<Block> placed = new ArrayList<>();
        List<Unplaced> unplaced = new ArrayList<>();
        for (ScheduledActivity activity : solution.getActivities()) {
            String name = Objects.toString(activity.getName(), activity.getId());
            if (activity.isPlaced()) {
                placed.add(new Block(activity.getId(), name, activity.getRoom().getId(), activity.getDay(), activity.getStart(),
                        activity.getEnd(), activity.getAttendees(), activity.isMandatory(), activity.isRevenue()));
                days.add(activity.getDay());
                first = Math.min(first, activity.getStart());
                last = Math.max(last, activity.getEnd());
            } else {
                unplaced.add(new Unplaced(activity.getId(), name, activity.getAttendees(), activity.isMandatory(), activity.isRevenue(),
                        reason(activity, solution)));
            }
        }
        List<String> order = rooms.stream().map(Room::id).toList();
        placed.sort(Comparator.comparing(Block::day).thenComparingInt(Block::start).thenComparingInt(b -> order.indexOf(b.roomId())));
        unplaced.sort(Comparator.comparing((Unplaced u) -> !u.mandatory()));
        if (first > last) {
            first = 9 * 60;
            last = 18 * 60;
        }
        return new Week(rooms, List.copyOf(days), first, last, List.copyOf(placed), List.copyOf(unplaced));
    }

    private static Reason reason(ScheduledActivity activity, WeeklyTimetable solution) {
        List<TimetableRoom> bigEnough = solution.getRooms().stream().filter(r -> r.getCapacity() >= activity.getAttendees()).toList();
        if (bigEnough.isEmpty()) {
            return Reason.TOO_MANY_PEOPLE;
        }
        List<TimetableRoom> fitting = bigEnough.stream().filter(r -> r.getEquipment().containsAll(activity.getEquipment())).toList();
        if (fitting.isEmpty()) {
            return Reason.NO_EQUIPMENT;
        }
        boolean open = false;
        for (TimetableRoom room : fitting) {
            for (TimetableRoom.Opening opening : room.getOpenings()) {
                if (!activity.getAllowedDays().contains(opening.day())) {
                    continue;
                }
                int latest = Math.min(opening.toMinute(), activity.getLatestMinute()) - activity.getDurationMinutes();
                for (int start = Math.max(opening.fromMinute(), activity.getEarliestMinute()); start <= latest; start += TimetableMapping.SLOT_MINUTES) {
                    open = true;
                    if (free(solution, room, opening.day(), start, start + activity.getDurationMinutes())) {
                        return Reason.FREE_BUT_NOT_FOUND;
                    }
                }
            }
        }
        return open ? Reason.ROOMS_TAKEN : Reason.NO_OPEN_TIME;
    }

    private static boolean free(WeeklyTimetable solution, TimetableRoom room, DayOfWeek day, int from, int to) {
        return solution.getActivities().stream().noneMatch(other -> other.isPlaced() && other.getRoom() == room && other.getDay() == day
                && other.getStart() < to && from < other.getEnd());
    }

    /** The room of a block. */
    public Room room(Block block) {
        return rooms.stream().filter(r -> r.id().equals(block.roomId())).findFirst().orElseThrow();
    }
}
