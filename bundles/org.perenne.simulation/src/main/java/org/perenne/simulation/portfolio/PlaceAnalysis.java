/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.simulation.portfolio;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.perenne.model.Canvas;
import org.perenne.model.Funder;
import org.perenne.model.Grant;
import org.perenne.model.Scenario;
import org.perenne.simulation.AccountLine;
import org.perenne.simulation.CanvasCompiler;
import org.perenne.simulation.CompiledCanvas;
import org.perenne.simulation.DependencyIndicators;
import org.perenne.simulation.KeyFigureRows;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarlo;
import org.perenne.simulation.Projection;
import org.perenne.simulation.SolveFor;
import org.perenne.simulation.UncertainAssumption;

/**
 * One place of a funder's portfolio: its key figures (the same function as everywhere, same seed
 * and paths), the chosen funders' share of its income per calendar year, their commitments and
 * payments per calendar year, and, when asked, the place under a stress test and its minimum
 * envelope (docs/model-reference.md, "A funder's portfolio").
 */
public final class PlaceAnalysis {

    /** What the portfolio asks of each place; {@code funders} null means every funder. */
    public record Options(Predicate<Funder> funders, StressTest stress, boolean envelope, int runs, long seed, int threads) {
        boolean chosen(Funder funder) {
            return funder != null && (funders == null || funders.test(funder));
        }

        /** The same options with the Monte Carlo on {@code count} threads. */
        public Options withThreads(int count) {
            return new Options(funders, stress, envelope, runs, seed, count);
        }
    }

    /** Where the stress test leaves a place (docs/model-reference.md, "What the stress test causes"). */
    public enum Outcome {
        /** Short of cash with the stress and not without it: the stress makes it short. */
        MADE_SHORT,
        /** Short of cash without the stress already: its own gap, never the funder's bill. */
        SHORT_ANYWAY,
        /** Its lowest cash stays at zero or above with the stress. */
        STAYS_ABOVE_ZERO
    }

    /**
     * The place with the stress test beside the place as it is, both simulated with the same seed and paths.
     * A place the stressed funders do not fund is not simulated again: its figures with the stress are its
     * figures without, so every difference is exactly 0.
     */
    public record Stressed(KeyFigures with, KeyFigures without, boolean fundedByFunder) {

        /** Money the place needs to get through with the stress: minus its lowest cash when negative. */
        public double bridgeNeeded() {
            return PlaceAnalysis.bridgeNeeded(with);
        }

        /** Money the place needs to get through without the stress (its own gap). */
        public double bridgeWithoutStress() {
            return PlaceAnalysis.bridgeNeeded(without);
        }

        /** The bridge the stress adds: what the funder's decision costs this place (to the cent). */
        public double bridgeDueToStress() {
            return Projection.cents(bridgeNeeded() - bridgeWithoutStress());
        }

        public boolean runsOut() {
            return with.lowestCash() < 0;
        }

        public boolean runsOutWithoutStress() {
            return without.lowestCash() < 0;
        }

        public double risk() {
            return with.monteCarlo().orElseThrow().probabilityCashNegative();
        }

        public double riskWithoutStress() {
            return without.monteCarlo().orElseThrow().probabilityCashNegative();
        }

        /** What the stress adds to the risk of running out of cash (negative when it lowers it). */
        public double riskAdded() {
            return risk() - riskWithoutStress();
        }

        public Outcome outcome() {
            return runsOutWithoutStress() ? Outcome.SHORT_ANYWAY : runsOut() ? Outcome.MADE_SHORT : Outcome.STAYS_ABOVE_ZERO;
        }
    }

    /**
     * The smallest uniform yearly amount from the chosen funders (from the stress test's year, else
     * over the whole horizon) that keeps the risk at or below {@link KeyFigureRows#RISK_ALERT}; not found when
     * the place has no grant of theirs to vary, no year left to vary, or when no amount up to the
     * search's ceiling is enough ({@code reason} says which).
     */
    public record Envelope(boolean found, double yearlyAmount, double risk, Reason reason) {
    }

    /** What an envelope's amount means, or why there is none. */
    public enum Reason {
        /** The smallest amount that keeps the risk at 5 % or less. */
        FOUND,
        /** The risk is 5 % or less even with nothing from the funder from that year on: 0 is enough. */
        ALREADY_SAFE,
        /** The place gets no grant from the funder: nothing to vary. */
        NOT_FUNDED,
        /** No model year starts in or after the envelope's year within the horizon. */
        NO_YEAR_LEFT,
        /** Even the search's ceiling leaves the risk above 5 %: no amount from this funder alone is enough. */
        NONE_ENOUGH
    }

    /** Money of the chosen funders in one calendar year: committed (grant years starting that year) and paid. */
    public record Commitment(double committed, double paid) {
    }

    private final Canvas canvas;
    private final KeyFigures figures;
    private final SortedMap<Integer, Double> funderShare;
    private final SortedMap<Integer, Commitment> commitments;
    private final Stressed stressed;
    private final Envelope envelope;
    private final Predicate<Funder> chosen;
    /** The funders the portfolio looks at, or null for all of them. */
    private final Predicate<Funder> funders;

    public PlaceAnalysis(Canvas canvas, Options options) {
        this.canvas = canvas;
        this.chosen = options::chosen;
        this.funders = options.funders();
        this.figures = KeyFigures.of(canvas, null, options.runs(), options.seed(), options.threads(), MonteCarlo.Progress.NONE);
        List<Funder> grantFunders = grantFunders(canvas);
        this.funderShare = funderShare(figures.projection(), grantFunders, options);
        this.commitments = commitments(canvas, figures.projection(), grantFunders, options);
        this.stressed = options.stress() == null ? null : stressed(options);
        this.envelope = options.envelope() ? envelope(options) : null;
    }

    public Canvas canvas() {
        return canvas;
    }

    public KeyFigures figures() {
        return figures;
    }

    /** Calendar year → the chosen funders' grants recognised / (own income + operating grants) of that year. */
    public SortedMap<Integer, Double> funderShare() {
        return Collections.unmodifiableSortedMap(funderShare);
    }

    /**
     * Calendar year → the place's dependency indicators over that year's months within the horizon (a
     * place starting in September has four months in its first calendar year).
     */
    public SortedMap<Integer, DependencyIndicators> dependencyByCalendarYear() {
        Projection p = figures.projection();
        SortedMap<Integer, DependencyIndicators> years = new TreeMap<>();
        int from = 0;
        while (from < p.months()) {
            int year = p.monthOf(from).getYear();
            int to = from;
            while (to < p.months() && p.monthOf(to).getYear() == year) {
                to++;
            }
            years.put(year, DependencyIndicators.of(p, from, to));
            from = to;
        }
        return years;
    }

    public SortedMap<Integer, Commitment> commitments() {
        return Collections.unmodifiableSortedMap(commitments);
    }

    /** The last month of the chosen funders' last committed grant year at this place, if they have one. */
    public java.util.Optional<YearMonth> grantsEnd() {
        if (canvas.getFunding() == null) {
            return java.util.Optional.empty();
        }
        return canvas.getFunding().getGrants().stream().filter(g -> chosen.test(g.getFunder()) && !g.getCommittedAmounts().isEmpty())
                .map(g -> StressTest.grantYearStart(canvas, g, g.getCommittedAmounts().size() - 1).plusMonths(11))
                .max(YearMonth::compareTo);
    }

    /** What the comparison with a funder's published grants needs of this place (docs/model-reference.md, "Published grants"). */
    public PublishedGrants.Place published(String file) {
        return PublishedGrants.Place.of(file, canvas, funders);
    }

    public Stressed stressed() {
        return stressed;
    }

    public Envelope envelope() {
        return envelope;
    }

    /** Money a place needs to get through: minus its lowest deterministic cash when negative, else 0. */
    public static double bridgeNeeded(KeyFigures figures) {
        return Math.max(0, -figures.lowestCash());
    }

    /** The stress test as a scenario of this canvas (what the portfolio simulates, and what a user may compare). */
    public Scenario stressScenario(Options options) {
        return options.stress().scenario(canvas, options::chosen);
    }

    private Stressed stressed(Options options) {
        boolean funded = grantFunders(canvas).stream().anyMatch(options::chosen);
        Scenario scenario = stressScenario(options);
        if (!funded || scenario.getOverrides().isEmpty()) {
            return new Stressed(figures, figures, funded);
        }
        KeyFigures after = KeyFigures.of(canvas, scenario, options.runs(), options.seed(), options.threads(),
                MonteCarlo.Progress.NONE);
        return new Stressed(after, figures, true);
    }

    /** The funder of each grant, in the engine's order (grants, then reimbursement grants). */
    private static List<Funder> grantFunders(Canvas canvas) {
        List<Funder> funders = new ArrayList<>();
        if (canvas.getFunding() != null) {
            canvas.getFunding().getGrants().forEach(g -> funders.add(g.getFunder()));
            canvas.getFunding().getReimbursementGrants().forEach(g -> funders.add(g.getFunder()));
        }
        return funders;
    }

    private static SortedMap<Integer, Double> funderShare(Projection p, List<Funder> funders, Options options) {
        SortedMap<Integer, double[]> sums = new TreeMap<>(); // year → {chosen funders, own income + operating grants}
        for (int m = 0; m < p.months(); m++) {
            double[] year = sums.computeIfAbsent(p.monthOf(m).getYear(), y -> new double[2]);
            for (AccountLine line : AccountLine.values()) {
                if (line.kind() == AccountLine.Kind.OWN_INCOME || line.kind() == AccountLine.Kind.OPERATING_SUBSIDY) {
                    year[1] += p.account(line, m);
                }
            }
            for (int g = 0; g < funders.size(); g++) {
                if (options.chosen(funders.get(g))) {
                    year[0] += p.grantRecognisedInDependency(g, m);
                }
            }
        }
        SortedMap<Integer, Double> shares = new TreeMap<>();
        sums.forEach((year, sum) -> shares.put(year, sum[1] > 0 ? sum[0] / sum[1] : Double.NaN));
        return shares;
    }

    private static SortedMap<Integer, Commitment> commitments(Canvas canvas, Projection p, List<Funder> funders,
            Options options) {
        SortedMap<Integer, double[]> sums = new TreeMap<>();
        if (canvas.getFunding() != null) {
            for (Grant grant : canvas.getFunding().getGrants()) {
                if (options.chosen(grant.getFunder())) {
                    for (int j = 0; j < grant.getCommittedAmounts().size(); j++) {
                        sums.computeIfAbsent(StressTest.grantYearStart(canvas, grant, j).getYear(), y -> new double[2])[0] +=
                                grant.getCommittedAmounts().get(j);
                    }
                }
            }
        }
        for (int g = 0; g < funders.size(); g++) {
            if (options.chosen(funders.get(g))) {
                for (int m = 0; m < p.months(); m++) {
                    double paid = p.grantPaid(g, m);
                    if (paid != 0) {
                        sums.computeIfAbsent(p.monthOf(m).getYear(), y -> new double[2])[1] += paid;
                    }
                }
            }
        }
        SortedMap<Integer, Commitment> result = new TreeMap<>();
        sums.forEach((year, sum) -> result.put(year, new Commitment(sum[0], sum[1])));
        return result;
    }

    /**
     * A copy of the canvas whose first grant of the chosen funders pays {@code amount} every grant year
     * from the first model year that starts in or after the envelope's calendar year (the stress
     * test's, else the first) to the horizon, its earlier years kept; the chosen funders' other grants
     * pay nothing in those years. Null when the canvas has no grant of theirs, or no such year.
     */
    public EnvelopeCanvas envelopeCanvas(Options options, double amount) {
        Canvas copy = EcoreUtil.copy(canvas);
        Grant varied = copy.getFunding() == null ? null
                : copy.getFunding().getGrants().stream().filter(g -> options.chosen(g.getFunder())).findFirst().orElse(null);
        int fromYear = options.stress() != null && options.stress().year() > 0 ? options.stress().year() : Integer.MIN_VALUE;
        int years = copy.getHorizonYears();
        int firstVaried = 1;
        while (firstVaried <= years && copy.getStartMonth().plusMonths(12L * (firstVaried - 1)).getYear() < fromYear) {
            firstVaried++;
        }
        if (varied == null || firstVaried > years) {
            return null;
        }
        for (Grant other : copy.getFunding().getGrants()) {
            if (other != varied && options.chosen(other.getFunder())) {
                for (int j = 0; j < other.getCommittedAmounts().size(); j++) {
                    if (other.getFirstGrantYear() + j >= firstVaried) {
                        other.getCommittedAmounts().set(j, 0.0);
                    }
                }
            }
        }
        List<Double> amounts = new ArrayList<>();
        int first = Math.min(varied.getFirstGrantYear(), firstVaried);
        for (int k = first; k <= years; k++) {
            int j = k - varied.getFirstGrantYear();
            amounts.add(k >= firstVaried ? amount
                    : j >= 0 && j < varied.getCommittedAmounts().size() ? varied.getCommittedAmounts().get(j) : 0.0);
        }
        varied.setFirstGrantYear(first);
        varied.getCommittedAmounts().clear();
        varied.getCommittedAmounts().addAll(amounts);
        return new EnvelopeCanvas(copy, varied, firstVaried - first, years - firstVaried + 1);
    }

    /** The envelope's canvas, the grant that carries the amount, and which of its years do. */
    public record EnvelopeCanvas(Canvas canvas, Grant grant, int firstYearIndex, int yearCount) {
    }

    /** The envelope: "solve for" on the amount of {@link #envelopeCanvas}'s varied years, same seed and paths. */
    private Envelope envelope(Options options) {
        EnvelopeCanvas varied = envelopeCanvas(options, 0);
        if (varied == null) {
            boolean funded = canvas.getFunding() != null
                    && canvas.getFunding().getGrants().stream().anyMatch(g -> options.chosen(g.getFunder()));
            return new Envelope(false, Double.NaN, Double.NaN, funded ? Reason.NO_YEAR_LEFT : Reason.NOT_FUNDED);
        }
        CompiledCanvas compiled = CanvasCompiler.compile(varied.canvas());
        List<Integer> slotList = new ArrayList<>();
        for (int j = varied.firstYearIndex(); j < varied.firstYearIndex() + varied.yearCount(); j++) {
            for (int slot : compiled.slotsOf(varied.grant(), "committedAmounts", j)) {
                slotList.add(slot);
            }
        }
        int[] slots = slotList.stream().mapToInt(Integer::intValue).toArray();
        double ceiling = Math.max(1_000_000, 10 * canvas.getFunding().getGrants().stream()
                .flatMap(g -> g.getCommittedAmounts().stream()).mapToDouble(Double::doubleValue).max().orElse(0));
        SolveFor.Target target = new SolveFor.Target(null, SolveFor.Comparison.AT_MOST, KeyFigureRows.RISK_ALERT);
        SolveFor.Solution solution = SolveFor.solve(compiled, UncertainAssumption.of(varied.canvas(), compiled), slots, target, 0,
                ceiling, options.runs(), options.seed(), options.threads(), 0.01);
        if (!solution.found()) {
            return solution.outputAtLower() <= KeyFigureRows.RISK_ALERT ? new Envelope(true, 0, solution.outputAtLower(), Reason.ALREADY_SAFE)
                    : new Envelope(false, Double.NaN, solution.outputAtUpper(), Reason.NONE_ENOUGH);
        }
        return new Envelope(true, solution.value(), solution.achieved(), Reason.FOUND);
    }

    /** The calendar month the place's projection starts in. */
    public YearMonth startMonth() {
        return canvas.getStartMonth();
    }
}
