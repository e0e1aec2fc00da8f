/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The tornado: each uncertain assumption swung to its P10 and P90 (or ±20 % when it is fixed),
 * the others at their base value, and the effect on one output. Bars come widest first.
 */
public final class Sensitivity {

    /** One bar: the assumption at its low and high values, and the output each gives. */
    public record Bar(String assumption, double low, double high, double outputAtLow, double outputAtHigh) {
        public double swing() {
            return Math.abs(outputAtHigh - outputAtLow);
        }
    }

    /** The bars and the output with every assumption at its base value. */
    public record Tornado(Output output, double base, List<Bar> bars) {
    }

    private Sensitivity() {
    }

    public static Tornado of(CompiledCanvas canvas, List<UncertainAssumption> assumptions, Output output) {
        double base = output.of(new CashFlowEngine(canvas).project());
        List<Bar> bars = new ArrayList<>();
        for (UncertainAssumption assumption : assumptions) {
            double baseValue = canvas.valueAt(assumption.firstSlot());
            double low = assumption.quantile(0.1, baseValue);
            double high = assumption.quantile(0.9, baseValue);
            bars.add(new Bar(assumption.name(), low, high, outputWith(canvas, assumption, low, output),
                    outputWith(canvas, assumption, high, output)));
        }
        bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
        return new Tornado(output, base, bars);
    }

    private static double outputWith(CompiledCanvas canvas, UncertainAssumption assumption, double value, Output output) {
        return output.of(new CashFlowEngine(canvas.withValue(assumption.slots(), value)).project());
    }
}
