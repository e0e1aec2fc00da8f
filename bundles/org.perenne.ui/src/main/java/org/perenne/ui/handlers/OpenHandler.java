/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Shell;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.CanvasLifeCycle;
import org.perenne.ui.CanvasSession;

/** File › Open: chooses a .perenne file and shows it, after asking about unsaved changes. */
public final class OpenHandler {

    @Execute
    public void execute(Shell shell, CanvasSession session, EPartService parts) {
        if (!CanvasDialogs.mayDiscard(shell, session)) {
            return;
        }
        CanvasDialogs.chooseFileToOpen(shell).ifPresent(file -> {
            CanvasLifeCycle.open(session, file);
            if (session.openingProblem().getSeverity() != org.eclipse.emf.common.util.Diagnostic.OK) {
                CanvasDialogs.showOpeningProblem(shell, session.openingProblem());
            } else {
                parts.showPart("org.perenne.ui.part.canvas", EPartService.PartState.ACTIVATE);
            }
        });
    }
}
