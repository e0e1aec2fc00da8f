/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.awt.Color;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A funder's portfolio at a glance: each place as a point, how much of its income comes from the funder
 * (across, in percent) against its risk of running out of cash (up, in percent), with the 5 % line the
 * minimum envelope aims at. The places up and to the right are the ones a cut would hurt first.
 */
public final class PortfolioScatterChart {

    /** One place: the funder's share of its income and its risk, both from 0 to 1. */
    public record Place(String name, double funderShare, double risk) {
    }

    private PortfolioScatterChart() {
    }

    public static XYChart create(List<Place> places, double riskLine, ChartText text, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(text.get("portfolio.title"))
                .xAxisTitle(text.get("portfolio.x")).yAxisTitle(text.get("portfolio.y")).build();
        ChartStyle.apply(chart.getStyler(), text, Styler.LegendPosition.OutsideE);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0");
        chart.getStyler().setMarkerSize(10);
        double[] x = places.stream().mapToDouble(p -> 100 * p.funderShare()).toArray();
        double[] y = places.stream().mapToDouble(p -> 100 * p.risk()).toArray();
        double right = Math.max(10, places.stream().mapToDouble(p -> 100 * p.funderShare()).max().orElse(0) * 1.1);
        chart.getStyler().setXAxisMax(right);
        if (x.length > 0) {
            XYSeries points = chart.addSeries(text.get("portfolio.places"), x, y);
            points.setMarker(SeriesMarkers.CIRCLE);
            points.setMarkerColor(new Color(0x1D, 0x6B, 0x42));
        }
        XYSeries line = chart.addSeries(text.get("portfolio.riskLine", riskLine), new double[] { 0, right },
                new double[] { 100 * riskLine, 100 * riskLine });
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(new Color(0xC6, 0x28, 0x28));
        return chart;
    }
}
