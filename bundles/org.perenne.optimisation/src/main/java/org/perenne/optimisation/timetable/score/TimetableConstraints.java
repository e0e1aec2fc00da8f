/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.score;

import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.overlapping;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;

/**
 * The rules of the weekly timetable (docs/model-reference.md, "Weekly timetable"), soft values in cents. An
 * activity only ever takes a placement where it fits (seats, equipment, the room open the whole time, its own days
 * and hours: {@link ScheduledActivity#getPossiblePlacements()}), so the one hard rule left to score is: no two
 * activities in a room at once. Medium: every mandatory activity placed. Soft: the value of activities left out,
 * distance from the preferred start, seats left empty (1 € a half hour, 1 € per ten seats).
 */
public final class TimetableConstraints implements ConstraintProvider {

    /** What a half hour from the preferred start, or ten empty seats, weigh: one euro. */
    public static final long EURO = 100;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                roomConflict(factory),
                mandatoryActivityPlaced(factory),
                unplacedActivityValue(factory),
                preferredStart(factory),
                wastedCapacity(factory)
        };
    }

    /** Hard: two activities in the same room at the same time, per half hour of overlap. */
    Constraint roomConflict(ConstraintFactory factory) {
        return factory.forEachUniquePair(ScheduledActivity.class,
                equal(ScheduledActivity::getRoom),
                equal(ScheduledActivity::getDay),
                overlapping(ScheduledActivity::getStart, ScheduledActivity::getEnd))
                .penalizeLong(HardMediumSoftLongScore.ONE_HARD,
                        (a, b) -> halfHours(Math.min(a.getEnd(), b.getEnd()) - Math.max(a.getStart(), b.getStart())))
                .asConstraint("roomConflict");
    }

    /** Medium: a mandatory activity left out. */
    Constraint mandatoryActivityPlaced(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ScheduledActivity.class)
                .filter(a -> a.isMandatory() && !a.isPlaced())
                .penalize(HardMediumSoftLongScore.ONE_MEDIUM)
                .asConstraint("mandatoryActivityPlaced");
    }

    /** Soft: the revenue or social value of each activity left out, in cents. */
    Constraint unplacedActivityValue(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ScheduledActivity.class)
                .filter(a -> !a.isPlaced() && a.getValueCents() > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, ScheduledActivity::getValueCents)
                .asConstraint("unplacedActivityValue");
    }

    /** Soft: one euro per half hour between the start and the preferred start. */
    Constraint preferredStart(ConstraintFactory factory) {
        return factory.forEach(ScheduledActivity.class)
                .filter(a -> a.minutesFromPreferredStart(a.getStart()) > 0)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, a -> preferredStartCents(a, a.getStart()))
                .asConstraint("preferredStart");
    }

    /** Soft: one euro per ten seats left empty, so that small groups go to small rooms. */
    Constraint wastedCapacity(ConstraintFactory factory) {
        return factory.forEach(ScheduledActivity.class)
                .filter(a -> a.getRoom().getCapacity() - a.getAttendees() >= 10)
                .penalizeLong(HardMediumSoftLongScore.ONE_SOFT, a -> wastedCapacityCents(a, a.getRoom().getCapacity()))
                .asConstraint("wastedCapacity");
    }

    /** What starting then costs the activity, in cents (the preferred-start rule). */
    public static long preferredStartCents(ScheduledActivity activity, int start) {
        return EURO * halfHours(activity.minutesFromPreferredStart(start));
    }

    /** What a room of that capacity costs the activity, in cents (the wasted-capacity rule). */
    public static long wastedCapacityCents(ScheduledActivity activity, int capacity) {
        return EURO * ((capacity - activity.getAttendees()) / 10);
    }

    static int halfHours(int minutes) {
        return (minutes + 29) / 30;
    }
}
