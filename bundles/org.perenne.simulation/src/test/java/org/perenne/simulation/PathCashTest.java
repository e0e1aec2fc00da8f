/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.perenne.model.Canvas;

/**
 * A Monte Carlo path projects only the parts of the canvas its draws change and only their cash: every cash line,
 * net flow and closing cash must still be the whole projection's to the last bit, whatever figures are drawn and
 * grants renewed, path after path on the same engine.
 */
class PathCashTest {

    private static final String[] SAMPLES = { "tiers-lieu-hybride", "coworking-rural", "fablab", "coworking-urbain" };

    @Test
    void aPathsCashIsTheWholeProjectionsToTheLastBit() {
        Random random = new Random(20261208);
        List<Canvas> canvases = new ArrayList<>();
        for (String sample : SAMPLES) {
            canvases.add(SampleYearOneTest.sample(sample));
        }
        for (int n = 0; n < 300; n++) {
            canvases.add(RandomCanvases.create(random));
        }
        for (Canvas canvas : canvases) {
            CompiledCanvas c = CanvasCompiler.compile(canvas);
            CashFlowEngine whole = new CashFlowEngine(c);
            CashFlowEngine paths = new CashFlowEngine(c);
            Projection full = new Projection(c);
            Projection cash = new Projection(c);
            boolean[] drawn = new boolean[c.base.length];
            for (UncertainAssumption figure : UncertainAssumption.of(canvas, c)) {
                for (int slot : figure.slots()) {
                    drawn[slot] = true;
                }
            }
            for (int k = random.nextInt(5); k > 0; k--) {
                drawn[random.nextInt(drawn.length)] = true;
            }
            boolean renewals = false;
            for (int s : c.grantSlots) {
                renewals |= c.base[s + CompiledCanvas.GRANT_RENEWAL_PROBABILITY] > 0;
            }
            boolean[] changed = paths.partsChangedBy(drawn, renewals);
            double[][] rows = whole.baseAssumptions();
            for (int path = 0; path < 12; path++) {
                for (int slot = 0; slot < drawn.length; slot++) {
                    for (int year = 0; year < rows.length && drawn[slot]; year++) {
                        rows[year][slot] = c.base[slot] * (0.5 + random.nextDouble());
                    }
                }
                int[] renewed = new int[c.grantSlots.length];
                for (int g = 0; g < renewed.length; g++) {
                    int s = c.grantSlots[g];
                    int room = c.years - ((int) Math.round(rows[0][s + CompiledCanvas.GRANT_FIRST_YEAR]) - 1 + c.grantYears[g]);
                    renewed[g] = rows[0][s + CompiledCanvas.GRANT_RENEWAL_PROBABILITY] > 0 && room > 0 ? random.nextInt(room + 1) : 0;
                }
                whole.project(rows, renewed, full);
                paths.projectCash(rows, renewed, cash, changed);
                for (CashLine line : CashLine.values()) {
                    assertTrue(Arrays.equals(full.cash[line.ordinal()], cash.cash[line.ordinal()]),
                            canvas.getName() + ", path " + path + ", " + line + ": " + Arrays.toString(changed));
                }
                assertTrue(Arrays.equals(full.net, cash.net), canvas.getName() + ", path " + path + ": net");
                assertTrue(Arrays.equals(full.closing, cash.closing), canvas.getName() + ", path " + path + ": closing cash");
            }
        }
    }
}
