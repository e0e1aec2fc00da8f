/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.benchmarks.solvers;

import java.io.File;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.config.statistic.ProblemStatisticType;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.perenne.optimisation.OptaPlannerClassLoader;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;
import org.perenne.optimisation.timetable.solver.TimetableGenerator;
import org.perenne.optimisation.timetable.solver.TimetableSolver;

/**
 * The OptaPlanner benchmark of the weekly timetable: the product's solver (simulated annealing) against
 * late acceptance and tabu search, on the generated sizes S, M, L and XL (seed 2026), each run for the
 * same time without an "unimproved" stop, so the report shows the score each reaches in that time.
 */
public final class TimetableBenchmark {

    /** Seed of the generated instances. */
    public static final long SEED = 2026;

    private TimetableBenchmark() {
    }

    /** The benchmark configuration: one solver per search strategy, each run {@code perRun} on every size. */
    public static PlannerBenchmarkConfig config(Duration perRun, File directory) {
        return new PlannerBenchmarkConfig(TimetableBenchmark.class.getClassLoader())
                .withName("Planning hebdomadaire")
                .withBenchmarkDirectory(directory)
                .withParallelBenchmarkCount("1")
                .withWarmUpSecondsSpentLimit(Math.min(30, perRun.toSeconds()))
                .withSolverBenchmarkConfigs(
                        solver("Recuit simulé (Pérenne)", product(perRun)),
                        solver("Acceptation tardive", withAcceptor(product(perRun),
                                new LocalSearchAcceptorConfig().withLateAcceptanceSize(400), 1)),
                        solver("Recherche tabou", withAcceptor(product(perRun),
                                new LocalSearchAcceptorConfig().withEntityTabuSize(7), 1000)));
    }

    /** The problems: the generated timetables of every size. */
    public static List<WeeklyTimetable> problems() {
        return Arrays.stream(TimetableGenerator.Size.values()).map(size -> TimetableGenerator.generate(size, SEED)).toList();
    }

    private static SolverConfig product(Duration perRun) {
        return TimetableSolver.config(perRun, perRun, EnvironmentMode.REPRODUCIBLE);
    }

    private static SolverConfig withAcceptor(SolverConfig config, LocalSearchAcceptorConfig acceptor, int acceptedCount) {
        config.getPhaseConfigList().stream().filter(LocalSearchPhaseConfig.class::isInstance)
                .map(LocalSearchPhaseConfig.class::cast)
                .forEach(phase -> phase.withAcceptorConfig(acceptor)
                        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(acceptedCount)));
        return config;
    }

    private static SolverBenchmarkConfig solver(String name, SolverConfig config) {
        return new SolverBenchmarkConfig().withName(name).withSolverConfig(config)
                .withProblemBenchmarksConfig(new ProblemBenchmarksConfig()
                        .withProblemStatisticTypes(ProblemStatisticType.BEST_SCORE));
    }

    /** Runs the benchmark: {@code DIRECTORY [SECONDS_PER_RUN]}; the HTML report lands in DIRECTORY. */
    public static void main(String[] args) {
        File directory = new File(args.length > 0 ? args[0] : "target/solver-benchmarks");
        Duration perRun = Duration.ofSeconds(args.length > 1 && !args[1].isBlank() ? Long.parseLong(args[1]) : 30);
        OptaPlannerClassLoader.run(() -> {
            PlannerBenchmarkFactory.create(config(perRun, directory)).buildPlannerBenchmark(problems()).benchmarkAndShowReportInBrowser();
            return null;
        });
    }
}
