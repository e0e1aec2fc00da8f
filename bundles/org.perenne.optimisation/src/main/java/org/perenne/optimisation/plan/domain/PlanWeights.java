/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.plan.domain;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/**
 * The weights of the soft constraints, set by the user in the canvas's space-plan settings. The soft
 * score counts euro cents: the yearly result counts {@code resultWeight} cents per euro, each
 * public hour, beneficiary or solidarity-priced unit of a year counts its weight in euros.
 */
@ConstraintConfiguration
public class PlanWeights {

    @ConstraintWeight("multiYearResult")
    private HardSoftLongScore result;
    @ConstraintWeight("multiYearLoss")
    private HardSoftLongScore loss;
    @ConstraintWeight("publicHoursImpact")
    private HardSoftLongScore publicHours;
    @ConstraintWeight("beneficiariesImpact")
    private HardSoftLongScore beneficiaries;
    @ConstraintWeight("solidarityImpact")
    private HardSoftLongScore solidarity;

    public PlanWeights() {
        this(1, 0, 0, 0);
    }

    /**
     * @param resultWeight        weight of one euro of average yearly result (1 = at face value)
     * @param publicHoursWeight   euros one public hour a year is worth
     * @param beneficiariesWeight euros one beneficiary a year is worth
     * @param solidarityWeight    euros one unit sold at a solidarity price a year is worth
     */
    public PlanWeights(double resultWeight, double publicHoursWeight, double beneficiariesWeight, double solidarityWeight) {
        result = cents(resultWeight);
        loss = result;
        publicHours = cents(publicHoursWeight);
        beneficiaries = cents(beneficiariesWeight);
        solidarity = cents(solidarityWeight);
    }

    private static HardSoftLongScore cents(double euros) {
        return HardSoftLongScore.ofSoft(Math.round(euros * 100));
    }

    public HardSoftLongScore getResult() {
        return result;
    }

    public HardSoftLongScore getLoss() {
        return loss;
    }

    public HardSoftLongScore getPublicHours() {
        return publicHours;
    }

    public HardSoftLongScore getBeneficiaries() {
        return beneficiaries;
    }

    public HardSoftLongScore getSolidarity() {
        return solidarity;
    }
}
