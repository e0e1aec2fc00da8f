/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.perenne.ui.WorkshopMode;

/** View › Workshop mode (F11): full screen, larger text, sliders on the dashboard; again to leave. */
public final class WorkshopHandler {

    @Execute
    public void execute(Shell shell, WorkshopMode workshop) {
        workshop.toggle(shell);
    }
}
