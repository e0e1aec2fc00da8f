/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.perenne.simulation.DependencyIndicators;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.portfolio.PlaceAnalysis;
import org.perenne.simulation.portfolio.Portfolio;
import org.perenne.simulation.portfolio.PublishedGrants;

/**
 * The tables of a funder's portfolio, filled place by place as they are analysed (only their rows are
 * kept, never the canvases): what {@code perenne portfolio} writes as CSV files and the Portfolio view
 * shows, cell for cell. Column names are the command line's contract (README, "A funder's portfolio").
 */
public final class PortfolioTables {

    /** A place under the stress test, as its rows and the headline need it (cents for money). */
    private record StressRow(String file, String name, PlaceAnalysis.Outcome outcome, boolean funded, long minCash,
            long minCashWithout, long bridgeNeeded, long bridgeWithout, long bridgeDue, double risk, double riskWithout,
            double riskLow, double riskHigh) {
    }

    private final List<Set<String>> sameFunders;
    private final List<Object[]> placeRows = new ArrayList<>();
    private final List<SortedMap<Integer, Double>> shares = new ArrayList<>();
    private final List<java.time.YearMonth> grantsEnd = new ArrayList<>();
    /** Territory, and the last year's grant dependency, cost per beneficiary and subsidy per public hour. */
    private final List<Object[]> extras = new ArrayList<>();
    private final List<SortedMap<Integer, DependencyIndicators>> dependencyByYear = new ArrayList<>();
    private final List<StressRow> stressRows = new ArrayList<>();
    private final List<Object[]> envelopeRows = new ArrayList<>();
    private final List<Object[]> problemRows = new ArrayList<>();
    private final SortedMap<Integer, long[]> commitments = new TreeMap<>();
    private final List<Funder> funders = new ArrayList<>();
    private final List<PublishedGrants.Place> publishedPlaces = new ArrayList<>();
    private ReportTable published;
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
        String name = Objects.toString(place.canvas().getName(), "");
        KeyFigures f = place.figures();
        MonteCarloResult risk = f.monteCarlo().orElseThrow();
        placeRows.add(new Object[] { file.toString(), name, cents(f.lowestCash()), f.lowestCashMonth(),
                f.lastingBreakEven().orElse(null), risk.probabilityCashNegative(), cents(f.structuralResult()) });
        grantsEnd.add(place.grantsEnd().orElse(null));
        Indicators.Year last = f.indicators().year(f.projection().years());
        OptionalDouble perHour = last.subsidyPerPublicHour();
        List<Object> extra = new ArrayList<>(Arrays.asList(Objects.toString(place.canvas().getTerritory(), ""),
                orNull(last.grantDependency()), last.costPerBeneficiary().isPresent() ? cents(last.costPerBeneficiary().getAsDouble()) : null,
                perHour.isPresent() ? cents(perHour.getAsDouble()) : null));
        extra.addAll(Arrays.asList(ReportTables.dependencyCells(last.dependency())));
        extras.add(extra.toArray());
        shares.add(new TreeMap<>(place.funderShare()));
        dependencyByYear.add(place.dependencyByCalendarYear());
        PlaceAnalysis.Stressed s = place.stressed();
        if (s != null) {
            stressed = true;
            MonteCarloResult after = s.with().monteCarlo().orElseThrow();
            long bridge = cents(s.bridgeNeeded()), without = cents(s.bridgeWithoutStress());
            stressRows.add(new StressRow(file.toString(), name, s.outcome(), s.fundedByFunder(), cents(s.with().lowestCash()),
                    cents(s.without().lowestCash()), bridge, without, bridge - without, s.risk(), s.riskWithoutStress(),
                    after.probabilityCashNegativeLow(), after.probabilityCashNegativeHigh()));
        }
        if (place.envelope() != null) {
            enveloped = true;
            PlaceAnalysis.Envelope e = place.envelope();
            envelopeRows.add(new Object[] { file.toString(), name, e.found() ? cents(e.yearlyAmount()) : null,
                    Double.isNaN(e.risk()) ? null : e.risk(), "envelope_" + e.reason().name().toLowerCase(Locale.ROOT) });
        }
        place.commitments().forEach((year, money) -> {
            long[] sum = commitments.computeIfAbsent(year, y -> new long[2]);
            sum[0] += cents(money.committed());
            sum[1] += cents(money.paid());
        });
        if (place.canvas().getPartners() != null) {
            place.canvas().getPartners().getFunders().forEach(funder -> funders.add(EcoreUtil.copy(funder)));
        }
        publishedPlaces.add(place.published(file.toString()));
    }

    /**
     * Sets the funder's published grants against the places analysed: published.csv, each published row with
     * the place and grant year it matched and how they compare ({@code matched}, {@code amount differs},
     * {@code no canvas}), then the canvases' grant years the funder did not publish ({@code not published}),
     * then the rows that could not be read ({@code unreadable}, with their problem).
     */
    public void comparePublished(PublishedGrantsFile.Result file) {
        List<Object[]> rows = new ArrayList<>();
        for (PublishedGrants.Match m : PublishedGrants.compare(file.rows(), publishedPlaces, sameFunders)) {
            PublishedGrants.Published row = m.published();
            PublishedGrants.GrantYear grant = m.grant();
            rows.add(new Object[] { row == null ? null : row.line(), row == null ? grant.funderName() : row.funderName(),
                    row == null ? m.place().name() : row.beneficiaryName(), row == null ? null : row.beneficiarySiren(),
                    row == null ? grant.year() : row.year(), row == null ? null : row.object(),
                    row == null ? null : cents(row.amount()), m.place() == null ? null : m.place().file(),
                    m.place() == null ? null : m.place().name(), grant == null ? null : grant.grant(),
                    grant != null ? (Object) cents(grant.amount()) : m.place() == null ? null : (Object) 0L,
                    m.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), null });
        }
        for (PublishedGrantsFile.Problem problem : file.problems()) {
            rows.add(new Object[] { problem.line(), null, null, null, null, null, null, null, null, null, null, "unreadable",
                    problem.text() });
        }
        published = new ReportTable("published", List.of(new Column("line", Kind.COUNT), new Column("funder", Kind.TEXT),
                new Column("beneficiary", Kind.TEXT), new Column("beneficiary_siret", Kind.TEXT), new Column("year", Kind.YEAR),
                new Column("object", Kind.TEXT), new Column("published_amount", Kind.MONEY), new Column("place_file", Kind.TEXT),
                new Column("place", Kind.TEXT), new Column("grant", Kind.TEXT), new Column("canvas_amount", Kind.MONEY),
                new Column("status", Kind.LINE), new Column("problem", Kind.TEXT)), rows);
    }

    /** How the published rows compare, in one sentence; empty without a published file. */
    public String publishedSummary(ReportText text) {
        if (published == null) {
            return "";
        }
        int status = published.column("status");
        java.util.Map<Object, Long> counts = published.rows().stream()
                .collect(java.util.stream.Collectors.groupingBy(row -> row[status], java.util.stream.Collectors.counting()));
        long rows = published.rows().stream().filter(row -> row[0] != null).count();
        return text.get("portfolio.pdf.publishedSummary", rows, counts.getOrDefault("matched", 0L),
                counts.getOrDefault("amount differs", 0L), counts.getOrDefault("no canvas", 0L),
                counts.getOrDefault("not published", 0L), counts.getOrDefault("unreadable", 0L));
    }

    /** published.csv, or null when no published file was compared. */
    public ReportTable published() {
        return published;
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

    /** Places short of cash under the stress test and not without it: the ones the stress makes short. */
    public List<String> placesMadeShort() {
        return stressRows.stream().filter(r -> r.outcome() == PlaceAnalysis.Outcome.MADE_SHORT).map(StressRow::name).toList();
    }

    /** Places short of cash without the stress already: their own gap, shown apart. */
    public List<String> placesShortAnyway() {
        return stressRows.stream().filter(r -> r.outcome() == PlaceAnalysis.Outcome.SHORT_ANYWAY).map(StressRow::name).toList();
    }

    /** Places whose lowest cash stays at zero or above with the stress. */
    public long placesAboveZero() {
        return stressRows.stream().filter(r -> r.outcome() == PlaceAnalysis.Outcome.STAYS_ABOVE_ZERO).count();
    }

    /** Places the stressed funders do not fund: the stress changes nothing there. */
    public long placesNotFunded() {
        return stressRows.stream().filter(r -> !r.funded()).count();
    }

    /** The bridge the stress adds, over every place: the cost of the funder's decision, in cents. */
    public long bridgeDueToStress() {
        return stressRows.stream().mapToLong(StressRow::bridgeDue).sum();
    }

    /** The bridge the places would need without the stress: the field's own gap, in cents. */
    public long bridgeWithoutStress() {
        return stressRows.stream().mapToLong(StressRow::bridgeWithout).sum();
    }

    /**
     * What the stress test causes, in the reader's words (the headline of the view, the committee note
     * and the command line): the places it makes short and the bridge it adds, the places short anyway
     * and their own gap, apart, and the places that stay above zero. Empty without a stress test.
     */
    public List<String> stressHeadline(ReportText text) {
        if (!stressed) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        List<String> made = placesMadeShort();
        lines.add(made.isEmpty() ? text.get("portfolio.headline.noneMadeShort") : text.get("portfolio.headline.madeShort", made.size(),
                names(made, text)));
        lines.add(text.get("portfolio.headline.due", cell(bridgeDueToStress(), text)));
        List<String> anyway = placesShortAnyway();
        if (!anyway.isEmpty()) {
            lines.add(text.get("portfolio.headline.shortAnyway", anyway.size(), names(anyway, text), cell(bridgeWithoutStress(), text)));
        }
        lines.add(text.get("portfolio.headline.aboveZero", placesAboveZero()));
        if (placesNotFunded() > 0) {
            lines.add(text.get("portfolio.headline.notFunded", placesNotFunded()));
        }
        return lines;
    }

    private static String cell(long cents, ReportText text) {
        return text.cell(Kind.MONEY, cents);
    }

    /** Up to five names, then how many more. */
    private static String names(List<String> names, ReportText text) {
        String shown = String.join(", ", names.subList(0, Math.min(5, names.size())));
        return names.size() <= 5 ? shown : text.get("portfolio.headline.andMore", shown, names.size() - 5);
    }

    /** The envelopes found, added up: what the funder would commit a year to keep every place's risk at 5 % (cents). */
    public long envelopeTotal() {
        return envelopeRows.stream().filter(row -> row[2] != null).mapToLong(row -> (Long) row[2]).sum();
    }

    /**
     * Each place as a point: the mean of the funder's shares over its calendar years, its risk, and its
     * risk under the stress test (NaN without one).
     */
    public List<PortfolioScatterChart.Place> scatter() {
        List<PortfolioScatterChart.Place> points = new ArrayList<>();
        for (int i = 0; i < placeRows.size(); i++) {
            double share = shares.get(i).values().stream().filter(s -> !s.isNaN()).mapToDouble(Double::doubleValue).average()
                    .orElse(0);
            points.add(new PortfolioScatterChart.Place((String) placeRows.get(i)[1], share, (Double) placeRows.get(i)[5],
                    stressed ? stressRows.get(i).risk() : Double.NaN));
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
     * the first calendar year, the month the funder's last committed grant year there ends, the place's
     * territory and last year's grant dependency, cost per beneficiary and subsidy per public hour, its
     * dependency indicators of the last model year ({@code hhi}, {@code funders_for_80_percent},
     * {@code days_of_cash}, {@code operating_margin}), then the same four for each calendar year
     * ({@code hhi_yK}…, K counted from the first calendar year as the funder's shares).
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
        columns.addAll(ReportTables.DEPENDENCY);
        for (Column indicator : ReportTables.DEPENDENCY) {
            for (int k = 1; k <= years.size(); k++) {
                columns.add(new Column(indicator.key() + "_y" + k, indicator.kind(), years.get(k - 1)));
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < placeRows.size(); i++) {
            List<Object> row = new ArrayList<>(Arrays.asList(placeRows.get(i)));
            for (int year : years) {
                Double share = shares.get(i).get(year);
                row.add(share == null || share.isNaN() ? null : share);
            }
            row.add(years.isEmpty() ? null : years.get(0));
            row.add(grantsEnd.get(i));
            row.addAll(Arrays.asList(extras.get(i)));
            for (int indicator = 0; indicator < ReportTables.DEPENDENCY.size(); indicator++) {
                for (int year : years) {
                    DependencyIndicators d = dependencyByYear.get(i).get(year);
                    row.add(d == null ? null : ReportTables.dependencyCells(d)[indicator]);
                }
            }
            rows.add(row.toArray());
        }
        return new ReportTable("places", columns, rows);
    }

    /**
     * stress.csv, or null without a stress test: each place with the stress and without it, what the
     * stress adds, whether the stressed funders fund it, the risk's margin, and where the stress leaves it
     * ({@code outcome}: made_short, short_anyway, stays_above_zero, or unaffected when they do not fund it).
     */
    public ReportTable stress() {
        if (!stressed) {
            return null;
        }
        List<Object[]> rows = new ArrayList<>();
        for (StressRow r : stressRows) {
            rows.add(new Object[] { r.file(), r.name(), r.minCash(), r.risk(), r.bridgeNeeded(), r.minCash() < 0,
                    r.minCashWithout(), r.riskWithout(), r.bridgeWithout(), r.bridgeDue(), r.risk() - r.riskWithout(),
                    r.minCashWithout() < 0, r.funded(), r.riskLow(), r.riskHigh(),
                    "outcome_" + (r.funded() ? r.outcome().name().toLowerCase(Locale.ROOT) : "unaffected") });
        }
        return new ReportTable("stress", List.of(new Column("file", Kind.TEXT), new Column("place", Kind.TEXT),
                new Column("min_cash", Kind.MONEY), new Column("p_negative", Kind.PERCENTAGE), new Column("bridge_needed", Kind.MONEY),
                new Column("runs_out", Kind.FLAG), new Column("min_cash_without_stress", Kind.MONEY),
                new Column("p_negative_without_stress", Kind.PERCENTAGE), new Column("bridge_without_stress", Kind.MONEY),
                new Column("bridge_due_to_stress", Kind.MONEY), new Column("risk_added", Kind.PERCENTAGE),
                new Column("runs_out_without_stress", Kind.FLAG), new Column("funded_by_funder", Kind.FLAG),
                new Column("p_negative_low", Kind.PERCENTAGE), new Column("p_negative_high", Kind.PERCENTAGE),
                new Column("outcome", Kind.LINE)), rows);
    }

    /**
     * envelope.csv, or null when not asked for; {@code note} says what the amount means or why there is none
     * (envelope_found, envelope_already_safe, envelope_not_funded, envelope_no_year_left, envelope_none_enough).
     */
    public ReportTable envelope() {
        return !enveloped ? null : new ReportTable("envelope", List.of(new Column("file", Kind.TEXT),
                new Column("place", Kind.TEXT), new Column("yearly_amount", Kind.MONEY), new Column("p_negative", Kind.PERCENTAGE),
                new Column("note", Kind.LINE)), List.copyOf(envelopeRows));
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
        if (published != null) {
            tables.add(published);
        }
        return tables;
    }

    private static long cents(double amount) {
        return ReportTables.cents(amount);
    }

    private static Double orNull(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }
}
