/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.perenne.model.Canvas;
import org.perenne.model.FunderLevel;
import org.perenne.model.Grant;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.model.validation.CanvasVocabulary;

/** Invariants of docs/model-reference.md over thousands of random valid canvases. */
class PropertiesTest {

    private static final int CANVASES = 2_000;

    private static void assertFinite(double value, String what) {
        assertTrue(Double.isFinite(value), what + " is " + value);
    }

    @Test
    void cashIsContinuousYearsAddUpAndNothingIsNaNOrInfinite() {
        Random random = new Random(20261122);
        for (int n = 0; n < CANVASES; n++) {
            Canvas canvas = RandomCanvases.create(random);
            Diagnostic validation = CanvasValidator.validate(canvas, Locale.ENGLISH, CanvasVocabulary.TECHNICAL);
            assertEquals(List.of(), validation.getChildren().stream()
                    .filter(d -> d.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).toList(),
                    "the generator makes valid canvases (#" + n + ")");
            Projection p = TestCanvas.project(canvas);
            double previous = p.openingCash();
            for (int m = 0; m < p.months(); m++) {
                double net = 0;
                for (CashLine line : CashLine.values()) {
                    assertFinite(p.cash(line, m), line + " in month " + m);
                    assertTrue(p.cash(line, m) >= -1e-9, line + " is negative in month " + m);
                    net += line.sign() * p.cash(line, m);
                }
                for (AccountLine line : AccountLine.values()) {
                    assertFinite(p.account(line, m), line + " in month " + m);
                }
                assertEquals(net, p.netFlow(m), 1e-6);
                assertEquals(previous + p.netFlow(m), p.closingCash(m), 1e-6 * Math.max(1, Math.abs(previous)),
                        "closing cash continuity, canvas #" + n + " month " + m);
                previous = p.closingCash(m);
            }
            for (int y = 1; y <= p.years(); y++) {
                double before = y == 1 ? p.openingCash() : p.closingCash(12 * (y - 1) - 1);
                double movement = p.closingCash(12 * y - 1) - before;
                double flows = 0;
                for (CashLine line : CashLine.values()) {
                    flows += line.sign() * p.cashInYear(line, y);
                }
                assertEquals(movement, flows, 1e-6 * Math.max(1, Math.abs(before)), "year " + y + " of canvas #" + n);
            }
            for (int y = 1; y <= p.years(); y++) {
                double byFunder = 0;
                for (FunderLevel level : FunderLevel.values()) {
                    byFunder += p.subsidiesInYear(level, y);
                }
                double recognised = 0;
                for (AccountLine line : AccountLine.values()) {
                    if (line.kind() == AccountLine.Kind.OPERATING_SUBSIDY || line.kind() == AccountLine.Kind.INVESTMENT_SUBSIDY) {
                        recognised += p.accountInYear(line, y);
                    }
                }
                assertEquals(recognised, byFunder, 1e-6 * Math.max(1, recognised),
                        "subsidies by funder level add up to the subsidy lines, year " + y + " of canvas #" + n);
            }
            assertFinite(p.receivableAtEnd(), "receivable");
            assertFinite(p.loanBalanceAtEnd(), "loan balance");
        }
    }

    @Test
    void monteCarloWithEveryDistributionFixedEqualsTheDeterministicRun() {
        Random random = new Random(7);
        for (int n = 0; n < 300; n++) {
            Canvas canvas = RandomCanvases.create(random);
            RandomCanvases.addFixedUncertainties(canvas);
            for (Grant grant : canvas.getFunding().getGrants()) {
                grant.setRenewalProbability(0); // no renewal: the stochastic run then has nothing to draw
            }
            CompiledCanvas compiled = CanvasCompiler.compile(canvas);
            Projection deterministic = new CashFlowEngine(compiled).project();
            MonteCarloResult result = new MonteCarlo(compiled, UncertainAssumption.of(canvas, compiled))
                    .run(20, n, 2, MonteCarlo.Progress.NONE);
            for (int m = 0; m < deterministic.months(); m++) {
                for (int q = 0; q < MonteCarlo.PERCENTILES.length; q++) {
                    assertEquals(deterministic.closingCash(m), result.percentile(q, m), 1e-6,
                            "canvas #" + n + " month " + m);
                }
            }
            boolean everNegative = false;
            for (int m = 0; m < deterministic.months(); m++) {
                everNegative |= deterministic.closingCash(m) < 0;
            }
            assertEquals(everNegative ? 1.0 : 0.0, result.probabilityCashNegative());
        }
    }
}
