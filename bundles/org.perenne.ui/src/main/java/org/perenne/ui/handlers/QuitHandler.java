/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.swt.widgets.Shell;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.CanvasSession;

/** File › Quit: closes the application, after asking about unsaved changes. */
public final class QuitHandler {

    @Execute
    public void execute(Shell shell, CanvasSession session, IWorkbench workbench) {
        if (CanvasDialogs.mayDiscard(shell, session)) {
            workbench.close();
        }
    }
}
