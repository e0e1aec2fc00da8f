/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.StringJoiner;

import org.perenne.model.io.ResultsFolder;
import org.perenne.model.Canvas;
import org.perenne.report.CsvFiles;
import org.perenne.model.Scenario;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;
import org.perenne.simulation.RiskSettings;
import org.perenne.simulation.Scenarios;

/** {@code perenne compare FILE --scenarios A,B,…}: key figures side by side ("base" is the canvas itself). */
final class CompareCommand {

    private final CliMessages messages;
    private final PrintStream out;

    CompareCommand(CliMessages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    int run(List<String> words) throws UsageException, InvalidCanvasException, IOException {
        Arguments arguments = Arguments.parse(words, Set.of("--scenarios", "--out", "--runs", "--seed", "--threads"),
                Set.of("--json"), messages);
        String file = arguments.file(messages);
        if (!arguments.has("--scenarios")) {
            throw new UsageException(messages.get("error.missingValue", "--scenarios"));
        }
        RiskSettings risk = arguments.risk(KeyFigures.DEFAULT_RUNS, messages);
        int runs = risk.runs();
        long seed = risk.seed();
        int threads = risk.threads();
        Canvas base = CanvasInput.loadValid(file, messages);
        List<String> names = Arrays.stream(arguments.option("--scenarios", "").split(",")).map(String::trim)
                .filter(name -> !name.isEmpty()).distinct().toList();
        if (names.isEmpty()) {
            throw new UsageException(messages.get("error.noScenario", String.join(", ", Scenarios.names(base))));
        }
        List<Summary> summaries = new ArrayList<>();
        for (String name : names) {
            Scenario scenario = name.equals("base") ? null : SimulateCommand.scenario(base, name, messages);
            summaries.add(new Summary(base.getName(), name,
                    KeyFigures.of(base, scenario, runs, seed, threads, MonteCarlo.Progress.NONE)));
        }
        Path folder = Path.of(arguments.option("--out", SimulateCommand.stem(file) + "-results"));
        writeFiles(folder, summaries);
        if (arguments.has("--json")) {
            StringJoiner json = new StringJoiner(",\n  ", "[\n  ", "\n]");
            summaries.forEach(f -> json.add(f.json("  ")));
            out.println(json);
        } else {
            for (Summary f : summaries) {
                f.sentences(messages, base.getCommercialTaxThreshold()).forEach(out::println);
                out.println();
            }
            out.println(messages.get("summary.files", folder.toAbsolutePath().normalize()));
        }
        return Main.OK;
    }

    private static void writeFiles(Path folder, List<Summary> summaries) throws IOException {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("scenario", "closing_cash_end", "minimum_cash", "minimum_cash_month", "break_even_month",
                "runway_months", "grant_dependency_year_1", "receivable_at_end", "lasting_break_even_month",
                "structural_result", "p_negative", "p_negative_low", "p_negative_high"));
        for (Summary s : summaries) {
            KeyFigures f = s.figures();
            OptionalDouble runway = f.runway().asMonths();
            OptionalDouble dependency = f.indicators().year(1).grantDependency();
            MonteCarloResult risk = f.monteCarlo().orElseThrow();
            table.add(List.of(Objects.toString(s.scenario(), ""), ResultFiles.cents(f.cashAtEnd()), ResultFiles.cents(f.lowestCash()),
                    f.lowestCashMonth().toString(), f.firstBreakEven().map(YearMonth::toString).orElse(""),
                    runway.isPresent() ? ResultFiles.cents(runway.getAsDouble()) : "",
                    dependency.isPresent() ? ResultFiles.probability(dependency.getAsDouble()) : "",
                    ResultFiles.cents(f.projection().receivableAtEnd()),
                    f.lastingBreakEven().map(YearMonth::toString).orElse(""), ResultFiles.cents(f.structuralResult()),
                    ResultFiles.probability(risk.probabilityCashNegative()),
                    ResultFiles.probability(risk.probabilityCashNegativeLow()),
                    ResultFiles.probability(risk.probabilityCashNegativeHigh())));
        }
        List<List<String>> cash = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("month"));
        summaries.forEach(f -> header.add(Objects.toString(f.scenario(), "")));
        cash.add(header);
        Projection first = summaries.get(0).figures().projection();
        for (int m = 0; m < first.months(); m++) {
            List<String> row = new ArrayList<>(List.of(first.monthOf(m).toString()));
            for (Summary s : summaries) {
                row.add(ResultFiles.cents(s.figures().projection().closingCash(m)));
            }
            cash.add(row);
        }
        try (ResultsFolder results = new ResultsFolder(folder)) {
            CsvFiles.write(results.file("compare.csv"), table);
            CsvFiles.write(results.file("compare-cash.csv"), cash);
            results.complete();
        }
    }
}
