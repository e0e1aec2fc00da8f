/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.perenne.model.AccountMapping;
import org.perenne.model.ActualAccounts;
import org.perenne.model.Canvas;
import org.perenne.model.FigureFormat;
import org.perenne.model.io.CanvasFiles;
import org.perenne.report.AccountsImport;
import org.perenne.report.CsvExport;
import org.perenne.report.ReportTables;
import org.perenne.report.ReportText;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.actuals.AccountChart;
import org.perenne.simulation.actuals.PlanVersusActual;

/**
 * {@code perenne actuals FILE --import FEC_OR_CSV [--mapping MAPPING.csv] [--out DIR] [--apply OUTFILE] [--replace]}:
 * the place's actual accounts next to its plan, month by month and line by line, and the accounts that
 * go to no line; {@code --apply} saves the canvas with the accounts (and the mapping) in it.
 */
final class ActualsCommand {

    private final CliMessages messages;
    private final PrintStream out;

    ActualsCommand(CliMessages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    int run(List<String> words) throws UsageException, InvalidCanvasException, IOException {
        Arguments arguments = Arguments.parse(words, Set.of("--import", "--mapping", "--out", "--apply"), Set.of("--replace"),
                messages);
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
        PlanVersusActual plan = new PlanVersusActual(canvas,
                KeyFigures.of(canvas, null, 0, KeyFigures.DEFAULT_SEED, 1, MonteCarlo.Progress.NONE).projection(),
                new AccountChart(canvas));
        Path folder = Path.of(arguments.option("--out", SimulateCommand.stem(file) + "-actuals"));
        try (ResultsFolder results = new ResultsFolder(folder)) {
            CsvExport.write(ReportTables.planVersusActual(plan.monthly(), "plan-vs-actual"), results.file("plan-vs-actual.csv"));
            CsvExport.write(ReportTables.planVersusActual(plan.yearly(), "plan-vs-actual-yearly"),
                    results.file("plan-vs-actual-yearly.csv"));
            CsvExport.write(ReportTables.unmapped(plan), results.file("unmapped.csv"));
            results.complete();
        }
        String apply = arguments.option("--apply", null);
        if (apply != null) {
            CanvasFiles.save(canvas, Path.of(apply));
        }
        List<YearMonth> months = plan.months();
        out.println(months.isEmpty() ? messages.get("actuals.none")
                : messages.get("actuals.summary", figures.month(months.get(0)), figures.month(months.get(months.size() - 1)),
                        plan.monthly().size(), plan.unmapped().size(), figures.cents(plan.fileTotals().charges()),
                        figures.cents(plan.fileTotals().income())));
        out.println(messages.get("summary.files", folder.toAbsolutePath().normalize()));
        if (apply != null) {
            out.println(messages.get("actuals.applied", Path.of(apply).toAbsolutePath().normalize()));
        }
        return Main.OK;
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
