/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.Objects;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/**
 * The rows of a one-column list that is narrower than some of its texts: a text that does not fit ends
 * with "…" where the list cuts it, and shows whole on hover (the list's own explanation elsewhere).
 * Fitted again whenever the list is resized or its rows change ({@link #fit}).
 */
final class FittedItems {

    /** The whole text of a row, when what it shows is shortened. */
    static final String WHOLE = "wholeText";
    private static final String ELLIPSIS = "…";
    private static final String EXPLANATION = "explanation";

    private FittedItems() {
    }

    /** Fits the rows of {@code table} now and after each resize; {@code explanation} is its hover text away from a cut row. */
    static void attach(Table table, String explanation) {
        table.setData(EXPLANATION, explanation);
        table.setToolTipText(explanation);
        table.addListener(SWT.Resize, event -> fit(table));
        table.addListener(SWT.MouseMove, event -> {
            TableItem row = table.getItem(new Point(event.x, event.y));
            Object whole = row == null ? null : row.getData(WHOLE);
            String tip = whole != null ? (String) whole : (String) table.getData(EXPLANATION);
            if (!Objects.equals(tip, table.getToolTipText())) {
                table.setToolTipText(tip);
            }
        });
    }

    /** A text shortened with "…" to fit {@code width} pixels in the font of {@code gc} (itself when it fits). */
    static String shortened(GC gc, String text, int width) {
        if (gc.textExtent(text).x <= width) {
            return text;
        }
        int keep = text.length();
        while (keep > 0 && gc.textExtent(text.substring(0, keep).stripTrailing() + ELLIPSIS).x > width) {
            keep--;
        }
        return keep == 0 ? "" : text.substring(0, keep).stripTrailing() + ELLIPSIS;
    }

    /** Shortens the rows that do not fit the list's width, gives back their text to those that fit again. */
    static void fit(Table table) {
        if (table.isDisposed()) {
            return;
        }
        int room = table.getClientArea().width;
        if (room <= 0) {
            return;
        }
        GC gc = new GC(table);
        try {
            for (TableItem row : table.getItems()) {
                String whole = row.getData(WHOLE) instanceof String kept ? kept : row.getText();
                int width = room - Math.max(0, row.getTextBounds(0).x) - 6; // after the row's box and picture
                String shown = shortened(gc, whole, width);
                row.setData(WHOLE, shown.equals(whole) ? null : whole);
                if (!shown.equals(row.getText())) {
                    row.setText(shown);
                }
            }
        } finally {
            gc.dispose();
        }
    }
}
