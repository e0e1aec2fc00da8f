/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A weekly activity to place: the solver chooses where and when it happens (a {@link Placement}), or leaves it
 * out. What it needs and when it may happen come from the canvas; its value is kept in cents.
 */
@PlanningEntity
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
    private long valueCents;
    private boolean mandatory;

    /** The rooms and starts where the activity fits: the only values the solver tries. */
    private List<Placement> possiblePlacements = List.of();

    @PlanningVariable(valueRangeProviderRefs = "possiblePlacements", nullable = true)
    private Placement placement;

    public ScheduledActivity() {
        // for OptaPlanner's solution cloning
    }

    /** An activity worth {@code value} euros a session (its revenue, or its social weight). */
    public ScheduledActivity(String id, String name, int durationMinutes, int attendees, Set<String> equipment,
            Set<DayOfWeek> allowedDays, int earliestMinute, int latestMinute, int preferredMinute, boolean revenue,
            double value, boolean mandatory) {
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
        this.valueCents = Math.round(value * 100);
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

    /** Revenue of one session, or its social weight, in cents. */
    public long getValueCents() {
        return valueCents;
    }

    /** Whether the activity fits in that room: enough seats and the equipment it needs. */
    public boolean fits(TimetableRoom room) {
        return room.getCapacity() >= attendees && room.getEquipment().containsAll(equipment);
    }

    /** Whether it may start then: one of its days, inside its hours. */
    public boolean allows(TimeSlot slot) {
        return allowedDays.contains(slot.day()) && slot.startMinute() >= earliestMinute
                && slot.startMinute() + durationMinutes <= latestMinute;
    }

    /**
     * Keeps, as possible values, the placements of the rooms it fits at the starts it allows, where the room
     * is open the whole time ({@code placements[room][slot]}, in the order of {@code rooms} and {@code slots}).
     */
    public void restrictTo(List<TimetableRoom> rooms, List<TimeSlot> slots, Placement[][] placements) {
        List<Placement> possible = new ArrayList<>();
        for (int s = 0; s < slots.size(); s++) {
            TimeSlot slot = slots.get(s);
            if (!allows(slot)) {
                continue;
            }
            for (int r = 0; r < rooms.size(); r++) {
                TimetableRoom room = rooms.get(r);
                if (fits(room) && room.isOpen(slot.day(), slot.startMinute(), slot.startMinute() + durationMinutes)) {
                    possible.add(placements[r][s]);
                }
            }
        }
        possiblePlacements = List.copyOf(possible);
    }

    @ValueRangeProvider(id = "possiblePlacements")
    public List<Placement> getPossiblePlacements() {
        return possiblePlacements;
    }

    public Placement getPlacement() {
        return placement;
    }

    public void setPlacement(Placement placement) {
        this.placement = placement;
    }

    /** Placed: a room and a start. */
    public boolean isPlaced() {
        return placement != null;
    }

    /** The room, when placed. */
    public TimetableRoom getRoom() {
        return placement == null ? null : placement.room();
    }

    public int getStart() {
        return placement.start();
    }

    public int getEnd() {
        return placement.start() + durationMinutes;
    }

    public DayOfWeek getDay() {
        return placement.day();
    }

    /** Minutes between a start and the preferred start (0 without a preference). */
    public int minutesFromPreferredStart(int start) {
        return preferredMinute < 0 ? 0 : Math.abs(start - preferredMinute);
    }

    @Override
    public String toString() {
        return name;
    }
}
