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
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.perenne.model.Funder;
import org.perenne.model.FunderLevel;
import org.perenne.report.CsvFiles;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.Portfolio;
import org.perenne.simulation.portfolio.StressTest;

/**
 * {@code perenne portfolio FILES…|DIR|PORTFOLIO [--funder NAME|SIREN] [--level LEVEL] [--stress …]
 * [--envelope] [--runs N] [--seed S] [--threads T] [--out DIR]}: every place a funder finances,
 * stress-tested together; places.csv, stress.csv, envelope.csv, commitments.csv, problems.csv and
 * uncertain-funders.csv (names that may be the same funder, to confirm in the portfolio file).
 */
final class PortfolioCommand {

    private final CliMessages messages;
    private final PrintStream out;

    PortfolioCommand(CliMessages messages, PrintStream out) {
        this.messages = messages;
        this.out = out;
    }

    /** One place's row, kept small: the analysis itself (and its canvas) is let go once read. */
    private record Row(String file, String place, List<String> figures, SortedMap<Integer, Double> shares,
            List<String> stress, List<String> envelope) {
    }

    int run(List<String> words) throws UsageException, IOException {
        Arguments arguments = Arguments.parse(words,
                Set.of("--funder", "--level", "--stress", "--runs", "--seed", "--threads", "--out"), Set.of("--envelope"),
                messages);
        List<Path> sources = arguments.files(messages).stream().map(Path::of).toList();
        int runs = arguments.wholeNumber("--runs", KeyFigures.DEFAULT_RUNS, 1, messages);
        long seed = arguments.longNumber("--seed", KeyFigures.DEFAULT_SEED, messages);
        int threads = arguments.wholeNumber("--threads", Runtime.getRuntime().availableProcessors(), 1, messages);
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
        Portfolio.Members members = Portfolio.read(sources);
        PlaceAnalysis.Options options = new PlaceAnalysis.Options(
                Portfolio.funders(arguments.option("--funder", null), level, members.sameFunders()), stress,
                arguments.has("--envelope"), runs, seed, threads);

        List<Row> rows = new ArrayList<>();
        List<List<String>> problems = new ArrayList<>();
        problems.add(List.of("file", "problem"));
        List<Funder> funders = new ArrayList<>();
        SortedMap<Integer, double[]> commitments = new TreeMap<>();
        Portfolio.analyse(members, options, canvas -> CanvasInput.problems(canvas, messages).stream()
                .filter(d -> d.getSeverity() == Diagnostic.ERROR).map(Diagnostic::getMessage).toList(),
                (file, place) -> {
                    rows.add(row(file, place));
                    place.commitments().forEach((year, money) -> {
                        double[] sum = commitments.computeIfAbsent(year, y -> new double[2]);
                        sum[0] += money.committed();
                        sum[1] += money.paid();
                    });
                    if (place.canvas().getPartners() != null) {
                        place.canvas().getPartners().getFunders().forEach(f -> funders.add(EcoreUtil.copy(f)));
                    }
                }, (file, problem) -> problems.add(List.of(file.toString(), problem)), new Portfolio.Problems() {
                    @Override
                    public Locale locale() {
                        return messages.locale();
                    }

                    @Override
                    public String samePlace(Path first) {
                        return messages.get("portfolio.samePlace", first);
                    }

                    @Override
                    public String tooLarge() {
                        return messages.get("error.tooLarge");
                    }
                });

        Path folder = Path.of(arguments.option("--out", "portfolio-results"));
        try (ResultsFolder results = new ResultsFolder(folder)) {
            CsvFiles.write(results.file("places.csv"), places(rows));
            if (stress != null) {
                List<List<String>> table = new ArrayList<>();
                table.add(List.of("file", "place", "min_cash", "p_negative", "bridge_needed", "runs_out", "p_negative_low",
                        "p_negative_high"));
                rows.forEach(r -> table.add(concat(List.of(r.file(), r.place()), r.stress())));
                CsvFiles.write(results.file("stress.csv"), table);
            }
            if (options.envelope()) {
                List<List<String>> table = new ArrayList<>();
                table.add(List.of("file", "place", "yearly_amount", "p_negative"));
                rows.forEach(r -> table.add(concat(List.of(r.file(), r.place()), r.envelope())));
                CsvFiles.write(results.file("envelope.csv"), table);
            }
            List<List<String>> money = new ArrayList<>();
            money.add(List.of("year", "committed", "paid"));
            commitments.forEach((year, sum) -> money.add(List.of(Integer.toString(year), ResultFiles.cents(sum[0]),
                    ResultFiles.cents(sum[1]))));
            CsvFiles.write(results.file("commitments.csv"), money);
            CsvFiles.write(results.file("problems.csv"), problems);
            List<List<String>> uncertain = new ArrayList<>();
            uncertain.add(List.of("funder", "maybe_the_same_as"));
            Portfolio.uncertainMatches(funders, members.sameFunders()).forEach(pair -> uncertain.add(List.of(pair)));
            CsvFiles.write(results.file("uncertain-funders.csv"), uncertain);
            results.complete();
        }
        out.println(messages.get("portfolio.summary", rows.size(), problems.size() - 1, members.canvases().size()));
        if (stress != null) {
            long short_ = rows.stream().filter(r -> r.stress().get(3).equals("1")).count();
            double bridge = rows.stream().mapToDouble(r -> Double.parseDouble(r.stress().get(2))).sum();
            out.println(messages.get("portfolio.stress", stress, short_, messages.euros(bridge)));
        }
        out.println(messages.get("summary.files", folder.toAbsolutePath().normalize()));
        return rows.isEmpty() ? Main.INVALID : Main.OK;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static Row row(Path file, PlaceAnalysis place) {
        KeyFigures f = place.figures();
        var risk = f.monteCarlo().orElseThrow();
        List<String> figures = List.of(ResultFiles.cents(f.lowestCash()), f.lowestCashMonth().toString(),
                f.lastingBreakEven().map(YearMonth::toString).orElse(""), ResultFiles.probability(risk.probabilityCashNegative()),
                ResultFiles.cents(f.structuralResult()));
        List<String> stress = List.of();
        if (place.stressed() != null) {
            KeyFigures s = place.stressed().figures();
            var stressedRisk = s.monteCarlo().orElseThrow();
            stress = List.of(ResultFiles.cents(s.lowestCash()), ResultFiles.probability(stressedRisk.probabilityCashNegative()),
                    ResultFiles.cents(place.stressed().bridgeNeeded()), place.stressed().runsOut() ? "1" : "0",
                    ResultFiles.probability(stressedRisk.probabilityCashNegativeLow()),
                    ResultFiles.probability(stressedRisk.probabilityCashNegativeHigh()));
        }
        List<String> envelope = List.of();
        if (place.envelope() != null) {
            PlaceAnalysis.Envelope e = place.envelope();
            envelope = List.of(e.found() ? ResultFiles.cents(e.yearlyAmount()) : "",
                    Double.isNaN(e.risk()) ? "" : ResultFiles.probability(e.risk()));
        }
        return new Row(file.toString(), Objects.toString(place.canvas().getName(), ""), figures,
                new TreeMap<>(place.funderShare()), stress, envelope);
    }

    /** places.csv: one funder_share_yK column per calendar year covered, y1 being the portfolio's first. */
    private static List<List<String>> places(List<Row> rows) {
        TreeSet<Integer> years = new TreeSet<>();
        rows.forEach(r -> years.addAll(r.shares().keySet()));
        List<Integer> covered = new ArrayList<>();
        if (!years.isEmpty()) {
            for (int y = years.first(); y <= years.last(); y++) {
                covered.add(y);
            }
        }
        List<String> header = new ArrayList<>(List.of("file", "place", "min_cash", "min_cash_month",
                "lasting_break_even_month", "p_negative", "structural_result"));
        for (int k = 1; k <= covered.size(); k++) {
            header.add("funder_share_y" + k);
        }
        header.add("first_calendar_year");
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        for (Row r : rows) {
            List<String> line = concat(List.of(r.file(), r.place()), r.figures());
            for (int year : covered) {
                Double share = r.shares().get(year);
                line.add(share == null || share.isNaN() ? "" : ResultFiles.probability(share));
            }
            line.add(covered.isEmpty() ? "" : Integer.toString(covered.get(0)));
            table.add(line);
        }
        return table;
    }
}
