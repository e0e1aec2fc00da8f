/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.awt.Color;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TimeZone;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.perenne.simulation.MonteCarloResult;
import org.perenne.simulation.Projection;
import org.perenne.simulation.actuals.Reforecast;

/**
 * The closing cash month by month: the deterministic forecast, and when Monte Carlo ran its fan (the
 * bands where 9 paths in 10 and 1 path in 2 lie, and the median), with the zero line.
 */
public final class CashFanChart {

    /** Series names are the text keys, translated; these are the keys. */
    public static final String BAND_90 = "cash.band90", BAND_50 = "cash.band50", MEDIAN = "cash.median",
            FORECAST = "cash.forecast", ZERO = "cash.zero", ACTUAL = "cash.actual", REFORECAST = "cash.reforecast",
            REFORECAST_BAND = "cash.reforecastBand";

    private CashFanChart() {
    }

    public static XYChart create(Projection forecast, MonteCarloResult fan, ChartText text, int width, int height) {
        return create(forecast, fan, Map.of(), text, width, height);
    }

    /**
     * The same, with the actual closing cash of the months the accounts know drawn over the forecast: where
     * reality fell in the fan.
     */
    public static XYChart create(Projection forecast, MonteCarloResult fan, Map<YearMonth, Double> actual, ChartText text,
            int width, int height) {
        return create(forecast, fan, actual, null, text, width, height);
    }

    /**
     * The same, with the re-forecast from the last actual cash (may be null) drawn after it, and where 9 of
     * its paths in 10 go when it ran its Monte Carlo: where the place is heading from today's cash.
     */
    public static XYChart create(Projection forecast, MonteCarloResult fan, Map<YearMonth, Double> actual, Reforecast reforecast,
            ChartText text, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(text.get("cash.title"))
                .yAxisTitle(text.get("cash.y")).build();
        ChartStyle.apply(chart.getStyler(), text, Styler.LegendPosition.OutsideS);
        ChartStyle.fitTitle(chart.getStyler(), chart.getTitle(), width);
        chart.getStyler().setDatePattern("MMM yyyy");
        chart.getStyler().setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC));
        List<Date> months = months(forecast.startMonth(), forecast.months());
        if (fan != null) {
            band(chart, text.get(BAND_90), months, fan, 0, 4, new Color(0x2E, 0x7D, 0x6B, 50));
            band(chart, text.get(BAND_50), months, fan, 1, 3, new Color(0x2E, 0x7D, 0x6B, 90));
            XYSeries median = chart.addSeries(text.get(MEDIAN), months, values(fan.percentiles()[2]));
            style(median, new Color(0x1B, 0x5E, 0x20), SeriesLines.DASH_DASH);
        }
        XYSeries line = chart.addSeries(text.get(FORECAST), months, values(forecast.closingCash()));
        style(line, new Color(0x0D, 0x47, 0xA1), SeriesLines.SOLID);
        XYSeries zero = chart.addSeries(text.get(ZERO), List.of(months.get(0), months.get(months.size() - 1)), List.of(0, 0));
        style(zero, new Color(0xC6, 0x28, 0x28), SeriesLines.DOT_DOT);
        if (!actual.isEmpty()) {
            TreeMap<YearMonth, Double> known = new TreeMap<>(actual);
            List<Date> when = new ArrayList<>();
            known.keySet().forEach(month -> when.add(Date.from(month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC))));
            XYSeries real = chart.addSeries(text.get(ACTUAL), when, new ArrayList<>(known.values()));
            real.setLineColor(Color.BLACK);
            real.setLineStyle(SeriesLines.SOLID);
            real.setMarker(SeriesMarkers.CIRCLE);
            real.setMarkerColor(Color.BLACK);
        }
        if (reforecast != null) {
            int known = reforecast.knownIndex();
            List<Date> when = months.subList(known, months.size());
            reforecast.risk().ifPresent(paths -> {
                List<Double> y = new ArrayList<>();
                for (int m = known; m < months.size(); m++) {
                    y.add(paths.percentile(4, m));
                }
                List<Date> x = new ArrayList<>(when);
                for (int m = months.size() - 1; m >= known; m--) {
                    x.add(months.get(m));
                    y.add(paths.percentile(0, m));
                }
                XYSeries band = chart.addSeries(text.get(REFORECAST_BAND), x, y);
                band.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
                band.setMarker(SeriesMarkers.NONE);
                Color grey = new Color(0x42, 0x42, 0x42, 45);
                band.setFillColor(grey);
                band.setLineColor(grey);
            });
            XYSeries again = chart.addSeries(text.get(REFORECAST), when,
                    values(java.util.Arrays.copyOfRange(reforecast.projection().closingCash(), known, months.size())));
            style(again, new Color(0x42, 0x42, 0x42), SeriesLines.DASH_DOT);
        }
        return chart;
    }

    private static void band(XYChart chart, String name, List<Date> months, MonteCarloResult fan, int low, int high,
            Color color) {
        // A closed polygon: along the high percentile, then back along the low one.
        List<Date> x = new ArrayList<>(months);
        List<Double> y = new ArrayList<>(values(fan.percentiles()[high]));
        for (int m = months.size() - 1; m >= 0; m--) {
            x.add(months.get(m));
            y.add(fan.percentile(low, m));
        }
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        series.setMarker(SeriesMarkers.NONE);
        series.setFillColor(color);
        series.setLineColor(color);
    }

    static void style(XYSeries series, Color color, java.awt.BasicStroke stroke) {
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(stroke);
    }

    static List<Date> months(YearMonth start, int count) {
        List<Date> dates = new ArrayList<>(count);
        for (int m = 0; m < count; m++) {
            dates.add(Date.from(start.plusMonths(m).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        return dates;
    }

    static List<Double> values(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
