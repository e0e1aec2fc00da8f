/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.score;

import static org.optaplanner.core.api.score.stream.Joiners.equal;
import static org.optaplanner.core.api.score.stream.Joiners.overlapping;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;

/**
 * The rules of the weekly timetable (docs/model-reference.md, "Weekly timetable"). Hard: capacity, equipment, no
 * overlap, opening hours, the activity's own days and hours, room and time chosen together.
 * Medium: every mandatory activity placed. Soft: the value of activities left out, distance from
 * the preferred start, seats left empty.
 */
public final class TimetableConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                roomCapacity(factory),
                requiredEquipment(factory),
                roomConflict(factory),
                openingHours(factory),
                allowedTimes(factory),
                roomAndTimeTogether(factory),
                mandatoryActivityPlaced(factory),
                unplacedActivityValue(factory),
                preferredStart(factory),
                wastedCapacity(factory)
        };
    }

    /** Hard: more attendees than seats, per attendee too many. */
    Constraint roomCapacity(ConstraintFactory factory) {
        return factory.forEach(ScheduledActivity.class)
                .filter(a -> a.getAttendees() > a.getRoom().getCapacity())
                .penalize(HardMediumSoftScore.ONE_HARD, a -> a.getAttendees() - a.getRoom().getCapacity())
                .asConstraint("roomCapacity");
    }

    /** Hard: each piece of equipment the activity needs and the room lacks. */
    Constraint requiredEquipment(ConstraintFactory factory) {
        return factory.forEach(ScheduledActivity.class)
                .filter(a -> !a.getRoom().getEquipment().containsAll(a.getEquipment()))
                .penalize(HardMediumSoftScore.ONE_HARD,
                        a -> (int) a.getEquipment().stream().filter(e -> !a.getRoom().getEquipment().contains(e)).count())
                .asConstraint("requiredEquipment");
    }

    /** Hard: two activities in the same room at the same time, per half hour of overlap. */
    Constraint roomConflict(ConstraintFactory factory) {
        return factory.forEachUniquePair(ScheduledActivity.class,
                equal(ScheduledActivity::getRoom),
                equal(ScheduledActivity::getDay),
                overlapping(ScheduledActivity::getStart, ScheduledActivity::getEnd))
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (a, b) -> halfHours(Math.min(a.getEnd(), b.getEnd()) - Math.max(a.getStart(), b.getStart())))
                .asConstraint("roomConflict");
    }

    /** Hard: an activity that does not fit in the room's opening hours of that day. */
    Constraint openingHours(ConstraintFactory factory) {
        return factory.forEach(ScheduledActivity.class)
                .filter(a -> !a.getRoom().isOpen(a.getDay(), a.getStart(), a.getEnd()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("openingHours");
    }

    /** Hard: an activity placed on a day or at an hour it does not allow. */
    Constraint allowedTimes(ConstraintFactory factory) {
        return factory.forEach(ScheduledActivity.class)
                .filter(a -> !a.isAllowedTime())
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("allowedTimes");
    }

    /** Hard: a room without a time or a time without a room. */
    Constraint roomAndTimeTogether(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ScheduledActivity.class)
                .filter(a -> (a.getRoom() == null) != (a.getSlot() == null))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("roomAndTimeTogether");
    }

    /** Medium: a mandatory activity left out. */
    Constraint mandatoryActivityPlaced(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ScheduledActivity.class)
                .filter(a -> a.isMandatory() && !a.isPlaced())
                .penalize(HardMediumSoftScore.ONE_MEDIUM)
                .asConstraint("mandatoryActivityPlaced");
    }

    /** Soft: the revenue or social value of each activity left out. */
    Constraint unplacedActivityValue(ConstraintFactory factory) {
        return factory.forEachIncludingNullVars(ScheduledActivity.class)
                .filter(a -> !a.isPlaced() && a.getValue() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, ScheduledActivity::getValue)
                .asConstraint("unplacedActivityValue");
    }

    /** Soft: per half hour between the start and the preferred start. */
    Constraint preferredStart(ConstraintFactory factory) {
        return factory.forEach(ScheduledActivity.class)
                .filter(a -> a.getMinutesFromPreferredStart() > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, a -> halfHours(a.getMinutesFromPreferredStart()))
                .asConstraint("preferredStart");
    }

    /** Soft: seats left empty, per ten seats, so that small groups go to small rooms. */
    Constraint wastedCapacity(ConstraintFactory factory) {
        return factory.forEach(ScheduledActivity.class)
                .filter(a -> a.getRoom().getCapacity() - a.getAttendees() >= 10)
                .penalize(HardMediumSoftScore.ONE_SOFT, a -> (a.getRoom().getCapacity() - a.getAttendees()) / 10)
                .asConstraint("wastedCapacity");
    }

    private static int halfHours(int minutes) {
        return (minutes + 29) / 30;
    }
}
