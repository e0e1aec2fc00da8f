/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.domain;

import java.util.Comparator;

/**
 * Which activities are hardest to place, for the construction heuristic (hardest first): mandatory
 * ones, then those few rooms can take, then those with few possible starts, then the longest.
 */
public final class ActivityDifficulty implements Comparator<ScheduledActivity> {

    private static final Comparator<ScheduledActivity> ORDER = Comparator
            .comparing(ScheduledActivity::isMandatory)
            .thenComparingInt(a -> -a.getPossibleRooms().size())
            .thenComparingInt(a -> -a.getPossibleSlots().size())
            .thenComparingInt(ScheduledActivity::getDurationMinutes)
            .thenComparing(ScheduledActivity::getId);

    @Override
    public int compare(ScheduledActivity a, ScheduledActivity b) {
        return ORDER.compare(a, b);
    }
}
