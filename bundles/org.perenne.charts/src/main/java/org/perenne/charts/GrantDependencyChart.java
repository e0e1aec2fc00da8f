/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.perenne.simulation.Indicators;

/**
 * Grant dependency of each year (operating, project and job-aid grants / income including them), in
 * percent, with a threshold line; a year without income shows 0.
 */
public final class GrantDependencyChart {

    private GrantDependencyChart() {
    }

    public static CategoryChart create(List<Indicators.Year> years, double threshold, ChartText text, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height).title(text.get("dependency.title"))
                .xAxisTitle(text.get("year")).yAxisTitle(text.get("dependency.y")).build();
        ChartStyle.apply(chart.getStyler(), text, Styler.LegendPosition.OutsideS);
        ChartStyle.fitTitle(chart.getStyler(), chart.getTitle(), width);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setYAxisDecimalPattern("0");
        chart.getStyler().setOverlapped(true);
        List<String> labels = IncomeMixChart.years(years.size());
        List<Double> shares = new ArrayList<>();
        List<Double> line = new ArrayList<>();
        for (Indicators.Year year : years) {
            shares.add(100 * year.grantDependency().orElse(0));
            line.add(100 * threshold);
        }
        CategorySeries bars = chart.addSeries(text.get("dependency.share"), labels, shares);
        bars.setFillColor(new Color(0xEF, 0x6C, 0x00));
        bars.setShowInLegend(false); // the title says what the bars are: the legend, one line, says what the red line is
        CategorySeries limit = chart.addSeries(text.get("dependency.threshold", threshold), labels, line);
        limit.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Line);
        limit.setLineColor(new Color(0xC6, 0x28, 0x28));
        limit.setMarker(SeriesMarkers.NONE);
        return chart;
    }
}
