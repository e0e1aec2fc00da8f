/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.solver;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.entity.EntitySelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.value.ValueSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.perenne.optimisation.OptaPlannerClassLoader;
import org.perenne.optimisation.StoppableSolve;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
import org.perenne.optimisation.timetable.score.TimetableConstraints;

/**
 * Solves a weekly timetable (First Fit Decreasing — mandatory activities first — then simulated annealing)
 * with a time limit and an "unimproved for" limit, reporting each new
 * best solution, and can be stopped early keeping the best one. Creation and solving run with the
 * {@link OptaPlannerClassLoader} as context class loader (OptaPlanner's services under OSGi).
 */
public final class TimetableSolver extends StoppableSolve<WeeklyTimetable> {

    /** The solver configuration: this problem's classes, limits and checking mode. */
    public static SolverConfig config(Duration timeLimit, Duration unimprovedLimit, EnvironmentMode mode) {
        return new SolverConfig(TimetableSolver.class.getClassLoader())
                .withSolutionClass(WeeklyTimetable.class)
                .withEntityClasses(ScheduledActivity.class)
                .withConstraintProviderClass(TimetableConstraints.class)
                .withEnvironmentMode(mode)
                .withPhases(new ConstructionHeuristicPhaseConfig()
                        .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(moves())
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withSimulatedAnnealingStartingTemperature("0hard/0medium/50soft"))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4)))
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(unimprovedLimit));
    }

    /**
     * Local search moves: change the room, change the start, change both at once (the only way to
     * place an activity left out without passing through a half-placed one), and swaps.
     */
    private static UnionMoveSelectorConfig moves() {
        ChangeMoveSelectorConfig room = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withId("placedTogether"))
                .withValueSelectorConfig(new ValueSelectorConfig("room"));
        ChangeMoveSelectorConfig slot = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef("placedTogether"))
                .withValueSelectorConfig(new ValueSelectorConfig("slot"));
        return new UnionMoveSelectorConfig(List.of(
                new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig("room")),
                new ChangeMoveSelectorConfig().withValueSelectorConfig(new ValueSelectorConfig("slot")),
                new CartesianProductMoveSelectorConfig(List.of(room, slot)),
                new SwapMoveSelectorConfig()));
    }

    /** The score of each constraint for a solution, by constraint name. */
    public static Map<String, ConstraintMatchTotal<HardMediumSoftScore>> explain(WeeklyTimetable solution) {
        return StoppableSolve.explain(solution, config(Duration.ofSeconds(1), Duration.ofSeconds(1), EnvironmentMode.REPRODUCIBLE));
    }
}
