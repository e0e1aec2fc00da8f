/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import org.perenne.report.KeyFigureWords;
import org.perenne.report.ReportText;
import org.perenne.simulation.Indicators;
import org.perenne.simulation.KeyFigureRows;
import org.perenne.simulation.KeyFigureRows.Figure;
import org.perenne.simulation.KeyFigures;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;

/** The key figures of a canvas (or a scenario) as the command line prints them: sentences or JSON. */
record Summary(String canvas, String scenario, KeyFigures figures) {

    /** The figures as sentences, in the user's language. */
    List<String> sentences(CliMessages m, double taxThreshold) {
        Projection p = figures.projection();
        List<String> lines = new ArrayList<>();
        lines.add(m.get("summary.title", canvas + (scenario == null ? "" : " — " + scenario), p.years(),
                p.startMonth().toString()));
        if (!figures.hasHeadline()) {
            for (KeyFigures.Missing missing : figures.missing()) {
                lines.add(m.get("summary.missing." + missing.name().toLowerCase(Locale.ROOT)));
            }
            lines.add(m.get("summary.noHeadline"));
            return lines;
        }
        // a figure that should worry is marked as on the screen and in the report (KeyFigureRows)
        KeyFigureWords words = new KeyFigureWords(new ReportText(m.locale()));
        lines.add(marked(Figure.CASH_AT_END, m.get("summary.endCash", m.euros(figures.cashAtEnd()))));
        lines.add(marked(Figure.LOWEST_CASH, m.get("summary.minimumCash", m.euros(figures.lowestCash()),
                figures.lowestCashMonth().toString())));
        lines.add(marked(Figure.LASTING_BREAK_EVEN, m.get("summary.lastingBreakEven",
                figures.lastingBreakEven().map(YearMonth::toString).orElse(words.tile(Figure.LASTING_BREAK_EVEN, figures).value()))));
        Optional<YearMonth> first = figures.firstBreakEven();
        if (first.isPresent() && !first.equals(figures.lastingBreakEven())) {
            lines.add(m.get("summary.firstBreakEven", first.get().toString()));
        }
        double structural = figures.structuralResult();
        lines.add(marked(Figure.STRUCTURAL_RESULT, structural < 0 ? m.get("summary.structuralDeficit", m.euros(-structural), p.years())
                : m.get("summary.structuralResult", m.euros(structural), p.years())));
        lines.add(marked(Figure.RUNWAY, m.get("summary.runway", words.runway(figures.runway(), p.years()))));
        List<Indicators.Year> years = figures.indicators().yearly();
        lines.add(marked(Figure.GRANT_DEPENDENCY, m.get("summary.dependency", share(m, years.get(0).grantDependency()),
                share(m, years.get(years.size() - 1).grantDependency()), p.years())));
        if (p.receivableAtEnd() > 0.005) {
            lines.add(m.get("summary.receivable", m.euros(p.receivableAtEnd())));
        }
        if (p.futureCommitments() > 0.005) {
            lines.add(m.get("summary.futureCommitments", m.euros(p.futureCommitments())));
        }
        List<Integer> taxYears = figures.indicators().commercialTaxYears();
        if (!taxYears.isEmpty()) {
            lines.add(m.get("summary.taxWarning", m.euros(taxThreshold), taxYears.toString().replaceAll("[\\[\\]]", "")));
        }
        figures.monteCarlo().ifPresent(risk -> lines.add(marked(Figure.RISK, m.get("summary.monteCarlo", risk.runs(), Long.toString(risk.seed()),
                m.percent(risk.probabilityCashNegative()), m.percent(risk.probabilityCashNegativeMargin()),
                m.euros(risk.expectedShortfall())))));
        figures.withFiguresAlone().ifPresent(alone -> lines.add(m.get("summary.drivers",
                m.percent(alone.probabilityCashNegative()), m.percent(figures.monteCarlo().orElseThrow().probabilityCashNegative()))));
        return lines;
    }

    /** A sentence marked ⚠ when its figure should worry. */
    private String marked(Figure figure, String sentence) {
        return KeyFigureRows.worrying(figure, figures) ? "⚠ " + sentence : sentence;
    }

    private static String share(CliMessages m, OptionalDouble value) {
        return value.isPresent() ? m.percent(value.getAsDouble()) : m.get("summary.notApplicable");
    }

    /** The figures as a JSON object, nested at {@code indent}; the Monte Carlo run inside when there is one. */
    String json(String indent) {
        Projection p = figures.projection();
        StringBuilder dependency = new StringBuilder("[");
        List<Indicators.Year> years = figures.indicators().yearly();
        for (int y = 0; y < years.size(); y++) {
            OptionalDouble value = years.get(y).grantDependency();
            dependency.append(y == 0 ? "" : ", ")
                    .append(value.isPresent() ? ResultFiles.probability(value.getAsDouble()) : "null");
        }
        dependency.append(']');
        OptionalDouble runway = figures.runway().asMonths();
        StringBuilder missing = new StringBuilder("[");
        for (KeyFigures.Missing item : figures.missing()) {
            missing.append(missing.length() > 1 ? ", " : "").append(ResultFiles.json(item.name().toLowerCase(Locale.ROOT)));
        }
        missing.append(']');
        String json = String.format(Locale.ROOT,
                "{\n%1$s  \"canvas\": %2$s,\n%1$s  \"scenario\": %3$s,\n%1$s  \"start_month\": \"%4$s\",\n"
                        + "%1$s  \"years\": %5$d,\n%1$s  \"missing\": %6$s,\n%1$s  \"closing_cash_end\": %7$s,\n"
                        + "%1$s  \"minimum_cash\": %8$s,\n%1$s  \"minimum_cash_month\": \"%9$s\",\n"
                        + "%1$s  \"break_even_month\": %10$s,\n%1$s  \"first_break_even_month\": %10$s,\n"
                        + "%1$s  \"lasting_break_even_month\": %11$s,\n%1$s  \"structural_result\": %12$s,\n"
                        + "%1$s  \"runway_months\": %13$s,\n%1$s  \"grant_dependency_by_year\": %14$s,\n"
                        + "%1$s  \"receivable_at_end\": %15$s,\n%1$s  \"future_commitments\": %16$s,\n"
                        + "%1$s  \"commercial_tax_threshold_years\": %17$s",
                indent, ResultFiles.json(canvas), scenario == null ? "null" : ResultFiles.json(scenario), p.startMonth(),
                p.years(), missing, ResultFiles.cents(figures.cashAtEnd()), ResultFiles.cents(figures.lowestCash()),
                figures.lowestCashMonth(), month(figures.firstBreakEven()), month(figures.lastingBreakEven()),
                ResultFiles.cents(figures.structuralResult()),
                runway.isPresent() ? ResultFiles.cents(runway.getAsDouble()) : "null", dependency,
                ResultFiles.cents(p.receivableAtEnd()), ResultFiles.cents(p.futureCommitments()),
                figures.indicators().commercialTaxYears());
        Optional<MonteCarloResult> risk = figures.monteCarlo();
        if (risk.isPresent()) {
            json += ",\n" + indent + "  \"monte_carlo\": " + ResultFiles.monteCarloJson(risk.get(), indent + "  ");
        }
        return json + "\n" + indent + "}";
    }

    /** summary.json: the Monte Carlo run and the viability figures of the same canvas. */
    String summaryJson() {
        MonteCarloResult risk = figures.monteCarlo().orElseThrow();
        String monteCarlo = ResultFiles.monteCarloJson(risk, "");
        return monteCarlo.substring(0, monteCarlo.length() - 2) + String.format(Locale.ROOT,
                ",\n  \"minimum_cash\": %s,\n  \"first_break_even_month\": %s,\n  \"lasting_break_even_month\": %s,\n"
                        + "  \"structural_result\": %s\n}",
                ResultFiles.cents(figures.lowestCash()), month(figures.firstBreakEven()), month(figures.lastingBreakEven()),
                ResultFiles.cents(figures.structuralResult()));
    }

    private static String month(Optional<YearMonth> month) {
        return month.map(m -> "\"" + m + "\"").orElse("null");
    }
}
