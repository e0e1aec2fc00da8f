/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.solver;

import java.util.Comparator;
import java.util.List;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.perenne.optimisation.timetable.domain.Placement;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
import org.perenne.optimisation.timetable.score.TimetableConstraints;

/**
 * The first week, built in one pass before the local search: mandatory activities first (those with the fewest
 * placements first), then the others by value per hour of room time, the highest first; each takes, among the
 * placements still free, the one the soft rules like best (nearest its preferred start, fewest empty seats), or
 * stays out when none is free. Activities already placed stay where they are.
 */
public final class TimetableConstruction implements CustomPhaseCommand<WeeklyTimetable> {

    /** The order in which activities choose. */
    static final Comparator<ScheduledActivity> ORDER = Comparator.comparing((ScheduledActivity a) -> !a.isMandatory())
            .thenComparing(a -> a.isMandatory() ? a.getPossiblePlacements().size() : 0)
            .thenComparingDouble(a -> -(double) a.getValueCents() / a.getDurationMinutes())
            .thenComparingInt(a -> a.getPossiblePlacements().size())
            .thenComparing(ScheduledActivity::getId);

    @Override
    public void changeWorkingSolution(ScoreDirector<WeeklyTimetable> director) {
        WeeklyTimetable week = director.getWorkingSolution();
        TakenHalfHours taken = new TakenHalfHours(week.getRooms());
        week.getActivities().stream().filter(ScheduledActivity::isPlaced).forEach(a -> taken.take(a, a.getPlacement()));
        List<ScheduledActivity> waiting = week.getActivities().stream().filter(a -> !a.isPlaced()).sorted(ORDER).toList();
        for (ScheduledActivity activity : waiting) {
            Placement best = null;
            long bestCost = Long.MAX_VALUE;
            for (Placement placement : activity.getPossiblePlacements()) {
                long cost = cost(activity, placement);
                if (cost < bestCost && taken.isFree(activity, placement)) {
                    best = placement;
                    bestCost = cost;
                }
            }
            if (best != null) {
                director.beforeVariableChanged(activity, "placement");
                activity.setPlacement(best);
                director.afterVariableChanged(activity, "placement");
                taken.take(activity, best);
            }
        }
        director.triggerVariableListeners();
    }

    /** What the soft rules charge the activity at that placement, in cents. */
    static long cost(ScheduledActivity activity, Placement placement) {
        return TimetableConstraints.preferredStartCents(activity, placement.start())
                + TimetableConstraints.wastedCapacityCents(activity, placement.room().getCapacity());
    }
}
