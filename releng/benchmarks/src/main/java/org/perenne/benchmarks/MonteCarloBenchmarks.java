/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.benchmarks;

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
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.UncertainAssumption;

/** 10 000 Monte Carlo paths × 120 months of the urban sample, on 1 and on 2 threads. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MonteCarloBenchmarks {

    @Param("coworking-urbain.perenne")
    public String sample;

    @Param("1")
    public int threads;

    private MonteCarlo monteCarlo;

    @Setup(Level.Trial)
    public void load() {
        Canvas canvas = EngineBenchmarks.load(sample);
        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        monteCarlo = new MonteCarlo(compiled, UncertainAssumption.of(canvas, compiled));
    }

    @Benchmark
    public double monteCarlo10000Paths() {
        return monteCarlo.run(10_000, 42, threads, MonteCarlo.Progress.NONE).probabilityCashNegative();
    }
}
