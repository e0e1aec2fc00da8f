/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.perenne.model.Canvas;
import org.perenne.model.CostCategory;
import org.perenne.model.DistributionKind;
import org.perenne.model.FixedCost;
import org.perenne.model.Grant;
import org.perenne.model.GrantKind;
import org.perenne.model.PaymentMode;

/** Tornado and solve-for on a canvas whose answers can be worked out by hand. */
class QuestionsTest {

    /** Rent of 1 000 a month (uniform 800–1 200 when uncertain), a grant paid monthly from month 0, one year. */
    private static Canvas canvas(boolean uncertainRent) {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 1);
        TestCanvas.costs(canvas, CostCategory.RENT, 1_000);
        TestCanvas.costs(canvas, CostCategory.ENERGY, 100);
        Grant grant = TestCanvas.grant(canvas, GrantKind.OPERATING, PaymentMode.MONTHLY, 6_000);
        grant.setId("grant");
        if (uncertainRent) {
            uncertain(canvas, canvas.getCosts().getFixedCosts().get(0), DistributionKind.UNIFORM, 800, 1_200);
            uncertain(canvas, canvas.getCosts().getFixedCosts().get(1), DistributionKind.FIXED, 0, 0);
        }
        return canvas;
    }

    private static void uncertain(Canvas canvas, FixedCost cost, DistributionKind kind, double min, double max) {
        TestCanvas.uncertain(canvas, cost, "monthlyAmount", TestCanvas.law(kind, min, max))
                .setName(cost.getCategory().getName());
    }

    @Test
    void theMinimumGrantThatKeepsCashAtZeroOrAbove() {
        Canvas canvas = canvas(false);
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        int[] slots = compiled.slotsOf(canvas.getFunding().getGrants().get(0), "committedAmounts", -1);
        SolveFor.Target target = SolveFor.Target.parse("min_cash >= 0", 1);
        SolveFor.Solution solution = SolveFor.solve(compiled, List.of(), slots, target, 0, 100_000, 0, 0, 1);
        // closing cash(m) = (m + 1) × (X / 12 − 1 100): zero at X = 12 × 1 100 = 13 200
        assertTrue(solution.found());
        assertEquals(13_200, solution.value(), 0.01);
        assertTrue(solution.achieved() >= 0, "the value found keeps cash at or above 0: " + solution.achieved());
    }

    @Test
    void aValueOnAGridIsTheNearestThatStillReachesTheTarget() {
        Canvas canvas = canvas(false);
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        int[] slots = compiled.slotsOf(canvas.getFunding().getGrants().get(0), "committedAmounts", -1);
        SolveFor.Target target = SolveFor.Target.parse("min_cash >= 0.35", 1);
        // lowest cash = X / 12 − 1 100 (month 0) reaches 0.35 at X = 13 204.2; 13 204 is nearer but gives 0.33
        SolveFor.Solution solution = SolveFor.solve(compiled, List.of(), slots, target, 0, 100_000, 0, 0, 1, 1);
        assertEquals(13_205, solution.value(), 0);
        assertEquals(13_205 / 12.0 - 1_100, solution.achieved(), 1e-9);
        SolveFor.Solution cents = SolveFor.solve(compiled, List.of(), slots, target, 0, 100_000, 0, 0, 1, 0.01);
        assertEquals(13_204.20, cents.value(), 1e-9);
    }

    @Test
    void theMinimumGrantSoThatCashRunsOutWithAtMostFivePercentProbability() {
        Canvas canvas = canvas(true);
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        int[] slots = compiled.slotsOf(canvas.getFunding().getGrants().get(0), "committedAmounts", -1);
        SolveFor.Solution solution = SolveFor.solve(compiled, UncertainAssumption.of(canvas, compiled), slots,
                SolveFor.Target.parse("p_negative<=0.05", 1), 0, 100_000, 4_000, 11, 2);
        // cash runs out when rent > X/12 − 100; P(rent > r) = (1 200 − r) / 400 = 5 % at r = 1 180 → X = 15 360
        assertTrue(solution.found());
        assertEquals(15_360, solution.value(), 12 * 5.0); // 4 000 paths: the 95th percentile to about ±5 €
        assertTrue(solution.achieved() <= 0.05, "P = " + solution.achieved());
    }

    @Test
    void noValueInTheBracketIsReportedWithWhatTheBoundsGive() {
        Canvas canvas = canvas(false);
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        int[] slots = compiled.slotsOf(canvas.getFunding().getGrants().get(0), "committedAmounts", -1);
        SolveFor.Solution solution = SolveFor.solve(compiled, List.of(), slots, SolveFor.Target.parse("min_cash=0", 1),
                0, 1_000, 0, 0, 1);
        assertFalse(solution.found());
        assertEquals(-13_200, solution.outputAtLower(), 0.01); // no grant: 12 × −1 100 by month 11
        assertEquals(12 * (1_000 / 12.0 - 1_100), solution.outputAtUpper(), 0.01); // still below 0 at 1 000
    }

    @Test
    void targetsThatMeanNothingAreRefused() {
        assertNull(SolveFor.Target.parse("cash", 3));
        assertNull(SolveFor.Target.parse("result_year_4=0", 3));
        assertNull(SolveFor.Target.parse("p_negative<=2", 3));
        assertTrue(SolveFor.Target.parse("p_negative<=0.05", 3).isProbabilistic());
    }

    @Test
    void tornadoSwingsEachAssumptionToItsP10AndP90OrTwentyPercent() {
        Canvas canvas = canvas(true);
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        Sensitivity.Tornado tornado = Sensitivity.of(compiled, UncertainAssumption.of(canvas, compiled),
                Output.parse("end_cash", 1));
        // base: 6 000 − 12 × 1 100 = −7 200
        assertEquals(-7_200, tornado.base(), 0.01);
        Sensitivity.Bar rent = tornado.bars().get(0);
        assertEquals(840, rent.low(), 1e-9); // P10 of uniform 800–1 200
        assertEquals(1_160, rent.high(), 1e-9); // P90
        assertEquals(6_000 - 12 * (840 + 100), rent.outputAtLow(), 0.01);
        assertEquals(6_000 - 12 * (1_160 + 100), rent.outputAtHigh(), 0.01);
        Sensitivity.Bar energy = tornado.bars().get(1); // fixed: ±20 % → 80 and 120
        assertEquals(80, energy.low(), 1e-9);
        assertEquals(120, energy.high(), 1e-9);
        assertEquals(12 * 40, energy.swing(), 0.01);
        assertTrue(rent.swing() > energy.swing(), "widest bar first");
    }
}
