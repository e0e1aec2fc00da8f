/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.perenne.model.Canvas;
import org.perenne.model.Scenario;
import org.perenne.report.CsvExport;
import org.perenne.report.ReportFigures;
import org.perenne.report.ReportText;
import org.perenne.report.WorkbookExport;
import org.perenne.report.WorkshopReport;
import org.perenne.simulation.KeyFigures;

/**
 * {@code perenne report FILE [--scenario NAME] [--format pdf|xlsx|csv] [--out DIR]}: the workshop
 * report (PDF), the spreadsheet (xlsx) or the CSV tables, in the language of the command line.
 */
final class ReportCommand {

    private final CliMessages messages;
    private final PrintStream out;

    ReportCommand(CliMessages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    int run(List<String> words) throws UsageException, InvalidCanvasException, IOException {
        Arguments arguments = Arguments.parse(words, Set.of("--scenario", "--format", "--out", "--runs", "--seed", "--threads"),
                Set.of(), messages);
        String file = arguments.file(messages);
        String format = arguments.option("--format", "pdf");
        if (!Set.of("pdf", "xlsx", "csv").contains(format)) {
            throw new UsageException(messages.get("error.badFormat", format));
        }
        int runs = arguments.wholeNumber("--runs", KeyFigures.DEFAULT_RUNS, 1, messages);
        long seed = arguments.longNumber("--seed", KeyFigures.DEFAULT_SEED, messages);
        int threads = arguments.wholeNumber("--threads", Runtime.getRuntime().availableProcessors(), 1, messages);
        Canvas canvas = CanvasInput.loadValid(file, messages);
        String scenarioName = arguments.option("--scenario", null);
        Scenario scenario = scenarioName == null ? null : SimulateCommand.scenario(canvas, scenarioName, messages);
        Path folder = Path.of(arguments.option("--out", "."));
        String stem = SimulateCommand.stem(file) + (scenario == null ? "" : "-" + scenario.getId());
        ReportFigures figures = new ReportFigures(canvas, scenario, runs, seed, threads, LocalDate.now());
        ReportText text = new ReportText(messages.locale());
        Path written = switch (format) {
            case "xlsx" -> {
                Path target = folder.resolve(stem + ".xlsx");
                WorkbookExport.write(figures, text, target);
                yield target;
            }
            case "csv" -> {
                Path target = folder.resolve(stem + "-csv");
                try (ResultsFolder results = new ResultsFolder(target)) {
                    CsvExport.write(figures.tables(text), results.staging());
                    results.complete();
                }
                yield target;
            }
            default -> {
                Path target = folder.resolve(stem + ".pdf");
                new WorkshopReport(figures, text).write(target);
                yield target;
            }
        };
        out.println(messages.get("report.written", written.toAbsolutePath().normalize()));
        return Main.OK;
    }
}
