/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.solver;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.move.AbstractMove;
import org.perenne.optimisation.timetable.domain.Placement;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;

/**
 * Gives several activities a placement at once (or leaves them out, with {@code null}): an activity put where
 * others were, those others taken out, in one step.
 */
final class PlacementsMove extends AbstractMove<WeeklyTimetable> {

    private final List<ScheduledActivity> activities;
    private final List<Placement> placements;

    PlacementsMove(List<ScheduledActivity> activities, List<Placement> placements) {
        this.activities = activities;
        this.placements = placements;
    }

    @Override
    public boolean isMoveDoable(ScoreDirector<WeeklyTimetable> director) {
        for (int i = 0; i < activities.size(); i++) {
            if (!Objects.equals(activities.get(i).getPlacement(), placements.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected PlacementsMove createUndoMove(ScoreDirector<WeeklyTimetable> director) {
        List<Placement> before = new ArrayList<>(activities.size());
        activities.forEach(activity -> before.add(activity.getPlacement()));
        return new PlacementsMove(activities, before);
    }

    @Override
    protected void doMoveOnGenuineVariables(ScoreDirector<WeeklyTimetable> director) {
        for (int i = 0; i < activities.size(); i++) {
            ScheduledActivity activity = activities.get(i);
            director.beforeVariableChanged(activity, "placement");
            activity.setPlacement(placements.get(i));
            director.afterVariableChanged(activity, "placement");
        }
    }

    @Override
    public PlacementsMove rebase(ScoreDirector<WeeklyTimetable> destination) {
        return new PlacementsMove(rebaseList(activities, destination), placements);
    }

    @Override
    public Collection<ScheduledActivity> getPlanningEntities() {
        return activities;
    }

    @Override
    public Collection<Placement> getPlanningValues() {
        return placements.stream().filter(Objects::nonNull).toList();
    }

    @Override
    public String toString() {
        return activities + " -> " + placements;
    }
}
