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

    /**
     * One bar: the assumption at its low and high values, and the output each gives. A common driver's bar
     * ({@code driver}) has its shock at its 10th and 90th percentile as low and high, in standard deviations.
     */
    public record Bar(String assumption, double low, double high, double outputAtLow, double outputAtHigh, boolean driver) {
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
                    outputWith(canvas, assumption, high, output), false));
        }
        // one bar per common driver: the driver at its 10th and its 90th percentile, each figure that follows it at its
        // law's value for that shock alone (its own part at 0), the other figures at their base value
        java.util.Map<CommonDriver, List<UncertainAssumption>> followers = new java.util.LinkedHashMap<>();
        for (UncertainAssumption assumption : assumptions) {
            assumption.driver().ifPresent(d -> followers.computeIfAbsent(d, key -> new ArrayList<>()).add(assumption));
        }
        followers.forEach((driver, figures) -> bars.add(new Bar(driver.name(), -CommonDriver.TORNADO_SHOCK,
                CommonDriver.TORNADO_SHOCK, outputWith(canvas, figures, -CommonDriver.TORNADO_SHOCK, output),
                outputWith(canvas, figures, CommonDriver.TORNADO_SHOCK, output), true)));
        bars.sort(Comparator.comparingDouble(Bar::swing).reversed());
        return new Tornado(output, base, bars);
    }

    private static double outputWith(CompiledCanvas canvas, List<UncertainAssumption> followers, double shock,
            Output output) {
        CompiledCanvas shocked = canvas;
        for (UncertainAssumption figure : followers) {
            shocked = shocked.withValue(figure.slots(), figure.follow(shock, 0));
        }
        return output.of(new CashFlowEngine(shocked).project());
    }

    private static double outputWith(CompiledCanvas canvas, UncertainAssumption assumption, double value, Output output) {
        return output.of(new CashFlowEngine(canvas.withValue(assumption.slots(), value)).project());
    }
}
