/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.emf.common.util.Diagnostic;
import org.perenne.model.Canvas;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.validation.CanvasValidator;
import org.perenne.model.validation.CanvasVocabulary;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.Portfolio;
import org.perenne.simulation.portfolio.PortfolioGenerator;
import org.perenne.simulation.portfolio.StressTest;

/**
 * A funder's portfolio at scale, measured in one run: {@link PortfolioGenerator} makes N varied places
 * from the samples, then the portfolio with a stress test is analysed with
 * 10,000 paths per place on 1 and on 2 threads, canvases streamed from disk; printed: the times, the
 * peak heap, and the time per path-month against the single-canvas Monte Carlo's in the same run.
 * Arguments: the model-samples folder, N (500 by default).
 */
public final class PortfolioBenchmark {

    private static final List<String> SAMPLES = List.of("coworking-rural", "coworking-urbain", "fablab", "tiers-lieu-hybride");
    private static final String REGION = PortfolioGenerator.REGION;
    private static final int RUNS = 10_000;

    private PortfolioBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : "model-samples");
        int places = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        Path folder = Files.createTempDirectory("perenne-portfolio");
        List<Canvas> bases = new ArrayList<>();
        for (String name : SAMPLES) {
            bases.add(CanvasFiles.load(samples.resolve(name + ".perenne"), Locale.ENGLISH).canvas());
        }
        long pathMonths = PortfolioGenerator.generate(bases, places, folder, 20261201L, RUNS);
        Portfolio.Members members = Portfolio.read(List.of(folder));
        StressTest stress = StressTest.parse("cut:30%:2028");

        // the single-canvas Monte Carlo, warmed up, per path-month
        Canvas hybrid = CanvasFiles.load(samples.resolve("tiers-lieu-hybride.perenne"), Locale.ENGLISH).canvas();
        for (int i = 0; i < 5; i++) {
            KeyFigures.of(hybrid, null, RUNS, 1, 2, MonteCarlo.Progress.NONE);
        }
        long start = System.nanoTime();
        int repeats = 10;
        for (int i = 0; i < repeats; i++) {
            KeyFigures.of(hybrid, null, RUNS, 1, 2, MonteCarlo.Progress.NONE);
        }
        double singlePerPathMonth = (System.nanoTime() - start) / (double) (repeats * RUNS * 60);

        System.out.println();
        System.out.printf(Locale.ROOT, "== Pérenne portfolio: %d places × %d paths, stress %s, %d cores, heap at most %d MB ==%n",
                places, RUNS, stress, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        // warm-up: the first places once, so that both measured runs meet a compiled engine
        Portfolio.Members firstPlaces = new Portfolio.Members(members.canvases().subList(0, Math.min(20, places)), List.of());
        Portfolio.analyse(firstPlaces, new PlaceAnalysis.Options(Portfolio.funders(REGION, null, List.of()), stress, false, RUNS, 1, 2),
                canvas -> List.of(), (file, place) -> {
                }, (file, problem) -> {
                }, new Portfolio.Problems(Locale.ENGLISH, first -> "", ""));
        double[] seconds = new double[3];
        for (int threads : new int[] { 1, 2 }) {
            resetPeaks();
            AtomicLong analysed = new AtomicLong();
            long began = System.nanoTime();
            PlaceAnalysis.Options options = new PlaceAnalysis.Options(Portfolio.funders(REGION, null, List.of()), stress, false,
                    RUNS, 1, threads);
            Portfolio.analyse(members, options, canvas -> CanvasValidator.validate(canvas, Locale.ENGLISH, CanvasVocabulary.TECHNICAL)
                    .getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).toList(),
                    (file, place) -> analysed.incrementAndGet(), (file, problem) -> System.out.println(file + ": " + problem),
                    new Portfolio.Problems(Locale.ENGLISH, first -> "same place as " + first, "too large"));
            seconds[threads] = (System.nanoTime() - began) / 1e9;
            double perPathMonth = seconds[threads] * 1e9 / (2.0 * pathMonths); // each place: as it is, and stressed
            System.out.printf(Locale.ROOT, "%d thread(s): %d places in %.1f s (%.0f ms a place), peak heap %d MB; "
                    + "time per path-month %.1f ns, %.2f× the single canvas's (%.1f ns, 2 threads)%n", threads, analysed.get(),
                    seconds[threads], 1000 * seconds[threads] / places, peakHeapMegabytes(), perPathMonth,
                    perPathMonth / singlePerPathMonth, singlePerPathMonth);
        }
        System.out.printf(Locale.ROOT, "speed-up with 2 threads: %.2f×; 3,500 places (all of France) on 2 threads: about %.0f s%n",
                seconds[1] / seconds[2], seconds[2] * 3500 / places);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }
}
