/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.awt.Color;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.perenne.simulation.Projection;

/** The closing cash of several scenarios, one line each over the same months, with the zero line. */
public final class ScenarioCashChart {

    private static final Color[] COLORS = { new Color(0x0D, 0x47, 0xA1), new Color(0xEF, 0x6C, 0x00),
            new Color(0x2E, 0x7D, 0x32), new Color(0x6A, 0x1B, 0x9A), new Color(0x00, 0x83, 0x8F) };

    private ScenarioCashChart() {
    }

    /** @param scenarios projections by scenario name, in the order to draw them (all over the same months) */
    public static XYChart create(Map<String, Projection> scenarios, ChartText text, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(text.get("scenarios.title"))
                .yAxisTitle(text.get("cash.y")).build();
        ChartStyle.apply(chart.getStyler(), text, Styler.LegendPosition.OutsideS);
        ChartStyle.fitTitle(chart.getStyler(), chart.getTitle(), width);
        chart.getStyler().setDatePattern("MMM yyyy");
        chart.getStyler().setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC));
        List<Date> months = null;
        int index = 0;
        for (Map.Entry<String, Projection> scenario : new LinkedHashMap<>(scenarios).entrySet()) {
            Projection projection = scenario.getValue();
            months = CashFanChart.months(projection.startMonth(), projection.months());
            XYSeries line = chart.addSeries(scenario.getKey(), months, CashFanChart.values(projection.closingCash()));
            CashFanChart.style(line, COLORS[index % COLORS.length], index == 0 ? SeriesLines.SOLID : SeriesLines.DASH_DASH);
            index++;
        }
        if (months != null) {
            XYSeries zero = chart.addSeries(text.get(CashFanChart.ZERO), List.of(months.get(0), months.get(months.size() - 1)),
                    List.of(0, 0));
            CashFanChart.style(zero, new Color(0xC6, 0x28, 0x28), SeriesLines.DOT_DOT);
        }
        return chart;
    }
}
