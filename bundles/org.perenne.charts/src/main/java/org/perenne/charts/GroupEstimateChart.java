/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.perenne.simulation.GroupEstimate;

/**
 * A group estimate as the workshop gave it: each participant's triangle (low, likely, high) in a thin line, and the
 * group's pooled law (their average) in a thick one, so the room sees where it agrees and how far apart it is.
 */
public final class GroupEstimateChart {

    private static final int POINTS = 241;
    private static final Color POOLED = new Color(0x0D, 0x47, 0xA1);

    private GroupEstimateChart() {
    }

    /**
     * @param low,likely,high the participants' values, one of each per participant
     * @param figure          the figure's name and unit, under the horizontal axis
     */
    public static XYChart create(double[] low, double[] likely, double[] high, String figure, ChartText text, int width,
            int height) {
        GroupEstimate pool = GroupEstimate.of(low, likely, high);
        XYChart chart = new XYChartBuilder().width(width).height(height).title(text.get("group.title"))
                .xAxisTitle(figure).yAxisTitle(text.get("group.y")).build();
        ChartStyle.apply(chart.getStyler(), text, Styler.LegendPosition.OutsideS);
        ChartStyle.fitTitle(chart.getStyler(), chart.getTitle(), width);
        chart.getStyler().setYAxisTicksVisible(false);
        // from the lowest low to the highest high: the axis's ticks fall on round values of the figure's own unit
        double margin = pool.range() > 0 ? 0 : Math.abs(pool.lowest()) * 0.05 + 1e-9;
        double from = pool.lowest() - margin, to = pool.highest() + margin;
        chart.getStyler().setXAxisDecimalPattern("#,##0.##");
        List<Double> xs = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            xs.add(from + (to - from) * i / (POINTS - 1));
        }
        List<String> names = new ArrayList<>();
        for (int p = 0; p < low.length; p++) {
            if (!(high[p] > low[p])) {
                continue; // a participant sure of one value has no triangle to draw; the pooled curve counts it
            }
            List<Double> ys = new ArrayList<>();
            for (double x : xs) {
                ys.add(GroupEstimate.density(x, low[p], likely[p], high[p]));
            }
            String name = text.get("group.participant", p + 1);
            XYSeries series = chart.addSeries(name, xs, ys);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineColor(new Color(0x9E, 0x9E, 0x9E));
            series.setLineWidth(1);
            series.setShowInLegend(p == 0);
            if (p == 0) {
                names.add(name);
            }
        }
        List<Double> pooled = new ArrayList<>();
        for (double x : xs) {
            pooled.add(pool.density(x));
        }
        String pooledName = text.get("group.pooled", low.length);
        XYSeries series = chart.addSeries(pooledName, xs, pooled);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(POOLED);
        series.setLineStyle(new BasicStroke(3f));
        names.add(pooledName);
        ChartStyle.placeLegend(chart.getStyler(), names, width);
        return chart;
    }
}
