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
import org.knowm.xchart.style.Styler;
import org.perenne.simulation.Sensitivity;

/**
 * The tornado: for each uncertain assumption (widest first, at most {@value #MAX_BARS}), how far the
 * output moves from its base value when the assumption goes to its low and to its high value. Bars
 * are drawn as the change from the base, so the widest bar is the assumption that matters most.
 */
public final class TornadoChart {

    /** More bars than this cannot be read on a slide. */
    public static final int MAX_BARS = 12;

    private TornadoChart() {
    }

    /** @param outputName the output in words, e.g. "lowest cash" */
    public static CategoryChart create(Sensitivity.Tornado tornado, String outputName, ChartText text, int width, int height) {
        CategoryChart chart = new CategoryChartBuilder().width(width).height(height)
                .title(text.get("tornado.title", outputName)).yAxisTitle(text.get("tornado.y")).build();
        ChartStyle.apply(chart.getStyler(), text, Styler.LegendPosition.OutsideS);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setXAxisLabelRotation(20);
        List<String> names = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        List<Sensitivity.Bar> bars = tornado.bars().subList(0, Math.min(MAX_BARS, tornado.bars().size()));
        for (Sensitivity.Bar bar : bars) {
            names.add(bar.assumption());
            low.add(bar.outputAtLow() - tornado.base());
            high.add(bar.outputAtHigh() - tornado.base());
        }
        if (names.isEmpty()) {
            names.add(text.get("tornado.none"));
            low.add(0.0);
            high.add(0.0);
        }
        CategorySeries lows = chart.addSeries(text.get("tornado.low"), names, low);
        lows.setFillColor(new Color(0xC6, 0x28, 0x28));
        CategorySeries highs = chart.addSeries(text.get("tornado.high"), names, high);
        highs.setFillColor(new Color(0x2E, 0x7D, 0x32));
        return chart;
    }
}
