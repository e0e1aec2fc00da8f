/*
 * SPDX-License-Identifier: EPL-2.0
 */
package org.perenne.ui.handlers;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;
import org.perenne.ui.CanvasDialogs;
import org.perenne.ui.CanvasSession;

/** File › Save as: saves the open canvas to another file, which becomes its file. */
public final class SaveAsHandler {

    @CanExecute
    public boolean canExecute(CanvasSession session) {
        return session.document().isPresent();
    }

    @Execute
    public void execute(Shell shell, CanvasSession session) {
        session.document().ifPresent(document -> CanvasDialogs.saveAs(shell, document, session.preferences()));
    }
}
