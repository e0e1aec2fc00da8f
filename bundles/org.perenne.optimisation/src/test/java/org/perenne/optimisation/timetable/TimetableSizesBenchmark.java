/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
import org.perenne.optimisation.timetable.solver.TimetableGenerator;
import org.perenne.optimisation.timetable.solver.TimetableSolver;

/**
 * Time until every mandatory activity is placed (hard and medium scores at 0) and score after the
 * time limit, for each generated size.
 * Slow: runs only with -Dperenne.benchmarks=true (seconds per size: -Dperenne.benchmarkSeconds, 30 by default).
 */
@EnabledIfSystemProperty(named = "perenne.benchmarks", matches = "true")
class TimetableSizesBenchmark {

    @ParameterizedTest
    @EnumSource(TimetableGenerator.Size.class)
    void timeToFeasibleAndScoreAfterTheLimit(TimetableGenerator.Size size) {
        long seconds = Long.getLong("perenne.benchmarkSeconds", 30);
        // 1. how long until every mandatory activity is placed without breaking a hard rule (a solve that
        //    stops there, at most 60 s); leaving activities out is allowed, so "hard-feasible" alone is immediate
        SolverConfig untilFeasible = TimetableSolver.config(Duration.ofSeconds(60), Duration.ofSeconds(60),
                EnvironmentMode.REPRODUCIBLE);
        untilFeasible.getTerminationConfig().setBestScoreLimit("0hard/0medium/" + Long.MIN_VALUE + "soft");
        long start = System.nanoTime();
        WeeklyTimetable feasible = new TimetableSolver().solve(TimetableGenerator.generate(size, 2026), untilFeasible,
                best -> {
                });
        double toFeasible = (System.nanoTime() - start) / 1e9;
        // 2. the score after the time limit
        WeeklyTimetable solution = new TimetableSolver().solve(TimetableGenerator.generate(size, 2026),
                TimetableSolver.config(Duration.ofSeconds(seconds), Duration.ofSeconds(seconds), EnvironmentMode.REPRODUCIBLE),
                best -> {
                });
        long placed = solution.getActivities().stream().filter(a -> a.isPlaced()).count();
        boolean reached = feasible.getScore().hardScore() == 0 && feasible.getScore().mediumScore() == 0;
        System.out.printf(Locale.ROOT, "TIMETABLE %s (%d rooms, %d activities): mandatory all placed %s after %.2f s; after %d s: %s, %d placed%n",
                size, size.rooms, size.activities, reached ? "" : "NOT (still " + feasible.getScore() + ")",
                toFeasible, seconds, solution.getScore(), placed);
    }
}
