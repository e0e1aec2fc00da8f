/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
import org.perenne.optimisation.timetable.solver.TimetableGenerator;
import org.perenne.optimisation.timetable.solver.TimetableSolver;

/** The search's incremental score is the constraint streams' score, from scratch and after every change. */
class TimetableScoreCalculatorTest {

    private static HardMediumSoftLongScore rules(WeeklyTimetable week) {
        return TimetableSolver.explain(week).values().stream().map(ConstraintMatchTotal::getScore)
                .reduce(HardMediumSoftLongScore.ZERO, HardMediumSoftLongScore::add);
    }

    @Test
    void theIncrementalScoreIsTheRulesScoreOnRandomWeeks() {
        Random random = new Random(15);
        WeeklyTimetable week = TimetableGenerator.generate(TimetableGenerator.Size.S, 15);
        TimetableScoreCalculator calculator = new TimetableScoreCalculator();
        calculator.resetWorkingSolution(week);
        long overlaps = 0;
        for (int change = 0; change < 2_000; change++) {
            ScheduledActivity activity = week.getActivities().get(random.nextInt(week.getActivities().size()));
            calculator.beforeVariableChanged(activity, "placement");
            // mostly placed, and into few rooms and days, so that activities overlap
            activity.setPlacement(random.nextInt(5) == 0 || activity.getPossiblePlacements().isEmpty() ? null
                    : activity.getPossiblePlacements().get(random.nextInt(Math.min(12, activity.getPossiblePlacements().size()))));
            calculator.afterVariableChanged(activity, "placement");
            if (change % 100 == 99) {
                HardMediumSoftLongScore expected = rules(week);
                assertEquals(expected, calculator.calculateScore(), "after " + (change + 1) + " changes");
                TimetableScoreCalculator fresh = new TimetableScoreCalculator();
                fresh.resetWorkingSolution(week);
                assertEquals(expected, fresh.calculateScore(), "from scratch");
                overlaps += expected.hardScore() < 0 ? 1 : 0;
            }
        }
        assertTrue(overlaps > 10, "the weeks compared had overlaps: " + overlaps);
    }
}
