/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.domain;

import java.time.DayOfWeek;

/** When an activity starts: a day and a time (minutes after midnight). Part of a {@link Placement}. */
public record TimeSlot(DayOfWeek day, int startMinute) {

    @Override
    public String toString() {
        return day + " " + String.format("%02d:%02d", startMinute / 60, startMinute % 60);
    }
}
