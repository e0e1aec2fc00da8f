/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.charts;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/** Charts as pictures: an image in memory for the screen, PNG and SVG files for export. */
public final class ChartFiles {

    private ChartFiles() {
    }

    public static BufferedImage image(Chart<?, ?> chart) {
        return BitmapEncoder.getBufferedImage(chart);
    }

    /** Saves as PNG (by extension {@code .png}) or SVG ({@code .svg}), through a temporary file. */
    public static void save(Chart<?, ?> chart, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), ".chart", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                if (name.endsWith(".svg")) {
                    VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
                } else {
                    BitmapEncoder.saveBitmap(chart, out, BitmapFormat.PNG);
                }
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
