/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.awt.Color;
import java.awt.Font;

import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** The look every chart shares: white, sans-serif, amounts with thousands separators in the user's language. */
final class ChartStyle {

    private ChartStyle() {
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
}
