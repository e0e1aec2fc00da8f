/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.plan.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

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
import org.perenne.optimisation.RuleOutcome;
import org.perenne.optimisation.Standing;
import org.perenne.optimisation.StoppableSolve;
import org.perenne.optimisation.plan.domain.PlanDecision;
import org.perenne.optimisation.plan.domain.PlanOption;
import org.perenne.optimisation.plan.domain.PlanOutcome;
import org.perenne.optimisation.plan.domain.SpacePlan;
import org.perenne.optimisation.plan.score.PlanConstraints;

/**
 * Solves the space and pricing plan: First Fit, then late acceptance over single changes and pairs
 * of changes (a room's function and a price often pay off only together), with a time limit and an
 * "unimproved for" limit.
 */
public final class PlanSolver extends StoppableSolve<SpacePlan> {

    /**
     * Another option for one decision, and what it would change (all else kept): on the strict level (what is missing, in
     * the rules' hundredths) and in the plan's value (cents a year).
     */
    public record Alternative(PlanDecision decision, PlanOption option, long hardChange, long softCentsChange) {

        /** Whether the plan would be better with it (a strict rule kept first, then the value). */
        public boolean isBetter() {
            return hardChange > 0 || hardChange == 0 && softCentsChange > 0;
        }
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

    /** Solves for at most {@code limit} (stopping sooner when nothing better comes), reproducibly. */
    public SpacePlan solveWithin(SpacePlan problem, Duration limit, Consumer<SpacePlan> onBest) {
        return solve(problem, config(limit, unimprovedLimit(limit), EnvironmentMode.REPRODUCIBLE), onBest);
    }

    /** Where a plan stands: its strict rules and its value a year (its score, computed when it has none). */
    public static Standing standing(SpacePlan plan) {
        HardSoftLongScore score = plan.getScore() != null ? plan.getScore() : score(plan);
        return new Standing(score.hardScore() >= 0, 0, score.softScore() / 100.0, score.toString());
    }

    /**
     * What each rule gives for a plan, in its own unit: what is missing for a strict rule; the yearly result, hours,
     * people and sales for the value, with what each is worth in euros.
     */
    public static List<RuleOutcome> outcomes(SpacePlan plan) {
        PlanOutcome outcome = plan.outcome();
        List<RuleOutcome> outcomes = new ArrayList<>();
        explain(plan).forEach((name, total) -> {
            HardSoftLongScore score = total.getScore();
            double missing = -score.hardScore() / 100.0; // the strict rules count hundredths of what is missing
            RuleOutcome.Unit unit = switch (name) {
                case "deskCapacity", "committedResidentDesks" -> RuleOutcome.Unit.DESKS_MISSING;
                case "requiredPublicHours" -> RuleOutcome.Unit.HOURS_A_WEEK_MISSING;
                case "solidarityPriceCap" -> RuleOutcome.Unit.EUROS_ABOVE_CAP;
                case "multiYearResult", "multiYearLoss" -> RuleOutcome.Unit.EUROS_A_YEAR;
                case "publicHoursImpact" -> RuleOutcome.Unit.HOURS_A_YEAR;
                case "beneficiariesImpact" -> RuleOutcome.Unit.PEOPLE_A_YEAR;
                case "solidarityImpact" -> RuleOutcome.Unit.SALES_A_YEAR;
                default -> throw new IllegalStateException("A plan rule without a unit: " + name);
            };
            double amount = switch (unit) {
                case EUROS_A_YEAR -> outcome.averageYearlyResult();
                case HOURS_A_YEAR -> outcome.publicHoursPerYear();
                case PEOPLE_A_YEAR -> outcome.beneficiariesPerYear();
                case SALES_A_YEAR -> outcome.solidarityUnitsPerYear();
                default -> missing;
            };
            outcomes.add(new RuleOutcome(name, score.hardScore(), 0, score.softScore(), total.getConstraintMatchCount(),
                    amount, unit));
        });
        return outcomes;
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
            HardSoftLongScore current = manager.update(plan);
            List<Alternative> alternatives = new ArrayList<>();
            for (PlanDecision decision : plan.getDecisions()) {
                PlanOption chosen = decision.getChoice();
                for (PlanOption option : decision.getOptions()) {
                    if (option.equals(chosen)) {
                        continue;
                    }
                    decision.setChoice(option);
                    HardSoftLongScore with = manager.update(plan);
                    alternatives.add(new Alternative(decision, option, with.hardScore() - current.hardScore(),
                            with.softScore() - current.softScore()));
                }
                decision.setChoice(chosen);
            }
            manager.update(plan);
            return alternatives;
        });
    }
}
