/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.plan.score;

import java.util.List;

import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.perenne.optimisation.plan.domain.PlanDecision;
import org.perenne.optimisation.plan.domain.PlanSimulator;

/**
 * The rules of the space and pricing plan (docs/model-reference.md, "Space and pricing plan"). Hard, in hundredths
 * of what is missing: desks for the members already there, the desks committed to residents, the
 * public hours funders require, solidarity prices under their cap (in cents). Soft, in euro cents
 * weighted by {@link org.perenne.optimisation.plan.domain.PlanWeights}: the average yearly result the
 * simulation engine computes for the plan (surplus rewarded, deficit penalised), public hours, beneficiaries and solidarity-priced units.
 */
public final class PlanConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                deskCapacity(factory),
                committedResidentDesks(factory),
                requiredPublicHours(factory),
                solidarityPriceCap(factory),
                multiYearResult(factory),
                multiYearLoss(factory),
                publicHoursImpact(factory),
                beneficiariesImpact(factory),
                solidarityImpact(factory)
        };
    }

    /** The whole plan with its simulator: the outcome depends on every decision at once. */
    private static BiConstraintStream<List<PlanDecision>, PlanSimulator> wholePlan(ConstraintFactory factory) {
        return factory.forEach(PlanDecision.class)
                .groupBy(ConstraintCollectors.toList())
                .join(PlanSimulator.class);
    }

    private static long hundredths(double missing) {
        return (long) Math.ceil(missing * 100 - 1e-9);
    }

    /** Hard: the members of the first month (start counts × desk usage) need desks; per hundredth of a desk missing. */
    Constraint deskCapacity(ConstraintFactory factory) {
        return wholePlan(factory)
                .filter((plan, simulator) -> {
                    var outcome = simulator.outcome(plan);
                    return outcome.membersAtStart() > outcome.desks() + 1e-9;
                })
                .penalizeLong(HardSoftLongScore.ONE_HARD, (plan, simulator) -> {
                    var outcome = simulator.outcome(plan);
                    return hundredths(outcome.membersAtStart() - outcome.desks());
                })
                .asConstraint("deskCapacity");
    }

    /** Hard: at least the desks committed to residents; per hundredth of a desk missing. */
    Constraint committedResidentDesks(ConstraintFactory factory) {
        return wholePlan(factory)
                .filter((plan, simulator) -> simulator.outcome(plan).desks() < simulator.committedResidentDesks() - 1e-9)
                .penalizeLong(HardSoftLongScore.ONE_HARD,
                        (plan, simulator) -> hundredths(simulator.committedResidentDesks() - simulator.outcome(plan).desks()))
                .asConstraint("committedResidentDesks");
    }

    /**
     * Hard: at least the public hours per week funders require, in the year that has the fewest; per
     * hundredth of an hour missing.
     */
    Constraint requiredPublicHours(ConstraintFactory factory) {
        return wholePlan(factory)
                .filter((plan, simulator) -> simulator.outcome(plan).lowestPublicHoursPerWeek()
                        < simulator.requiredPublicHoursPerWeek() - 1e-9)
                .penalizeLong(HardSoftLongScore.ONE_HARD, (plan, simulator) -> hundredths(
                        simulator.requiredPublicHoursPerWeek() - simulator.outcome(plan).lowestPublicHoursPerWeek()))
                .asConstraint("requiredPublicHours");
    }

    /** Hard: a solidarity-priced offer's price above its cap; per cent above. */
    Constraint solidarityPriceCap(ConstraintFactory factory) {
        return factory.forEach(PlanDecision.class)
                .filter(PlanDecision::isAboveCap)
                .penalizeLong(HardSoftLongScore.ONE_HARD,
                        decision -> hundredths(decision.getChoice().price() - decision.getPriceCap()))
                .asConstraint("solidarityPriceCap");
    }

    /**
     * Soft: the average yearly result of the income statement, as the simulation engine computes it
     * (euros), when it is a surplus.
     */
    Constraint multiYearResult(ConstraintFactory factory) {
        return wholePlan(factory)
                .filter((plan, simulator) -> simulator.outcome(plan).averageYearlyResult() > 0)
                .rewardConfigurableLong((plan, simulator) -> Math.round(simulator.outcome(plan).averageYearlyResult()))
                .asConstraint("multiYearResult");
    }

    /** Soft: the same average yearly result when it is a deficit, with the same weight. */
    Constraint multiYearLoss(ConstraintFactory factory) {
        return wholePlan(factory)
                .filter((plan, simulator) -> simulator.outcome(plan).averageYearlyResult() < 0)
                .penalizeConfigurableLong((plan, simulator) -> Math.round(-simulator.outcome(plan).averageYearlyResult()))
                .asConstraint("multiYearLoss");
    }

    /** Soft: hours of public access in an average year. */
    Constraint publicHoursImpact(ConstraintFactory factory) {
        return wholePlan(factory)
                .rewardConfigurableLong((plan, simulator) -> Math.round(simulator.outcome(plan).publicHoursPerYear()))
                .asConstraint("publicHoursImpact");
    }

    /** Soft: people reached by services in an average year. */
    Constraint beneficiariesImpact(ConstraintFactory factory) {
        return wholePlan(factory)
                .rewardConfigurableLong((plan, simulator) -> Math.round(simulator.outcome(plan).beneficiariesPerYear()))
                .asConstraint("beneficiariesImpact");
    }

    /** Soft: units sold at a solidarity price in a year. */
    Constraint solidarityImpact(ConstraintFactory factory) {
        return wholePlan(factory)
                .rewardConfigurableLong((plan, simulator) -> Math.round(simulator.outcome(plan).solidarityUnitsPerYear()))
                .asConstraint("solidarityImpact");
    }
}
