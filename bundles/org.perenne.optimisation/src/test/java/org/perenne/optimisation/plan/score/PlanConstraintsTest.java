/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.optimisation.plan.score;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.perenne.optimisation.plan.SmallPlanCanvas;
import org.perenne.optimisation.plan.domain.PlanDecision;
import org.perenne.optimisation.plan.domain.SpacePlan;
import org.perenne.optimisation.plan.solver.PlanMapping;

/**
 * One test per constraint, named after it, on {@link SmallPlanCanvas} worked out by hand. Decisions:
 * open space (open coworking | meeting room), meeting room (meeting room | private office), resident
 * fee (150 | 200 | 250), workshop price (5 | 10 | 15).
 */
class PlanConstraintsTest {

    private final ConstraintVerifier<PlanConstraints, SpacePlan> verifier = ConstraintVerifier
            .build(new PlanConstraints(), SpacePlan.class, PlanDecision.class);

    /** The plan's decisions with the given option indexes, and its simulator, as facts for the verifier. */
    private static Object[] plan(int... options) {
        SpacePlan plan = new PlanMapping(SmallPlanCanvas.create()).problem();
        List<Object> facts = new ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            PlanDecision decision = plan.getDecisions().get(i);
            decision.setChoice(decision.getOptions().get(options[i]));
            facts.add(decision);
        }
        facts.add(plan.getSimulator());
        facts.add(plan.getWeights());
        return facts.toArray();
    }

    /** Canvas as it is: open coworking, meeting room, 200 €, 10 €. */
    private static Object[] asItIs() {
        return plan(0, 0, 1, 1);
    }

    /** Meeting room becomes a private office; 150 € and 15 €. */
    private static Object[] privateOffice() {
        return plan(0, 1, 0, 2);
    }

    /** Both rooms meeting rooms (no desks); 150 € and 5 €. */
    private static Object[] noDesks() {
        return plan(1, 0, 0, 0);
    }

    @Test
    void deskCapacity() {
        verifier.verifyThat(PlanConstraints::deskCapacity).given(asItIs()).penalizesBy(0); // 6 members, 10 desks
        verifier.verifyThat(PlanConstraints::deskCapacity).given(privateOffice()).penalizesBy(0); // 10.67 for 18
        // 150 € draws 6 × (150/200)^-2 = 10.67 members; no desk left: 10.67 missing
        verifier.verifyThat(PlanConstraints::deskCapacity).given(noDesks()).penalizesBy(1067);
    }

    @Test
    void committedResidentDesks() {
        verifier.verifyThat(PlanConstraints::committedResidentDesks).given(asItIs()).penalizesBy(200); // 10 of 12
        verifier.verifyThat(PlanConstraints::committedResidentDesks).given(privateOffice()).penalizesBy(0); // 18
        verifier.verifyThat(PlanConstraints::committedResidentDesks).given(noDesks()).penalizesBy(1200);
    }

    @Test
    void requiredPublicHours() {
        // 4 workshops × 2 h × 12 months = 96 h a year = 1.846 h a week: 0.154 missing of 2
        verifier.verifyThat(PlanConstraints::requiredPublicHours).given(asItIs()).penalizesBy(16);
        // the private office cannot hold the workshop: nothing public left
        verifier.verifyThat(PlanConstraints::requiredPublicHours).given(privateOffice()).penalizesBy(200);
        // at 5 € the workshop runs 4 × √2 a month: 2.61 h a week
        verifier.verifyThat(PlanConstraints::requiredPublicHours).given(noDesks()).penalizesBy(0);
    }

    @Test
    void solidarityPriceCap() {
        verifier.verifyThat(PlanConstraints::solidarityPriceCap).given(asItIs()).penalizesBy(0); // 10 € at a 10 € cap
        verifier.verifyThat(PlanConstraints::solidarityPriceCap).given(privateOffice()).penalizesBy(500); // 15 €
    }

    @Test
    void multiYearResult() {
        // 6 × 200 × 12 + 100 h × 0.5 × 20 € × 12 + 4 × 10 € × 12 = 14 400 + 12 000 + 480
        verifier.verifyThat(PlanConstraints::multiYearResult).given(asItIs()).rewardsWith(26_880L);
        // 10.67 residents at 150 €; rental and workshop stopped
        verifier.verifyThat(PlanConstraints::multiYearResult).given(privateOffice()).rewardsWith(19_200L);
        // no desk: no member; rental 12 000 + 4√2 workshops at 5 € × 12 = 339.41
        verifier.verifyThat(PlanConstraints::multiYearResult).given(noDesks()).rewardsWith(12_339L);
    }

    @Test
    void multiYearLoss() {
        verifier.verifyThat(PlanConstraints::multiYearLoss).given(asItIs()).penalizesBy(0L);
        // a 30 000 € rent turns the 26 880 € surplus into a 3 120 € deficit
        SpacePlan plan = new PlanMapping(SmallPlanCanvas.withRent(30_000)).problem();
        for (PlanDecision decision : plan.getDecisions()) {
            decision.setChoice(decision.getCurrent());
        }
        verifier.verifyThat(PlanConstraints::multiYearLoss)
                .given(plan.getDecisions().get(0), plan.getDecisions().get(1), plan.getDecisions().get(2),
                        plan.getDecisions().get(3), plan.getSimulator(), plan.getWeights())
                .penalizesBy(3_120L);
        verifier.verifyThat(PlanConstraints::multiYearResult)
                .given(plan.getDecisions().get(0), plan.getDecisions().get(1), plan.getDecisions().get(2),
                        plan.getDecisions().get(3), plan.getSimulator(), plan.getWeights())
                .rewardsWith(0L);
    }

    @Test
    void publicHoursImpact() {
        verifier.verifyThat(PlanConstraints::publicHoursImpact).given(asItIs()).rewardsWith(96);
        verifier.verifyThat(PlanConstraints::publicHoursImpact).given(privateOffice()).rewardsWith(0);
        verifier.verifyThat(PlanConstraints::publicHoursImpact).given(noDesks()).rewardsWith(136); // 4√2 × 2 × 12
    }

    @Test
    void beneficiariesImpact() {
        verifier.verifyThat(PlanConstraints::beneficiariesImpact).given(asItIs()).rewardsWith(240); // 4 × 5 × 12
        verifier.verifyThat(PlanConstraints::beneficiariesImpact).given(noDesks()).rewardsWith(339); // 4√2 × 5 × 12
    }

    @Test
    void solidarityImpact() {
        verifier.verifyThat(PlanConstraints::solidarityImpact).given(asItIs()).rewardsWith(48); // 4 × 12
        verifier.verifyThat(PlanConstraints::solidarityImpact).given(privateOffice()).rewardsWith(0);
        verifier.verifyThat(PlanConstraints::solidarityImpact).given(noDesks()).rewardsWith(68); // 4√2 × 12
    }
}
