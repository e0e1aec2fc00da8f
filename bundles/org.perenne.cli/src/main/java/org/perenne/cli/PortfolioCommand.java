/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.perenne.model.io.ResultsFolder;
import org.perenne.model.FunderLevel;
import org.perenne.report.CsvExport;
import org.perenne.report.PortfolioReport;
import org.perenne.report.PortfolioTables;
import org.perenne.report.PublishedGrantsFile;
import org.perenne.report.ReportTable;
import org.perenne.report.ReportText;
import org.perenne.report.WorkbookExport;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.Portfolio;
import org.perenne.simulation.portfolio.StressTest;
import org.perenne.simulation.RiskSettings;

/**
 * {@code perenne portfolio FILES…|DIR|PORTFOLIO [--funder NAME|SIREN] [--level LEVEL] [--stress …]
 * [--envelope] [--published SCDL.csv] [--runs N] [--seed S] [--threads T] [--out DIR]}: every place a funder
 * finances, stress-tested together: the {@link PortfolioTables} as CSV files (places.csv, stress.csv, envelope.csv,
 * commitments.csv, problems.csv, uncertain-funders.csv, published.csv), one workbook ({@code --format xlsx}) or
 * the committee note ({@code --format pdf}).
 */
final class PortfolioCommand {

    private final CliMessages messages;
    private final PrintStream out;

    PortfolioCommand(CliMessages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    int run(List<String> words) throws UsageException, InvalidCanvasException, IOException {
        Arguments arguments = Arguments.parse(words,
                Set.of("--funder", "--level", "--stress", "--runs", "--seed", "--threads", "--out", "--format", "--published"),
                Set.of("--envelope"), messages);
        String format = arguments.option("--format", "csv");
        if (!Set.of("csv", "xlsx", "pdf").contains(format)) {
            throw new UsageException(messages.get("error.badPortfolioFormat", format));
        }
        List<Path> sources = arguments.files(messages).stream().map(Path::of).toList();
        RiskSettings risk = arguments.risk(KeyFigures.DEFAULT_RUNS, messages);
        int runs = risk.runs();
        long seed = risk.seed();
        int threads = risk.threads();
        StressTest stress = null;
        if (arguments.has("--stress")) {
            try {
                stress = StressTest.parse(arguments.option("--stress", ""));
            } catch (IllegalArgumentException e) {
                throw new UsageException(messages.get("error.badStress", arguments.option("--stress", "")));
            }
        }
        FunderLevel level = null;
        if (arguments.has("--level")) {
            level = FunderLevel.get(arguments.option("--level", "").toUpperCase(Locale.ROOT).replace('É', 'E'));
            if (level == null) {
                throw new UsageException(messages.get("error.badLevel", arguments.option("--level", ""),
                        String.join(", ", FunderLevel.VALUES.stream().map(l -> l.getName().toLowerCase(Locale.ROOT)).toList())));
            }
        }
        PublishedGrantsFile.Result published = null;
        if (arguments.has("--published")) {
            // read before the places, so that a file that is not a table of published grants stops at once
            Path file = Path.of(arguments.option("--published", ""));
            published = PublishedGrantsFile.read(file, new ReportText(messages.locale()));
            if (published.rows().isEmpty() && !published.problems().isEmpty()) {
                throw new InvalidCanvasException(messages.get("portfolio.publishedRefused", file.getFileName(),
                        published.problems().get(0).text()));
            }
        }
        Portfolio.Members members = Portfolio.read(sources);
        PlaceAnalysis.Options options = new PlaceAnalysis.Options(
                Portfolio.funders(arguments.option("--funder", null), level, members.sameFunders()), stress,
                arguments.has("--envelope"), runs, seed, threads);

        PortfolioTables tables = PortfolioTables.analyse(members, options, canvas -> CanvasInput.problems(canvas, messages)
                .stream().filter(d -> d.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).toList(),
                new Portfolio.Problems(messages.locale(), first -> messages.get("portfolio.samePlace", first),
                        messages.get("error.tooLarge")), file -> file, () -> {
                    // no progress to show on the command line
                });
        if (published != null) {
            tables.comparePublished(published);
        }

        Path folder = Path.of(arguments.option("--out", "portfolio-results"));
        try (ResultsFolder results = new ResultsFolder(folder)) {
            if (format.equals("xlsx")) {
                WorkbookExport.write(tables.all(), new ReportText(messages.locale()), results.file("portfolio.xlsx"));
            } else if (format.equals("pdf")) {
                new PortfolioReport(tables, arguments.option("--funder", arguments.option("--level", null)), stress,
                        new ReportText(messages.locale()), LocalDate.now()).write(results.file("portfolio.pdf"));
            } else {
                for (ReportTable table : tables.all()) {
                    CsvExport.write(table, results.file(table.name() + ".csv"));
                }
            }
            results.complete();
        }
        out.println(messages.get("portfolio.summary", tables.placeCount(), tables.problemCount(), members.canvases().size()));
        if (stress != null) {
            out.println(messages.get("portfolio.stress", stress));
            tables.stressHeadline(new ReportText(messages.locale())).forEach(line -> out.println("  " + line));
        }
        if (options.envelope()) {
            out.println(messages.get("portfolio.envelope", messages.euros(tables.envelopeTotal() / 100.0)));
        }
        if (published != null) {
            out.println(tables.publishedSummary(new ReportText(messages.locale())));
        }
        out.println(messages.get("summary.files", folder.toAbsolutePath().normalize()));
        return tables.placeCount() == 0 ? Main.INVALID : Main.OK;
    }
}
