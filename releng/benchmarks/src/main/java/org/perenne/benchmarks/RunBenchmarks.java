/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.benchmarks;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the engine benchmarks and prints the figures and ratios measured in this one run:
 * projection against the floor loop, and Monte Carlo on 1 thread against 2.
 * Argument: the model-samples folder.
 */
public final class RunBenchmarks {

    private RunBenchmarks() {
    }

    public static void main(String[] args) throws RunnerException {
        String samples = args.length > 0 ? args[0] : "model-samples";
        Options options = new OptionsBuilder()
                .include(EngineBenchmarks.class.getName() + "\\.")
                .include(MonteCarloBenchmarks.class.getName() + "\\.")
                .param("threads", "1", "2")
                .jvmArgsAppend("-Dperenne.samples=" + samples)
                .forks(1)
                .warmupIterations(5)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(8)
                .measurementTime(TimeValue.seconds(1))
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> score = new HashMap<>();
        Map<String, Double> error = new HashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark().replaceAll(".*\\.", "") + "/"
                    + result.getParams().getParam("threads");
            score.put(name, result.getPrimaryResult().getScore());
            error.put(name, result.getPrimaryResult().getScoreError());
        }
        double projection = score.get("projection/null");
        double floor = score.get("floor/null");
        double oneThread = score.get("monteCarlo10000Paths/1");
        double twoThreads = score.get("monteCarlo10000Paths/2");
        System.out.println();
        System.out.println("== Pérenne engine, " + Runtime.getRuntime().availableProcessors() + " cores ==");
        System.out.printf(Locale.ROOT, "10-year projection of the urban sample: %.2f µs (± %.2f)%n", projection,
                error.get("projection/null"));
        System.out.printf(Locale.ROOT, "floor loop over the same line-months:   %.2f µs (± %.2f)%n", floor,
                error.get("floor/null"));
        System.out.printf(Locale.ROOT, "projection/floor: %.2f×%n", projection / floor);
        System.out.printf(Locale.ROOT, "monte carlo 10000 x 120 months, 1 thread: %.1f ms%n", oneThread);
        System.out.printf(Locale.ROOT, "monte carlo 10000 x 120 months, 2 threads: %.1f ms%n", twoThreads);
        System.out.printf(Locale.ROOT, "speed-up with 2 threads:                %.2f×%n", oneThread / twoThreads);
    }
}
