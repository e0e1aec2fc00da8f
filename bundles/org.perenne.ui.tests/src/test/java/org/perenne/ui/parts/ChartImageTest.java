/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import org.eclipse.swt.graphics.ImageData;
import org.junit.jupiter.api.Test;

/** A chart's pixels reach the screen as they were drawn, whatever kind of image Java2D drew them into. */
class ChartImageTest {

    @Test
    void everyPixelKeepsItsColour() {
        for (int type : new int[] { BufferedImage.TYPE_INT_ARGB, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_3BYTE_BGR }) {
            BufferedImage drawn = new BufferedImage(37, 23, type);
            Graphics2D g = drawn.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 37, 23);
            g.setColor(new Color(0x0D, 0x47, 0xA1));
            g.drawLine(0, 0, 36, 22);
            g.setColor(new Color(0xB0, 0x00, 0x20));
            g.fillOval(10, 5, 12, 9);
            g.dispose();
            ImageData data = ChartCanvas.imageData(drawn);
            for (int y = 0; y < 23; y++) {
                for (int x = 0; x < 37; x++) {
                    int rgb = drawn.getRGB(x, y) & 0xFFFFFF;
                    var colour = data.palette.getRGB(data.getPixel(x, y));
                    assertEquals(rgb, colour.red << 16 | colour.green << 8 | colour.blue, "type " + type + " at " + x + "," + y);
                }
            }
        }
    }
}
