/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.optaplanner.core.api.score.Score;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;

import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;

/**
 * Runs one solve at a time for a problem type, reporting every new best solution, and stops it early
 * on request (the solve then returns the best solution so far). Creation and solving run with the
 * {@link OptaPlannerClassLoader} as context class loader.
 */
public class StoppableSolve<S> {

    private volatile Solver<S> running;

    /**
     * How long a search goes on without finding better before it stops: a third of its time, at least a second, never
     * beyond the time itself (the desktop and the command line stop the same way).
     */
    public static Duration unimprovedLimit(Duration limit) {
        Duration third = Duration.ofMillis(limit.toMillis() / 3); // the solver counts whole milliseconds
        Duration atLeast = third.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : third;
        return atLeast.compareTo(limit) > 0 ? limit : atLeast;
    }

    /** Solves; {@code onBest} hears every new best solution (from the solver's thread). */
    public S solve(S problem, SolverConfig config, Consumer<S> onBest) {
        return OptaPlannerClassLoader.run(() -> {
            Solver<S> solver = SolverFactory.<S> create(config).buildSolver();
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
        Solver<S> solver = running;
        if (solver != null) {
            solver.terminateEarly();
        }
    }

    /** The score of each constraint for a solution, by constraint name. */
    public static <S, T extends Score<T>> Map<String, ConstraintMatchTotal<T>> explain(S solution, SolverConfig config) {
        return OptaPlannerClassLoader.run(() -> {
            SolutionManager<S, T> manager = SolutionManager.create(SolverFactory.<S> create(config));
            Map<String, ConstraintMatchTotal<T>> byName = new LinkedHashMap<>();
            manager.explain(solution).getConstraintMatchTotalMap().values()
                    .forEach(total -> byName.put(total.getConstraintName(), total));
            return byName;
        });
    }
}
