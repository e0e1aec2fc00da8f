/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;
import org.perenne.simulation.AccountLine;
import org.perenne.simulation.Projection;

/** Income of each year by stream, stacked: own income (memberships … services), then the grants recognised. */
public final class IncomeMixChart {

    /** The streams, as text keys, with the lines of the income statement each one adds up. */
    public enum Stream {
        MEMBERSHIPS("income.memberships", new Color(0x0D, 0x47, 0xA1), AccountLine.MEMBERSHIPS, AccountLine.JOINING_FEES),
        DROP_INS("income.dropIns", new Color(0x19, 0x76, 0xD2), AccountLine.DROP_INS),
        RENTALS("income.rentals", new Color(0x42, 0xA5, 0xF5), AccountLine.RENTALS),
        SERVICES("income.services", new Color(0x90, 0xCA, 0xF9), AccountLine.SERVICES),
        SUBSIDIES("income.subsidies", new Color(0xEF, 0x6C, 0x00), AccountLine.OPERATING_GRANTS, AccountLine.PROJECT_GRANTS,
                AccountLine.JOB_AID_GRANTS),
        INVESTMENT_SUBSIDIES("income.investmentSubsidies", new Color(0xFF, 0xB7, 0x4D), AccountLine.INVESTMENT_GRANTS);

        private final String key;
        private final Color color;
        private final AccountLine[] lines;

        Stream(String key, Color color, AccountLine... lines) {
            this.key = key;
            this.color = color;
            this.lines = lines;
        }

        public String key() {
            return key;
        }

        /** The stream's income in model year {@code year} (1-based). */
        public double inYear(Projection projection, int year) {
            double total = 0;
            for (AccountLine line : lines) {
                total += projection.accountInYear(line, year);
            }
            return total;
        }
    }

    private IncomeMixChart() {
    }

    public static CategoryChart create(Projection projection, ChartText text, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(text.get("income.title"))
                .xAxisTitle(text.get("year")).yAxisTitle(text.get("income.y")).build();
        ChartStyle.apply(chart.getStyler(), text, Styler.LegendPosition.OutsideE);
        ChartStyle.fitTitle(chart.getStyler(), chart.getTitle(), width);
        chart.getStyler().setStacked(true);
        List<String> years = years(projection.years());
        Map<Stream, List<Double>> drawn = new LinkedHashMap<>();
        for (Stream stream : Stream.values()) {
            List<Double> amounts = new ArrayList<>();
            for (int y = 1; y <= projection.years(); y++) {
                amounts.add(stream.inYear(projection, y));
            }
            // a stream the place does not have stays out of the legend
            if (amounts.stream().anyMatch(amount -> amount != 0)) {
                drawn.put(stream, amounts);
            }
        }
        if (drawn.isEmpty()) {
            // nothing earned yet: one empty series so the axes are still drawn
            drawn.put(Stream.values()[0], Collections.nCopies(projection.years(), 0.0));
        }
        drawn.forEach((stream, amounts) -> chart.addSeries(text.get(stream.key()), years, amounts).setFillColor(stream.color));
        // the streams' names whole: on a line under the bars, beside them, or in a column under them
        ChartStyle.placeLegend(chart.getStyler(), drawn.keySet().stream().map(stream -> text.get(stream.key())).toList(), width);
        return chart;
    }

    /** Model years as category labels: 1, 2, 3… (the axis says "year"). */
    static List<String> years(int count) {
        List<String> years = new ArrayList<>();
        for (int y = 1; y <= count; y++) {
            years.add(Integer.toString(y));
        }
        return years;
    }
}
