/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.cli;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.perenne.simulation.Indicators;
import org.perenne.simulation.Projection;

/** The few figures a person looks at first, from one projection. */
record KeyFigures(String canvas, String scenario, YearMonth start, int years, double closingCashAtEnd,
        double minimumCash, YearMonth minimumCashMonth, YearMonth breakEven, OptionalDouble runwayMonths,
        List<OptionalDouble> grantDependency, double receivableAtEnd, List<Integer> taxThresholdYears) {

    static KeyFigures of(String canvas, String scenario, Projection p, Indicators indicators) {
        OptionalInt breakEven = indicators.breakEvenMonth();
        List<OptionalDouble> dependency = new ArrayList<>();
        List<Integer> taxYears = new ArrayList<>();
        for (Indicators.Year year : indicators.yearly()) {
            dependency.add(year.grantDependency());
            if (year.commercialTaxThresholdExceeded()) {
                taxYears.add(year.year());
            }
        }
        return new KeyFigures(canvas, scenario, p.startMonth(), p.years(), p.closingCash(p.months() - 1),
                indicators.minimumCash(), p.monthOf(indicators.minimumCashMonthIndex()),
                breakEven.isPresent() ? p.monthOf(breakEven.getAsInt()) : null, indicators.runwayMonths(), dependency,
                p.receivableAtEnd(), taxYears);
    }

    /** The figures as sentences, in the user's language. */
    List<String> sentences(CliMessages m, double taxThreshold) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get("summary.title", canvas + (scenario == null ? "" : " — " + scenario), years, start.toString()));
        lines.add(m.get("summary.endCash", m.euros(closingCashAtEnd)));
        lines.add(m.get("summary.minimumCash", m.euros(minimumCash), minimumCashMonth.toString()));
        lines.add(m.get("summary.breakEven", breakEven == null ? m.get("summary.breakEvenNever") : breakEven.toString()));
        lines.add(runwayMonths.isPresent() ? m.get("summary.runway", m.number(runwayMonths.getAsDouble(), 1))
                : m.get("summary.runwayNotNeeded"));
        lines.add(m.get("summary.dependency", share(m, grantDependency.get(0)), share(m, grantDependency.get(years - 1)),
                years));
        if (receivableAtEnd > 0.005) {
            lines.add(m.get("summary.receivable", m.euros(receivableAtEnd)));
        }
        if (!taxThresholdYears.isEmpty()) {
            lines.add(m.get("summary.taxWarning", m.euros(taxThreshold), taxThresholdYears.toString().replaceAll("[\\[\\]]", "")));
        }
        return lines;
    }

    private static String share(CliMessages m, OptionalDouble value) {
        return value.isPresent() ? m.percent(value.getAsDouble()) : m.get("summary.notApplicable");
    }

    /** The figures as a JSON object (without the enclosing braces' indentation). */
    String json(String indent) {
        StringBuilder dependency = new StringBuilder("[");
        for (int y = 0; y < grantDependency.size(); y++) {
            OptionalDouble value = grantDependency.get(y);
            dependency.append(y == 0 ? "" : ", ")
                    .append(value.isPresent() ? ResultFiles.probability(value.getAsDouble()) : "null");
        }
        dependency.append(']');
        return String.format(Locale.ROOT,
                "{\n%1$s  \"canvas\": %2$s,\n%1$s  \"scenario\": %3$s,\n%1$s  \"start_month\": \"%4$s\",\n"
                        + "%1$s  \"years\": %5$d,\n%1$s  \"closing_cash_end\": %6$s,\n%1$s  \"minimum_cash\": %7$s,\n"
                        + "%1$s  \"minimum_cash_month\": \"%8$s\",\n%1$s  \"break_even_month\": %9$s,\n"
                        + "%1$s  \"runway_months\": %10$s,\n%1$s  \"grant_dependency_by_year\": %11$s,\n"
                        + "%1$s  \"receivable_at_end\": %12$s,\n%1$s  \"commercial_tax_threshold_years\": %13$s\n%1$s}",
                indent, ResultFiles.json(canvas), scenario == null ? "null" : ResultFiles.json(scenario), start, years,
                ResultFiles.cents(closingCashAtEnd), ResultFiles.cents(minimumCash), minimumCashMonth,
                breakEven == null ? "null" : "\"" + breakEven + "\"",
                runwayMonths.isPresent() ? ResultFiles.cents(runwayMonths.getAsDouble()) : "null", dependency,
                ResultFiles.cents(receivableAtEnd), taxThresholdYears);
    }
}
