/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.solver;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.perenne.optimisation.timetable.domain.Placement;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.TimetableRoom;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;

/**
 * Local search moves that put an activity (left out or placed elsewhere) at one of its placements and take out
 * whatever is in the room at that time: how a more valuable activity takes the place of less valuable ones in a
 * full week (the others may then find a place again by the other moves). Random selection only; the activities
 * in each room and day are indexed once per step.
 */
public final class PlaceAndEjectMoves implements MoveIteratorFactory<WeeklyTimetable, PlacementsMove> {

    @Override
    public long getSize(ScoreDirector<WeeklyTimetable> director) {
        return director.getWorkingSolution().getActivities().stream().mapToLong(a -> a.getPossiblePlacements().size()).sum();
    }

    @Override
    public Iterator<PlacementsMove> createOriginalMoveIterator(ScoreDirector<WeeklyTimetable> director) {
        throw new UnsupportedOperationException("place-and-eject moves are selected at random");
    }

    @Override
    public Iterator<PlacementsMove> createRandomMoveIterator(ScoreDirector<WeeklyTimetable> director, Random random) {
        WeeklyTimetable week = director.getWorkingSolution();
        List<ScheduledActivity> movable = new ArrayList<>();
        Map<TimetableRoom, List<List<ScheduledActivity>>> placed = new IdentityHashMap<>();
        for (ScheduledActivity activity : week.getActivities()) {
            if (!activity.getPossiblePlacements().isEmpty()) {
                movable.add(activity);
            }
            if (activity.isPlaced()) {
                placed.computeIfAbsent(activity.getRoom(), room -> {
                    List<List<ScheduledActivity>> days = new ArrayList<>(7);
                    for (int d = 0; d < 7; d++) {
                        days.add(new ArrayList<>());
                    }
                    return days;
                }).get(activity.getDay().ordinal()).add(activity);
            }
        }
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !movable.isEmpty();
            }

            @Override
            public PlacementsMove next() {
                ScheduledActivity activity = movable.get(random.nextInt(movable.size()));
                List<Placement> possible = activity.getPossiblePlacements();
                Placement to = possible.get(random.nextInt(possible.size()));
                List<ScheduledActivity> activities = new ArrayList<>();
                List<Placement> placements = new ArrayList<>();
                List<List<ScheduledActivity>> days = placed.get(to.room());
                if (days != null) {
                    int end = to.start() + activity.getDurationMinutes();
                    for (ScheduledActivity other : days.get(to.day().ordinal())) {
                        if (other != activity && other.getStart() < end && to.start() < other.getEnd()) {
                            activities.add(other);
                            placements.add(null);
                        }
                    }
                }
                activities.add(activity);
                placements.add(to);
                return new PlacementsMove(activities, placements);
            }
        };
    }
}
