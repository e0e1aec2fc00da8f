/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The look every chart shares: white, sans-serif, amounts with thousands separators in the user's language. */
final class ChartStyle {

    /** The legend's font: what {@link #placeLegend} measures with. */
    private static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
    /** XChart draws a legend entry as a 20-pixel sample, a gap and the text; the legend has a margin and a padding. */
    private static final int SAMPLE = 20, GAP = 4, MARGIN = 6, PADDING = 4;
    /** The room between two entries of a legend on one line, measured on XChart's drawing with some to spare. */
    private static final int ENTRY_SPACING = 24;

    private ChartStyle() {
    }

    /** The width of a text in a font, in pixels (as the charts draw it). */
    static int textWidth(String text, Font font) {
        Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
        try {
            return g.getFontMetrics(font).stringWidth(text);
        } finally {
            g.dispose();
        }
    }

    /** The chart's title in a font that fits its width: 14 pt bold, smaller on a narrow chart (9 pt at least). */
    static void fitTitle(Styler styler, String title, int width) {
        int size = 14;
        while (size > 9 && textWidth(title, new Font(Font.SANS_SERIF, Font.BOLD, size)) > width - 2 * MARGIN) {
            size--;
        }
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
    }

    /**
     * Puts the legend where its words fit whole: on one line under the plot when they fit the chart's width, else in a
     * column beside the plot when the plot keeps at least half the width, else in a column under the plot.
     */
    static void placeLegend(Styler styler, List<String> names, int width) {
        int line = 2 * (MARGIN + PADDING);
        int column = 0;
        for (String name : names) {
            int entry = SAMPLE + GAP + textWidth(name, LEGEND);
            line += entry + ENTRY_SPACING;
            column = Math.max(column, entry);
        }
        column += 2 * (MARGIN + PADDING);
        if (line <= width) {
            styler.setLegendPosition(Styler.LegendPosition.OutsideS);
            styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        } else if (width - column >= width / 2) {
            styler.setLegendPosition(Styler.LegendPosition.OutsideE);
            styler.setLegendLayout(Styler.LegendLayout.Vertical);
        } else {
            styler.setLegendPosition(Styler.LegendPosition.OutsideS);
            styler.setLegendLayout(Styler.LegendLayout.Vertical);
        }
    }

    /** The shared look, with the legend outside the plot, where it never covers a line or a bar. */
    static void apply(Styler styler, ChartText text, Styler.LegendPosition legend) {
        styler.setLegendPosition(legend);
        styler.setLegendBackgroundColor(Color.WHITE);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        styler.setLegendFont(LEGEND);
        styler.setLegendPadding(4);
        styler.setToolTipsEnabled(false);
        if (styler instanceof AxesChartStyler axes) {
            axes.setLocale(text.locale());
            axes.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            axes.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            axes.setYAxisDecimalPattern("#,##0");
            axes.setPlotGridLinesColor(new Color(0xE0, 0xE0, 0xE0));
        }
    }
}
