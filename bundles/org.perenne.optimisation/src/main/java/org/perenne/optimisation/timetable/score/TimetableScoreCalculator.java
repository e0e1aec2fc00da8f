/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.score;

import java.util.ArrayList;
import java.util.List;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.calculator.IncrementalScoreCalculator;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;

/**
 * The rules of {@link TimetableConstraints}, scored incrementally for the search: an activity that moves is taken
 * out of its room and day and put into another, and only the activities of those two are looked at. The
 * constraint streams stay the rules' definition and their explanation; in FULL_ASSERT mode every score this
 * calculator gives is checked against them.
 */
public final class TimetableScoreCalculator implements IncrementalScoreCalculator<WeeklyTimetable, HardMediumSoftLongScore> {

    /** The activities placed in each room and day ({@link org.perenne.optimisation.timetable.domain.Placement#roomDay()}). */
    private final List<List<ScheduledActivity>> placed = new ArrayList<>();
    private long hard;
    private long medium;
    private long soft;

    @Override
    public void resetWorkingSolution(WeeklyTimetable week) {
        placed.clear();
        for (int g = 0; g < week.getRooms().size() * 7; g++) {
            placed.add(new ArrayList<>());
        }
        hard = 0;
        medium = 0;
        soft = 0;
        week.getActivities().forEach(this::insert);
    }

    @Override
    public void beforeEntityAdded(Object entity) {
        // counted once added
    }

    @Override
    public void afterEntityAdded(Object entity) {
        insert((ScheduledActivity) entity);
    }

    @Override
    public void beforeVariableChanged(Object entity, String variableName) {
        retract((ScheduledActivity) entity);
    }

    @Override
    public void afterVariableChanged(Object entity, String variableName) {
        insert((ScheduledActivity) entity);
    }

    @Override
    public void beforeEntityRemoved(Object entity) {
        retract((ScheduledActivity) entity);
    }

    @Override
    public void afterEntityRemoved(Object entity) {
        // taken out before
    }

    @Override
    public HardMediumSoftLongScore calculateScore() {
        return HardMediumSoftLongScore.of(hard, medium, soft);
    }

    private void insert(ScheduledActivity activity) {
        count(activity, -1);
    }

    private void retract(ScheduledActivity activity) {
        count(activity, 1);
    }

    /** Adds (sign −1) or takes back (sign +1) what the activity costs where it stands. */
    private void count(ScheduledActivity activity, int sign) {
        if (!activity.isPlaced()) {
            medium += activity.isMandatory() ? sign : 0;
            soft += activity.getValueCents() > 0 ? sign * activity.getValueCents() : 0;
            return;
        }
        List<ScheduledActivity> sameRoomAndDay = placed.get(activity.getPlacement().roomDay());
        if (sign > 0) {
            sameRoomAndDay.remove(activity);
        }
        for (ScheduledActivity other : sameRoomAndDay) {
            int overlap = Math.min(activity.getEnd(), other.getEnd()) - Math.max(activity.getStart(), other.getStart());
            if (overlap > 0) {
                hard += sign * TimetableConstraints.halfHours(overlap);
            }
        }
        if (sign < 0) {
            sameRoomAndDay.add(activity);
        }
        soft += sign * (TimetableConstraints.preferredStartCents(activity, activity.getStart())
                + TimetableConstraints.wastedCapacityCents(activity, activity.getRoom().getCapacity()));
    }
}
