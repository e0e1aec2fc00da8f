/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.perenne.model.FigureFormat;
import org.perenne.simulation.portfolio.PublishedGrants;

/**
 * A funder's portfolio at a glance: each place as a point, how much of its income comes from the funder
 * (across, in percent) against its risk of running out of cash (up, in percent), with the 5 % line the
 * minimum envelope aims at; under a stress test, each place's risk with the stress beside its risk
 * without. Each point carries its place's name, or its number when the places are many (the numbers'
 * key is {@link #key}); places at the same point share one label. The places up and to the right are the
 * ones a cut would hurt first.
 */
public final class PortfolioScatterChart {

    /** Up to this many places, the points carry their names; beyond, their numbers. */
    static final int NAMED_UP_TO = 6;

    /**
     * One place: the funder's share of its income, its risk, and its risk with the stress test (NaN
     * without one), each from 0 to 1.
     */
    public record Place(String name, double funderShare, double risk, double riskWithStress) {
    }

    private PortfolioScatterChart() {
    }

    public static XYChart create(List<Place> places, double riskLine, ChartText text, int width, int height) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(text.get("portfolio.title"))
                .xAxisTitle(text.get("portfolio.x")).yAxisTitle(text.get("portfolio.y")).build();
        // the legend under the plot: the plot keeps the chart's width, and the titles centred on it stay within the chart
        ChartStyle.apply(chart.getStyler(), text, Styler.LegendPosition.OutsideS);
        ChartStyle.fitTitle(chart.getStyler(), chart.getTitle(), width);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(100.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0");
        chart.getStyler().setMarkerSize(10);
        double right = Math.max(10, places.stream().mapToDouble(p -> 100 * p.funderShare()).max().orElse(0) * 1.15);
        chart.getStyler().setXAxisMax(right);
        boolean stressed = places.stream().anyMatch(p -> !Double.isNaN(p.riskWithStress()));
        if (!places.isEmpty()) {
            XYSeries points = chart.addSeries(text.get(stressed ? "portfolio.withoutStress" : "portfolio.places"),
                    places.stream().mapToDouble(p -> 100 * p.funderShare()).toArray(),
                    places.stream().mapToDouble(p -> 100 * p.risk()).toArray());
            points.setMarker(SeriesMarkers.CIRCLE);
            points.setMarkerColor(new Color(0x1D, 0x6B, 0x42));
        }
        if (stressed) {
            XYSeries after = chart.addSeries(text.get("portfolio.withStress"),
                    places.stream().mapToDouble(p -> 100 * p.funderShare()).toArray(),
                    places.stream().mapToDouble(p -> 100 * (Double.isNaN(p.riskWithStress()) ? p.risk() : p.riskWithStress()))
                            .toArray());
            after.setMarker(SeriesMarkers.DIAMOND);
            after.setMarkerColor(new Color(0xB2, 0x3A, 0x1E));
        }
        XYSeries line = chart.addSeries(text.get("portfolio.riskLine", riskLine), new double[] { 0, right },
                new double[] { 100 * riskLine, 100 * riskLine });
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(new Color(0xC6, 0x28, 0x28));
        label(chart, places, width, height);
        return chart;
    }

    /**
     * Writes each label beside its point, to its right (to its left near the plot's right edge), moved up or
     * down when it would cover a label already written: the chart is laid out once on a scratch image to
     * know where its points fall.
     */
    private static void label(XYChart chart, List<Place> places, int width, int height) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
        chart.getStyler().setAnnotationTextFont(font);
        chart.getStyler().setAnnotationTextFontColor(new Color(0x22, 0x22, 0x22));
        BufferedImage scratch = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scratch.createGraphics();
        try {
            chart.paint(g, width, height);
            FontMetrics metrics = g.getFontMetrics(font);
            double right = chart.getScreenXFromChart(chart.getStyler().getXAxisMax());
            List<Rectangle2D> taken = new ArrayList<>();
            labelled(places).forEach((point, label) -> {
                double x = chart.getScreenXFromChart(point[0]), y = chart.getScreenYFromChart(point[1]);
                double w = metrics.stringWidth(label), h = metrics.getHeight();
                double left = x + 9 + w <= right ? x + 9 : Math.max(chart.getScreenXFromChart(0), x - 9 - w);
                Rectangle2D box = new Rectangle2D.Double(left, y - h / 2, w, h);
                for (double shift : new double[] { 0, -h, h, -2 * h, 2 * h, -3 * h, 3 * h }) {
                    Rectangle2D moved = new Rectangle2D.Double(left, y - h / 2 + shift, w, h);
                    if (taken.stream().noneMatch(moved::intersects)) {
                        box = moved;
                        break;
                    }
                }
                taken.add(box);
                // in screen space, an annotation is centred on its point, counted from the chart's bottom
                chart.addAnnotation(new AnnotationText(label, box.getCenterX(), height - box.getCenterY(), true));
            });
        } finally {
            g.dispose();
        }
    }

    /**
     * Each place's label: its name up to its first dash when the places are few ("La Passerelle" for "La
     * Passerelle — tiers-lieu hybride"), else its number from 1.
     */
    public static List<String> labels(List<Place> places) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            labels.add(places.size() <= NAMED_UP_TO ? PublishedGrants.shortName(places.get(i).name()) : String.valueOf(i + 1));
        }
        return labels;
    }

    /** The numbers' key when the points carry numbers ("1 La Passerelle · 2 Le Relais…"); empty when they carry names. */
    public static Optional<String> key(List<Place> places) {
        if (places.size() <= NAMED_UP_TO) {
            return Optional.empty();
        }
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < places.size(); i++) {
            entries.add((i + 1) + " " + places.get(i).name());
        }
        return Optional.of(String.join(" · ", entries));
    }

    /**
     * The labels by point (the highest of a place's points: with the stress when it raises the risk), the
     * places at the same point (to half a percentage point) sharing one label.
     */
    private static Map<double[], String> labelled(List<Place> places) {
        List<String> labels = labels(places);
        Map<String, double[]> points = new LinkedHashMap<>();
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            double y = 100 * (Double.isNaN(p.riskWithStress()) ? p.risk() : Math.max(p.risk(), p.riskWithStress()));
            String at = Math.round(200 * p.funderShare()) + ":" + Math.round(2 * y);
            points.putIfAbsent(at, new double[] { 100 * p.funderShare(), y });
            names.computeIfAbsent(at, k -> new ArrayList<>()).add(labels.get(i));
        }
        Map<double[], String> labelled = new LinkedHashMap<>();
        points.forEach((at, point) -> labelled.put(point, String.join(", ", names.get(at))));
        return labelled;
    }

    /**
     * The words under the pointer: the places whose point is within a few pixels, each with the funder's
     * share of its income and its risk without and with the stress.
     */
    public static ChartHover hover(List<Place> places, ChartText text) {
        FigureFormat figures = FigureFormat.of(text.locale());
        return (chart, x, y) -> {
            if (!(chart instanceof XYChart xy)) {
                return Optional.empty();
            }
            List<String> lines = new ArrayList<>();
            for (Place p : places) {
                double px = xy.getScreenXFromChart(100 * p.funderShare());
                boolean near = Math.abs(px - x) <= 8 && (Math.abs(xy.getScreenYFromChart(100 * p.risk()) - y) <= 8
                        || !Double.isNaN(p.riskWithStress()) && Math.abs(xy.getScreenYFromChart(100 * p.riskWithStress()) - y) <= 8);
                if (near) {
                    lines.add(Double.isNaN(p.riskWithStress())
                            ? text.get("portfolio.hover", p.name(), figures.percent(p.funderShare()), figures.percent(p.risk()))
                            : text.get("portfolio.hoverStressed", p.name(), figures.percent(p.funderShare()),
                                    figures.percent(p.risk()), figures.percent(p.riskWithStress())));
                }
            }
            return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", lines));
        };
    }
}
