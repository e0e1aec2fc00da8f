/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.perenne.model.Canvas;
import org.perenne.model.Scenario;
import org.perenne.report.CsvExport;
import org.perenne.report.ReportTables;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CashFlowEngine;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;
import org.perenne.simulation.Scenarios;
import org.perenne.simulation.UncertainAssumption;

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
                Set.of("--json"), messages);
        String file = arguments.file(messages);
        int runs = arguments.wholeNumber("--runs", 0, 1, messages);
        long seed = arguments.longNumber("--seed", 1, messages);
        int threads = arguments.wholeNumber("--threads", Runtime.getRuntime().availableProcessors(), 1, messages);
        Canvas base = CanvasInput.loadValid(file, messages);
        String scenarioName = arguments.option("--scenario", null);
        Canvas canvas = scenarioName == null ? base : Scenarios.apply(base, scenario(base, scenarioName, messages));
        Path folder = Path.of(arguments.option("--out", stem(file) + "-results"));

        CompiledCanvas compiled = CanvasCompiler.compile(canvas);
        Projection projection = new CashFlowEngine(compiled).project();
        Indicators indicators = new Indicators(projection, compiled);
        CsvExport.write(folder.resolve("cashflow.csv"), CsvExport.lines(ReportTables.cashflow(projection)));
        CsvExport.write(folder.resolve("income-statement.csv"), CsvExport.lines(ReportTables.incomeStatement(projection)));
        CsvExport.write(folder.resolve("indicators.csv"), CsvExport.lines(ReportTables.indicators(indicators)));
        MonteCarloResult monteCarlo = null;
        if (runs > 0) {
            monteCarlo = new MonteCarlo(compiled, UncertainAssumption.of(canvas, compiled)).run(runs, seed, threads,
                    MonteCarlo.Progress.NONE);
            CsvExport.write(folder.resolve("montecarlo.csv"), CsvExport.lines(ReportTables.monteCarlo(monteCarlo)));
            CsvExport.write(folder.resolve("summary.json"), List.of(ResultFiles.summaryJson(monteCarlo)));
        }

        KeyFigures figures = KeyFigures.of(canvas.getName(), scenarioName, projection, indicators);
        if (arguments.has("--json")) {
            String json = figures.json("");
            if (monteCarlo != null) {
                json = json.substring(0, json.length() - 2) + ",\n  \"monte_carlo\": "
                        + ResultFiles.summaryJson(monteCarlo).replace("\n", "\n  ") + "\n}";
            }
            out.println(json);
        } else {
            figures.sentences(messages, canvas.getCommercialTaxThreshold()).forEach(out::println);
            if (monteCarlo != null) {
                out.println(messages.get("summary.monteCarlo", monteCarlo.runs(), Long.toString(seed),
                        messages.percent(monteCarlo.probabilityCashNegative()), messages.euros(monteCarlo.expectedShortfall())));
            }
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
