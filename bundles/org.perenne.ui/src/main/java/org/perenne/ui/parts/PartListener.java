/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.parts;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Listener;
import org.perenne.ui.CanvasSession;

/**
 * How a part hears the session: after a change it refreshes later on the UI thread (listeners may be
 * called from anywhere), it hears selections, and it stops once its control is disposed. A part out of sight (a tab
 * behind another) does not refresh at each change: it refreshes once, when it is shown again, so that an edit's
 * figures reach the screen without waiting for views nobody looks at.
 */
final class PartListener implements CanvasSession.Listener {

    private final Control control;
    private final Runnable refresh;
    private final Consumer<EObject> selection;

    /** Whether a change came while the part was out of sight. */
    private boolean stale;
    /** Whether a refresh is already asked for and not yet run. */
    private final java.util.concurrent.atomic.AtomicBoolean refreshAsked = new java.util.concurrent.atomic.AtomicBoolean();

    private PartListener(Control control, Runnable refresh, Consumer<EObject> selection) {
        this.control = control;
        this.refresh = refresh;
        this.selection = selection;
        // a tab shown sends Show to its own area, not to the part inside it: every Show is heard, and the part asks
        // whether it is now in sight
        Listener shown = event -> {
            if (stale) { // Show comes just before the area is shown: ask once it is
                event.display.asyncExec(() -> {
                    if (stale && !control.isDisposed() && control.isVisible()) {
                        stale = false;
                        refresh.run();
                    }
                });
            }
        };
        control.getDisplay().addFilter(SWT.Show, shown);
        control.addDisposeListener(event -> event.display.removeFilter(SWT.Show, shown));
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
        // changes that come together (a slider's move takes back its previous step, then makes the new one) refresh once
        if (!control.isDisposed() && refreshAsked.compareAndSet(false, true)) {
            control.getDisplay().asyncExec(() -> {
                refreshAsked.set(false);
                if (control.isDisposed()) {
                    return;
                }
                if (control.isVisible()) {
                    refresh.run();
                } else {
                    stale = true; // refreshed when shown
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
