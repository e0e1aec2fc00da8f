/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.perenne.simulation.TestCanvas.F;

import java.time.YearMonth;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.perenne.model.Canvas;
import org.perenne.model.CostCategory;
import org.perenne.model.Distribution;
import org.perenne.model.DistributionKind;
import org.perenne.model.Grant;
import org.perenne.model.GrantKind;
import org.perenne.model.PaymentMode;

/** Monte Carlo against answers known in advance, progress and cancellation. */
class MonteCarloTest {

    /** Rent uniform 800–1 200 plus 100 of energy a month; a grant of 1 100 a month; one year. */
    private static Canvas canvas() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 2);
        TestCanvas.costs(canvas, CostCategory.RENT, 1_000);
        TestCanvas.costs(canvas, CostCategory.ENERGY, 100);
        TestCanvas.grant(canvas, GrantKind.OPERATING, PaymentMode.MONTHLY, 13_200, 13_200);
        TestCanvas.uncertain(canvas, canvas.getCosts().getFixedCosts().get(0), "monthlyAmount",
                TestCanvas.law(DistributionKind.UNIFORM, 800, 1_200));
        return canvas;
    }

    private static MonteCarlo monteCarlo(Canvas canvas) {
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        return new MonteCarlo(compiled, UncertainAssumption.of(canvas, compiled));
    }

    @Test
    void percentilesAndTheRiskOfRunningOutMatchTheLawOfTheRent() {
        MonteCarloResult result = monteCarlo(canvas()).run(20_000, 5, 2, MonteCarlo.Progress.NONE);
        // closing cash of month 11 = 12 × (1 100 − 100 − rent): negative when rent > 1 000, i.e. half the time
        assertEquals(0.5, result.probabilityCashNegative(), 0.02);
        assertEquals(0.5, result.probabilityCashNegativeByYear()[0], 0.02);
        // P5 of the cash ↔ P95 of the rent (1 180): 12 × (1 000 − 1 180) = −2 160; P95 ↔ 820: +2 160
        assertEquals(-2_160, result.percentile(0, 11), 40);
        assertEquals(0, result.percentile(2, 11), 40);
        assertEquals(2_160, result.percentile(4, 11), 40);
        // expected shortfall: E[max(0, 24 × (rent − 1 000))] at the end of year 2 = 24 × 50 = 1 200
        assertEquals(1_200, result.expectedShortfall(), 40);
        assertEquals(2_400, result.meanShortfallWhenShort(), 60);
    }

    @Test
    void grantsAreRenewedYearByYearUntilTheFirstRefusal() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 3);
        TestCanvas.costs(canvas, CostCategory.RENT, 1_000);
        Grant grant = TestCanvas.grant(canvas, GrantKind.OPERATING, PaymentMode.MONTHLY, 12_000);
        grant.setRenewalProbability(0.5);
        grant.setRenewalAmount(12_000);
        MonteCarloResult result = monteCarlo(canvas).run(20_000, 9, 2, MonteCarlo.Progress.NONE);
        // cash runs out in year 2 unless year 2 is renewed (p = 0.5), and in year 3 unless both are (0.25)
        assertEquals(0, result.probabilityCashNegativeByYear()[0], 1e-12);
        assertEquals(0.5, result.probabilityCashNegativeByYear()[1], 0.02);
        assertEquals(0.75, result.probabilityCashNegativeByYear()[2], 0.02);
        // the deterministic run counts committed money only
        assertTrue(TestCanvas.project(canvas).closingCash(23) < 0);
    }

    /**
     * A risk worked out by hand. Rent 1 000 a month, no opening cash, two years; a grant of 12 000 for
     * year 1, paid whole as an advance after a delay of 0 months (weight 3) or 3 months (weight 1), renewed
     * for year 2 with probability 0.6 at 12 000 on the same schedule (the same drawn delay).
     * <ul>
     * <li>delay 3 (p = 1/4): months 0–2 below zero in year 1;</li>
     * <li>delay 0 and not renewed (3/4 × 0.4): year 2 has no money;</li>
     * <li>delay 0 and renewed (3/4 × 0.6): never below zero (the cash touches 0 in month 11 but is not below it).</li>
     * </ul>
     * Risk = 1/4 + 3/4 × 0.4 = 0.55; year 1: 0.25; year 2: 0.4 + 0.6 × 1/4 = 0.55 (renewed with delay 3:
     * months 12–14 below zero). Each must fall within its 99 % band, 2.576 √(p(1 − p)/n).
     */
    @Test
    void theRiskEqualsTheOneWorkedOutByHand() {
        Canvas canvas = TestCanvas.empty(YearMonth.of(2027, 1), 2);
        TestCanvas.costs(canvas, CostCategory.RENT, 1_000);
        Grant grant = TestCanvas.grant(canvas, GrantKind.OPERATING, PaymentMode.ADVANCE_AND_BALANCE, 12_000);
        grant.setAdvanceShare(1);
        grant.setRenewalProbability(0.6);
        grant.setRenewalAmount(12_000);
        Distribution discrete = F.createDistribution();
        discrete.setKind(DistributionKind.DISCRETE);
        discrete.getValues().addAll(java.util.List.of(0.0, 3.0));
        discrete.getWeights().addAll(java.util.List.of(3.0, 1.0));
        TestCanvas.uncertain(canvas, grant, "advanceDelayMonths", discrete);
        int runs = 20_000;
        MonteCarloResult result = monteCarlo(canvas).run(runs, 17, 2, MonteCarlo.Progress.NONE);
        assertWithinBand(0.55, result.probabilityCashNegative(), runs);
        assertWithinBand(0.25, result.probabilityCashNegativeByYear()[0], runs);
        assertWithinBand(0.55, result.probabilityCashNegativeByYear()[1], runs);
    }

    private static void assertWithinBand(double exact, double estimate, int runs) {
        assertEquals(exact, estimate, 2.576 * Math.sqrt(exact * (1 - exact) / runs));
    }

    @Test
    void progressIsReportedUpToTheLastPathAndARunCanBeStopped() {
        MonteCarlo monteCarlo = monteCarlo(canvas());
        AtomicInteger last = new AtomicInteger();
        monteCarlo.run(1_000, 1, 2, (done, total) -> last.accumulateAndGet(done, Math::max));
        assertEquals(1_000, last.get());
        AtomicInteger reports = new AtomicInteger();
        MonteCarlo.Progress stopAfterFirstBlock = new MonteCarlo.Progress() {
            @Override
            public void pathsDone(int done, int total) {
                reports.incrementAndGet();
            }

            @Override
            public boolean isCanceled() {
                return reports.get() > 0;
            }
        };
        assertThrows(CancellationException.class, () -> monteCarlo.run(100_000, 1, 1, stopAfterFirstBlock));
        assertTrue(reports.get() < 10, "stopped early, after " + reports.get() + " blocks");
    }
}
