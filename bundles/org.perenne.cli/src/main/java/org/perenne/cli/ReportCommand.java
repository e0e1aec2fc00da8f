/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.perenne.model.Canvas;
import org.perenne.model.Element;
import org.perenne.model.Scenario;
import org.perenne.report.CsvExport;
import org.perenne.report.FinancialReport;
import org.perenne.report.ReportFigures;
import org.perenne.report.ReportText;
import org.perenne.report.WorkbookExport;
import org.perenne.report.WorkshopReport;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.RiskSettings;

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
        Arguments arguments = Arguments.parse(words, Set.of("--scenario", "--format", "--out", "--runs", "--seed", "--threads",
                "--grant", "--year"), Set.of("--draws"), messages);
        String file = arguments.file(messages);
        String format = arguments.option("--format", "pdf");
        if (!Set.of("pdf", "xlsx", "csv").contains(format)) {
            throw new UsageException(messages.get("error.badFormat", format));
        }
        boolean draws = arguments.has("--draws");
        if (draws && format.equals("pdf")) {
            throw new UsageException(messages.get("report.drawsInTables"));
        }
        RiskSettings risk = arguments.risk(KeyFigures.DEFAULT_RUNS, messages);
        int runs = risk.runs();
        long seed = risk.seed();
        int threads = risk.threads();
        Canvas canvas = CanvasInput.loadValid(file, messages);
        String scenarioName = arguments.option("--scenario", null);
        Scenario scenario = scenarioName == null ? null : SimulateCommand.scenario(canvas, scenarioName, messages);
        Path folder = Path.of(arguments.option("--out", "."));
        String stem = SimulateCommand.stem(file) + (scenario == null ? "" : "-" + scenario.getId());
        ReportFigures figures = new ReportFigures(canvas, scenario, runs, seed, threads, LocalDate.now());
        ReportText text = new ReportText(messages.locale());
        String grantId = arguments.option("--grant", null);
        if (grantId != null) {
            Path written = financialReport(figures, canvas, grantId, arguments, format, folder.resolve(stem), text);
            out.println(messages.get("report.written", written.toAbsolutePath().normalize()));
            return Main.OK;
        }
        Path written = switch (format) {
            case "xlsx" -> {
                Path target = folder.resolve(stem + ".xlsx");
                WorkbookExport.write(tables(figures, text, draws), text, target);
                yield target;
            }
            case "csv" -> {
                Path target = folder.resolve(stem + "-csv");
                CsvExport.write(tables(figures, text, draws), target);
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

    /** The report's tables, and the Monte Carlo's draws when asked for (--draws). */
    private static java.util.List<org.perenne.report.ReportTable> tables(ReportFigures figures, ReportText text, boolean draws) {
        java.util.List<org.perenne.report.ReportTable> tables = new java.util.ArrayList<>(figures.tables(text));
        if (draws) {
            tables.addAll(figures.drawTables());
        }
        return tables;
    }

    /**
     * {@code --grant ID --year YYYY}: the compte rendu financier (CERFA 15059) of a grant for a calendar year,
     * as {@code STEM-cerfa15059-ID-YYYY.pdf} or {@code .xlsx}.
     */
    private Path financialReport(ReportFigures figures, Canvas canvas, String grantId, Arguments arguments, String format, Path stem,
            ReportText text) throws UsageException, InvalidCanvasException, IOException {
        int year = arguments.wholeNumber("--year", 0, 1, messages);
        if (year == 0) {
            throw new UsageException(messages.get("error.yearNeeded"));
        }
        if (format.equals("csv")) {
            throw new UsageException(messages.get("error.financialFormat"));
        }
        List<Element> grants = new ArrayList<>(canvas.getFunding().getGrants());
        grants.addAll(canvas.getFunding().getReimbursementGrants());
        Element grant = grants.stream().filter(g -> grantId.equals(g.getId())).findFirst().orElseThrow(() -> new UsageException(
                messages.get("error.unknownGrant", grantId, String.join(", ", grants.stream().map(Element::getId).toList()))));
        FinancialReport report;
        try {
            report = new FinancialReport(figures, grant, year);
        } catch (IllegalArgumentException noAccounts) {
            throw new InvalidCanvasException(messages.get("error.noActualsForYear", Integer.toString(year)));
        }
        Path target = stem.resolveSibling(stem.getFileName() + "-cerfa15059-" + grantId + "-" + year + "." + format);
        if (format.equals("xlsx")) {
            report.writeWorkbook(target, text);
        } else {
            report.writePdf(target, text);
        }
        return target;
    }
}
