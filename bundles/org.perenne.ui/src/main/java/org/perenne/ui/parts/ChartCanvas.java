/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.awt.image.BufferedImage;
import java.util.function.BiFunction;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.PaletteData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.knowm.xchart.internal.chartpart.Chart;
import org.perenne.charts.ChartFiles;
import org.perenne.charts.ChartHover;
import org.perenne.charts.ChartText;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.Messages;

/**
 * An XChart chart drawn as an image in an SWT canvas, redrawn at the canvas's size; the values under the
 * pointer show on hover; its context menu exports it as PNG or SVG.
 */
final class ChartCanvas {

    private final Canvas canvas;
    /** Builds the chart at a width and height; null while there is nothing to show. */
    private BiFunction<Integer, Integer, Chart<?, ?>> chart;
    /** The chart as last painted (where its plot lies on the screen), for the words under the pointer. */
    private Chart<?, ?> painted;
    private ChartHover hover;
    private final ChartText text = new ChartText(Messages.locale());
    private Image image;
    private boolean stale = true;
    /** When the chart last shown was first put on the screen (System.nanoTime), for the edit-to-pixels measure. */
    private long drawnAt;
    /** The chart already drawn for the canvas's size, put on the screen at the next paint; null when none. */
    private Rendered ready;
    /** What the chart's place says when there is no chart to draw (nothing to chart yet), or null. */
    private String nothing;

    ChartCanvas(Composite parent, String exportName) {
        canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED);
        canvas.setData(ChartCanvas.class.getName(), this); // the layouts test finds the charts among the controls
        canvas.addPaintListener(event -> {
            Point size = canvas.getSize();
            if (chart == null && nothing != null) {
                // a sentence where a chart would be: never a flat line with a legend of nothing
                Point extent = event.gc.textExtent(nothing);
                event.gc.drawText(nothing, Math.max(4, (size.x - extent.x) / 2), Math.max(4, (size.y - extent.y) / 2), true);
                return;
            }
            if (chart == null || size.x < 50 || size.y < 50) {
                return;
            }
            if (stale || image == null || image.getBounds().width != size.x || image.getBounds().height != size.y) {
                disposeImage();
                Rendered drawn = ready != null && ready.image().width == size.x && ready.image().height == size.y ? ready
                        : render(chart, size.x, size.y);
                ready = null;
                painted = drawn.chart();
                image = new Image(canvas.getDisplay(), drawn.image());
                stale = false;
                event.gc.drawImage(image, 0, 0);
                drawnAt = System.nanoTime();
                return;
            }
            event.gc.drawImage(image, 0, 0);
        });
        canvas.addDisposeListener(event -> disposeImage());
        canvas.addListener(SWT.MouseMove, event -> {
            String words = painted == null || stale ? null : hover.at(painted, event.x, event.y).orElse(null);
            if (!java.util.Objects.equals(words, canvas.getToolTipText())) {
                canvas.setToolTipText(words);
            }
        });
        Menu menu = new Menu(canvas);
        export(menu, Messages.get("dashboard.exportPng"), exportName + ".png");
        export(menu, Messages.get("dashboard.exportSvg"), exportName + ".svg");
        canvas.setMenu(menu);
    }

    Canvas control() {
        return canvas;
    }

    /** Shows a new chart of euros (built at the canvas's size when painted), its values in words under the pointer. */
    void show(BiFunction<Integer, Integer, Chart<?, ?>> chart) {
        show(chart, ChartHover.euros(text));
    }

    /** Shows a new chart whose words under the pointer are {@code hover}'s. */
    void show(BiFunction<Integer, Integer, Chart<?, ?>> chart, ChartHover hover) {
        show(chart, hover, null);
    }

    /**
     * Shows a new chart, already drawn at the canvas's size away from the window's thread ({@code ready}; drawn again
     * here when the canvas has changed size since, or when null).
     */
    void show(BiFunction<Integer, Integer, Chart<?, ?>> chart, ChartHover hover, Rendered ready) {
        this.chart = chart;
        this.hover = hover;
        this.nothing = null;
        this.ready = ready;
        stale = true;
        canvas.redraw();
    }

    /** A chart drawn into an image at a size, with where its plot lies (for the words under the pointer). */
    record Rendered(Chart<?, ?> chart, ImageData image) {
    }

    /** Draws a chart into an image at a size: charts draw with Java2D, so any thread may (the dashboard's job does). */
    static Rendered render(BiFunction<Integer, Integer, Chart<?, ?>> chart, int width, int height) {
        Chart<?, ?> drawn = chart.apply(width, height);
        return new Rendered(drawn, imageData(ChartFiles.image(drawn)));
    }

    /** The canvas's size now, to draw a chart for it elsewhere. */
    Point size() {
        return canvas.getSize();
    }

    /** Shows a sentence instead of a chart: there is nothing to draw, and it says why. */
    void showNothing(String why) {
        chart = null;
        painted = null;
        nothing = why;
        disposeImage();
        canvas.redraw();
    }

    /** Whether there is a chart to draw (tests: a chart shown must be drawn). */
    boolean hasChart() {
        return chart != null;
    }

    /** The sentence shown instead of a chart, or null (tests). */
    String nothing() {
        return nothing;
    }

    /** When the chart last shown was first drawn on the screen, System.nanoTime (tests). */
    long drawnAt() {
        return drawnAt;
    }

    /** The chart as last painted (tests). */
    Chart<?, ?> painted() {
        return painted;
    }

    /** The words the pointer at ({@code x}, {@code y}) shows (tests); empty where there is no value. */
    java.util.Optional<String> wordsAt(int x, int y) {
        return painted == null ? java.util.Optional.empty() : hover.at(painted, x, y);
    }

    private void export(Menu menu, String label, String fileName) {
        MenuItem item = new MenuItem(menu, SWT.PUSH);
        item.setText(label);
        item.addListener(SWT.Selection, event -> {
            if (chart != null) {
                CanvasDialogs.export(canvas.getShell(), fileName, file -> ChartFiles.save(chart.apply(1200, 600), file));
            }
        });
    }

    private void disposeImage() {
        if (image != null) {
            image.dispose();
            image = null;
        }
    }

    /** Copies an AWT image into SWT image data (its red, green and blue; XChart draws opaque images). */
    static ImageData imageData(BufferedImage awt) {
        int width = awt.getWidth();
        int height = awt.getHeight();
        if ((awt.getType() == BufferedImage.TYPE_INT_ARGB || awt.getType() == BufferedImage.TYPE_INT_RGB)
                && awt.getRaster().getDataBuffer() instanceof java.awt.image.DataBufferInt pixels
                && pixels.getNumBanks() == 1 && pixels.getData().length == width * height) {
            // the chart's own pixels, 0x(AA)RRGGBB each, copied at once as 32-bit rows: no pixel-by-pixel conversion
            byte[] bytes = new byte[width * height * 4];
            java.nio.ByteBuffer.wrap(bytes).asIntBuffer().put(pixels.getData());
            return new ImageData(width, height, 32, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF), 4, bytes);
        }
        ImageData data = new ImageData(width, height, 24, new PaletteData(0xFF0000, 0x00FF00, 0x0000FF));
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            awt.getRGB(0, y, width, 1, row, 0, width);
            data.setPixels(0, y, width, row, 0);
        }
        return data;
    }
}
