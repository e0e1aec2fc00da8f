/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Control;
import org.perenne.ui.CanvasSession;

/**
 * How a part hears the session: after a change it refreshes later on the UI thread (listeners may be
 * called from anywhere), it hears selections, and it stops once its control is disposed.
 */
final class PartListener implements CanvasSession.Listener {

    private final Control control;
    private final Runnable refresh;
    private final Consumer<EObject> selection;

    private PartListener(Control control, Runnable refresh, Consumer<EObject> selection) {
        this.control = control;
        this.refresh = refresh;
        this.selection = selection;
    }

    /** Refreshes the part after each change of the canvas. */
    static PartListener refreshing(Control control, Runnable refresh) {
        return new PartListener(control, refresh, item -> {
            // selections do not concern this part
        });
    }

    /** Refreshes after each change and follows the selected item. */
    static PartListener following(Control control, Runnable refresh, Consumer<EObject> selection) {
        return new PartListener(control, refresh, selection);
    }

    @Override
    public void canvasChanged(CanvasSession session) {
        if (!control.isDisposed()) {
            control.getDisplay().asyncExec(() -> {
                if (!control.isDisposed()) {
                    refresh.run();
                }
            });
        }
    }

    @Override
    public void selected(EObject item) {
        if (!control.isDisposed()) {
            selection.accept(item);
        }
    }
}
