/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.plan.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.move.composite.CartesianProductMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.perenne.optimisation.OptaPlannerClassLoader;
import org.perenne.optimisation.StoppableSolve;
import org.perenne.optimisation.plan.domain.PlanDecision;
import org.perenne.optimisation.plan.domain.PlanOption;
import org.perenne.optimisation.plan.domain.SpacePlan;
import org.perenne.optimisation.plan.score.PlanConstraints;

/**
 * Solves the space and pricing plan: First Fit, then late acceptance over single changes and pairs
 * of changes (a room's function and a price often pay off only together), with a time limit and an
 * "unimproved for" limit.
 */
public final class PlanSolver extends StoppableSolve<SpacePlan> {

    /** Another option for one decision, and what the score would become with it (all else kept). */
    public record Alternative(PlanDecision decision, PlanOption option, HardSoftLongScore score) {
    }

    /** The solver configuration: this problem's classes, limits and checking mode. */
    public static SolverConfig config(Duration timeLimit, Duration unimprovedLimit, EnvironmentMode mode) {
        return new SolverConfig(PlanSolver.class.getClassLoader())
                .withSolutionClass(SpacePlan.class)
                .withEntityClasses(PlanDecision.class)
                .withConstraintProviderClass(PlanConstraints.class)
                .withEnvironmentMode(mode)
                .withPhases(new ConstructionHeuristicPhaseConfig()
                        .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT),
                        new LocalSearchPhaseConfig()
                                .withMoveSelectorConfig(new UnionMoveSelectorConfig(List.of(new ChangeMoveSelectorConfig(),
                                        new CartesianProductMoveSelectorConfig(
                                                List.of(new ChangeMoveSelectorConfig(), new ChangeMoveSelectorConfig())))))
                                .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(100))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1)))
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(unimprovedLimit));
    }

    private static SolverConfig scoring() {
        return config(Duration.ofSeconds(1), Duration.ofSeconds(1), EnvironmentMode.REPRODUCIBLE);
    }

    /** Scores plans outside a solve; built once, on first use. */
    private static final class Scoring {
        static final SolutionManager<SpacePlan, HardSoftLongScore> MANAGER = OptaPlannerClassLoader
                .run(() -> SolutionManager.create(SolverFactory.create(scoring())));
    }

    /** The score of each constraint for a plan, by constraint name. */
    public static Map<String, ConstraintMatchTotal<HardSoftLongScore>> explain(SpacePlan plan) {
        return StoppableSolve.explain(plan, scoring());
    }

    /** The score of a plan as it stands (also set on the plan). */
    public static HardSoftLongScore score(SpacePlan plan) {
        return OptaPlannerClassLoader.run(() -> Scoring.MANAGER.update(plan));
    }

    /**
     * Every other option of every decision with the score the plan would get with it: why a room got its
     * function, why a price was chosen. The plan is left as it was.
     */
    public static List<Alternative> alternatives(SpacePlan plan) {
        return OptaPlannerClassLoader.run(() -> {
            SolutionManager<SpacePlan, HardSoftLongScore> manager = Scoring.MANAGER;
            List<Alternative> alternatives = new ArrayList<>();
            for (PlanDecision decision : plan.getDecisions()) {
                PlanOption chosen = decision.getChoice();
                for (PlanOption option : decision.getOptions()) {
                    if (option.equals(chosen)) {
                        continue;
                    }
                    decision.setChoice(option);
                    alternatives.add(new Alternative(decision, option, manager.update(plan)));
                }
                decision.setChoice(chosen);
            }
            manager.update(plan);
            return alternatives;
        });
    }
}
