/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.perenne.model.io.ResultsFolder;
import org.perenne.model.AccountMapping;
import org.perenne.model.ActualAccounts;
import org.perenne.model.Canvas;
import org.perenne.model.FigureFormat;
import org.perenne.model.io.CanvasFiles;
import org.perenne.model.io.SafeFiles;
import org.perenne.report.AccountsImport;
import org.perenne.report.CsvExport;
import org.perenne.report.CsvFiles;
import org.perenne.report.ReportTables;
import org.perenne.report.ReportText;
import org.perenne.simulation.CashLine;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.actuals.AccountChart;
import org.perenne.simulation.actuals.PlanVersusActual;
import org.perenne.simulation.actuals.Reforecast;
import org.perenne.simulation.RiskSettings;

/**
 * {@code perenne actuals FILE --import FEC_OR_CSV [--mapping MAPPING.csv] [--out DIR] [--apply OUTFILE] [--replace]
 * [--runs N] [--run-rate]}: the place's actual accounts next to its plan, month by month and line by line, the accounts
 * that go to no line, and the re-forecast from the last actual cash (with its Monte Carlo with --runs);
 * {@code --apply} saves the canvas with the accounts (and the mapping) in it.
 */
final class ActualsCommand {

    private final CliMessages messages;
    private final PrintStream out;

    ActualsCommand(CliMessages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    int run(List<String> words) throws UsageException, InvalidCanvasException, IOException {
        Arguments arguments = Arguments.parse(words, Set.of("--import", "--mapping", "--out", "--apply", "--runs", "--seed",
                "--threads"), Set.of("--replace", "--run-rate"), messages);
        RiskSettings risk = arguments.risk(0, messages);
        int runs = risk.runs();
        long seed = risk.seed();
        int threads = risk.threads();
        String file = arguments.file(messages);
        String imported = arguments.option("--import", null);
        if (imported == null) {
            throw new UsageException(messages.get("error.importNeeded"));
        }
        Canvas canvas = CanvasInput.loadValid(file, messages);
        ReportText text = new ReportText(messages.locale());
        FigureFormat figures = FigureFormat.of(messages.locale());
        AccountsImport.Result result = AccountsImport.read(Path.of(imported), canvas, text);
        List<String> problems = new ArrayList<>(result.problems());
        String mappingFile = arguments.option("--mapping", null);
        List<AccountMapping> mappings = mappingFile == null ? List.of()
                : AccountsImport.mappings(Path.of(mappingFile), canvas, text, problems);
        if (!problems.isEmpty()) {
            throw refused(imported, problems);
        }
        Set<YearMonth> again = AccountsImport.overlap(canvas.getActuals(), result.accounts());
        if (!again.isEmpty() && !arguments.has("--replace")) {
            throw new InvalidCanvasException(messages.get("actuals.samePeriod", Path.of(file).getFileName(),
                    again.stream().map(month -> figures.month(month)).collect(Collectors.joining(", "))));
        }
        ActualAccounts accounts = AccountsImport.merged(canvas.getActuals(), result.accounts());
        for (AccountMapping mapping : mappings) {
            accounts.getMappings().removeIf(existing -> existing.getAccount().equals(mapping.getAccount()));
            accounts.getMappings().add(mapping);
        }
        canvas.setActuals(accounts);
        KeyFigures.Prepared prepared = KeyFigures.prepare(canvas);
        PlanVersusActual plan = new PlanVersusActual(canvas,
                prepared.compute(0, seed, 1, MonteCarlo.Progress.NONE).projection(), new AccountChart(canvas));
        Optional<Reforecast> reforecast = Reforecast.of(prepared, plan, runs, seed, threads, arguments.has("--run-rate"), MonteCarlo.Progress.NONE);
        Path folder = Path.of(arguments.option("--out", SimulateCommand.stem(file) + "-actuals"));
        String apply = arguments.option("--apply", null);
        try (ResultsFolder results = new ResultsFolder(folder)) {
            CsvExport.write(ReportTables.planVersusActual(plan), results.file("plan-vs-actual.csv"));
            CsvExport.write(ReportTables.planVersusActualByYear(plan),
                    results.file("plan-vs-actual-yearly.csv"));
            CsvExport.write(ReportTables.unmapped(plan), results.file("unmapped.csv"));
            if (reforecast.isPresent()) {
                writeReforecast(reforecast.get(), Files.createDirectory(results.file("reforecast")));
            }
            if (apply != null) {
                results.alsoWrite(Path.of(apply), CanvasFiles.content(canvas, Path.of(apply)), true);
            }
            results.complete();
        }
        List<YearMonth> months = plan.months();
        out.println(months.isEmpty() ? messages.get("actuals.none")
                : messages.get("actuals.summary", figures.month(months.get(0)), figures.month(months.get(months.size() - 1)),
                        plan.monthly().size(), plan.unmapped().size(), figures.cents(plan.fileTotals().charges()),
                        figures.cents(plan.fileTotals().income())));
        out.println(messages.get("summary.files", folder.toAbsolutePath().normalize()));
        if (reforecast.isPresent()) {
            Reforecast ahead = reforecast.get();
            out.println(messages.get("actuals.reforecast", figures.month(ahead.known()), figures.euros(ahead.knownCash()),
                    figures.euros(ahead.lowestCashAhead())));
            ahead.risk().ifPresent(aheadRisk -> out.println(messages.get("actuals.reforecastRisk", figures.percent(aheadRisk.probabilityCashNegative()),
                    aheadRisk.runs())));
        }
        if (apply != null) {
            out.println(messages.get("actuals.applied", Path.of(apply).toAbsolutePath().normalize()));
        }
        return Main.OK;
    }

    /**
     * The files of {@code simulate} for the months after the known one: {@code cashflow.csv}, and with
     * {@code --runs} {@code montecarlo.csv} and {@code summary.json} (the risk counts only those months).
     */
    private static void writeReforecast(Reforecast reforecast, Path folder) throws IOException {
        YearMonth known = reforecast.known();
        CsvExport.write(ReportTables.after(ReportTables.cashflow(reforecast.projection()), known), folder.resolve("cashflow.csv"));
        if (reforecast.runRate().isPresent()) {
            List<List<String>> rows = new ArrayList<>(List.of(List.of("line", "factor")));
            double[] factors = reforecast.runRate().get();
            for (CashLine line : CashLine.values()) {
                rows.add(List.of(line.column(), java.math.BigDecimal.valueOf(factors[line.ordinal()])
                        .setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString()));
            }
            CsvFiles.write(folder.resolve("run-rate.csv"), rows);
        }
        if (reforecast.risk().isPresent()) {
            CsvExport.write(ReportTables.after(ReportTables.monteCarlo(reforecast.risk().get()), known),
                    folder.resolve("montecarlo.csv"));
            String json = "{\n  \"known_month\": " + ResultFiles.json(known.toString()) + ",\n  \"known_cash\": "
                    + ResultFiles.cents(reforecast.knownCash()) + ",\n  \"lowest_cash_ahead\": "
                    + ResultFiles.cents(reforecast.lowestCashAhead()) + ",\n  \"monte_carlo\": "
                    + ResultFiles.monteCarloJson(reforecast.risk().get(), "  ") + "\n}\n";
            SafeFiles.write(folder.resolve("summary.json"), out -> out.write(json.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private InvalidCanvasException refused(String file, List<String> problems) {
        StringBuilder text = new StringBuilder(messages.get("actuals.refused", Path.of(file).getFileName()));
        problems.stream().limit(50).forEach(problem -> text.append("\n  • ").append(problem));
        if (problems.size() > 50) {
            text.append("\n  ").append(messages.get("error.moreProblems", problems.size() - 50));
        }
        return new InvalidCanvasException(text.toString());
    }
}
