/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.domain;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;

/** The week to plan: rooms, possible starts, activities, and the score of their placement. */
@PlanningSolution
public class WeeklyTimetable {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<TimetableRoom> rooms;

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<TimeSlot> slots;

    @PlanningEntityCollectionProperty
    private List<ScheduledActivity> activities;

    @PlanningScore
    private HardMediumSoftScore score;

    public WeeklyTimetable() {
        // for OptaPlanner's solution cloning
    }

    public WeeklyTimetable(List<TimetableRoom> rooms, List<TimeSlot> slots, List<ScheduledActivity> activities) {
        this.rooms = rooms;
        this.slots = slots;
        this.activities = activities;
    }

    public List<TimetableRoom> getRooms() {
        return rooms;
    }

    public List<TimeSlot> getSlots() {
        return slots;
    }

    public List<ScheduledActivity> getActivities() {
        return activities;
    }

    public HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftScore score) {
        this.score = score;
    }
}
