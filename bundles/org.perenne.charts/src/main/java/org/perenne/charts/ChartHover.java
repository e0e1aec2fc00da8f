/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleFunction;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.internal.series.Series;
import org.perenne.model.FigureFormat;

/**
 * What a chart shows under the pointer, in words, read from the chart as it was last painted (its plot's
 * place on the screen): for the months of a cash chart, the month nearest the pointer and each line's
 * value then (a band: its low and high values); for the years of a bar chart, the year under the pointer
 * and each series' value. Empty outside the plot, or on a chart it cannot read.
 */
@FunctionalInterface
public interface ChartHover {

    /** The words for the point ({@code x}, {@code y}) of the chart as last painted. */
    Optional<String> at(Chart<?, ?> chart, int x, int y);

    /** Values in euros (cash, income). */
    static ChartHover euros(ChartText text) {
        FigureFormat figures = FigureFormat.of(text.locale());
        return (chart, x, y) -> read(chart, x, text, figures::euros);
    }

    /** Values in points of percentage (0–100), such as the grant dependency. */
    static ChartHover percentagePoints(ChartText text) {
        FigureFormat figures = FigureFormat.of(text.locale());
        return (chart, x, y) -> read(chart, x, text, points -> figures.percent(points / 100));
    }

    private static Optional<String> read(Chart<?, ?> chart, int x, ChartText text, DoubleFunction<String> value) {
        if (chart instanceof XYChart months) {
            return monthAt(months, x, text, value);
        }
        if (chart instanceof CategoryChart categories) {
            return categoryAt(categories, x, text, value);
        }
        return Optional.empty();
    }

    private static Optional<String> monthAt(XYChart chart, int x, ChartText text, DoubleFunction<String> value) {
        double at = chart.getChartXFromCoordinate(x);
        double nearest = Double.NaN;
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (XYSeries series : chart.getSeriesMap().values()) {
            if (series.getxAxisDataType() != Series.DataType.Date) {
                return Optional.empty();
            }
            for (double when : series.getXData()) {
                first = Math.min(first, when);
                last = Math.max(last, when);
                if (Double.isNaN(nearest) || Math.abs(when - at) < Math.abs(nearest - at)) {
                    nearest = when;
                }
            }
        }
        double halfMonth = 16 * 86_400_000.0;
        if (Double.isNaN(nearest) || at < first - halfMonth || at > last + halfMonth) {
            return Optional.empty();
        }
        FigureFormat figures = FigureFormat.of(text.locale());
        List<String> lines = new ArrayList<>();
        lines.add(figures.month(YearMonth.from(Instant.ofEpochMilli((long) nearest).atZone(ZoneOffset.UTC))));
        String zero = text.get(CashFanChart.ZERO);
        for (XYSeries series : chart.getSeriesMap().values()) {
            if (series.getName().equals(zero)) {
                continue;
            }
            double low = Double.POSITIVE_INFINITY;
            double high = Double.NEGATIVE_INFINITY;
            double[] when = series.getXData();
            for (int i = 0; i < when.length; i++) {
                if (when[i] == nearest) {
                    low = Math.min(low, series.getYData()[i]);
                    high = Math.max(high, series.getYData()[i]);
                }
            }
            if (low == high) {
                lines.add(text.get("hover.at", series.getName(), value.apply(low)));
            } else if (low < high) {
                lines.add(text.get("hover.at", series.getName(), text.get("hover.range", value.apply(low), value.apply(high))));
            }
        }
        return Optional.of(String.join("\n", lines));
    }

    private static Optional<String> categoryAt(CategoryChart chart, int x, ChartText text, DoubleFunction<String> value) {
        double at = chart.getChartXFromCoordinate(x);
        List<String> lines = new ArrayList<>();
        for (CategorySeries series : chart.getSeriesMap().values()) {
            int count = series.getXData().size();
            if (at < 0 || at >= count) {
                return Optional.empty();
            }
            int index = (int) Math.floor(at);
            if (lines.isEmpty()) {
                lines.add(text.get("hover.year", List.copyOf(series.getXData()).get(index)));
            }
            Iterator<? extends Number> values = series.getYData().iterator();
            for (int i = 0; i < index; i++) {
                values.next();
            }
            lines.add(text.get("hover.at", series.getName(), value.apply(values.next().doubleValue())));
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
    }
}
