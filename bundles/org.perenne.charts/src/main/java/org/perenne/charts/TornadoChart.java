/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.perenne.model.FigureFormat;
import org.perenne.simulation.Sensitivity;

/**
 * The tornado: for each uncertain assumption (widest first, from the top, at most {@value #MAX_BARS}),
 * how far the output moves from its base value when the assumption goes to its low value (lower half of
 * its row) and to its high value (upper half), as horizontal bars from the base; the assumption's name is
 * written above its bars, so the widest bar, on top, is the assumption that matters most.
 */
public final class TornadoChart {

    /** More bars than this cannot be read on a slide. */
    public static final int MAX_BARS = 12;
    /** Half the height of a bar, in rows. */
    private static final double BAR = 0.3;

    private TornadoChart() {
    }

    /** @param outputName the output in words, e.g. "lowest cash" */
    public static XYChart create(Sensitivity.Tornado tornado, String outputName, ChartText text, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(text.get("tornado.title", outputName))
                .xAxisTitle(text.get("tornado.y")).build();
        ChartStyle.apply(chart.getStyler(), text, Styler.LegendPosition.OutsideS);
        ChartStyle.fitTitle(chart.getStyler(), chart.getTitle(), width);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        chart.getStyler().setYAxisTicksVisible(false);
        chart.getStyler().setPlotGridHorizontalLinesVisible(false);
        chart.getStyler().setAxisTitlesVisible(true);
        List<Sensitivity.Bar> bars = bars(tornado, height);
        int rows = Math.max(1, bars.size());
        double widest = 1;
        for (Sensitivity.Bar bar : bars) {
            widest = Math.max(widest, Math.max(Math.abs(bar.outputAtLow() - tornado.base()), Math.abs(bar.outputAtHigh() - tornado.base())));
        }
        // symmetric around the base, so the names written over the base line always fit
        chart.getStyler().setXAxisMin(-widest * 1.1);
        chart.getStyler().setXAxisMax(widest * 1.1);
        chart.getStyler().setYAxisMin(0.5);
        chart.getStyler().setYAxisMax(rows + 0.75);
        series(chart, text.get("tornado.low"), bars, tornado.base(), true, new Color(0xC6, 0x28, 0x28));
        series(chart, text.get("tornado.high"), bars, tornado.base(), false, new Color(0x2E, 0x7D, 0x32));
        Font names = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        chart.getStyler().setAnnotationTextFont(names);
        chart.getStyler().setAnnotationTextFontColor(new Color(0x21, 0x21, 0x21));
        if (bars.isEmpty()) {
            chart.addAnnotation(new AnnotationText(text.get("tornado.none"), 0, 1, false));
        }
        names(chart, bars, rows, names, width, height, text);
        return chart;
    }

    /**
     * Writes each name just over its own bars: the chart is laid out once on a scratch image to know where the
     * rows fall, so a name never sits in the next row's bar whatever the chart's height.
     */
    private static void names(XYChart chart, List<Sensitivity.Bar> bars, int rows, Font font, int width, int height,
            ChartText text) {
        BufferedImage scratch = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            chart.paint(g, width, height);
            double textHeight = g.getFontMetrics(font).getAscent();
            double x = chart.getScreenXFromChart(0);
            for (int i = 0; i < bars.size(); i++) {
                double top = chart.getScreenYFromChart(row(i, rows) + BAR);
                // in screen space an annotation is centred on its point, counted from the chart's bottom
                chart.addAnnotation(new AnnotationText(name(bars.get(i), text), x, height - (top - textHeight / 2 - 2), true));
            }
        } finally {
            g.dispose();
        }
    }

    /** The height a bar and its name need to be read, in pixels. */
    static final int ROW_PIXELS = 34;

    /**
     * The bars drawn, widest first: those that move the output (by more than {@link #NO_EFFECT} of the widest
     * swing; the others are said apart, {@link #withoutEffect}), as many as the chart's height holds at
     * {@link #ROW_PIXELS} a row, {@link #MAX_BARS} at most.
     */
    public static List<Sensitivity.Bar> bars(Sensitivity.Tornado tornado, int height) {
        List<Sensitivity.Bar> moving = tornado.bars().stream().filter(bar -> !noEffect(tornado, bar)).toList();
        int fit = Math.max(1, (height - 130) / ROW_PIXELS);
        return moving.subList(0, Math.min(Math.min(MAX_BARS, fit), moving.size()));
    }

    /** A swing this small a share of the widest has no bar of its own. */
    static final double NO_EFFECT = 0.005;

    /** The assumptions that move the output by nothing worth a bar, said apart under the chart. */
    public static List<String> withoutEffect(Sensitivity.Tornado tornado, ChartText text) {
        return tornado.bars().stream().filter(bar -> noEffect(tornado, bar)).map(bar -> name(bar, text)).toList();
    }

    private static boolean noEffect(Sensitivity.Tornado tornado, Sensitivity.Bar bar) {
        double widest = tornado.bars().stream().mapToDouble(b -> swing(tornado, b)).max().orElse(0);
        return swing(tornado, bar) <= NO_EFFECT * widest;
    }

    private static double swing(Sensitivity.Tornado tornado, Sensitivity.Bar bar) {
        return Math.max(Math.abs(bar.outputAtLow() - tornado.base()), Math.abs(bar.outputAtHigh() - tornado.base()));
    }

    /** The centre of the i-th bar's row (the widest on top). */
    private static double row(int i, int rows) {
        return rows - i;
    }

    /**
     * One series for all the low (or high) bars: a polygon that goes along the base line from bar to bar, so
     * it fills exactly the bars.
     */
    private static void series(XYChart chart, String name, List<Sensitivity.Bar> bars, double base, boolean low, Color color) {
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        int rows = Math.max(1, bars.size());
        for (int i = 0; i < bars.size(); i++) {
            double change = (low ? bars.get(i).outputAtLow() : bars.get(i).outputAtHigh()) - base;
            double bottom = low ? row(i, rows) - BAR : row(i, rows);
            double top = low ? row(i, rows) : row(i, rows) + BAR;
            x.addAll(List.of(0.0, change, change, 0.0));
            y.addAll(List.of(bottom, bottom, top, top));
        }
        if (x.isEmpty()) {
            x.add(0.0);
            y.add(1.0);
        }
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.PolygonArea);
        series.setMarker(SeriesMarkers.NONE);
        series.setFillColor(color);
        series.setLineColor(new Color(0, 0, 0, 0)); // no outline: the path's return along the base line stays unseen
    }

    /**
     * What the bar under a point of the chart (as last painted) says: the assumption, at its low or high
     * value, and the output then; empty away from the bars.
     */
    public static ChartHover hover(Sensitivity.Tornado tornado, String outputName, ChartText text) {
        FigureFormat figures = FigureFormat.of(text.locale());
        return (chart, x, y) -> {
            List<Sensitivity.Bar> bars = bars(tornado, chart.getHeight());
            double at = chart.getChartYFromCoordinate(y);
            int rows = bars.size();
            int i = rows - (int) Math.round(at);
            if (i < 0 || i >= rows || Math.abs(at - row(i, rows)) > BAR) {
                return Optional.empty();
            }
            Sensitivity.Bar bar = bars.get(i);
            boolean low = at < row(i, rows);
            double output = low ? bar.outputAtLow() : bar.outputAtHigh();
            double change = output - tornado.base();
            double pointed = chart.getChartXFromCoordinate(x);
            if (change >= 0 ? pointed < 0 || pointed > change : pointed > 0 || pointed < change) {
                return Optional.empty();
            }
            return Optional.of(text.get(low ? "tornado.hover.low" : "tornado.hover.high", name(bar, text), outputName,
                    figures.euros(output), figures.euros(output - tornado.base())));
        };
    }

    /** A bar's name: the assumption's, or "common driver «…»" for a driver's bar. */
    public static String name(Sensitivity.Bar bar, ChartText text) {
        return bar.driver() ? text.get("tornado.driver", bar.assumption()) : bar.assumption();
    }
}
