/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A grid whose columns go one under the other when it is narrower than a width (a projector's 1280×800, a part beside
 * another): each column keeps the width its words and charts need instead of cutting them.
 */
final class ResponsiveColumns {

    private ResponsiveColumns() {
    }

    /**
     * Gives {@code grid} (laid out by a {@link GridLayout}) {@code columns} columns from {@code fromWidth} pixels, one
     * below; a child that spans every column goes on doing so; {@code relayout} lays the area out again after a change.
     */
    static void apply(Composite grid, int columns, int fromWidth, Runnable relayout) {
        GridLayout layout = (GridLayout) grid.getLayout();
        grid.addListener(SWT.Resize, event -> {
            int width = grid.getClientArea().width;
            int wanted = width >= fromWidth ? columns : 1;
            if (width > 0 && layout.numColumns != wanted) {
                for (Control child : grid.getChildren()) {
                    if (child.getLayoutData() instanceof GridData data && data.horizontalSpan == layout.numColumns) {
                        data.horizontalSpan = wanted;
                    }
                }
                layout.numColumns = wanted;
                grid.getDisplay().asyncExec(() -> {
                    if (!grid.isDisposed()) {
                        relayout.run();
                    }
                });
            }
        });
    }
}
