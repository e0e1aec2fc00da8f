/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.perenne.model.io.ResultsFolder;
import org.perenne.model.Canvas;
import org.perenne.model.Scenario;
import org.perenne.model.io.SafeFiles;
import org.perenne.report.CsvExport;
import org.perenne.report.ReportTables;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.Projection;
import org.perenne.simulation.Scenarios;
import org.perenne.simulation.RiskSettings;

/** {@code perenne simulate FILE …}: the projection's CSV files, and Monte Carlo with --runs. */
final class SimulateCommand {

    private final CliMessages messages;
    private final PrintStream out;

    SimulateCommand(CliMessages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    int run(List<String> words) throws UsageException, InvalidCanvasException, IOException {
        Arguments arguments = Arguments.parse(words, Set.of("--scenario", "--runs", "--seed", "--threads", "--out"),
                Set.of("--json", "--draws"), messages);
        String file = arguments.file(messages);
        RiskSettings risk = arguments.risk(0, messages);
        int runs = risk.runs();
        long seed = risk.seed();
        int threads = risk.threads();
        Canvas base = CanvasInput.loadValid(file, messages);
        String scenarioName = arguments.option("--scenario", null);
        Scenario scenario = scenarioName == null ? null : scenario(base, scenarioName, messages);
        Path folder = Path.of(arguments.option("--out", stem(file) + "-results"));
        boolean draws = arguments.has("--draws");
        if (draws && runs == 0) {
            throw new UsageException(messages.get("simulate.drawsNeedRuns"));
        }

        KeyFigures figures = KeyFigures.of(base, scenario, runs, seed, threads, MonteCarlo.Progress.NONE);
        Projection projection = figures.projection();
        Summary summary = new Summary(base.getName(), scenarioName, figures);
        try (ResultsFolder results = new ResultsFolder(folder)) {
            CsvExport.write(ReportTables.cashflow(projection), results.file("cashflow.csv"));
            CsvExport.write(ReportTables.incomeStatement(projection), results.file("income-statement.csv"));
            CsvExport.write(ReportTables.indicators(figures.indicators()), results.file("indicators.csv"));
            if (figures.monteCarlo().isPresent()) {
                CsvExport.write(ReportTables.monteCarlo(figures.monteCarlo().get()), results.file("montecarlo.csv"));
                SafeFiles.write(results.file("summary.json"),
                        out -> out.write((summary.summaryJson() + "\n").getBytes(StandardCharsets.UTF_8)));
            }
            if (draws) {
                // every uncertain figure as the engine read it, and every value the paths drew: the same code, seed
                // and paths as the run whose risk the summary gives
                KeyFigures.Prepared prepared = KeyFigures.prepare(scenario == null ? base : Scenarios.apply(base, scenario));
                MonteCarlo monteCarlo = new MonteCarlo(prepared.compiled(), prepared.uncertainties());
                CsvExport.write(ReportTables.figures(monteCarlo), results.file("figures.csv"));
                CsvExport.write(ReportTables.draws(monteCarlo, runs, seed), results.file("draws.csv"));
            }
            results.complete();
        }
        if (arguments.has("--json")) {
            out.println(summary.json(""));
        } else {
            summary.sentences(messages, base.getCommercialTaxThreshold()).forEach(out::println);
            out.println(messages.get("summary.files", folder.toAbsolutePath().normalize()));
        }
        return Main.OK;
    }

    static Scenario scenario(Canvas canvas, String name, CliMessages messages) throws UsageException {
        return Scenarios.find(canvas, name).orElseThrow(() -> new UsageException(
                messages.get("error.unknownScenario", name, String.join(", ", Scenarios.names(canvas)))));
    }

    static String stem(String file) {
        String name = String.valueOf(Path.of(file).getFileName());
        return name.endsWith(".perenne") ? name.substring(0, name.length() - ".perenne".length()) : name;
    }
}
