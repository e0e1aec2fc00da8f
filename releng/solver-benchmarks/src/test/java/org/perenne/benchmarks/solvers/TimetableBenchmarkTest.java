/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.benchmarks.solvers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.core.api.solver.SolverFactory;
import org.perenne.optimisation.OptaPlannerClassLoader;
import org.perenne.optimisation.timetable.domain.WeeklyTimetable;

/** Keeps the benchmark configuration from rotting: every solver in it builds, and so does the benchmark. */
class TimetableBenchmarkTest {

    @Test
    void everySolverOfTheBenchmarkConfigurationBuilds() {
        PlannerBenchmarkConfig config = TimetableBenchmark.config(Duration.ofSeconds(1), new File("target/unused"));
        List<SolverBenchmarkConfig> solvers = config.getSolverBenchmarkConfigList();
        assertEquals(3, solvers.size());
        OptaPlannerClassLoader.run(() -> {
            for (SolverBenchmarkConfig solver : solvers) {
                assertNotNull(SolverFactory.<WeeklyTimetable> create(solver.getSolverConfig()).buildSolver(), solver.getName());
            }
            assertNotNull(PlannerBenchmarkFactory.create(config).buildPlannerBenchmark(TimetableBenchmark.problems()));
            return null;
        });
        assertEquals(4, TimetableBenchmark.problems().size(), "S, M, L, XL");
    }
}
