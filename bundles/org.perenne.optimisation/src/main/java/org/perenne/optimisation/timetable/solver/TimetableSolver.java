/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.timetable.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.perenne.optimisation.OptaPlannerClassLoader;
import org.perenne.optimisation.RuleOutcome;
import org.perenne.optimisation.Standing;
import org.perenne.optimisation.StoppableSolve;
import org.perenne.optimisation.timetable.domain.ScheduledActivity;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
import org.perenne.optimisation.timetable.score.TimetableConstraints;
import org.perenne.optimisation.timetable.score.TimetableScoreCalculator;

/**
 * Solves a weekly timetable: a one-pass construction ({@link TimetableConstruction}), then simulated annealing over
 * three kinds of moves, scored incrementally ({@link TimetableScoreCalculator}), with a time limit and an
 * "unimproved for" limit, reporting each new best solution. It stops as soon as a new best solution reaches
 * {@link #bestPossible the best score possible} (nothing better exists), and can be stopped early keeping the best
 * one. Creation and solving run with the {@link OptaPlannerClassLoader} as
 * context class loader (OptaPlanner's services under OSGi).
 */
public final class TimetableSolver extends StoppableSolve<WeeklyTimetable> {

    /** The solver configuration: this problem's classes, limits and checking mode. */
    public static SolverConfig config(Duration timeLimit, Duration unimprovedLimit, EnvironmentMode mode) {
        return week().withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                .withIncrementalScoreCalculatorClass(TimetableScoreCalculator.class)
                .withAssertionScoreDirectorFactory(mode.isAsserted() ? rules() : null))
                .withEnvironmentMode(mode)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(TimetableConstruction.class)),
                        new LocalSearchPhaseConfig().withMoveSelectorConfig(moves())
                                .withAcceptorConfig(new LocalSearchAcceptorConfig()
                                        .withSimulatedAnnealingStartingTemperature("0hard/0medium/5000soft"))
                                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(4)))
                .withTerminationConfig(new TerminationConfig()
                        .withSpentLimit(timeLimit)
                        .withUnimprovedSpentLimit(unimprovedLimit));
    }

    /**
     * Local search moves: another placement (or none), two activities swapping theirs, and an activity put at one
     * of its placements with whatever was there moved elsewhere or taken out ({@link PlaceAndEjectMoves}).
     */
    private static UnionMoveSelectorConfig moves() {
        return new UnionMoveSelectorConfig(List.of(
                new ChangeMoveSelectorConfig(),
                new SwapMoveSelectorConfig(),
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(PlaceAndEjectMoves.class)));
    }

    /** Solves for at most {@code limit} (stopping sooner when nothing better comes), reproducibly. */
    public WeeklyTimetable solveWithin(WeeklyTimetable problem, Duration limit, Consumer<WeeklyTimetable> onBest) {
        return solve(problem, config(limit, unimprovedLimit(limit), EnvironmentMode.REPRODUCIBLE), onBest);
    }

    /** Solves, stopping as soon as the best solution is as good as any can be. */
    @Override
    public WeeklyTimetable solve(WeeklyTimetable problem, SolverConfig config, Consumer<WeeklyTimetable> onBest) {
        HardMediumSoftLongScore ceiling = bestPossible(problem);
        return super.solve(problem, config, best -> {
            onBest.accept(best);
            if (best.getScore().compareTo(ceiling) >= 0) {
                stop();
            }
        });
    }

    /**
     * A score no placement can beat: no rule broken; the mandatory activities that have no placement at all left
     * out; each other activity either placed at its cheapest placement or left out, whichever the score prefers.
     */
    public static HardMediumSoftLongScore bestPossible(WeeklyTimetable problem) {
        long medium = 0;
        long soft = 0;
        for (ScheduledActivity activity : problem.getActivities()) {
            long cheapest = activity.getPossiblePlacements().stream().mapToLong(p -> TimetableConstruction.cost(activity, p)).min()
                    .orElse(Long.MAX_VALUE);
            long leftOut = Math.max(0, activity.getValueCents()); // what leaving it out costs (a value ≤ 0 costs nothing)
            if (cheapest == Long.MAX_VALUE) {
                medium -= activity.isMandatory() ? 1 : 0;
                soft -= leftOut;
            } else {
                soft -= activity.isMandatory() ? cheapest : Math.min(cheapest, leftOut);
            }
        }
        return HardMediumSoftLongScore.of(0, medium, soft);
    }

    /** The score of each constraint for a solution, by constraint name (from the constraint streams). */
    public static Map<String, ConstraintMatchTotal<HardMediumSoftLongScore>> explain(WeeklyTimetable solution) {
        return StoppableSolve.explain(solution, week().withScoreDirectorFactory(rules()));
    }

    /** Where a week stands: strict rules, mandatory activities left out, the euros a week it loses. */
    public static Standing standing(WeeklyTimetable week) {
        HardMediumSoftLongScore score = week.getScore();
        return new Standing(score.hardScore() >= 0, -score.mediumScore(), -score.softScore() / 100.0, score.toString());
    }

    /** What each rule gives for a week, in its own unit: hours overlapping, activities left out, euros a week lost. */
    public static List<RuleOutcome> outcomes(WeeklyTimetable week) {
        List<RuleOutcome> outcomes = new ArrayList<>();
        explain(week).forEach((name, total) -> {
            HardMediumSoftLongScore score = total.getScore();
            RuleOutcome.Unit unit = switch (name) {
                case "roomConflict" -> RuleOutcome.Unit.HOURS_OVERLAPPING;
                case "mandatoryActivityPlaced" -> RuleOutcome.Unit.ACTIVITIES_LEFT_OUT;
                case "unplacedActivityValue", "preferredStart", "wastedCapacity" -> RuleOutcome.Unit.EUROS_A_WEEK_LOST;
                default -> throw new IllegalStateException("A timetable rule without a unit: " + name);
            };
            double amount = switch (unit) {
                case HOURS_OVERLAPPING -> -score.hardScore() / 2.0; // counted in half hours
                case ACTIVITIES_LEFT_OUT -> -score.mediumScore();
                default -> -score.softScore() / 100.0;
            };
            outcomes.add(new RuleOutcome(name, score.hardScore(), score.mediumScore(), score.softScore(),
                    total.getConstraintMatchCount(), amount, unit));
        });
        return outcomes;
    }

    private static SolverConfig week() {
        return new SolverConfig(TimetableSolver.class.getClassLoader())
                .withSolutionClass(WeeklyTimetable.class)
                .withEntityClasses(ScheduledActivity.class);
    }

    /**
     * The rules as constraint streams, on Bavet (the engine the product ships, wherever it runs): what explains a
     * score, and what checks the search's incremental score in FULL_ASSERT mode.
     */
    private static ScoreDirectorFactoryConfig rules() {
        return new ScoreDirectorFactoryConfig().withConstraintProviderClass(TimetableConstraints.class)
                .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);
    }
}
