/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.domain;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A weekly activity to place: the solver chooses its room and start, or leaves it unassigned.
 * What it needs and when it may happen come from the canvas.
 */
@PlanningEntity(difficultyComparatorClass = ActivityDifficulty.class)
public class ScheduledActivity {

    @PlanningId
    private String id;
    private String name;
    private int durationMinutes;
    private int attendees;
    private Set<String> equipment;
    private Set<DayOfWeek> allowedDays;
    private int earliestMinute;
    private int latestMinute;
    /** Preferred start in minutes after midnight, or -1. */
    private int preferredMinute;
    private boolean revenue;
    private int value;
    private boolean mandatory;

    /** Rooms with enough seats and the equipment needed: the only rooms the solver tries. */
    private List<TimetableRoom> possibleRooms = List.of();
    /** Starts on the allowed days and inside the time window, when some possible room is open. */
    private List<TimeSlot> possibleSlots = List.of();

    @PlanningVariable(valueRangeProviderRefs = "possibleRooms", nullable = true)
    private TimetableRoom room;

    @PlanningVariable(valueRangeProviderRefs = "possibleSlots", nullable = true)
    private TimeSlot slot;

    public ScheduledActivity() {
        // for OptaPlanner's solution cloning
    }

    public ScheduledActivity(String id, String name, int durationMinutes, int attendees, Set<String> equipment,
            Set<DayOfWeek> allowedDays, int earliestMinute, int latestMinute, int preferredMinute, boolean revenue,
            int value, boolean mandatory) {
        this.id = id;
        this.name = name;
        this.durationMinutes = durationMinutes;
        this.attendees = attendees;
        this.equipment = Set.copyOf(equipment);
        this.allowedDays = Set.copyOf(allowedDays);
        this.earliestMinute = earliestMinute;
        this.latestMinute = latestMinute;
        this.preferredMinute = preferredMinute;
        this.revenue = revenue;
        this.value = value;
        this.mandatory = mandatory;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public int getAttendees() {
        return attendees;
    }

    public Set<String> getEquipment() {
        return equipment;
    }

    public Set<DayOfWeek> getAllowedDays() {
        return allowedDays;
    }

    /** The earliest start and the latest end of its window, in minutes of the day. */
    public int getEarliestMinute() {
        return earliestMinute;
    }

    public int getLatestMinute() {
        return latestMinute;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public boolean isRevenue() {
        return revenue;
    }

    /** Revenue of one session, or its social weight. */
    public int getValue() {
        return value;
    }

    /**
     * Keeps, as possible values, the rooms that fit the activity and the starts that respect its
     * days, its hours and the opening hours of one of those rooms.
     */
    public void restrictTo(List<TimetableRoom> rooms, List<TimeSlot> slots) {
        possibleRooms = rooms.stream()
                .filter(r -> r.getCapacity() >= attendees && r.getEquipment().containsAll(equipment)).toList();
        possibleSlots = slots.stream()
                .filter(s -> allowedDays.contains(s.day()) && s.startMinute() >= earliestMinute
                        && s.startMinute() + durationMinutes <= latestMinute)
                .filter(s -> possibleRooms.stream().anyMatch(r -> r.isOpen(s.day(), s.startMinute(), s.startMinute() + durationMinutes)))
                .toList();
    }

    @ValueRangeProvider(id = "possibleRooms")
    public List<TimetableRoom> getPossibleRooms() {
        return possibleRooms;
    }

    @ValueRangeProvider(id = "possibleSlots")
    public List<TimeSlot> getPossibleSlots() {
        return possibleSlots;
    }

    public TimetableRoom getRoom() {
        return room;
    }

    public void setRoom(TimetableRoom room) {
        this.room = room;
    }

    public TimeSlot getSlot() {
        return slot;
    }

    public void setSlot(TimeSlot slot) {
        this.slot = slot;
    }

    /** Placed: both a room and a start. */
    public boolean isPlaced() {
        return room != null && slot != null;
    }

    public int getStart() {
        return slot.startMinute();
    }

    public int getEnd() {
        return slot.startMinute() + durationMinutes;
    }

    public DayOfWeek getDay() {
        return slot.day();
    }

    /** Whether the chosen start respects the activity's days and time window. */
    public boolean isAllowedTime() {
        return allowedDays.contains(slot.day()) && slot.startMinute() >= earliestMinute && getEnd() <= latestMinute;
    }

    /** Minutes between the chosen and the preferred start (0 without a preference). */
    public int getMinutesFromPreferredStart() {
        return preferredMinute < 0 ? 0 : Math.abs(slot.startMinute() - preferredMinute);
    }

    @Override
    public String toString() {
        return name;
    }
}
