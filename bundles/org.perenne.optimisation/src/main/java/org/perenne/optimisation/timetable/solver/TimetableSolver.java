/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.solver;

import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;

import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.perenne.optimisation.OptaPlannerClassLoader;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
import org.perenne.optimisation.timetable.score.TimetableConstraints;

/**
 * Solves a weekly timetable with a time limit and an "unimproved for" limit, reporting each new
 * best solution, and can be stopped early keeping the best one. Creation and solving run with the
 * {@link OptaPlannerClassLoader} as context class loader (OptaPlanner's services under OSGi).
 */
public final class TimetableSolver {

    private volatile Solver<WeeklyTimetable> running;

    /** The solver configuration: this problem's classes, limits and checking mode. */
    public static SolverConfig config(Duration timeLimit, Duration unimprovedLimit, EnvironmentMode mode) {
        return new SolverConfig(TimetableSolver.class.getClassLoader())
                .withSolutionClass(WeeklyTimetable.class)
                .withEntityClasses(ScheduledActivity.class)
                .withConstraintProviderClass(TimetableConstraints.class)
                .withEnvironmentMode(mode)
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(unimprovedLimit));
    }

    /** Solves; {@code onBest} hears every new best solution (from the solver's thread). */
    public WeeklyTimetable solve(WeeklyTimetable problem, SolverConfig config, Consumer<WeeklyTimetable> onBest) {
        return OptaPlannerClassLoader.run(() -> {
            Solver<WeeklyTimetable> solver = SolverFactory.<WeeklyTimetable> create(config).buildSolver();
            solver.addEventListener(event -> onBest.accept(event.getNewBestSolution()));
            running = solver;
            try {
                return solver.solve(problem);
            } finally {
                running = null;
            }
        });
    }

    /** Stops the running solve early; it returns the best solution found so far. */
    public void stop() {
        Solver<WeeklyTimetable> solver = running;
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    /** The score of each constraint for a solution, by constraint name. */
    public static Map<String, ConstraintMatchTotal<HardMediumSoftScore>> explain(WeeklyTimetable solution) {
        return OptaPlannerClassLoader.run(() -> {
            SolverFactory<WeeklyTimetable> factory = SolverFactory.create(config(Duration.ofSeconds(1), Duration.ofSeconds(1),
                    EnvironmentMode.REPRODUCIBLE));
            SolutionManager<WeeklyTimetable, HardMediumSoftScore> manager = SolutionManager.create(factory);
            ScoreExplanation<WeeklyTimetable, HardMediumSoftScore> explanation = manager.explain(solution);
            Map<String, ConstraintMatchTotal<HardMediumSoftScore>> byName = new java.util.LinkedHashMap<>();
            explanation.getConstraintMatchTotalMap().values()
                    .forEach(total -> byName.put(total.getConstraintName(), total));
            return byName;
        });
    }
}
