/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.solver;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.perenne.model.Activity;
import org.perenne.model.ActivityPriority;
import org.perenne.model.Canvas;
import org.perenne.model.Equipment;
import org.perenne.model.OpeningSlot;
import org.perenne.model.PerennePackage;
import org.perenne.model.Room;
import org.perenne.model.RoomRental;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.TimeSlot;
import org.perenne.optimisation.timetable.domain.TimetableRoom;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;

/**
 * Between the canvas and the timetable: builds the planning problem from the rooms and weekly
 * activities (starts every 30 minutes during opening hours), and turns a solution into the
 * occupancy of each room, applied back to the rentals as one undoable command.
 */
public final class TimetableMapping {

    /** Starts are chosen on this grid, in minutes. */
    public static final int SLOT_MINUTES = 30;

    private final Map<TimetableRoom, Room> rooms = new LinkedHashMap<>();
    private final WeeklyTimetable problem;

    public TimetableMapping(Canvas canvas) {
        List<TimetableRoom> timetableRooms = new ArrayList<>();
        for (Room room : canvas.getSpaces().getRooms()) {
            List<TimetableRoom.Opening> openings = new ArrayList<>();
            for (OpeningSlot slot : room.getOpeningHours()) {
                openings.add(new TimetableRoom.Opening(DayOfWeek.valueOf(slot.getDay().getName()), minutes(slot.getOpensAt()),
                        minutes(slot.getClosesAt())));
            }
            TimetableRoom timetableRoom = new TimetableRoom(room.getId() != null ? room.getId() : "room-" + rooms.size(),
                    room.getName(), room.getCapacity(),
                    room.getEquipment().stream().map(Equipment::getName).collect(Collectors.toSet()), openings);
            rooms.put(timetableRoom, room);
            timetableRooms.add(timetableRoom);
        }
        List<ScheduledActivity> activities = new ArrayList<>();
        for (Activity a : canvas.getActivities()) {
            Set<DayOfWeek> days = a.getAllowedDays().isEmpty() ? EnumSet.allOf(DayOfWeek.class)
                    : a.getAllowedDays().stream().map(d -> DayOfWeek.valueOf(d.getName()))
                            .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
            activities.add(new ScheduledActivity(a.getId() != null ? a.getId() : "activity-" + activities.size(),
                    a.getName(), a.getDurationMinutes(), a.getAttendees(),
                    a.getRequiredEquipment().stream().map(Equipment::getName).collect(Collectors.toSet()), days,
                    a.getEarliestStart() == null ? 0 : minutes(a.getEarliestStart()),
                    a.getLatestEnd() == null ? 24 * 60 : minutes(a.getLatestEnd()),
                    a.getPreferredStart() == null ? -1 : minutes(a.getPreferredStart()),
                    a.getPriority() == ActivityPriority.REVENUE, a.getValue(), a.isMandatory()));
        }
        problem = new WeeklyTimetable(timetableRooms, slots(timetableRooms), activities);
    }

    /** The planning problem (nothing placed yet). */
    public WeeklyTimetable problem() {
        return problem;
    }

    /** Starts every 30 minutes from the first opening to the last closing of any room, day by day. */
    public static List<TimeSlot> slots(List<TimetableRoom> rooms) {
        List<TimeSlot> slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            TreeSet<Integer> starts = new TreeSet<>();
            for (TimetableRoom room : rooms) {
                for (TimetableRoom.Opening opening : room.getOpenings()) {
                    if (opening.day() == day) {
                        for (int start = opening.fromMinute(); start + SLOT_MINUTES <= opening.toMinute(); start += SLOT_MINUTES) {
                            starts.add(start);
                        }
                    }
                }
            }
            starts.forEach(start -> slots.add(new TimeSlot(day, start)));
        }
        return slots;
    }

    /** Share of each room's weekly opening hours taken by the placed activities (0 to 1). */
    public Map<TimetableRoom, Double> occupancy(WeeklyTimetable solution) {
        Map<TimetableRoom, Double> occupancy = new LinkedHashMap<>();
        for (TimetableRoom room : solution.getRooms()) {
            int booked = solution.getActivities().stream().filter(a -> a.isPlaced() && a.getRoom().getId().equals(room.getId()))
                    .mapToInt(ScheduledActivity::getDurationMinutes).sum();
            int open = room.weeklyOpenMinutes();
            occupancy.put(room, open == 0 ? 0 : Math.min(1, booked / (double) open));
        }
        return occupancy;
    }

    /**
     * One undoable command setting the occupancy rate of each rental to the occupancy its room
     * has in the timetable.
     */
    public CompoundCommand applyOccupancy(EditingDomain domain, Canvas canvas, WeeklyTimetable solution) {
        Map<String, Double> byRoom = new LinkedHashMap<>();
        occupancy(solution).forEach((room, share) -> byRoom.put(room.getId(), share));
        CompoundCommand command = new CompoundCommand("Apply the timetable's occupancy");
        for (Map.Entry<TimetableRoom, Room> entry : rooms.entrySet()) {
            Double share = byRoom.get(entry.getKey().getId());
            for (RoomRental rental : canvas.getOffers().getRentals()) {
                if (rental.getRoom() == entry.getValue() && share != null) {
                    command.append(SetCommand.create(domain, rental, PerennePackage.Literals.ROOM_RENTAL__OCCUPANCY_RATE, share));
                }
            }
        }
        return command;
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }
}
