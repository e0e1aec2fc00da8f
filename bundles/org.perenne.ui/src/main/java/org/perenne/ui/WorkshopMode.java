/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

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
        } else if (!on && normal != null) {
            control.setFont(normal);
            control.setData(NORMAL_FONT, null);
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                apply(child);
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
