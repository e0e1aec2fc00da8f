/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

/**
 * Workshop mode, for a room looking at a projected screen: the window fills the screen, text is
 * larger, and the dashboard shows sliders for the assumptions a group argues about.
 */
public final class WorkshopMode {

    /** How much larger text is in workshop mode. */
    static final float SCALE = 1.4f;
    private static final String NORMAL_FONT = "perenne.normalFont";
    private static final String NORMAL_WIDTH = "perenne.normalWidth";

    private final List<Consumer<Boolean>> listeners = new ArrayList<>();
    private boolean on;
    private Font large;

    public boolean isOn() {
        return on;
    }

    /** Turns workshop mode on or off for the window. */
    public void toggle(Shell shell) {
        on = !on;
        shell.setFullScreen(on);
        for (Consumer<Boolean> listener : List.copyOf(listeners)) {
            listener.accept(on);
        }
        restyle(shell);
        shell.layout(true, true);
        // the toolkit takes a new text size in when it next styles the widgets, just before it draws them (a view out of
        // sight, when it is shown): each area is laid out again once it is first drawn after the change
        changes++;
        for (Control child : shell.getChildren()) {
            if (child instanceof Composite area) {
                layOutWhenDrawn(area);
            }
        }
        if (!followingShownViews) {
            followingShownViews = true;
            shell.getDisplay().addFilter(SWT.Show, event -> {
                if (event.widget instanceof Composite shown) {
                    layOutWhenDrawn(shown);
                }
            });
        }
    }

    /** The mark of an area laid out since the last change (this mode's own: another window's mode keeps its own). */
    private final String laidOut = "perenne.laidOutForWorkshopChange." + System.identityHashCode(this);
    /** How many times the mode changed: an area drawn for the first time since the last change is laid out again. */
    private int changes;
    private boolean followingShownViews;

    /** Lays an area out again the first time it is drawn after the last change of mode, with the sizes of then. */
    private void layOutWhenDrawn(Composite area) {
        if (changes == 0 || Integer.valueOf(changes).equals(area.getData(laidOut))) {
            return;
        }
        area.setData(laidOut, changes);
        area.addListener(SWT.Paint, new org.eclipse.swt.widgets.Listener() {
            @Override
            public void handleEvent(org.eclipse.swt.widgets.Event event) {
                area.removeListener(SWT.Paint, this);
                area.getDisplay().asyncExec(() -> {
                    if (!area.isDisposed()) {
                        area.layout(true, true);
                    }
                });
            }
        });
    }

    /** Gives a part's controls the mode's text size (parts call it after building new controls). */
    public void restyle(Control control) {
        if (on && large == null) {
            FontData data = control.getDisplay().getSystemFont().getFontData()[0];
            large = new Font(control.getDisplay(), data.getName(), Math.round(data.getHeight() * SCALE), data.getStyle());
            control.getDisplay().disposeExec(large::dispose);
        }
        apply(control);
    }

    private void apply(Control control) {
        Font normal = (Font) control.getData(NORMAL_FONT);
        if (on && normal == null) {
            Font current = control.getFont();
            control.setData(NORMAL_FONT, current);
            boolean bold = (current.getFontData()[0].getStyle() & org.eclipse.swt.SWT.BOLD) != 0;
            if (!bold) {
                control.setFont(large);
            }
            scaleColumns(control, true);
        } else if (!on && normal != null) {
            control.setFont(normal);
            control.setData(NORMAL_FONT, null);
            scaleColumns(control, false);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                apply(child);
            }
        }
    }

    /** A table's columns follow its text size: wider in workshop mode, as they were after. */
    private static void scaleColumns(Control control, boolean larger) {
        if (!(control instanceof org.eclipse.swt.widgets.Table table)) {
            return;
        }
        for (org.eclipse.swt.widgets.TableColumn column : table.getColumns()) {
            if (larger) {
                column.setData(NORMAL_WIDTH, column.getWidth());
                column.setWidth(Math.round(column.getWidth() * SCALE));
            } else if (column.getData(NORMAL_WIDTH) instanceof Integer width) {
                column.setWidth(width);
                column.setData(NORMAL_WIDTH, null);
            }
        }
    }

    public void addListener(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Boolean> listener) {
        listeners.remove(listener);
    }
}
