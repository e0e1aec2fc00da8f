/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import org.perenne.optimisation.timetable.domain.Placement;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;

/**
 * Local search moves that put an activity (one left out every other time, else any) at one of its placements, take
 * out whatever is in the room at that time, and move each activity taken out to the first of its placements still
 * free (from a random one on), or leave it out when none is: how a more valuable activity takes the place of less
 * valuable ones in a full week without losing them when there is room elsewhere. Random selection only; the week
 * is indexed once per step (which half hours of each room and day are taken, and by whom).
 */
public final class PlaceAndEjectMoves implements MoveIteratorFactory<WeeklyTimetable, PlacementsMove> {

    /** Placements tried, at most, for each activity taken out. */
    private static final int TRIES = 500;

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
        return new Moves(director.getWorkingSolution(), random);
    }

    /** The moves of one step: the week as it is at the step's start (each move is undone before the next). */
    private static final class Moves implements Iterator<PlacementsMove> {

        private final Random random;
        private final List<ScheduledActivity> movable = new ArrayList<>();
        private final List<ScheduledActivity> leftOut = new ArrayList<>();
        /** Per room and day: the half hours taken, and the activities placed there. */
        private final TakenHalfHours taken;
        private final List<List<ScheduledActivity>> placed;
        /** The half hours of the rooms and days a move changes, as the move leaves them. */
        private int[] changedGroup = new int[16];
        private long[] changedMask = new long[16];
        private int changes;

        Moves(WeeklyTimetable week, Random random) {
            this.random = random;
            taken = new TakenHalfHours(week.getRooms());
            placed = new ArrayList<>(week.getRooms().size() * 7);
            for (int g = 0; g < week.getRooms().size() * 7; g++) {
                placed.add(new ArrayList<>());
            }
            for (ScheduledActivity activity : week.getActivities()) {
                if (!activity.getPossiblePlacements().isEmpty()) {
                    movable.add(activity);
                    if (!activity.isPlaced()) {
                        leftOut.add(activity);
                    }
                }
                if (activity.isPlaced()) {
                    taken.take(activity, activity.getPlacement());
                    placed.get(activity.getPlacement().roomDay()).add(activity);
                }
            }
        }

        @Override
        public boolean hasNext() {
            return !movable.isEmpty();
        }

        @Override
        public PlacementsMove next() {
            List<ScheduledActivity> from = !leftOut.isEmpty() && random.nextBoolean() ? leftOut : movable;
            ScheduledActivity activity = from.get(random.nextInt(from.size()));
            List<Placement> possible = activity.getPossiblePlacements();
            Placement to = possible.get(random.nextInt(possible.size()));
            changes = 0;
            List<ScheduledActivity> activities = new ArrayList<>();
            List<Placement> placements = new ArrayList<>();
            if (activity.isPlaced()) {
                free(activity, activity.getPlacement());
            }
            int end = to.start() + activity.getDurationMinutes();
            for (ScheduledActivity other : placed.get(to.roomDay())) {
                if (other != activity && other.getStart() < end && to.start() < other.getEnd()) {
                    activities.add(other);
                    free(other, other.getPlacement());
                }
            }
            take(activity, to);
            for (ScheduledActivity out : activities) {
                placements.add(firstFree(out));
            }
            activities.add(activity);
            placements.add(to);
            return new PlacementsMove(activities, placements);
        }

        /** The first placement still free for an activity taken out, from a random one on; taken. Or none. */
        private Placement firstFree(ScheduledActivity activity) {
            List<Placement> possible = activity.getPossiblePlacements();
            int first = random.nextInt(possible.size());
            for (int k = 0; k < Math.min(TRIES, possible.size()); k++) {
                Placement placement = possible.get((first + k) % possible.size());
                if ((halfHours(placement.roomDay()) & TakenHalfHours.mask(activity, placement)) == 0) {
                    take(activity, placement);
                    return placement;
                }
            }
            return null;
        }

        private void free(ScheduledActivity activity, Placement placement) {
            int g = placement.roomDay();
            change(g, halfHours(g) & ~TakenHalfHours.mask(activity, placement));
        }

        private void take(ScheduledActivity activity, Placement placement) {
            int g = placement.roomDay();
            change(g, halfHours(g) | TakenHalfHours.mask(activity, placement));
        }

        /** The half hours taken in a room and day, with the move's changes so far. */
        private long halfHours(int g) {
            for (int c = 0; c < changes; c++) {
                if (changedGroup[c] == g) {
                    return changedMask[c];
                }
            }
            return taken.of(g);
        }

        private void change(int g, long mask) {
            for (int c = 0; c < changes; c++) {
                if (changedGroup[c] == g) {
                    changedMask[c] = mask;
                    return;
                }
            }
            if (changes == changedGroup.length) {
                changedGroup = Arrays.copyOf(changedGroup, 2 * changes);
                changedMask = Arrays.copyOf(changedMask, 2 * changes);
            }
            changedGroup[changes] = g;
            changedMask[changes++] = mask;
        }

    }
}
