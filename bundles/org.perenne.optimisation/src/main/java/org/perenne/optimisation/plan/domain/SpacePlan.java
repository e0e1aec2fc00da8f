/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.plan.domain;

import java.util.List;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The space and pricing plan: rooms' functions and offers' prices, with the canvas they act on. */
@PlanningSolution
public class SpacePlan {

    @PlanningEntityCollectionProperty
    private List<PlanDecision> decisions;

    @ProblemFactProperty
    private PlanSimulator simulator;

    @ConstraintConfigurationProvider
    private PlanWeights weights;

    @PlanningScore
    private HardSoftLongScore score;

    public SpacePlan() {
        // for OptaPlanner's solution cloning
    }

    public SpacePlan(List<PlanDecision> decisions, PlanSimulator simulator, PlanWeights weights) {
        this.decisions = decisions;
        this.simulator = simulator;
        this.weights = weights;
    }

    public List<PlanDecision> getDecisions() {
        return decisions;
    }

    public PlanSimulator getSimulator() {
        return simulator;
    }

    public PlanWeights getWeights() {
        return weights;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }

    /** What the simulation engine gives for the plan's current choices. */
    public PlanOutcome outcome() {
        return simulator.outcome(decisions);
    }
}
