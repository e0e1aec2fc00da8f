/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.domain;

import java.util.List;

import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/** The week to plan: rooms, possible starts, activities, and the score of their placement. */
@PlanningSolution
public class WeeklyTimetable {

    @ProblemFactCollectionProperty
    private List<TimetableRoom> rooms;

    @ProblemFactCollectionProperty
    private List<TimeSlot> slots;

    @PlanningEntityCollectionProperty
    private List<ScheduledActivity> activities;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public WeeklyTimetable() {
        // for OptaPlanner's solution cloning
    }

    /** A week to plan; each activity may only take the placements (room and start) where it fits. */
    public WeeklyTimetable(List<TimetableRoom> rooms, List<TimeSlot> slots, List<ScheduledActivity> activities) {
        this.rooms = rooms;
        this.slots = slots;
        this.activities = activities;
        Placement[][] placements = new Placement[rooms.size()][slots.size()];
        for (int r = 0; r < rooms.size(); r++) {
            for (int s = 0; s < slots.size(); s++) {
                placements[r][s] = new Placement(rooms.get(r), slots.get(s), r * 7 + slots.get(s).day().ordinal());
            }
        }
        activities.forEach(activity -> activity.restrictTo(rooms, slots, placements));
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

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
