/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.domain;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/** A room as the timetable sees it: capacity, equipment, opening hours. Part of a {@link Placement}. */
public final class TimetableRoom {

    /** One opening window: a day, from and to (minutes after midnight). */
    public record Opening(DayOfWeek day, int fromMinute, int toMinute) {
    }

    private final String id;
    private final String name;
    private final int capacity;
    private final Set<String> equipment;
    private final List<Opening> openings;

    public TimetableRoom(String id, String name, int capacity, Set<String> equipment, List<Opening> openings) {
        this.id = id;
        this.name = name;
        this.capacity = capacity;
        this.equipment = Set.copyOf(equipment);
        this.openings = List.copyOf(openings);
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public int getCapacity() {
        return capacity;
    }

    public Set<String> getEquipment() {
        return equipment;
    }

    public List<Opening> getOpenings() {
        return openings;
    }

    /** Whether the room is open the whole time from {@code from} to {@code to} on that day. */
    public boolean isOpen(DayOfWeek day, int from, int to) {
        for (Opening opening : openings) {
            if (opening.day() == day && opening.fromMinute() <= from && to <= opening.toMinute()) {
                return true;
            }
        }
        return false;
    }

    /** Opening minutes in a week. */
    public int weeklyOpenMinutes() {
        return openings.stream().mapToInt(o -> Math.max(0, o.toMinute() - o.fromMinute())).sum();
    }

    @Override
    public String toString() {
        return name;
    }
}
