/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The look every chart shares: white, sans-serif, amounts with thousands separators in the user's language. */
final class ChartStyle {

    private ChartStyle() {
    }

    /** The shared look, with the legend where the chart leaves room for it. */
    static void apply(Styler styler, ChartText text, Styler.LegendPosition legend) {
        styler.setLegendPosition(legend);
        // see-through enough that a line passing under the legend (no corner is always empty) stays visible
        styler.setLegendBackgroundColor(new Color(255, 255, 255, 140));
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
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

    /** Share of the width and of the height a legend inside the plot covers, roughly, in its corner. */
    private static final double LEGEND_WIDTH = 0.45, LEGEND_HEIGHT = 0.35;

    /**
     * The corner of a monthly chart where the lines pass least, for a legend drawn inside the plot
     * (upper left when several are as empty). The y range includes 0, which the charts always show.
     */
    static Styler.LegendPosition emptiestCorner(List<double[]> lines) {
        double low = 0;
        double high = 0;
        int months = 0;
        for (double[] line : lines) {
            months = Math.max(months, line.length);
            for (double value : line) {
                low = Math.min(low, value);
                high = Math.max(high, value);
            }
        }
        Styler.LegendPosition[] corners = { Styler.LegendPosition.InsideNW, Styler.LegendPosition.InsideNE,
                Styler.LegendPosition.InsideSW, Styler.LegendPosition.InsideSE };
        int[] crossings = new int[corners.length];
        double span = Math.max(1e-9, high - low);
        for (double[] line : lines) {
            for (int m = 0; m < line.length; m++) {
                double x = months <= 1 ? 0 : m / (double) (months - 1);
                double y = (line[m] - low) / span;
                boolean left = x <= LEGEND_WIDTH;
                boolean right = x >= 1 - LEGEND_WIDTH;
                boolean top = y >= 1 - LEGEND_HEIGHT;
                boolean bottom = y <= LEGEND_HEIGHT;
                crossings[0] += left && top ? 1 : 0;
                crossings[1] += right && top ? 1 : 0;
                crossings[2] += left && bottom ? 1 : 0;
                crossings[3] += right && bottom ? 1 : 0;
            }
        }
        int best = 0;
        for (int c = 1; c < corners.length; c++) {
            best = crossings[c] < crossings[best] ? c : best;
        }
        return corners[best];
    }
}
