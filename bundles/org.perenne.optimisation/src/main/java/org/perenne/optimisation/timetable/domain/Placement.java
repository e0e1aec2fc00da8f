/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.domain;

import java.time.DayOfWeek;

/**
 * Where and when an activity happens: a room and a start. The planning value of an activity; the week builds one
 * per room and start, and each activity may only take those where it fits (seats, equipment, the room open the
 * whole time, the activity's own days and hours). {@code roomDay} numbers the room and day in the week (the room's
 * position × 7 + the day's), for the solver's indexes.
 */
public record Placement(TimetableRoom room, TimeSlot slot, int roomDay) {

    public DayOfWeek day() {
        return slot.day();
    }

    public int start() {
        return slot.startMinute();
    }

    @Override
    public String toString() {
        return room + " " + slot;
    }
}
