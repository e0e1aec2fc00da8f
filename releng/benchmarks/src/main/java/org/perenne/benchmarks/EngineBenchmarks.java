/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.benchmarks;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CashFlowEngine;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.Projection;

/**
 * The engine on the largest sample (the 10-year urban coworking): one deterministic projection,
 * and a floor loop doing bare arithmetic over the same number of line-months, to read the
 * engine's cost as a multiple of the floor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EngineBenchmarks {

    /** Sample file to project; set by the runner. */
    @Param("coworking-urbain.perenne")
    public String sample;

    private CompiledCanvas compiled;
    private CashFlowEngine engine;
    private double[][] assumptions;
    private Projection projection;
    private double[] lineAmounts;
    private double[] monthFactors;

    @Setup(Level.Trial)
    public void load() {
        Canvas canvas = load(sample);
        compiled = CanvasCompiler.compile(canvas);
        engine = new CashFlowEngine(compiled);
        assumptions = engine.baseAssumptions();
        projection = new Projection(compiled);
        lineAmounts = new double[lines(canvas)];
        for (int i = 0; i < lineAmounts.length; i++) {
            lineAmounts[i] = 100 + i;
        }
        monthFactors = new double[compiled.months()];
        for (int m = 0; m < monthFactors.length; m++) {
            monthFactors[m] = 1 + m * 1e-3;
        }
    }

    /** Loads a model sample from the folder the runner names. */
    static Canvas load(String sample) {
        Path file = Path.of(System.getProperty("perenne.samples", "model-samples")).resolve(sample);
        CanvasFiles.LoadResult loaded = CanvasFiles.load(file, Locale.ENGLISH);
        if (!loaded.isLoaded()) {
            throw new IllegalStateException(loaded.diagnostic().getMessage());
        }
        return loaded.canvas();
    }

    /** Lines the engine projects month by month. */
    static int lines(Canvas canvas) {
        return canvas.getOffers().getMembershipTiers().size() + canvas.getOffers().getDropIns().size()
                + canvas.getOffers().getRentals().size() + canvas.getOffers().getServices().size()
                + canvas.getTeam().getStaff().size() + canvas.getTeam().getVolunteering().size()
                + canvas.getCosts().getFixedCosts().size() + canvas.getCosts().getInvestments().size()
                + canvas.getFunding().getGrants().size() + canvas.getFunding().getReimbursementGrants().size()
                + canvas.getFunding().getLoans().size();
    }

    @Benchmark
    public double projection() {
        engine.project(assumptions, null, projection);
        return projection.closingCash(compiled.months() - 1);
    }

    /** Bare arithmetic: one multiply-add per line-month, into one accumulator per month. */
    @Benchmark
    public double floor() {
        double[] months = projection.closingCash();
        double total = 0;
        for (double amount : lineAmounts) {
            for (int m = 0; m < monthFactors.length; m++) {
                months[m] += amount * monthFactors[m];
            }
        }
        for (double value : months) {
            total += value;
        }
        return total;
    }

}
