/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.perenne.charts.PortfolioScatterChart;
import org.perenne.model.Canvas;
import org.perenne.model.Funder;
import org.perenne.report.ReportTable.Column;
import org.perenne.report.ReportTable.Kind;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.Portfolio;

/**
 * The tables of a funder's portfolio, filled place by place as they are analysed (only their rows are
 * kept, never the canvases): what {@code perenne portfolio} writes as CSV files and the Portfolio view
 * shows, cell for cell. Column names are the command line's contract (README, "A funder's portfolio").
 */
public final class PortfolioTables {

    private record Place(String file, String name, KeyFigures figures, SortedMap<Integer, Double> shares,
            PlaceAnalysis.Stressed stressed, PlaceAnalysis.Envelope envelope) {
    }

    private final List<Set<String>> sameFunders;
    private final List<Object[]> placeRows = new ArrayList<>();
    private final List<SortedMap<Integer, Double>> shares = new ArrayList<>();
    private final List<java.time.YearMonth> grantsEnd = new ArrayList<>();
    /** Territory, and the last year's grant dependency, cost per beneficiary and subsidy per public hour. */
    private final List<Object[]> extras = new ArrayList<>();
    private final List<Object[]> stressRows = new ArrayList<>();
    private final List<Object[]> envelopeRows = new ArrayList<>();
    private final List<Object[]> problemRows = new ArrayList<>();
    private final SortedMap<Integer, long[]> commitments = new TreeMap<>();
    private final List<Funder> funders = new ArrayList<>();
    private boolean stressed;
    private boolean enveloped;

    /** @param sameFunders the matches the user confirmed (not asked again in {@link #uncertainFunders()}) */
    public PortfolioTables(List<Set<String>> sameFunders) {
        this.sameFunders = sameFunders;
    }

    /**
     * Analyses every canvas of a portfolio, one after the other, into its tables.
     *
     * @param errors a canvas's validation errors in the reader's words (empty when valid)
     * @param named how a file is named in the tables (as given, or its name alone)
     * @param eachDone called after each canvas (progress; may throw to stop)
     */
    public static PortfolioTables analyse(Portfolio.Members members, PlaceAnalysis.Options options,
            Function<Canvas, List<String>> errors, Portfolio.Problems words, UnaryOperator<Path> named, Runnable eachDone) {
        PortfolioTables tables = new PortfolioTables(members.sameFunders());
        Portfolio.analyse(members, options, errors, (file, place) -> {
            tables.add(named.apply(file), place);
            eachDone.run();
        }, (file, problem) -> {
            tables.problem(named.apply(file), problem);
            eachDone.run();
        }, words);
        return tables;
    }

    /** Adds a place's rows. */
    public void add(Path file, PlaceAnalysis place) {
        Place p = new Place(file.toString(), Objects.toString(place.canvas().getName(), ""), place.figures(),
                new TreeMap<>(place.funderShare()), place.stressed(), place.envelope());
        KeyFigures f = p.figures();
        MonteCarloResult risk = f.monteCarlo().orElseThrow();
        placeRows.add(new Object[] { p.file(), p.name(), cents(f.lowestCash()), f.lowestCashMonth(),
                f.lastingBreakEven().orElse(null), risk.probabilityCashNegative(), cents(f.structuralResult()) });
        grantsEnd.add(place.grantsEnd().orElse(null));
        Indicators.Year last = f.indicators().year(f.projection().years());
        OptionalDouble perHour = last.subsidyPerPublicHour();
        extras.add(new Object[] { Objects.toString(place.canvas().getTerritory(), ""), orNull(last.grantDependency()),
                last.costPerBeneficiary().isPresent() ? cents(last.costPerBeneficiary().getAsDouble()) : null,
                perHour.isPresent() ? cents(perHour.getAsDouble()) : null });
        shares.add(p.shares());
        if (p.stressed() != null) {
            stressed = true;
            MonteCarloResult after = p.stressed().figures().monteCarlo().orElseThrow();
            stressRows.add(new Object[] { p.file(), p.name(), cents(p.stressed().figures().lowestCash()),
                    after.probabilityCashNegative(), cents(p.stressed().bridgeNeeded()), p.stressed().runsOut() ? 1 : 0,
                    after.probabilityCashNegativeLow(), after.probabilityCashNegativeHigh() });
        }
        if (p.envelope() != null) {
            enveloped = true;
            PlaceAnalysis.Envelope e = p.envelope();
            envelopeRows.add(new Object[] { p.file(), p.name(), e.found() ? cents(e.yearlyAmount()) : null,
                    Double.isNaN(e.risk()) ? null : e.risk() });
        }
        place.commitments().forEach((year, money) -> {
            long[] sum = commitments.computeIfAbsent(year, y -> new long[2]);
            sum[0] += cents(money.committed());
            sum[1] += cents(money.paid());
        });
        if (place.canvas().getPartners() != null) {
            place.canvas().getPartners().getFunders().forEach(funder -> funders.add(EcoreUtil.copy(funder)));
        }
    }

    /** Adds a canvas left out, and why. */
    public void problem(Path file, String problem) {
        problemRows.add(new Object[] { file.toString(), problem });
    }

    public int placeCount() {
        return placeRows.size();
    }

    public int problemCount() {
        return problemRows.size();
    }

    /** Places that run out of cash under the stress test. */
    public long placesRunningOut() {
        return stressRows.stream().filter(row -> (Integer) row[5] == 1).count();
    }

    /** The bridge needed by all places under the stress test, in cents. */
    public long bridgeNeeded() {
        return stressRows.stream().mapToLong(row -> (Long) row[4]).sum();
    }

    /** The envelopes found, added up: what the funder would commit a year to keep every place's risk at 5 % (cents). */
    public long envelopeTotal() {
        return envelopeRows.stream().filter(row -> row[2] != null).mapToLong(row -> (Long) row[2]).sum();
    }

    /** Each place as a point: the mean of the funder's shares over its calendar years, and its risk. */
    public List<PortfolioScatterChart.Place> scatter() {
        List<PortfolioScatterChart.Place> points = new ArrayList<>();
        for (int i = 0; i < placeRows.size(); i++) {
            double[] mean = shares.get(i).values().stream().filter(share -> !share.isNaN()).mapToDouble(Double::doubleValue)
                    .toArray();
            double share = mean.length == 0 ? 0 : java.util.Arrays.stream(mean).average().orElse(0);
            points.add(new PortfolioScatterChart.Place((String) placeRows.get(i)[1], share, (Double) placeRows.get(i)[5]));
        }
        return points;
    }

    /** The calendar years any place covers, first to last. */
    public List<Integer> calendarYears() {
        TreeSet<Integer> years = new TreeSet<>();
        shares.forEach(s -> years.addAll(s.keySet()));
        List<Integer> covered = new ArrayList<>();
        if (!years.isEmpty()) {
            for (int y = years.first(); y <= years.last(); y++) {
                covered.add(y);
            }
        }
        return covered;
    }

    /**
     * places.csv: the key figures, then the funder's share of each calendar year ({@code funder_share_yK}),
     * the first calendar year, the month the funder's last committed grant year there ends, and the
     * place's territory and last year's grant dependency, cost per beneficiary and subsidy per public hour.
     */
    public ReportTable places() {
        List<Integer> years = calendarYears();
        List<Column> columns = new ArrayList<>(List.of(new Column("file", Kind.TEXT), new Column("place", Kind.TEXT),
                new Column("min_cash", Kind.MONEY), new Column("min_cash_month", Kind.MONTH),
                new Column("lasting_break_even_month", Kind.MONTH), new Column("p_negative", Kind.PERCENTAGE),
                new Column("structural_result", Kind.MONEY)));
        for (int k = 1; k <= years.size(); k++) {
            columns.add(new Column("funder_share_y" + k, Kind.PERCENTAGE, years.get(k - 1)));
        }
        columns.add(new Column("first_calendar_year", Kind.YEAR));
        columns.add(new Column("funder_grants_end", Kind.MONTH));
        columns.addAll(List.of(new Column("territory", Kind.TEXT), new Column("grant_dependency_last_year", Kind.PERCENTAGE),
                new Column("cost_per_beneficiary_last_year", Kind.MONEY),
                new Column("subsidy_per_public_hour_last_year", Kind.MONEY)));
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < placeRows.size(); i++) {
            Object[] row = new Object[columns.size()];
            System.arraycopy(placeRows.get(i), 0, row, 0, placeRows.get(i).length);
            for (int k = 0; k < years.size(); k++) {
                Double share = shares.get(i).get(years.get(k));
                row[placeRows.get(i).length + k] = share == null || share.isNaN() ? null : share;
            }
            int end = columns.size() - extras.get(i).length;
            row[end - 2] = years.isEmpty() ? null : years.get(0);
            row[end - 1] = grantsEnd.get(i);
            System.arraycopy(extras.get(i), 0, row, end, extras.get(i).length);
            rows.add(row);
        }
        return new ReportTable("places", columns, rows);
    }

    /** stress.csv, or null without a stress test. */
    public ReportTable stress() {
        return !stressed ? null : new ReportTable("stress", List.of(new Column("file", Kind.TEXT), new Column("place", Kind.TEXT),
                new Column("min_cash", Kind.MONEY), new Column("p_negative", Kind.PERCENTAGE), new Column("bridge_needed", Kind.MONEY),
                new Column("runs_out", Kind.COUNT), new Column("p_negative_low", Kind.PERCENTAGE),
                new Column("p_negative_high", Kind.PERCENTAGE)), List.copyOf(stressRows));
    }

    /** envelope.csv, or null when not asked for. */
    public ReportTable envelope() {
        return !enveloped ? null : new ReportTable("envelope", List.of(new Column("file", Kind.TEXT),
                new Column("place", Kind.TEXT), new Column("yearly_amount", Kind.MONEY), new Column("p_negative", Kind.PERCENTAGE)),
                List.copyOf(envelopeRows));
    }

    /** commitments.csv: the funder's committed grant years by the calendar year they start in, and its payments. */
    public ReportTable commitments() {
        List<Object[]> rows = new ArrayList<>();
        commitments.forEach((year, sum) -> rows.add(new Object[] { year, sum[0], sum[1] }));
        return new ReportTable("commitments", List.of(new Column("year", Kind.YEAR), new Column("committed", Kind.MONEY),
                new Column("paid", Kind.MONEY)), rows);
    }

    /** problems.csv: the canvases left out. */
    public ReportTable problems() {
        return new ReportTable("problems", List.of(new Column("file", Kind.TEXT), new Column("problem", Kind.TEXT)),
                List.copyOf(problemRows));
    }

    /** uncertain-funders.csv: names that may be one funder, to confirm in the portfolio file. */
    public ReportTable uncertainFunders() {
        List<Object[]> rows = new ArrayList<>();
        Portfolio.uncertainMatches(funders, sameFunders).forEach(pair -> rows.add(new Object[] { pair[0], pair[1] }));
        return new ReportTable("uncertain-funders", List.of(new Column("funder", Kind.TEXT),
                new Column("maybe_the_same_as", Kind.TEXT)), rows);
    }

    /** Every table there is, in the order of the command line's files. */
    public List<ReportTable> all() {
        List<ReportTable> tables = new ArrayList<>(List.of(places()));
        if (stress() != null) {
            tables.add(stress());
        }
        if (envelope() != null) {
            tables.add(envelope());
        }
        tables.addAll(List.of(commitments(), problems(), uncertainFunders()));
        return tables;
    }

    private static long cents(double amount) {
        return ReportTables.cents(amount);
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
